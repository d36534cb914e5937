import { loadJsonWith, validateWith, type LoadResult } from "../validation/load-json";
import { ruleSetSchema, type RuleSet } from "./schema";

export type { LoadResult };

/** Parses a user's rule set from JSON text; every error is a Vietnamese sentence naming the field. */
export function loadRuleSetJson(text: string): LoadResult<RuleSet> {
  return loadJsonWith(ruleSetSchema, text);
}

export function validateRuleSet(raw: unknown): LoadResult<RuleSet> {
  return validateWith(ruleSetSchema, raw);
}
