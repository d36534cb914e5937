import type { RuleSet } from "../ruleset/schema";
import type { ProblemLog, RawRecord } from "./import-core";
import type { ImportedRow } from "./import-schema";
import { LEVEL_LABELS } from "../parsing/levels";
import { foldVietnamese, formatVietnamese } from "../parsing/text";

export interface CheckOptions {
  /**
   * How far (points) a printed total may stray from the estimate its group rates give before it
   * is questioned. In seed 002 annex I, 250 of the 254 units with a total lie within 2.5 points
   * of the estimate; the four beyond 5 are the rows its README flags (Ya Hội 69,67 ≈ 59,67) and
   * the copied rows of Đak Đoa, plus Ia Yeng.
   */
  totalTolerance?: number;
}

/** Checks across rows: what no single cell shows. Each finding is a warning naming the rows. */
export function checkRows(rows: readonly ImportedRow[], records: readonly RawRecord[], ruleSet: RuleSet, log: ProblemLog, options: CheckOptions = {}): void {
  // finishRecords makes one row per record, in order: the k-th row's table is the k-th record's.
  if (rows.length !== records.length) throw new Error("checkRows: rows and records differ in number");
  const tableOf = records.map((r) => r.table);
  checkDuplicates(rows, log);
  checkCopiedValues(rows, log);
  checkTotals(rows, ruleSet, log, options.totalTolerance ?? 5);
  checkStt(rows, tableOf, log);
  checkDistrictNotes(rows, tableOf, ruleSet, log);
}

/** A map of maps, for keys of several parts: no joined key string to build and hash per row. */
function inner<K, V>(outer: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let m = outer.get(key);
  if (m === undefined) outer.set(key, (m = new Map<string, V>()));
  return m;
}

function checkDuplicates(rows: readonly ImportedRow[], log: ProblemLog): void {
  const seen = new Map<string | null, Map<string, Map<string, ImportedRow>>>();
  for (const r of rows) {
    const byUnit = inner(inner(seen, r.level), foldVietnamese(r.district ?? ""));
    const unit = foldVietnamese(r.unit);
    const first = byUnit.get(unit);
    if (!first) {
      byUnit.set(unit, r);
      continue;
    }
    const district = r.district ?? "";
    if (first.unit === r.unit && first.district === r.district) {
      log.add("warning", r.row, "", r.unit, "import.duplicateUnit", { unit: r.unit, district, first: String(first.row) });
    } else {
      log.add("warning", r.row, "", r.unit, "import.lookAlikeUnit", { unit: r.unit, other: first.unit, district, first: String(first.row) });
    }
  }
}

/** Two units with the very same rates, when some of them are neither 0 nor 100, were likely copied. */
function checkCopiedValues(rows: readonly ImportedRow[], log: ProblemLog): void {
  const present = new Set<string>();
  for (const r of rows) for (const c in r.values) present.add(c);
  const codes = [...present].sort();
  // A numeric hash finds the candidates; equality is then checked value by value (no string keys: 10k rows).
  const seen = new Map<number, ImportedRow[]>();
  const same = (a: ImportedRow, b: ImportedRow) => a.level === b.level && codes.every((c) => a.values[c] === b.values[c]);
  for (const r of rows) {
    let present = 0;
    let telling = 0;
    let hash = r.level === "commune" ? 1 : r.level === "district" ? 2 : 3;
    for (const c of codes) {
      const v = r.values[c];
      hash = (Math.imul(hash, 31) + (v === undefined ? -1 : Math.round(v * 1000))) | 0;
      if (v === undefined) continue;
      present++;
      if (v !== 0 && v !== 100) telling++;
    }
    if (present < 3 || telling < 2) continue;
    const bucket = seen.get(hash);
    const first = bucket?.find((b) => same(b, r));
    if (first) {
      log.add("warning", r.row, "", r.unit, "import.copiedValues", { unit: r.unit, other: first.unit, first: String(first.row) });
    } else if (bucket) bucket.push(r);
    else seen.set(hash, [r]);
  }
}

