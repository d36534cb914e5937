import { levelFromLabel, LEVEL_LABELS } from "../parsing/levels";
import { isSheetError, isSheetNumber, percentOf, shownText, type Cell } from "../reading/cell";
import { parseVietnameseNumber } from "../parsing/number";
import { cleanName, foldVietnamese } from "../parsing/text";
import type { Problem, ProblemCode } from "../problems/problem";
import type { RuleSet } from "../ruleset/schema";
import type { IndicatorInput, ScoredUnit, UnitInput } from "../scoring/score";
import { gradeOf } from "../scoring/grade";
import { comparePeriods, parsePeriod, PERIOD_KIND_LABELS, type Period, type PeriodKind } from "./period";

/**
 * The history table: one row per unit and period (24 periods × 4 000 units = 96 000 rows, far
 * under Excel's 1 048 576, where one row per indicator would not fit). Each row carries the
 * unit's total, grade and group scores, then per indicator its numerator, denominator, rate and
 * points. A period is appended whole and never overwritten without the user's word.
 */
export interface HistoryIndicator {
  numerator: number | null;
  denominator: number | null;
  /** percent (91.16 means 91,16%) */
  rate: number | null;
  points: number | null;
}

export interface HistoryRow {
  period: string;
  kind: PeriodKind;
  unit: string;
  /** the portal's unit code (H21.17), the stable key across periods when the source has one */
  code: string | null;
  /** "tỉnh", "huyện", "xã" or as the source wrote it */
  level: string | null;
  district: string | null;
  total: number | null;
  grade: string | null;
  groups: Record<string, number | null>;
  indicators: Record<string, HistoryIndicator>;
}

export interface History {
  /** sorted by the day each ends */
  periods: Period[];
  /** grouped by period in period order, units in the order they were given */
  rows: HistoryRow[];
  /** group and indicator codes, in the order of the rule sets the periods were scored with */
  groupCodes: string[];
  indicatorCodes: string[];
}

export const EMPTY_HISTORY: History = { periods: [], rows: [], groupCodes: [], indicatorCodes: [] };

function countsOf(input: IndicatorInput): { numerator: number | null; denominator: number | null } {
  if (input === null || input === undefined || typeof input === "number") return { numerator: null, denominator: null };
  return { numerator: input.numerator ?? null, denominator: input.denominator ?? null };
}

export interface RowSource {
  /** the portal's unit code, when the source has one */
  code?: string | null;
  /**
   * The table's own total (the portal's "Điểm đánh giá"). Kept instead of the computed one when
   * given: a 2023 table has group rates only, from which a total is an estimate, and the
   * portal's published number is the one people compare.
   */
  officialTotal?: number | null;
}

/** One history row from a scored unit and the input it was scored from. */
export function historyRow(period: Period, ruleSet: RuleSet, input: UnitInput, scored: ScoredUnit, source: RowSource = {}): HistoryRow {
  const indicators: Record<string, HistoryIndicator> = {};
  for (const ind of ruleSet.indicators) {
    const { numerator, denominator } = countsOf(input.values[ind.code]);
    const value = { numerator, denominator, rate: scored.rates[ind.code] ?? null, points: scored.points[ind.code] ?? null };
    if (!allEmpty(value)) indicators[ind.code] = value;
  }
  const groups: Record<string, number | null> = {};
  for (const g of ruleSet.groups) if (scored.groups[g.code] !== null && scored.groups[g.code] !== undefined) groups[g.code] = scored.groups[g.code];
  const official = source.officialTotal ?? null;
  const maxTotal = ruleSet.groups.reduce((s, g) => s + g.max, 0);
  const total = official ?? scored.total;
  const level = scored.level ?? null;
  return {
    period: period.id,
    kind: period.kind,
    unit: scored.unit,
    code: source.code ? source.code.trim() : null,
    level: level && level in LEVEL_LABELS ? LEVEL_LABELS[level as keyof typeof LEVEL_LABELS] : level,
    district: scored.district ?? null,
    total,
    grade: official === null ? scored.grade : gradeOf(ruleSet.grades, (100 * official) / maxTotal),
    groups,
    indicators,
  };
}

