import { findUnitRow, historyColumns, numberAt, periodRows, valueColumn, type HistoryColumns } from "../domain/history/lookup";
import { parsePeriod, periodLabel, previousPeriod, snapshotPeriod, type Period } from "../domain/history/period";
import { cleanName } from "../domain/parsing/text";
import { isBlank, readTable, readText } from "./cells";
import { invalid, notAvailable } from "./errors";

/*
 * CHISO.THEOKY and CHISO.THAYDOI read the history range given as their first argument (the
 * sheet "Lịch sử"), so Excel recalculates them when the range grows. Values are points. Each
 * call looks up its cells (domain/history/lookup.ts) instead of reading the whole history:
 * a sheet of such formulas over 96 000 rows stays quick.
 */

function historyArg(range: unknown): { cells: unknown[][]; cols: HistoryColumns } {
  const cells = readTable(range, "Bảng lịch sử");
  const cols = historyColumns(cells);
  if (!cols || cols.period < 0 || cols.unit < 0) invalid('Không thấy tiêu đề bảng lịch sử (cần các cột "Kỳ" và "Đơn vị").');
  return { cells, cols };
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

function unitArg(cell: unknown): string {
  const unit = cleanName(readText(cell));
  if (!unit) invalid("Cần tên hoặc mã đơn vị.");
  return unit;
}

const whatArg = (cell: unknown) => (isBlank(cell) ? "" : readText(cell).toUpperCase());

function columnArg(cols: HistoryColumns, what: string): number {
  const c = valueColumn(cols, what);
  if (c < 0) notAvailable(what ? `Bảng lịch sử không có cột điểm của "${what}".` : 'Bảng lịch sử không có cột "Tổng điểm".');
  return c;
}

function pointsAt(cells: unknown[][], cols: HistoryColumns, r: number, c: number, period: string, what: string): number {
  const v = numberAt(cells, r, c);
  if (v === null) notAvailable(`${String(cells[r][cols.unit])}: kỳ ${period} không có ${what ? `điểm "${what}"` : "tổng điểm"}.`);
  return v;
}

/** CHISO.THEOKY: a unit's total (or a group's or an indicator's points) in one period of the history. */
export function valueInPeriod(range: unknown, unitCell: unknown, periodCell: unknown, whatCell: unknown): number {
  const { cells, cols } = historyArg(range);
  const unit = unitArg(unitCell);
  const period = periodArg(periodCell);
  const what = whatArg(whatCell);
  const c = columnArg(cols, what);
  const rows = periodRows(cells, cols).rows.get(period.id);
  if (!rows) notAvailable(`Lịch sử không có kỳ ${period.id} (${periodLabel(period)}).`);
  const r = findUnitRow(cells, cols, rows, unit);
  if (r < 0) notAvailable(`Không có đơn vị "${unit}" trong kỳ ${period.id}.`);
  return pointsAt(cells, cols, r, c, period.id, what);
}

/**
 * CHISO.THAYDOI: the change of a unit's total (or points) from the previous period to the last
 * period of the history; the unit is found in the previous period by its code, else by its name.
 */
export function changeSincePrevious(range: unknown, unitCell: unknown, whatCell: unknown): number {
  const { cells, cols } = historyArg(range);
  const unit = unitArg(unitCell);
  const what = whatArg(whatCell);
  const c = columnArg(cols, what);
  const { periods, rows } = periodRows(cells, cols);
  const last = periods[periods.length - 1];
  if (!last) invalid("Bảng lịch sử chưa có kỳ nào.");
  const previous = previousPeriod(last, periods);
  if (!previous) notAvailable(`Lịch sử chỉ có một kỳ (${last.id}): chưa có kỳ trước để so sánh.`);
  const now = findUnitRow(cells, cols, rows.get(last.id)!, unit);
  if (now < 0) notAvailable(`Không có đơn vị "${unit}" trong kỳ ${last.id}.`);
  const name = String(cells[now][cols.unit]);
  const code = cols.code >= 0 && !isBlank(cells[now][cols.code]) ? String(cells[now][cols.code]).trim() : null;
  const before = findUnitRow(cells, cols, rows.get(previous.id)!, code ?? name, code);
  const beforeByName = before >= 0 ? before : findUnitRow(cells, cols, rows.get(previous.id)!, name);
  if (beforeByName < 0) notAvailable(`${name} không có ở kỳ trước (${previous.id}).`);
  return Math.round((pointsAt(cells, cols, now, c, last.id, what) - pointsAt(cells, cols, beforeByName, c, previous.id, what)) * 1e6) / 1e6;
}
