import { capitalised, problemText, type Problem, type ProblemCode, type ProblemParams } from "./problem";

/**
 * A refusal the user can act on (a Vietnamese message, shown as is), thrown before anything is
 * written. Any door may throw it; the task pane shows it, the CLI prints it.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** A refusal with its catalogue code: the door shows the catalogue's sentence, tests read the code. */
export class ProblemError extends UserError {
  readonly problem: Pick<Problem, "code" | "params">;
  /** the catalogue code, on the error itself so a test reads `rejects.toMatchObject({ code })` */
  readonly code: ProblemCode;
  constructor(code: ProblemCode, params: ProblemParams = {}, details: string[] = []) {
    super(refusalText({ code, params }), details);
    this.name = "ProblemError";
    this.problem = { code, params };
    this.code = code;
  }
}

/** A refusal's sentence as a door shows it on its own: the catalogue's words, capitalised. */
export function refusalText(problem: Pick<Problem, "code" | "params">): string {
  return capitalised(problemText(problem));
}