// An indicator (or group) with no value at all is left out of a row: periods scored under
// different rule sets share one table, and a 2023 row has nothing to say about TDGQ.1.
const allEmpty = (v: HistoryIndicator) => v.numerator === null && v.denominator === null && v.rate === null && v.points === null;

function mergeCodes(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const c of b) if (!out.includes(c)) out.push(c);
  return out;
}

/** A difference between the kept rows of a period and the ones offered again. */
export interface RowDifference {
  unit: string;
  /** "Tổng điểm", a group code, "<indicator> tử số|mẫu số|tỷ lệ|điểm", or "đơn vị" for a unit added or missing */
  field: string;
  before: number | string | null;
  after: number | string | null;
}

export type AddOutcome =
  | { status: "added"; history: History; differences: [] }
  | { status: "unchanged"; history: History; differences: [] }
  /** the period is kept already and differs: nothing changed; ask, then call again with replace */
  | { status: "confirm"; history: History; differences: RowDifference[] }
  | { status: "replaced"; history: History; differences: RowDifference[] };

const unitKey = (r: HistoryRow) => `${r.code ?? ""}|${r.unit}`;

/** What changes if `after` replaces `before` (rows of one period), unit by unit, value by value. */
export function periodDifferences(before: readonly HistoryRow[], after: readonly HistoryRow[]): RowDifference[] {
  const diffs: RowDifference[] = [];
  const old = new Map(before.map((r) => [unitKey(r), r]));
  const seen = new Set<string>();
  const same = (x: number | string | null, y: number | string | null) => x === y || (typeof x === "number" && typeof y === "number" && Math.abs(x - y) < 1e-9);
  const cmp = (unit: string, field: string, x: number | string | null, y: number | string | null) => {
    if (!same(x, y)) diffs.push({ unit, field, before: x, after: y });
  };
  for (const r of after) {
    const k = unitKey(r);
    seen.add(k);
    const o = old.get(k);
    if (!o) {
      diffs.push({ unit: r.unit, field: "đơn vị", before: null, after: "thêm mới" });
      continue;
    }
    cmp(r.unit, "Tổng điểm", o.total, r.total);
    for (const g of mergeCodes(Object.keys(o.groups), Object.keys(r.groups))) cmp(r.unit, g, o.groups[g] ?? null, r.groups[g] ?? null);
    for (const c of mergeCodes(Object.keys(o.indicators), Object.keys(r.indicators))) {
      const a = o.indicators[c];
      const b = r.indicators[c];
      for (const [part, label] of INDICATOR_PARTS) cmp(r.unit, `${c} ${label}`, a?.[part] ?? null, b?.[part] ?? null);
    }
  }
  for (const o of before) if (!seen.has(unitKey(o))) diffs.push({ unit: o.unit, field: "đơn vị", before: "có", after: "không còn" });
  return diffs;
}

/** The columns a period brings: its rule set's groups and indicators, or those of a history read back. */
export interface ColumnCodes {
  groupCodes: readonly string[];
  indicatorCodes: readonly string[];
}

/**
 * Appends a period's rows. A period already kept is never overwritten silently: without
 * `replace` the history comes back as it was, with the differences to show the user
 * ("confirm"), or "unchanged" when the rows are the same.
 */
export function addPeriod(history: History, period: Period, rows: readonly HistoryRow[], columns: RuleSet | ColumnCodes, options: { replace?: boolean } = {}): AddOutcome {
  const cols = "indicators" in columns ? { groupCodes: columns.groups.map((g) => g.code), indicatorCodes: columns.indicators.map((i) => i.code) } : columns;
  const groupCodes = mergeCodes(history.groupCodes, cols.groupCodes);
  const indicatorCodes = mergeCodes(history.indicatorCodes, cols.indicatorCodes);
  const kept = history.periods.some((p) => p.id === period.id);
  const build = (others: readonly HistoryRow[]): History => {
    const periods = kept ? history.periods : [...history.periods, period].sort(comparePeriods);
    const byPeriod = new Map<string, HistoryRow[]>();
    for (const r of [...others, ...rows]) {
      const list = byPeriod.get(r.period);
      if (list) list.push(r);
      else byPeriod.set(r.period, [r]);
    }
    return { periods, rows: periods.flatMap((p) => byPeriod.get(p.id) ?? []), groupCodes, indicatorCodes };
  };
  if (!kept) return { status: "added", history: build(history.rows), differences: [] };
  const before = history.rows.filter((r) => r.period === period.id);
  const differences = periodDifferences(before, rows);
  if (differences.length === 0) return { status: "unchanged", history, differences: [] };
  if (!options.replace) return { status: "confirm", history, differences };
  return { status: "replaced", history: build(history.rows.filter((r) => r.period !== period.id)), differences };
}

