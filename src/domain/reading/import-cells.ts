import type { RuleSet } from "../ruleset/schema";
import { matchHeader, type HeaderMatch } from "../parsing/headers";
import { cellText, LETTER, pickRuleSet, ProblemLog, roleName, type Cell, type ColumnRef, type RawRecord } from "./import-core";
import type { ImportColumn } from "./import-schema";
import { levelFromSection, LEVEL_LABELS, type UnitLevel } from "../parsing/levels";
import { isNoData, isNumberLike } from "../parsing/number";
import { cleanName } from "../parsing/text";
import { isSheetNumber } from "./cell";
import { columnLetter } from "../problems/address";


export interface CellTables {
  ruleSet: RuleSet;
  records: RawRecord[];
  tables: { row: number; columns: ImportColumn[] }[];
}


interface Layout {
  columns: ColumnRef[];
  unit: number;
  district: number;
  level: number;
  stt: number;
  values: number[];
  /** the columns at `values` */
  valueColumns: ColumnRef[];
}

/**
 * A column's title may stand in one cell or be split over several header rows, under a merged
 * group title (`Tỷ lệ cụ thể từng nội dung`): the longest run of its header cells that names a
 * known column wins, lower rows first.
 */
function roleOfStack(ruleSet: RuleSet, stack: string[]): { role: HeaderMatch; label: string } | null {
  for (let len = stack.length; len > 0; len--) {
    for (let start = stack.length - len; start >= 0; start--) {
      const label = cleanName(stack.slice(start, start + len).join(" "));
      const role = matchHeader(ruleSet, label);
      if (role) return { role, label };
    }
  }
  return null;
}

function layoutOf(ruleSet: RuleSet, header: readonly (readonly Cell[])[], width: number, headerRow: number, log: ProblemLog | null): Layout {
  const columns: ColumnRef[] = [];
  const taken = new Map<string, string>();
  for (let j = 0; j < width; j++) {
    const stack = header.map((r) => cellText(r[j])).filter((t) => t !== "");
    const found = roleOfStack(ruleSet, stack);
    const label = found?.label ?? (stack.length ? cleanName(stack.join(" ")) : `Cột ${columnLetter(j)}`);
    let role = found?.role ?? null;
    const name = roleName(role);
    if (role && name && role.kind !== "note") {
      const first = taken.get(name);
      if (first !== undefined) {
        log?.add("warning", headerRow, label, label, "import.duplicateColumn", { column: label, first }, { column: j });
        role = null;
      } else taken.set(name, label);
    }
    columns.push({ label, role, index: j });
  }
  const find = (kind: HeaderMatch["kind"]) => columns.findIndex((c) => c.role?.kind === kind);
  const values = columns.flatMap((c, j) => (c.role?.kind === "indicator" || c.role?.kind === "total" ? [j] : []));
  return {
    columns,
    unit: find("unit"),
    district: find("district"),
    level: find("level"),
    stt: find("stt"),
    values,
    valueColumns: values.map((j) => columns[j]),
  };
}

function indicatorCount(ruleSet: RuleSet, header: readonly (readonly Cell[])[], width: number): number {
  return layoutOf(ruleSet, header, width, 0, null).columns.filter((c) => c.role?.kind === "indicator").length;
}

function headerHits(candidates: readonly RuleSet[], row: readonly Cell[]): number {
  let hits = 0;
  for (const c of row) {
    const t = cellText(c);
    if (t && LETTER.test(t) && candidates.some((rs) => matchHeader(rs, t))) hits++;
  }
  return hits;
}

/**
 * Reads a 2-D block of cells (an Excel selection, a portal table pasted as tab-separated text):
 * title rows, a header of one or more rows, then one unit per row; section titles between
 * tables (`2. UBND các huyện…`) set the level of the rows below. Every non-blank row becomes a
 * record or a problem.
 */
