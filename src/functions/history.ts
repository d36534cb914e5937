import { readHistoryCells, type History, type HistoryRow } from "../domain/history/history-table";
import { matchUnits, nameKey } from "../domain/history/match";
import { parsePeriod, periodLabel, previousPeriod, snapshotPeriod, type Period } from "../domain/history/period";
import { cleanName } from "../domain/parsing/text";
import { isBlank, readTable, readText } from "./cells";
import { invalid, notAvailable } from "./errors";

/*
 * CHISO.THEOKY and CHISO.THAYDOI read the history range given as their first argument (the
 * sheet "Lịch sử"), so Excel recalculates them when the range grows. Values are points.
 */

function historyArg(range: unknown): History {
  const read = readHistoryCells(readTable(range, "Bảng lịch sử") as (string | number | boolean | null)[][]);
  if (read.history.periods.length === 0) invalid(read.problems[0]?.message ?? "Bảng lịch sử chưa có kỳ nào.");
  return read.history;
}

// Excel's day 25569 is 01/01/1970: a date cell arrives as its serial number.
const EXCEL_EPOCH = 25569;

/** A period argument: "2026-08", "2026-Q3", the year 2026 as a number, or a date cell (a snapshot of that day). */
export function periodArg(cell: unknown): Period {
  if (typeof cell === "number" && cell > 9999) {
    const d = new Date((cell - EXCEL_EPOCH) * 86_400_000);
    const p = snapshotPeriod(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (p) return p;
  }
  const text = readText(cell);
  const p = parsePeriod(text);
  if (!p) invalid(`Kỳ "${text}" không đọc được: viết 2026, "2026-Q3", "2026-08" hoặc "2026-10-10".`);
  return p;
}

function sameUnit(row: HistoryRow, wanted: string): boolean {
  return row.unit === wanted || row.code === wanted;
}

/** The row of `unit` (its name as written, its code, or a name that folds alike) in `period`. */
function rowOf(h: History, unit: string, period: Period): HistoryRow {
  const rows = h.rows.filter((r) => r.period === period.id);
  if (rows.length === 0) notAvailable(`Lịch sử không có kỳ ${period.id} (${periodLabel(period)}).`);
  const exact = rows.find((r) => sameUnit(r, unit));
  if (exact) return exact;
  const key = nameKey(unit);
  const alike = rows.filter((r) => nameKey(r.unit, r.level) === key);
  if (alike.length === 1) return alike[0];
  return notAvailable(`Không có đơn vị "${unit}" trong kỳ ${period.id}.`);
}

/** Total, group or indicator points of a row; #N/A when the row has none. */
function pointsOf(row: HistoryRow, what: string): number {
  if (what === "") {
    if (row.total === null) notAvailable(`${row.unit}: kỳ ${row.period} không có tổng điểm.`);
    return row.total;
  }
  if (what in row.groups) return row.groups[what]!;
  const ind = row.indicators[what];
  if (ind && ind.points !== null) return ind.points;
  return notAvailable(`${row.unit}: kỳ ${row.period} không có điểm "${what}".`);
}

function unitArg(cell: unknown): string {
  const unit = cleanName(readText(cell));
  if (!unit) invalid("Cần tên hoặc mã đơn vị.");
  return unit;
}

const whatArg = (cell: unknown) => (isBlank(cell) ? "" : readText(cell).toUpperCase());

/** CHISO.THEOKY: a unit's total (or a group's or an indicator's points) in one period of the history. */
export function valueInPeriod(range: unknown, unitCell: unknown, periodCell: unknown, whatCell: unknown): number {
  const h = historyArg(range);
  return pointsOf(rowOf(h, unitArg(unitCell), periodArg(periodCell)), whatArg(whatCell));
}

/**
 * CHISO.THAYDOI: the change of a unit's total (or points) from the previous period to the last
 * period of the history, the unit followed across renames as the trend sheets follow it.
 */
export function changeSincePrevious(range: unknown, unitCell: unknown, whatCell: unknown): number {
  const h = historyArg(range);
  const unit = unitArg(unitCell);
  const last = h.periods[h.periods.length - 1];
  const previous = previousPeriod(last, h.periods);
  if (!previous) notAvailable(`Lịch sử chỉ có một kỳ (${last.id}): chưa có kỳ trước để so sánh.`);
  const now = rowOf(h, unit, last);
  const tracked = matchUnits(h).units.find((u) => u.rows.get(last.id) === now);
  const before = tracked?.rows.get(previous.id);
  if (!before) notAvailable(`${now.unit} không có ở kỳ trước (${previous.id}).`);
  const what = whatArg(whatCell);
  return Math.round((pointsOf(now, what) - pointsOf(before, what)) * 1e6) / 1e6;
}
