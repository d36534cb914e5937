/**
 * Arguments as Excel passes them to custom functions: a range is a 2-D array (rows of
 * cells), an empty cell is "", an omitted optional argument is null.
 */
import type { ProblemCode, ProblemParams } from "../../src/domain/problems/problem";
import { functionMessage, problemOf, type Subject } from "../../src/functions/errors";

export type Cell = string | number | boolean;

export const row = (...cells: Cell[]): Cell[][] => [cells];
export const column = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

// The stub of test/setup/custom-functions-global.ts, as Excel's runtime provides it.
const FunctionError = (globalThis as unknown as { CustomFunctions: { Error: new (...a: unknown[]) => { code: string; message?: string } } }).CustomFunctions.Error;

export interface CaughtError {
  /** Excel's error: "#VALUE!" or "#N/A" */
  code: string;
  message: string;
  /** the catalogue code the function refused with, and its params: what tests assert */
  problem: ProblemCode | undefined;
  params: ProblemParams;
  subject?: Subject;
}

/** What a call produced: its value, or the CustomFunctions.Error it threw (anything else fails the test). */
export function outcome<T>(call: () => T): { value: T } | { error: CaughtError } {
  try {
    return { value: call() };
  } catch (e) {
    if (!(e instanceof FunctionError)) throw new Error(`threw something other than CustomFunctions.Error: ${String(e)}`);
    const p = problemOf(e);
    return { error: { code: e.code, message: e.message ?? "", problem: p?.code, params: p?.params ?? {}, ...(p?.subject ? { subject: p.subject } : {}) } };
  }
}

/** The error a call must throw; fails when it returns a value. */
export function errorOf(call: () => unknown): CaughtError {
  const o = outcome(call);
  if ("value" in o) throw new Error(`expected an error, got ${JSON.stringify(o.value)}`);
  return o.error;
}

/** Every character of a message a user reads is NFC and it carries Vietnamese words. */
export function isVietnameseMessage(message: string): boolean {
  return message.length > 0 && message === message.normalize("NFC") && /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i.test(message);
}

/**
 * A cell error as the HyperFormula plugin shows it ({error, message}), for a refusal given by its
 * catalogue code and params: a formula's cell keeps only Excel's message, so the code is checked
 * through the sentence the catalogue makes of it.
 */
export function codedCell(error: "VALUE" | "NA", code: ProblemCode, params: ProblemParams = {}, subject?: Subject): { error: string; message: string } {
  return { error, message: functionMessage(subject ? { code, params, subject } : { code, params }) };
}
