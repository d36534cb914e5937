import type { RuleSet } from "../ruleset/schema";
import { learnDistricts, splitDistrict, type NameWords } from "../parsing/districts";
import { scanHeaderText, type HeaderMatch } from "../parsing/headers";
import type { CellTables } from "./import-cells";
import { LETTER, pickRuleSet, type ColumnRef, type ProblemLog, type RawRecord, roleName } from "./import-core";
import { levelFromName, levelFromSection, levelPrefixWords, LEVEL_LABELS, type UnitLevel } from "../parsing/levels";
import { isNumberLike } from "../parsing/number";
import { cleanName, foldVietnamese, foldWords } from "../parsing/text";


/** A unit's line as a PDF annex prints it: `STT name… value value … [note]`, split but not yet aligned. */
interface PdfLine {
  row: number;
  stt: string;
  /** the words between the STT and the numbers, as one string (the line is clean: single spaces) */
  name: string;
  /** the numbers (and number-like tokens) that end the line */
  run: string[];
}

interface PdfTable {
  index: number;
  row: number;
  section: UnitLevel | null;
  values: ColumnRef[];
  note: ColumnRef | null;
  hasDistrict: boolean;
  lines: PdfLine[];
}

type Shape = "percent" | "ratio" | "plain" | "dash";

function shapeOf(token: string): Shape {
  if (token === "-" || token === "–" || token === "—") return "dash";
  if (token.includes("/")) return "ratio";
  return token.endsWith("%") ? "percent" : "plain";
}

function labelOf(ruleSet: RuleSet, m: HeaderMatch): string {
  if (m.kind === "indicator") return ruleSet.indicators.find((i) => i.code === m.code)?.name ?? m.code;
  return m.kind === "total" ? "Điểm đánh giá" : m.kind === "note" ? "Ghi chú" : m.kind;
}

const DIGITS = /^\d+$/;

/** `7 Sở Y tế 1,0% 83,86% …`: a number, a name, and at least one number-like token at the end. */
function splitLine(row: number, text: string): PdfLine | null {
  // Only the STT, the name's first word and the trailing numbers are looked at one by one: 10k
  // lines are kept until their table is read, so the name stays one string, not one per word.
  const a = text.indexOf(" ");
  if (a < 0) return null;
  const b = text.indexOf(" ", a + 1);
  if (b < 0) return null;
  const stt = text.slice(0, a);
  if (!DIGITS.test(stt) || !LETTER.test(text.slice(a + 1, b))) return null;
  const run: string[] = [];
  let end = text.length;
  // stop before the name's first word: a name keeps at least one word
  while (end > b) {
    const space = text.lastIndexOf(" ", end - 1);
    const token = text.slice(space + 1, end);
    if (!isNumberLike(token)) break;
    run.push(token);
    end = space;
  }
  if (run.length === 0) return null;
  return { row, stt, name: text.slice(a + 1, end), run: run.reverse() };
}

/**
 * Where the values start in a line with more number-like tokens than value columns: a name may
 * end with a number (`Phường 1`), a note may follow (`1/12`). The offset whose tokens look most
 * like each column's usual shape wins (learned from the lines that need no choice).
 */
function alignments(table: PdfTable): Map<PdfLine, number> {
  const n = table.values.length;
  const tally = table.values.map(() => new Map<Shape, number>());
  for (const l of table.lines) {
    if (l.run.length !== n) continue;
    for (let c = 0; c < n; c++) {
      const shape = shapeOf(l.run[c]);
      tally[c].set(shape, (tally[c].get(shape) ?? 0) + 1);
    }
  }
  const usual = tally.map((m) => [...m.entries()].filter(([s]) => s !== "dash").sort((a, b) => b[1] - a[1])[0]?.[0]);
  const result = new Map<PdfLine, number>();
  for (const l of table.lines) {
    const extra = l.run.length - n;
    if (extra <= 0) continue;
    const preferred = table.note ? 0 : extra;
    let best = preferred;
    let bestScore = -1;
    const score = (o: number) => table.values.reduce((s, _, c) => s + (shapeOf(l.run[o + c]) === usual[c] || shapeOf(l.run[o + c]) === "dash" ? 1 : 0), 0);
    bestScore = score(preferred);
    for (let o = 0; o <= extra; o++) {
      const sc = score(o);
      if (sc > bestScore) {
        best = o;
        bestScore = sc;
      }
    }
    result.set(l, best);
  }
  return result;
}

function nameWords(name: string): NameWords {
  const folded = foldWords(name);
  return { name, folded, minUnitWords: levelPrefixWords(folded) + 1 };
}

const PAGE_NUMBER = /^\d{1,3}$/;
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Reads text copied from a PDF annex: one unit per line, words separated by spaces, a header
 * broken across lines, section titles between tables, page numbers inside them. The commune
 * tables print the district after the commune's name: district names are learned from the lines.
 */
