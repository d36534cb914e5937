import type { RuleSet } from "../ruleset/schema";
import type { HeaderMatch } from "../parsing/headers";
import type { ImportedRow, ImportProblem } from "./import-schema";
import { levelFromLabel, levelFromName, type UnitLevel } from "../parsing/levels";
import { numberProblemParams, parseVietnameseNumber, scanCommon, type CommonNumber, type ParsedNumber } from "../parsing/number";
import { cellString, cleanName } from "../parsing/text";
import { isSheetError, isSheetNumber, shownText, type Cell } from "./cell";
import { readCountCell, readRateCell } from "./values";
import { cellAddress, TOP_LEFT, type Origin } from "../problems/address";
import type { ProblemCode, ProblemParams } from "../problems/problem";

export type { Cell } from "./cell";

export interface ColumnRef {
  /** the header as the input prints it (or the indicator's name for a PDF annex) */
  label: string;
  role: HeaderMatch | null;
  /** 0-based column in a block of cells (a PDF line has none) */
  index?: number;
}

/** One unit's line, split into its parts but not yet read: both doors (cells, PDF text) produce these. */
export interface RawRecord {
  row: number;
  /** which table of the input (a new header starts a new one) */
  table: number;
  stt?: string;
  unit: string;
  district?: string;
  /** the text of a level column, if the table has one */
  levelLabel?: string;
  /** the level announced by the section title above the table */
  sectionLevel: UnitLevel | null;
  /** the value columns of the record's table (shared by its records)… */
  columns: readonly ColumnRef[];
  /** …and the cells under them, in the same order */
  raws: Cell[];
  extra: Record<string, string>;
}

/** A letter of any script: a unit's name has one, a number never. */
export const LETTER = /\p{L}/u;

export function cellText(c: Cell): string {
  if (c === null || c === undefined) return "";
  return cellString(shownText(c));
}

/**
 * Collects problems as codes of the one catalogue with their parameters; the doors compose the
 * sentences. A cell's address is given where the reader knows the cell (a block of cells, whose
 * top-left is `origin` in its sheet or file); a line of text has only its row.
 */
export class ProblemLog {
  readonly list: ImportProblem[] = [];

  constructor(readonly origin: Origin = TOP_LEFT) {}

  add(severity: ImportProblem["severity"], row: number, column: string, value: string, code: ProblemCode, params: ProblemParams = {}, at?: { column: number; suggestion?: number }): void {
    const p: ImportProblem = { row, column, value, severity, code, params };
    if (at && row > 0 && at.column >= 0) p.cell = cellAddress(this.origin, row, at.column);
    if (at?.suggestion !== undefined) p.suggestion = at.suggestion;
    this.list.push(p);
  }
}

/** Where a value cell's problem sits: its column in the block (a PDF line has none), and a likely reading offered. */
const cellOf = (column: ColumnRef, suggestion?: number) => ({ column: column.index ?? -1, suggestion });

export function roleName(role: HeaderMatch | null): string | null {
  if (!role) return null;
  if (role.kind !== "indicator") return role.kind;
  return role.part === "rate" ? role.code : `${role.code}:${role.part === "numerator" ? "tử số" : "mẫu số"}`;
}

/** The candidate whose headers name the most indicator columns; the first on a tie. */
export function pickRuleSet(candidates: readonly RuleSet[], indicatorsMatched: (rs: RuleSet) => number): RuleSet {
  let best = candidates[0];
  let bestCount = -1;
  for (const rs of candidates) {
    const n = indicatorsMatched(rs);
    if (n > bestCount) {
      best = rs;
      bestCount = n;
    }
  }
  return best;
}

interface ColumnStats {
  withPercent: number;
  withoutPercent: number;
}

const ONE_THOUSANDS_GROUP = /^[+-]?\d{1,3}\.\d{3}%?$/;

/** Cell flags of {@link readCells}: 0 for a cell the full parser read (kept aside), else these bits. */
const COMMON = 1;
const PERCENT = 2;
const COMMA = 4;

/**
 * Every value cell of every record read once, laid flat: the common `91,16%` shapes (and Excel's
 * numbers) as a value and flags, the rest as the full parser's result. 10k rows make 70k cells:
 * no object each.
 */
function readCells(records: readonly RawRecord[]) {
  let total = 0;
  for (const r of records) total += r.raws.length;
  const values = new Float64Array(total);
  const flags = new Uint8Array(total);
  const other = new Map<number, ParsedNumber>();
  const scan: CommonNumber = { value: 0, percent: false, comma: false };
  let q = 0;
  for (const r of records) {
    for (const raw of r.raws) {
      if (typeof raw === "string" && scanCommon(raw, scan)) {
        values[q] = scan.value;
        flags[q] = COMMON | (scan.percent ? PERCENT : 0) | (scan.comma ? COMMA : 0);
      } else if (typeof raw === "number" && Number.isFinite(raw)) {
        values[q] = raw;
        flags[q] = COMMON;
      } else if (!isSheetNumber(raw) && !isSheetError(raw)) other.set(q, parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : raw));
      q++;
    }
  }
  return { values, flags, other };
}

/**
 * Reads every value of every record: rates in percent, totals, counts; each cell not taken is
 * an error, each doubtful one a warning. A table's decimal separator and a column's `%` habit
 * are learned from all its cells first, so the odd one out can be named.
 */
