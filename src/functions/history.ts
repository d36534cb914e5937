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
  const cells = readTable(range, "history");
  const cols = historyColumns(cells);
  if (!cols || cols.period < 0 || cols.unit < 0) invalid("history.noHeader");
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
  if (!p) invalid("function.badPeriod", { text });
  return p;
}

function unitArg(cell: unknown): string {
  const unit = cleanName(readText(cell));
  if (!unit) invalid("function.noUnit");
  return unit;
}

const whatArg = (cell: unknown) => (isBlank(cell) ? "" : readText(cell).toUpperCase());

function columnArg(cols: HistoryColumns, what: string): number {
  const c = valueColumn(cols, what);
  if (c < 0) notAvailable(what ? "function.historyNoColumn" : "function.historyNoTotalColumn", { what });
  return c;
}

function pointsAt(cells: unknown[][], cols: HistoryColumns, r: number, c: number, period: string, what: string): number {
  const v = numberAt(cells, r, c);
  if (v === null) notAvailable(what ? "function.historyNoPoints" : "function.historyNoTotal", { unit: String(cells[r][cols.unit]), period, what });
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
  if (!rows) notAvailable("function.historyNoPeriod", { period: period.id, label: periodLabel(period) });
  const r = findUnitRow(cells, cols, rows, unit);
  if (r < 0) notAvailable("function.historyNoUnit", { unit, period: period.id });
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
  if (!last) invalid("function.historyEmpty");
  const previous = previousPeriod(last, periods);
  if (!previous) notAvailable("function.historyOnePeriod", { period: last.id });
  const now = findUnitRow(cells, cols, rows.get(last.id)!, unit);
  if (now < 0) notAvailable("function.historyNoUnit", { unit, period: last.id });
  const name = String(cells[now][cols.unit]);
  const code = cols.code >= 0 && !isBlank(cells[now][cols.code]) ? String(cells[now][cols.code]).trim() : null;
  const before = findUnitRow(cells, cols, rows.get(previous.id)!, code ?? name, code);
  const beforeByName = before >= 0 ? before : findUnitRow(cells, cols, rows.get(previous.id)!, name);
  if (beforeByName < 0) notAvailable("function.historyNotBefore", { unit: name, period: previous.id });
  return Math.round((pointsAt(cells, cols, now, c, last.id, what) - pointsAt(cells, cols, beforeByName, c, previous.id, what)) * 1e6) / 1e6;
}