const INDICATOR_PARTS = [
  ["numerator", "tử số"],
  ["denominator", "mẫu số"],
  ["rate", "tỷ lệ (%)"],
  ["points", "điểm"],
] as const;

export const HISTORY_FIXED_COLUMNS = ["Kỳ", "Loại kỳ", "Đơn vị", "Mã đơn vị", "Cấp", "Huyện", "Tổng điểm", "Xếp loại"] as const;
const GROUP_PREFIX = "Điểm nhóm ";

/** The header of the history table: the fixed columns, one per group, four per indicator. */
export function historyHeader(history: Pick<History, "groupCodes" | "indicatorCodes">): string[] {
  return [
    ...HISTORY_FIXED_COLUMNS,
    ...history.groupCodes.map((g) => GROUP_PREFIX + g),
    ...history.indicatorCodes.flatMap((c) => INDICATOR_PARTS.map(([, label]) => `${c} ${label}`)),
  ];
}

export type HistoryCell = string | number | null;

/** The history as cells, header first: what the sheet "Lịch sử" holds. */
export function historyToCells(history: History): HistoryCell[][] {
  const out: HistoryCell[][] = [historyHeader(history)];
  for (const r of history.rows) {
    const row: HistoryCell[] = [r.period, PERIOD_KIND_LABELS[r.kind], r.unit, r.code, r.level, r.district, r.total, r.grade];
    for (const g of history.groupCodes) row.push(r.groups[g] ?? null);
    for (const c of history.indicatorCodes) {
      const v = r.indicators[c];
      for (const [part] of INDICATOR_PARTS) row.push(v?.[part] ?? null);
    }
    out.push(row);
  }
  return out;
}

/** A row of the history that cannot be read (row: 1-based row of the range); the doors word it from the catalogue. */
export type HistoryReadProblem = Problem;

const unreadable = (row: number, column: string, code: ProblemCode, params: Problem["params"] = {}): HistoryReadProblem => ({ code, severity: "error", row, column, params });

export interface HistoryRead {
  history: History;
  problems: HistoryReadProblem[];
}

type RawCell = Cell;

const blankCell = (c: RawCell) => c === null || c === undefined || c === "" || (typeof c === "string" && c.trim() === "");
const text = (c: RawCell) => cleanName(shownText(c));
const folded = (c: RawCell) => foldVietnamese(text(c));

function numberOf(c: RawCell): number | null | "bad" {
  if (c === null || c === undefined || c === "") return null;
  if (typeof c === "number") return Number.isFinite(c) ? c : "bad";
  // The sheet's own number, never rebuilt from text; a rate a user formatted as % holds its fraction.
  if (isSheetNumber(c)) return !Number.isFinite(c.value) ? "bad" : c.percent ? percentOf(c.value) : c.value;
  if (isSheetError(c) || typeof c === "boolean") return "bad";
  const p = parseVietnameseNumber(String(c));
  return p.ok ? p.value : "bad";
}

/** The row index of the history header in `cells` (the first row naming "Kỳ" and "Đơn vị"), or −1. */
export function findHistoryHeader(cells: readonly (readonly RawCell[])[]): number {
  const limit = Math.min(cells.length, 20);
  for (let r = 0; r < limit; r++) {
    const f = (cells[r] ?? []).map(folded);
    if (f.includes("ky") && f.includes("don vi")) return r;
  }
  return -1;
}