export function finishRecords(records: readonly RawRecord[], log: ProblemLog): ImportedRow[] {
  const { values, flags, other } = readCells(records);
  const commas: number[] = [];
  const dots: number[] = [];
  const columns = new Map<ColumnRef, ColumnStats>();
  const statsOf = (cols: readonly ColumnRef[]) =>
    cols.map((column) => {
      let st = columns.get(column);
      if (!st) columns.set(column, (st = { withPercent: 0, withoutPercent: 0 }));
      return st;
    });
  let lastColumns: readonly ColumnRef[] | null = null;
  let stats: ColumnStats[] = [];
  let q = 0;
  for (const r of records) {
    if (r.columns !== lastColumns) stats = statsOf((lastColumns = r.columns));
    for (let c = 0; c < r.raws.length; c++, q++) {
      if (typeof r.raws[c] !== "string") continue;
      let kind: "empty" | "plain" | "percent" | "ratio";
      let decimal: "," | "." | undefined;
      const f = flags[q];
      if (f) {
        kind = f & PERCENT ? "percent" : "plain";
        decimal = f & COMMA ? "," : undefined;
      } else {
        const p = other.get(q)!;
        if (!p.ok || p.value === null) continue;
        kind = p.kind;
        decimal = p.decimal;
      }
      if (decimal === ",") commas[r.table] = (commas[r.table] ?? 0) + 1;
      else if (decimal === ".") dots[r.table] = (dots[r.table] ?? 0) + 1;
      if (kind === "percent") stats[c].withPercent++;
      else if (kind === "plain") stats[c].withoutPercent++;
    }
  }
  const decimalOf = (table: number): "," | "." => ((dots[table] ?? 0) > (commas[table] ?? 0) ? "." : ",");
  const percentColumn = (column: ColumnRef) => {
    const st = columns.get(column);
    return !!st && st.withPercent > st.withoutPercent;
  };

  const rows: ImportedRow[] = [];
  q = 0;
  for (const r of records) {
    const decimal = decimalOf(r.table);
    const unit = cleanName(r.unit);
    const row: ImportedRow = { row: r.row, unit, level: null, values: {} };
    if (r.stt) row.stt = r.stt;
    if (r.district) row.district = cleanName(r.district);
    for (let c = 0; c < r.raws.length; c++, q++) {
      const column = r.columns[c];
      const role = column.role;
      if (!role || (role.kind !== "total" && role.kind !== "indicator")) continue;
      const raw = r.raws[c];
      if (isSheetNumber(raw) || isSheetError(raw)) {
        // A sheet's number is read by the one rule (a rate is the fraction of a % cell).
        const read = role.kind === "indicator" ? (role.part === "rate" ? readRateCell(raw) : readCountCell(raw)) : readCountCell(raw);
        if (!read.ok) {
          log.add("error", r.row, column.label, cellText(raw), read.code, read.params, cellOf(column, read.suggestion));
          continue;
        }
        if (read.value === null) continue;
        if (role.kind === "total") row.total = read.value;
        else if (role.part === "rate") row.values[role.code] = read.value;
        else ((row.counts ??= {})[role.code] ??= {})[role.part] = read.value;
        continue;
      }
      let value: number;
      let kind: "plain" | "percent" | "ratio" | "empty";
      let cellDecimal: "," | "." | undefined;
      let max: number | undefined;
      const f = flags[q];
      if (f) {
        value = values[q];
        kind = f & PERCENT ? "percent" : "plain";
        cellDecimal = f & COMMA ? "," : undefined;
      } else {
        let p = other.get(q)!;
        // In a dot-decimal table "2.143" is 2,143, not two thousand: read again with the table's habit.
        if (decimal === "." && typeof raw === "string" && ONE_THOUSANDS_GROUP.test(raw.trim())) p = parseVietnameseNumber(raw, { decimal });
        if (!p.ok) {
          log.add("error", r.row, column.label, cellText(raw), p.code, numberProblemParams(cellText(raw), p.suggestion), cellOf(column, p.suggestion));
          continue;
        }
        if (p.value === null) continue;
        value = p.value;
        kind = p.kind;
        cellDecimal = p.decimal;
        max = p.max;
      }
      let v = kind === "ratio" && max ? (100 * value) / max : value;
      if (role.kind === "indicator" && role.part !== "rate") {
        if (v < 0) {
          log.add("error", r.row, column.label, cellText(raw), "count.negative", { value: v }, cellOf(column));
          continue;
        }
        const counts = (row.counts ??= {});
        (counts[role.code] ??= {})[role.part] = v;
        continue;
      }
      if (v < 0 || v > 100) {
        log.add("error", r.row, column.label, cellText(raw), role.kind === "total" ? "import.totalOutOfRange" : "rate.outOfRange", { value: v }, cellOf(column));
        continue;
      }
      if (typeof raw === "string") {
        if (role.kind === "indicator" && kind === "plain" && percentColumn(column)) {
          log.add("warning", r.row, column.label, cellText(raw), "import.missingPercentSign", { text: cellText(raw), value: v }, cellOf(column));
        }
        if (cellDecimal === "." && decimal === ",") {
          log.add("warning", r.row, column.label, cellText(raw), "import.dotDecimal", { text: cellText(raw), value: v, percent: kind === "percent" ? "%" : "" }, cellOf(column));
        }
      }
      if (kind === "ratio") v = Math.round(v * 1e9) / 1e9;
      if (role.kind === "total") row.total = v;
      else row.values[role.code] = v;
    }
    const labelLevel = r.levelLabel ? levelFromLabel(r.levelLabel) : null;
    if (r.levelLabel && !labelLevel) {
      log.add("warning", r.row, "", r.levelLabel, "import.unknownLevel", { text: r.levelLabel });
    }
    row.level = labelLevel ?? levelFromName(unit) ?? r.sectionLevel;
    if (!row.level) log.add("warning", r.row, "", unit, "import.levelNotFound", { unit });
    for (const _ in r.extra) {
      row.extra = { ...r.extra };
      break;
    }
    rows.push(row);
  }
  return rows;
}
