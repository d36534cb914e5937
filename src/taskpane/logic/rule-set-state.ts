import { problemMessages } from "../../domain/problems/problem";
import { validateRuleSet } from "../../domain/ruleset/load";
import { findRuleSet, registerRuleSet } from "../../domain/ruleset/registry";
import type { RuleSet } from "../../domain/ruleset/schema";
import { activeRuleSetId, setActiveRuleSetId } from "../../runtime/active-rule-set";
import type { RuleSetSettings } from "../../excel/settings";

/**
 * Brings the runtime in line with what the workbook stores: the user's rule sets are
 * validated again (a file may have been edited by hand) and registered, then the workbook's
 * rule set becomes the active one that the custom functions read.
 */
export function applyStoredSettings(settings: RuleSetSettings): { problems: string[]; userRuleSets: unknown[]; changed: boolean } {
  const problems: string[] = [];
  const kept: unknown[] = [];
  const before = activeRuleSetId();
  let registered = false;
  for (const raw of settings.userRuleSets) {
    const v = validateRuleSet(raw);
    if (!v.ok) {
      problems.push(...problemMessages(v.problems));
      continue;
    }
    try {
      if (!findRuleSet(v.value.id)) {
        registerRuleSet(v.value);
        registered = true;
      }
      kept.push(raw);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  if (settings.ruleSetId && findRuleSet(settings.ruleSetId)) setActiveRuleSetId(settings.ruleSetId);
  // The functions may have computed before the workbook's settings were read (the runtime
  // starts with the default rule set, and a user set named in a formula was still unknown).
  return { problems, userRuleSets: kept, changed: registered || activeRuleSetId() !== before };
}

/**
 * Makes `id` the workbook's rule set: active at once in this runtime (so the recalculation
 * that follows already uses it), then stored in the workbook; restored if the save fails.
 */
export async function chooseRuleSet(save: (s: RuleSetSettings) => Promise<void>, id: string, userRuleSets: unknown[]): Promise<void> {
  const previous = activeRuleSetId();
  setActiveRuleSetId(id);
  try {
    await save({ ruleSetId: id, userRuleSets });
  } catch (e) {
    setActiveRuleSetId(previous);
    throw e;
  }
}

/** Registers a rule set the user loaded (already validated); an existing user set of that id is replaced. */
export function addUserRuleSet(rs: RuleSet, raw: unknown, userRuleSets: unknown[]): unknown[] {
  registerRuleSet(rs);
  const others = userRuleSets.filter((r) => (r as { id?: unknown })?.id !== rs.id);
  return [...others, raw];
}