/**
 * Reads a history table back from cells (a sheet "Lịch sử", a range given to a function, an .xlsx):
 * the header is recognised by its titles, in any order and with extra columns ignored; every
 * row that cannot be read is named, never guessed.
 */
export function readHistoryCells(cells: readonly (readonly RawCell[])[]): HistoryRead {
  const problems: HistoryReadProblem[] = [];
  const h = findHistoryHeader(cells);
  if (h < 0) return { history: EMPTY_HISTORY, problems: [unreadable(1, "", "history.noHeader")] };
  const header = (cells[h] ?? []).map(text);
  const col = (title: string) => header.findIndex((x) => foldVietnamese(x) === foldVietnamese(title));
  const fixed = Object.fromEntries(HISTORY_FIXED_COLUMNS.map((t) => [t, col(t)])) as Record<(typeof HISTORY_FIXED_COLUMNS)[number], number>;
  const groupCols: [string, number][] = [];
  const indicatorCols = new Map<string, Partial<Record<(typeof INDICATOR_PARTS)[number][0], number>>>();
  header.forEach((title, i) => {
    if (Object.values(fixed).includes(i)) return;
    if (title.startsWith(GROUP_PREFIX)) {
      groupCols.push([title.slice(GROUP_PREFIX.length).trim(), i]);
      return;
    }
    for (const [part, label] of INDICATOR_PARTS) {
      if (title.endsWith(" " + label)) {
        const code = title.slice(0, -label.length - 1).trim();
        const parts = indicatorCols.get(code) ?? {};
        parts[part] = i;
        indicatorCols.set(code, parts);
        return;
      }
    }
  });

  const periods = new Map<string, Period>();
  const rows: HistoryRow[] = [];
  for (let r = h + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every(blankCell)) continue;
    const period = parsePeriod(text(row[fixed["Kỳ"]]));
    const unit = text(row[fixed["Đơn vị"]]);
    if (!period || !unit) {
      problems.push(!period ? unreadable(r + 1, header[fixed["Kỳ"]], "history.badPeriod", { text: text(row[fixed["Kỳ"]]) }) : unreadable(r + 1, header[fixed["Đơn vị"]], "history.noUnit"));
      continue;
    }
    periods.set(period.id, period);
    const num = (i: number | undefined, title: string): number | null => {
      if (i === undefined || i < 0) return null;
      const v = numberOf(row[i]);
      if (v === "bad") {
        problems.push(unreadable(r + 1, title, "history.notANumber", { text: text(row[i]) }));
        return null;
      }
      return v;
    };
    const opt = (i: number) => (i >= 0 ? text(row[i]) || null : null);
    const level = opt(fixed["Cấp"]);
    const indicators: Record<string, HistoryIndicator> = {};
    for (const [code, parts] of indicatorCols) {
      const value = {
        numerator: num(parts.numerator, `${code} tử số`),
        denominator: num(parts.denominator, `${code} mẫu số`),
        rate: num(parts.rate, `${code} tỷ lệ (%)`),
        points: num(parts.points, `${code} điểm`),
      };
      if (!allEmpty(value)) indicators[code] = value;
    }
    const groups: Record<string, number | null> = {};
    for (const [g, i] of groupCols) {
      const v = num(i, GROUP_PREFIX + g);
      if (v !== null) groups[g] = v;
    }
    rows.push({
      period: period.id,
      kind: period.kind,
      unit,
      code: opt(fixed["Mã đơn vị"]),
      level: level && levelFromLabel(level) ? LEVEL_LABELS[levelFromLabel(level)!] : level,
      district: opt(fixed["Huyện"]),
      total: num(fixed["Tổng điểm"], "Tổng điểm"),
      grade: opt(fixed["Xếp loại"]),
      groups,
      indicators,
    });
  }
  const sorted = [...periods.values()].sort(comparePeriods);
  const order = new Map(sorted.map((p, i) => [p.id, i]));
  // A stable sort by period keeps the units' order within each period.
  rows.sort((a, b) => order.get(a.period)! - order.get(b.period)!);
  return { history: { periods: sorted, rows, groupCodes: groupCols.map(([g]) => g), indicatorCodes: [...indicatorCols.keys()] }, problems };
}
