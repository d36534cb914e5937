import { parseVietnameseNumber } from "../parsing/number";
import { cleanName, foldVietnamese } from "../parsing/text";
import { findHistoryHeader } from "./history-table";
import { nameKey } from "./match";
import { comparePeriods, parsePeriod, type Period } from "./period";

/**
 * One value of a history range without reading every row into objects: what a custom function
 * needs on each recalculation. A sheet "Lịch sử" of 96 000 rows is read whole in seconds; a
 * lookup scans three columns and reads one cell per row it keeps.
 */
type RawCell = unknown;

export interface HistoryColumns {
  header: number;
  period: number;
  unit: number;
  code: number;
  level: number;
  titles: string[];
}

export function historyColumns(cells: readonly (readonly RawCell[])[]): HistoryColumns | null {
  const header = findHistoryHeader(cells as (string | number | boolean | null)[][]);
  if (header < 0) return null;
  const titles = (cells[header] ?? []).map((c) => (c === null || c === undefined ? "" : cleanName(String(c))));
  const col = (t: string) => titles.findIndex((x) => foldVietnamese(x) === foldVietnamese(t));
  return { header, period: col("Kỳ"), unit: col("Đơn vị"), code: col("Mã đơn vị"), level: col("Cấp"), titles };
}

/** The column of a total (""), a group ("TDGQ") or an indicator's points ("TDGQ.1"); −1 when absent. */
export function valueColumn(cols: HistoryColumns, what: string): number {
  const wanted = what === "" ? ["Tổng điểm"] : [`Điểm nhóm ${what}`, `${what} điểm`];
  return cols.titles.findIndex((t) => wanted.some((w) => foldVietnamese(w) === foldVietnamese(t)));
}

const str = (c: RawCell) => (c === null || c === undefined ? "" : typeof c === "string" ? c.trim() : String(c));

/** The periods present in the range, sorted, with the rows of each. */
export function periodRows(cells: readonly (readonly RawCell[])[], cols: HistoryColumns): { periods: Period[]; rows: Map<string, number[]> } {
  const seen = new Map<string, Period | null>();
  const rows = new Map<string, number[]>();
  for (let r = cols.header + 1; r < cells.length; r++) {
    const text = str(cells[r]?.[cols.period]);
    if (!text) continue;
    let p = seen.get(text);
    if (p === undefined) {
      p = parsePeriod(text);
      seen.set(text, p);
    }
    if (!p) continue;
    const list = rows.get(p.id);
    if (list) list.push(r);
    else rows.set(p.id, [r]);
  }
  const periods = [...new Map([...seen.values()].filter((p): p is Period => p !== null).map((p) => [p.id, p])).values()].sort(comparePeriods);
  return { periods, rows };
}

/**
 * The row of a unit among `rows`: its name as written or its code first, else a name that folds
 * alike (as the trend sheets match units); −1 when none or when several fold alike.
 */
export function findUnitRow(cells: readonly (readonly RawCell[])[], cols: HistoryColumns, rows: readonly number[], unit: string, code: string | null = null): number {
  for (const r of rows) {
    const row = cells[r];
    if (str(row[cols.unit]) === unit || (cols.code >= 0 && str(row[cols.code]) === unit)) return r;
    if (code && cols.code >= 0 && str(row[cols.code]) === code) return r;
  }
  const key = nameKey(unit);
  const alike = rows.filter((r) => nameKey(str(cells[r][cols.unit]), cols.level >= 0 ? str(cells[r][cols.level]) : null) === key);
  return alike.length === 1 ? alike[0] : -1;
}

/** A cell's number, or null when empty or not a number. */
export function numberAt(cells: readonly (readonly RawCell[])[], r: number, c: number): number | null {
  const v = cells[r]?.[c];
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || v.trim() === "") return null;
  const p = parseVietnameseNumber(v);
  return p.ok ? p.value : null;
}

