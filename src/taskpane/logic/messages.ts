import { ProblemError, refusalText, UserError } from "../../domain/problems/user-error";
import { S } from "../strings.vi";

export interface PaneMessage {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  lines?: string[];
}

/** A refusal shows its own Vietnamese words; anything else is an Excel failure, shown with its detail. */
export function errorMessage(e: unknown): PaneMessage {
  // a coded refusal is worded here, at the pane's edge, from the one catalogue
  if (e instanceof ProblemError) return { intent: "error", title: refusalText(e.problem), lines: e.details };
  if (e instanceof UserError) return { intent: "error", title: e.message, lines: e.details };
  const detail = e instanceof Error ? e.message : String(e);
  return { intent: "error", title: S.unexpectedError, lines: [detail] };
}