/** Only for rule sets of linear group rates (the 2023 tables), where max × rate adds up to an estimate of the total. */
function checkTotals(rows: readonly ImportedRow[], ruleSet: RuleSet, log: ProblemLog, tolerance: number): void {
  if (!ruleSet.indicators.every((i) => i.rule.kind === "linear")) return;
  for (const r of rows) {
    if (r.total === undefined) continue;
    let estimate = 0;
    let complete = true;
    for (const ind of ruleSet.indicators) {
      const v = r.values[ind.code];
      if (v === undefined) complete = false;
      else estimate += (ind.max * v) / 100;
    }
    if (!complete || Math.abs(r.total - estimate) <= tolerance) continue;
    // Points as the annex prints them: two decimals.
    const shown = (x: number) => formatVietnamese(x);
    log.add("warning", r.row, "", String(r.total), "import.totalOff", { total: shown(r.total), unit: r.unit, gap: shown(Math.abs(r.total - estimate)), estimate: shown(estimate) });
  }
}

const DIGITS = /^\d+$/;

function checkStt(rows: readonly ImportedRow[], tableOf: readonly number[], log: ProblemLog): void {
  let table = -1;
  let prevN = -1;
  let prevRow = 0;
  rows.forEach((r, k) => {
    if (tableOf[k] !== table) {
      table = tableOf[k];
      prevRow = 0;
    }
    if (!r.stt || !DIGITS.test(r.stt)) return;
    const n = Number(r.stt);
    if (prevRow && n === prevN) {
      log.add("warning", r.row, "STT", r.stt, "import.sttRepeated", { stt: String(n), first: String(prevRow) });
    } else if (prevRow && n > prevN + 1) {
      const missing = n - prevN === 2 ? `${prevN + 1}` : `${prevN + 1}–${n - 1}`;
      log.add("warning", r.row, "STT", r.stt, "import.sttGap", { from: String(prevN), to: String(n), missing });
    }
    prevN = n;
    prevRow = r.row;
  });
}

const NOTE_COUNT = /^(\d+)\/(\d+)$/;

/**
 * Annex I prints `k/n` beside a district's first commune: k of its n communes score under the
 * "Yếu" line (DOMAIN.md; checked on all 17 districts of seed 002). The count is checked against the rows.
 */
function checkDistrictNotes(rows: readonly ImportedRow[], tableOf: readonly number[], ruleSet: RuleSet, log: ProblemLog): void {
  const bands = [...ruleSet.grades].sort((a, b) => b.min - a.min);
  const weakBelow = bands.length >= 2 ? bands[bands.length - 2].min : null;
  const byTable = new Map<number, Map<string, ImportedRow[]>>();
  const blocks: ImportedRow[][] = [];
  rows.forEach((r, k) => {
    if (!r.district || r.level !== "commune") return;
    const inTable = inner(byTable, tableOf[k]);
    const district = foldVietnamese(r.district);
    const block = inTable.get(district);
    if (block) block.push(r);
    else {
      const list = [r];
      inTable.set(district, list);
      blocks.push(list);
    }
  });
  for (const block of blocks) {
    for (const r of block) {
      if (!r.extra) continue;
      for (const column in r.extra) {
        const text = r.extra[column];
        const m = NOTE_COUNT.exec(text.trim());
        if (!m) continue;
        const [k, n] = [Number(m[1]), Number(m[2])];
        const name = LEVEL_LABELS.commune;
        if (n !== block.length) {
          log.add("warning", r.row, column, text, "import.noteCount", { note: text, district: r.district ?? "", said: String(n), level: name, found: String(block.length) });
        }
        if (weakBelow !== null && block.every((b) => b.total !== undefined)) {
          const weak = block.filter((b) => (b.total ?? 0) < weakBelow).length;
          if (weak !== k) {
            log.add("warning", r.row, column, text, "import.noteWeak", { note: text, district: r.district ?? "", said: String(k), level: name, below: weakBelow, found: String(weak) });
          }
        }
      }
    }
  }
}
