import { ZodError } from "zod";
import { ruleSetSchema, type RuleSet } from "./schema";
import { describeZodIssues } from "../validation/zod-messages";

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Parses a user's rule set from JSON text; every error is a Vietnamese sentence naming the field. */
export function loadRuleSetJson(text: string): LoadResult<RuleSet> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ: ${(e as Error).message}`] };
  }
  return validateRuleSet(raw);
}

export function validateRuleSet(raw: unknown): LoadResult<RuleSet> {
  const parsed = ruleSetSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: describeZodIssues(parsed.error as ZodError, raw) };
}
