/**
 * Excel shows a custom message only for #VALUE! and #N/A, so every failure of a CHISO
 * function is one of those two, with a Vietnamese message. #VALUE!: the input is wrong
 * and the user must fix it; #N/A: the input is fine but the answer does not exist yet
 * (a missing indicator, a 0/0 rate the rule leaves without points). A failure is a coded
 * problem of the one catalogue; its sentence is composed here, at the door.
 */
import {
  ARGUMENT_NAMES,
  capitalised,
  problemMessage,
  problemText,
  type ArgumentName,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from "../domain/problems/problem";
import { ProblemError, refusalText } from "../domain/problems/user-error";

/** What Excel's custom-functions runtime provides (no @types package for it is installed). */
export interface FunctionError {
  code: string;
  message?: string;
}
interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => FunctionError;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

/** Which value a problem is about, said before it: "TDGQ.1 tử số: …", "Mức tăng: …". */
export interface Subject {
  indicator?: string;
  argument?: ArgumentName;
}

/** A function's failure: a catalogue code, its params, and the value or the range's place it is about. */
export type FunctionProblem = Pick<Problem, "code"> & Partial<Pick<Problem, "params" | "row" | "column" | "cell">> & { subject?: Subject };

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

/** "TDGQ.1 tử số", "tỷ lệ cần đạt", "TDGQ.1": a subject in the catalogue's words. */
export function subjectText(subject: Subject): string {
  return [subject.indicator, subject.argument ? ARGUMENT_NAMES[subject.argument] : ""].filter(Boolean).join(" ");
}

/** The sentence a user reads: its place (a row of the range) or its subject, then the catalogue's words, capitalised. */
export function functionMessage(problem: FunctionProblem): string {
  const coded = { code: problem.code, params: problem.params ?? {} };
  if (problem.row || problem.cell) return problemMessage({ row: 0, column: "", ...problem, ...coded });
  const subject = problem.subject ? subjectText(problem.subject) : "";
  // a sentence that starts with its subject ("tỷ lệ: …") starts with a capital, like refusalText
  return subject ? capitalised(`${subject}: ${problemText(coded)}`).normalize("NFC") : refusalText(coded);
}

// The problem behind each error a function threw: Excel's runtime keeps only code and message, tests read the code here.
const PROBLEMS = new WeakMap<object, FunctionProblem>();

export function errorValue(kind: "invalidValue" | "notAvailable", problem: FunctionProblem): FunctionError {
  const cf = runtime();
  const error = new cf.Error(cf.ErrorCode[kind], shorten(functionMessage(problem)));
  PROBLEMS.set(error, problem);
  return error;
}

/** The catalogue problem an error of a CHISO function carries (undefined for any other value). */
export function problemOf(error: unknown): FunctionProblem | undefined {
  return typeof error === "object" && error !== null ? PROBLEMS.get(error) : undefined;
}

/** #VALUE!: an argument the user must fix. */
export function invalid(code: ProblemCode, params: ProblemParams = {}, subject?: Subject): never {
  throw errorValue("invalidValue", subject ? { code, params, subject } : { code, params });
}

/** #N/A: the arguments are fine, the answer does not exist yet. */
export function notAvailable(code: ProblemCode, params: ProblemParams = {}, subject?: Subject): never {
  throw errorValue("notAvailable", subject ? { code, params, subject } : { code, params });
}

export function isFunctionError(e: unknown): e is FunctionError {
  return e instanceof runtime().Error;
}

/**
 * Runs a function body so that only CustomFunctions.Error ever leaves it: a coded refusal
 * from the domain (an unknown rule set) becomes #VALUE! worded from the catalogue; anything
 * else (a bug) becomes #VALUE! with a Vietnamese sentence, never its English message or a stack.
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isFunctionError(e)) throw e;
    if (e instanceof ProblemError) throw errorValue("invalidValue", e.problem);
    throw errorValue("invalidValue", { code: "function.unexpected" });
  }
}
