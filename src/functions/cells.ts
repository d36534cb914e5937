import { percentOf as domainPercentOf, fractionOf as domainFractionOf, sheetCell } from "../domain/reading/cell";
import { readCountCell, readRateCell, type ValueReading } from "../domain/reading/values";
import type { ArgumentName } from "../domain/problems/problem";
import { invalid, subjectText, type Subject } from "./errors";

/**
 * The door between Excel's values and the domain's: an argument is a sheet's value, read by
 * the domain's one rule (src/domain/reading/cell.ts). A number is the fraction a % cell holds
 * (0.9116 shown as 91,16%); text is read as written (`91,16%`, `17,8/20`, a bare `91,16` is a
 * percent). Omitted arguments arrive as null, empty cells as "".
 */

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The domain's one conversion between a sheet's fraction and the engine's percent. */
export const percentOf = domainPercentOf;
export const fractionOf = domainFractionOf;

function valueOf(read: ValueReading, what: Subject): number | null {
  if (!read.ok) return invalid(read.code, read.params, what);
  return read.value;
}

/** A rate in percent from a cell (see above). Null when the cell is empty. */
export function readRate(cell: unknown, what: Subject): number | null {
  if (isBlank(cell)) return null;
  return valueOf(readRateCell(sheetCell(cell)), what);
}

/** A count (numerator, denominator): a non-negative number, or text like `2.143`. Null when empty. */
export function readCount(cell: unknown, what: Subject): number | null {
  if (isBlank(cell)) return null;
  return valueOf(readCountCell(sheetCell(cell)), what);
}

/** Text of a code, a name or a rule-set id; numbers are accepted as their digits. */
export function readText(cell: unknown): string {
  if (isBlank(cell)) return "";
  // Most titles are ASCII codes (CKMB.1): normalizing those is wasted work on every recalculation.
  if (typeof cell === "string") return (/^[\x20-\x7e]*$/.test(cell) ? cell : cell.normalize("NFC")).trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}

/** A range argument as a list: Excel passes ranges as 2-D arrays; one row or one column is read in order. */
export function readLine(range: unknown, what: ArgumentName): unknown[] {
  if (!Array.isArray(range)) return [range];
  if (range.length === 0) return [];
  if (!range.every(Array.isArray)) return range;
  const rows = range as unknown[][];
  if (rows.length === 1) return rows[0];
  const line: unknown[] = [];
  for (const r of rows) {
    if (r.length > 1) invalid("function.notALine", { argument: what, rows: rows.length, columns: r.length });
    if (r.length === 1) line.push(r[0]);
  }
  return line;
}

/** A range argument as rows of cells (a table). */
export function readTable(range: unknown, what: ArgumentName): unknown[][] {
  if (!Array.isArray(range) || range.length === 0) invalid("function.notATable", { argument: what });
  return (range as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
}

/** A numerator above its denominator, or a count over nothing, is a data error, not a rate above 100%. */
export function checkCountPair(what: Subject, numerator: number, denominator: number): void {
  if (numerator > denominator) invalid("count.numeratorAboveDenominator", { indicator: subjectText(what), numerator, denominator });
}
