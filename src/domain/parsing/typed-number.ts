import type { Problem, ProblemParams } from "../problems/problem";
import { parseVietnameseNumber } from "./number";

/** A typed number, or the catalogue problem ("typed.*") the pane words beside the field. */
export type TypedNumber = { ok: true; value: number } | { ok: false; problem: Pick<Problem, "code" | "params"> };

/**
 * A number a user types into a field (a target, a rule value, an override), in percent
 * where the field is a percent: `72,5`, `72.5` and `72,5%` are all 72,5. The Vietnamese
 * number parser reads it, so a comma is a decimal comma (never dropped: `72,5` is not 725).
 * Empty or unreadable text is refused with a coded problem to show beside the field.
 */
export function parseTypedNumber(text: string): TypedNumber {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: { code: "typed.empty", params: {} } };
  const parsed = parseVietnameseNumber(trimmed);
  if (parsed.ok && parsed.value !== null && parsed.kind !== "ratio") return { ok: true, value: parsed.value };
  // the guess is shown as a field holds it (72,5), without the thousands dots of a sentence's numbers
  const params: ProblemParams = !parsed.ok && parsed.suggestion !== undefined ? { text: trimmed, suggestion: typedNumberText(parsed.suggestion) } : { text: trimmed };
  return { ok: false, problem: { code: "typed.notANumber", params } };
}

/** A number as the field shows it: 72.5 → "72,5" (no thousands dots: a field holds what was typed). */
export function typedNumberText(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? "" : String(value).replace(".", ",");
}
