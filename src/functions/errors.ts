/**
 * Excel shows a custom message only for #VALUE! and #N/A, so every failure of a CHISO
 * function is one of those two, with a Vietnamese message. #VALUE!: the input is wrong
 * and the user must fix it; #N/A: the input is fine but the answer does not exist yet
 * (a missing indicator, a 0/0 rate the rule leaves without points).
 */

/** What Excel's custom-functions runtime provides (no @types package for it is installed). */
export interface FunctionError {
  code: string;
  message?: string;
}
interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => FunctionError;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

// Read at call time: the global exists in Excel's runtime and in the jest setup, not at import in every bundle.
function runtime(): CustomFunctionsRuntime {
  return (globalThis as unknown as { CustomFunctions: CustomFunctionsRuntime }).CustomFunctions;
}

// Long messages are cut: Excel's error tooltip is one short line.
const MAX_MESSAGE = 250;

function shorten(message: string): string {
  const m = message.normalize("NFC");
  return m.length <= MAX_MESSAGE ? m : m.slice(0, MAX_MESSAGE - 1) + "…";
}

export function errorValue(code: "invalidValue" | "notAvailable", message: string): FunctionError {
  const cf = runtime();
  return new cf.Error(cf.ErrorCode[code], shorten(message));
}

export function invalid(message: string): never {
  throw errorValue("invalidValue", message);
}

export function notAvailable(message: string): never {
  throw errorValue("notAvailable", message);
}

export function isFunctionError(e: unknown): e is FunctionError {
  return e instanceof runtime().Error;
}

/**
 * Runs a function body so that only CustomFunctions.Error ever leaves it: an exception
 * from the domain (an unknown rule set, a bug) becomes #VALUE! with its message, never
 * a raw throw that Excel would show without explanation.
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isFunctionError(e)) throw e;
    const detail = e instanceof Error && e.message ? e.message : String(e);
    throw errorValue("invalidValue", detail);
  }
}

/** "A, B, C và 4 mục khác": lists stay readable in an error tooltip. */
export function listShort(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} và ${items.length - max} mục khác`;
}
