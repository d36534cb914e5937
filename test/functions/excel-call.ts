/**
 * Arguments as Excel passes them to custom functions: a range is a 2-D array (rows of
 * cells), an empty cell is "", an omitted optional argument is null.
 */
export type Cell = string | number | boolean;

export const row = (...cells: Cell[]): Cell[][] => [cells];
export const column = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

// The stub of test/setup/custom-functions-global.ts, as Excel's runtime provides it.
const FunctionError = (globalThis as unknown as { CustomFunctions: { Error: new (...a: unknown[]) => { code: string; message?: string } } }).CustomFunctions.Error;

export interface CaughtError {
  code: string;
  message: string;
}

/** What a call produced: its value, or the CustomFunctions.Error it threw (anything else fails the test). */
export function outcome<T>(call: () => T): { value: T } | { error: CaughtError } {
  try {
    return { value: call() };
  } catch (e) {
    if (!(e instanceof FunctionError)) throw new Error(`threw something other than CustomFunctions.Error: ${String(e)}`);
    return { error: { code: e.code, message: e.message ?? "" } };
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
