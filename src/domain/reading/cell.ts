import { formatVietnamese } from "../parsing/text";

/*
 * Cells as every door hands them to the domain. The rule for rates, stated once:
 *  - text (a CSV/TSV file, pasted text, a text cell) is read as it is written: in a rate
 *    column a bare number is a percent (`91,16` = 91,16 %), `91,16%` too, `17,8/20` is
 *    points of a maximum;
 *  - a number a spreadsheet holds (an Excel range, an .xlsx cell, a function argument) is
 *    a {@link SheetNumber}: in a rate column it is the fraction a %-formatted cell holds
 *    (0,9116 shown as 91,16 %), and a number above 1 there is a problem ("this looks like
 *    a percent"), never a silent ×100 or ÷100;
 *  - a plain JavaScript number (JSON, a test) is read as its text would be.
 * No number a sheet holds is turned into text on its way to the engine.
 */

/** A number as a spreadsheet cell holds it, with whether its number format shows it as a percent. */
export interface SheetNumber {
  readonly kind: "number";
  readonly value: number;
  readonly percent: boolean;
}

/** An error value of a spreadsheet cell (`#N/A`, `#DIV/0!`). */
export interface SheetError {
  readonly kind: "error";
  readonly code: string;
}

export type Cell = string | number | boolean | null | undefined | SheetNumber | SheetError;

export function sheetNumber(value: number, percent = false): SheetNumber {
  return { kind: "number", value, percent };
}

export function isSheetNumber(c: unknown): c is SheetNumber {
  return typeof c === "object" && c !== null && (c as SheetNumber).kind === "number";
}

export function isSheetError(c: unknown): c is SheetError {
  return typeof c === "object" && c !== null && (c as SheetError).kind === "error";
}

const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#BUSY!", "#CONNECT!"]);

export function isPercentFormat(format: unknown): boolean {
  // `0.00%` shows a percent; `0.00"%"` or `0.00\%` print a literal sign after the number as it is.
  return typeof format === "string" && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/**
 * One value of a spreadsheet range (Excel's `values`, an .xlsx cell, a custom function's
 * argument) with its number format, as a typed cell.
 */
export function sheetCell(value: unknown, numberFormat?: unknown): Cell {
  if (typeof value === "number") return sheetNumber(value, isPercentFormat(numberFormat));
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return EXCEL_ERRORS.has(value) ? { kind: "error", code: value } : value;
  if (typeof value === "boolean") return value;
  if (isSheetError(value) || isSheetNumber(value)) return value;
  // Excel passes error values to custom functions as Error objects.
  if (value instanceof Error) return { kind: "error", code: value.message || "#VALUE!" };
  return null;
}

/** A range's values and number formats as typed cells. */
export function sheetCells(values: readonly (readonly unknown[])[], numberFormat?: readonly (readonly unknown[])[]): Cell[][] {
  return values.map((row, r) => row.map((v, c) => sheetCell(v, numberFormat?.[r]?.[c])));
}

/**
 * The one conversion between the fraction a sheet holds and the percent the engine reads.
 * A fraction of up to 15 significant digits times 100 is off by less than half a unit of
 * its 15th digit, so rounding to 15 digits gives back exactly the percent that was meant
 * (0,29 × 100 = 28,999999999999996 → 29).
 */
export function percentOf(fraction: number): number {
  if (!Number.isFinite(fraction)) return fraction;
  return fifteenDigits(fraction * 100);
}

/** A rate in percent as the fraction a %-formatted cell holds: the inverse of {@link percentOf}. */
export function fractionOf(percent: number): number {
  if (!Number.isFinite(percent)) return percent;
  return fifteenDigits(percent / 100);
}

/** Exact powers of ten as doubles (10^22 is the last). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * `Number(y.toPrecision(15))`, the definition, without the string on the common path (it was
 * a seventh of a CHISO.DIEM call). Scaled by an exact 10^d so that 15 significant digits are its
 * whole part, y is s ∈ [10^14, 10^15) < 2^50, off the exact product by at most 1/16 (half a
 * unit in its last place). Unless the exact product may lie within that of a half, Math.round(s)
 * is the 15-digit integer toPrecision rounds to, and dividing it by 10^d (both exact, one
 * correctly rounded division) is the double nearest to the decimal toPrecision prints: the
 * same number Number() parses it to. Anything else takes the definition.
 * test/domain/reading/fifteen-digits.test.ts compares the two.
 */
export function fifteenDigits(y: number): number {
  const a = Math.abs(y);
  if (a >= 1e-8 && a < 1e15) {
    const d = 14 - Math.floor(Math.log10(a));
    if (d >= 0 && d <= 22) {
      const s = a * POW10[d];
      const whole = Math.floor(s);
      if (s >= 1e14 + 1 && s < 1e15 - 1 && Math.abs(s - whole - 0.5) > 0.125) {
        const r = Math.round(s) / POW10[d];
        return y < 0 ? -r : r;
      }
    }
  }
  return Number(y.toPrecision(15));
}

/** A cell's value for a copy beside the scores: what the sheet holds, never a rebuilt text. */
export function plainValue(c: Cell): string | number | boolean | null {
  if (typeof c === "string") return c; // most cells: no further test
  if (c === null || c === undefined) return null;
  if (isSheetNumber(c)) return c.value;
  if (isSheetError(c)) return c.code;
  return c;
}

/** A cell as the user sees it, for names, headers and messages (`91,16%` for a percent cell). */
export function shownText(c: Cell): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "string") return c;
  if (isSheetNumber(c)) {
    if (!Number.isFinite(c.value)) return "(không phải số hữu hạn)";
    // A code or a year in a number cell (2023, 123456) reads as its digits, not as 123.456.
    if (c.percent) return `${formatVietnamese(percentOf(c.value), 6)}%`;
    return Number.isInteger(c.value) ? String(c.value) : formatVietnamese(c.value, 6);
  }
  if (isSheetError(c)) return c.code;
  return String(c);
}