export function readPdfTables(lines: readonly string[], candidates: readonly RuleSet[], fixed: RuleSet | undefined, log: ProblemLog): CellTables {
  let ruleSet = fixed ?? candidates[0];
  let chosen = !!fixed;
  const tables: PdfTable[] = [];
  let table: PdfTable | null = null;
  let header: { rows: number[]; text: string[] } | null = null;
  let section: UnitLevel | null = null;

  const openTable = () => {
    const h = header!;
    header = null;
    const text = h.text.join(" ");
    if (!chosen) {
      ruleSet = pickRuleSet(candidates, (rs) => scanHeaderText(rs, text).filter((t) => t.match.kind === "indicator").length);
      chosen = true;
    }
    const titles = scanHeaderText(ruleSet, text);
    const seen = new Set<string>();
    const values: ColumnRef[] = [];
    for (const t of titles) {
      if (t.match.kind !== "indicator" && t.match.kind !== "total") continue;
      const key = roleName(t.match)!;
      if (seen.has(key)) continue;
      seen.add(key);
      values.push({ label: labelOf(ruleSet, t.match), role: t.match });
    }
    const noteTitle = titles.find((t) => t.match.kind === "note");
    const row = h.rows[h.rows.length - 1];
    table = {
      index: tables.length,
      row,
      section,
      values,
      note: noteTitle ? { label: labelOf(ruleSet, noteTitle.match), role: noteTitle.match } : null,
      hasDistrict: titles.some((t) => t.match.kind === "district"),
      lines: [],
    };
    tables.push(table);
    if (values.length === 0) log.add("error", row, "", text, "import.noIndicatorColumn");
  };

  lines.forEach((raw, i) => {
    const row = i + 1;
    const text = cleanName(raw);
    if (!text) return;
    const data = splitLine(row, text);
    if (data) {
      if (header) openTable();
      if (table && table.values.length) table.lines.push(data);
      else log.add("info", row, "", text, "import.dataBeforeHeader");
      return;
    }
    const level = levelFromSection(text);
    if (level) {
      section = level;
      table = null;
      header = null;
      log.add("info", row, "", text, "import.section", { text, level: LEVEL_LABELS[level] });
      return;
    }
    const first = foldVietnamese(text).split(" ")[0];
    if (first === "stt" || first === "tt") {
      header = { rows: [row], text: [text] };
      table = null;
      log.add("info", row, "", text, "import.headerLine");
      return;
    }
    if (header) {
      header.rows.push(row);
      header.text.push(text);
      log.add("info", row, "", text, "import.headerLine");
      return;
    }
    if (table && PAGE_NUMBER.test(text)) log.add("warning", row, "", text, "import.pageNumber", { text });
    else log.add("info", row, "", text, "import.notAUnit");
  });

  return { ruleSet, records: resolveTables(tables, log), tables: tables.map(describe) };
}

function describe(t: PdfTable) {
  const columns = [
    { header: "STT", role: "stt" },
    { header: "Đơn vị", role: "unit" },
    ...(t.hasDistrict ? [{ header: "Cấp huyện", role: "district" }] : []),
    ...t.values.map((c) => ({ header: c.label, role: roleName(c.role) })),
    ...(t.note ? [{ header: t.note.label, role: "note" }] : []),
  ];
  return { row: t.row, columns };
}

function resolveTables(tables: readonly PdfTable[], log: ProblemLog): RawRecord[] {
  const records: RawRecord[] = [];
  // Districts printed as units elsewhere in the input ("Huyện Mang Yang") are known names.
  const known: string[] = [];
  const ordered = [...tables].sort((a, b) => Number(a.hasDistrict) - Number(b.hasDistrict));
  for (const t of ordered) {
    const n = t.values.length;
    const offsets = alignments(t);
    const named: { line: PdfLine; words: NameWords; offset: number }[] = [];
    for (const l of t.lines) {
      // Beyond a note and one number ending a name, extra numbers mean another layout (annex II's 14 targets).
      if (l.run.length < n || l.run.length > n + 1 + (t.note ? 1 : 0)) {
        log.add("error", l.row, "", [l.stt, l.name, ...l.run].join(" "), "import.numberCount", { found: String(l.run.length), expected: String(n) });
        continue;
      }
      const o = offsets.get(l) ?? 0;
      named.push({ line: l, words: nameWords(o ? `${l.name} ${l.run.slice(0, o).join(" ")}` : l.name), offset: o });
    }
    const districts = t.hasDistrict ? learnDistricts(named.map((x) => x.words), known) : new Set<string>();
    for (const { line, words, offset: o } of named) {
      const split = t.hasDistrict ? splitDistrict(words, districts) : { unit: words.name };
      if (t.hasDistrict && !split.district) {
        log.add("warning", line.row, "Cấp huyện", split.unit, "import.districtNotSplit", { unit: split.unit });
      }
      let extra = NO_EXTRA;
      if (line.run.length > o + n) {
        const note = line.run.slice(o + n);
        extra = { [t.note?.label ?? "Phần thêm"]: note.join(" ") };
        if (!t.note) log.add("warning", line.row, "", note.join(" "), "import.extraNumbers", { count: String(note.length) });
      }
      records.push({
        row: line.row,
        table: t.index,
        stt: line.stt,
        unit: split.unit,
        district: split.district,
        sectionLevel: t.section,
        columns: t.values,
        raws: o === 0 && line.run.length === n ? line.run : line.run.slice(o, o + n),
        extra,
      });
      if (!t.hasDistrict && levelFromName(split.unit) === "district") {
        const w = nameWords(split.unit);
        known.push(w.folded.slice(w.minUnitWords - 1).join(" "));
      }
    }
  }
  return records.sort((a, b) => a.row - b.row);
}