export function readCellTables(cells: readonly (readonly Cell[])[], candidates: readonly RuleSet[], fixed: RuleSet | undefined, log: ProblemLog): CellTables {
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const headerCandidates = fixed ? [fixed] : candidates;
  let ruleSet = fixed ?? candidates[0];
  let layout: Layout | null = null;
  let table = -1;
  let section: UnitLevel | null = null;
  let pending: number[] = [];
  const records: RawRecord[] = [];
  const tables: CellTables["tables"] = [];

  const skip = (i: number, what: "title" | "header") => {
    const row = cells[i];
    const text = row.map(cellText).filter((t) => t !== "").join(" ");
    const level = levelFromSection(text);
    if (level) {
      section = level;
      log.add("info", i + 1, "", text, "import.section", { text, level: LEVEL_LABELS[level] });
    } else if (what === "header") log.add("info", i + 1, "", text, "import.headerLine");
    else if (/^\d{1,3}$/.test(text)) log.add("warning", i + 1, "", text, "import.pageNumber", { text });
    else log.add("info", i + 1, "", text, "import.notAUnit");
  };

  /** Pending rows from the first one that reads as a header are the header of a new table. */
  const startTable = (): Layout | null => {
    let start = pending.findIndex((i) => headerHits(headerCandidates, cells[i]) >= 2);
    if (start < 0) return null;
    // The top halves of split titles ("Tiến độ" over "giải quyết") match nothing alone: rows of
    // several cells just above the recognised row belong to the header; a title is one merged
    // cell (given once, or repeated in every cell of the merge as exceljs does).
    while (start > 0 && new Set(cells[pending[start - 1]].map(cellText).filter((t) => t !== "")).size >= 2) start--;
    const header = pending.slice(start).map((i) => cells[i]);
    if (!fixed && table < 0) ruleSet = pickRuleSet(candidates, (rs) => indicatorCount(rs, header, width));
    const headerRow = pending[pending.length - 1] + 1;
    pending.slice(0, start).forEach((i) => skip(i, "title"));
    pending.slice(start).forEach((i) => skip(i, "header"));
    pending = [];
    const next = layoutOf(ruleSet, header, width, headerRow, log);
    table++;
    tables.push({ row: headerRow, columns: next.columns.map((c) => ({ header: c.label, role: roleName(c.role) })) });
    if (next.unit < 0) {
      log.add("error", headerRow, "", "", "import.noUnitColumn");
    }
    if (next.values.length === 0) {
      log.add("error", headerRow, "", "", "import.noIndicatorColumn");
    }
    return next;
  };

  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    if (row.every((c) => cellText(c) === "")) continue;
    if (!layout || pending.length) {
      const looksLikeData = row.some((c) => typeof c === "number" || isSheetNumber(c) || isNumberLike(cellText(c))) && row.some((c) => LETTER.test(cellText(c)));
      const next = looksLikeData && pending.length ? startTable() : null;
      if (next) layout = next;
      else if (!layout) {
        pending.push(i);
        continue;
      }
    }
    const l: Layout = layout;
    const unitText = l.unit >= 0 ? cellText(row[l.unit]) : "";
    const anyValue = l.values.some((j) => cellText(row[j]) !== "" && (typeof row[j] === "number" || isSheetNumber(row[j]) || isNumberLike(cellText(row[j])) || isNoData(cellText(row[j]))));
    if (!LETTER.test(unitText)) {
      if (anyValue) {
        for (const p of pending) skip(p, "title");
        pending = [];
        const text = row.map(cellText).filter((t) => t !== "").join(" | ");
        if (l.unit >= 0) log.add("error", i + 1, l.columns[l.unit].label, text, "import.dataWithoutName", {}, { column: l.unit });
        else log.add("error", i + 1, "", text, "import.rowWithoutUnitColumn");
      } else pending.push(i);
      continue;
    }
    if (!anyValue) {
      const titled = levelFromSection(row.map(cellText).join(" ")) || l.values.some((j) => LETTER.test(cellText(row[j])));
      if (titled) {
        pending.push(i);
        continue;
      }
    }
    for (const p of pending) skip(p, "title");
    pending = [];
    const extra: Record<string, string> = {};
    for (let j = 0; j < Math.max(width, row.length); j++) {
      const col = l.columns[j] ?? { label: `Cột ${columnLetter(j)}`, role: null };
      if (col.role && col.role.kind !== "note") continue;
      const t = cellText(row[j]);
      if (t) extra[col.label] = t;
    }
    records.push({
      row: i + 1,
      table,
      stt: l.stt >= 0 ? cellText(row[l.stt]) || undefined : undefined,
      unit: unitText,
      district: l.district >= 0 ? cellText(row[l.district]) || undefined : undefined,
      levelLabel: l.level >= 0 ? cellText(row[l.level]) || undefined : undefined,
      sectionLevel: section,
      columns: l.valueColumns,
      raws: l.values.map((j) => row[j]),
      extra,
    });
    if (!anyValue) log.add("warning", i + 1, "", unitText, "import.noValues", { unit: cleanName(unitText) }, { column: l.unit });
  }
  for (const p of pending) skip(p, "title");
  if (!layout && cells.some((r) => r.some((c) => cellText(c) !== ""))) {
    log.add("error", 0, "", "", "import.noHeader");
  }
  return { ruleSet, records, tables };
}
