import { isWords, numberProblemParams, readVietnameseNumber, type NumberOptions, type NumberReading } from "../parsing/number";
import type { ProblemCode, ProblemParams } from "../problems/problem";
import { isSheetError, isSheetNumber, percentOf, shownText, type Cell } from "./cell";

/** A value read from one cell, or the problem that kept it out. */
export type ValueReading =
  | {
      ok: true;
      /** the rate in percent, the count, or the points; null for an empty cell */
      value: number | null;
      /** how it was written: a sheet's number, bare text, `…%`, `…/max`; empty */
      kind: "sheet" | "plain" | "percent" | "ratio" | "empty";
      /** the decimal separator the text used, when it had a fraction */
      decimal?: "," | ".";
    }
  | { ok: false; code: ProblemCode; params: ProblemParams; suggestion?: number };

const EMPTY: ValueReading = { ok: true, value: null, kind: "empty" };

const fail = (code: ProblemCode, params: ProblemParams, suggestion?: number): ValueReading =>
  suggestion === undefined ? { ok: false, code, params } : { ok: false, code, params, suggestion };

/** A C0/C1 control character other than tab, CR and LF: invisible in Excel, never part of a number or a name. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

export function controlCharacter(text: string): number | null {
  const m = CONTROL.exec(text);
  return m ? m[0].charCodeAt(0) : null;
}

/** The parts every reading shares: empties, sheet errors, control characters, Vietnamese text. */
function readText(cell: Cell, options: NumberOptions): ValueReading | { text: string; parsed: NumberReading } {
  // A note in a number's column (a table of notes has one per indicator per row): the full
  // reading's answer without its steps; plain text holds no control character either.
  if (typeof cell === "string" && isWords(cell)) return fail("number.invalid", { text: cell });
  if (cell === null || cell === undefined) return EMPTY;
  if (isSheetError(cell)) return fail("cell.excelError", { text: cell.code });
  if (typeof cell === "boolean") return fail("number.invalid", { text: cell ? "TRUE" : "FALSE" });
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { ok: true, value: cell, kind: "plain" } : fail("number.nonFinite", {});
  }
  const text = shownText(cell);
  const control = controlCharacter(text);
  if (control !== null) return fail("cell.controlCharacter", { text, code: control });
  const parsed = readVietnameseNumber(text, options);
  if (!parsed.ok) {
    return fail(parsed.code, numberProblemParams(text, parsed.suggestion), parsed.suggestion);
  }
  if (parsed.value === null) return EMPTY;
  return { text, parsed };
}

/**
 * A rate in percent from one cell, by the rule of {@link Cell}: a sheet's number is a fraction
 * (above 1 it looks like a percent: a problem), text is read as written (a bare number is a
 * percent, `17,8/20` is points of a maximum). Outside 0–100 % is a problem.
 */
export function readRateCell(cell: Cell, options: NumberOptions = {}): ValueReading {
  let value: number;
  let kind: "sheet" | "plain" | "percent" | "ratio";
  let decimal: "," | "." | undefined;
  if (isSheetNumber(cell)) {
    if (!Number.isFinite(cell.value)) return fail("number.nonFinite", {});
    if (cell.value > 1) return fail("rate.looksLikePercent", { value: cell.value });
    value = percentOf(cell.value);
    kind = "sheet";
  } else {
    const r = readText(cell, options);
    if ("ok" in r) return r;
    const p = r.parsed;
    if (!p.ok || p.value === null) return EMPTY; // narrowed above
    if (p.kind === "ratio") {
      if (p.value > p.max!) return fail("points.aboveMax", { value: p.value, max: p.max! });
      value = (100 * p.value) / p.max!;
    } else value = p.value;
    kind = p.kind === "empty" ? "plain" : p.kind;
    decimal = p.decimal;
  }
  if (value < 0 || value > 100) return fail("rate.outOfRange", { value });
  return decimal ? { ok: true, value, kind, decimal } : { ok: true, value, kind };
}

/** A count (numerator, denominator): a non-negative number, never a percent or a ratio. */
export function readCountCell(cell: Cell, options: NumberOptions = {}): ValueReading {
  let value: number;
  let decimal: "," | "." | undefined;
  if (isSheetNumber(cell)) {
    if (!Number.isFinite(cell.value)) return fail("number.nonFinite", {});
    value = cell.value;
  } else {
    const r = readText(cell, options);
    if ("ok" in r) return r;
    const p = r.parsed;
    if (!p.ok || p.value === null) return EMPTY;
    if (p.kind !== "plain") return fail("count.notACount", { text: r.text.trim() });
    value = p.value;
    decimal = p.decimal;
  }
  if (value < 0) return fail("count.negative", { value });
  return decimal ? { ok: true, value, kind: "plain", decimal } : { ok: true, value, kind: isSheetNumber(cell) ? "sheet" : "plain" };
}
