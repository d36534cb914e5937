import { DEFAULT_RULE_SET_ID, getRuleSet } from "../domain/ruleset/registry";
import type { RuleSet } from "../domain/ruleset/schema";

/**
 * The workbook's rule set, shared by the task pane and the custom functions: both run in
 * the same shared runtime, so one module-level value is the single source. The task pane
 * loads it from the workbook's settings at start and writes it back when the user changes it.
 */
let activeId = DEFAULT_RULE_SET_ID;
const listeners = new Set<(id: string) => void>();

export function activeRuleSetId(): string {
  return activeId;
}

/** The rule set named by `explicitId` when given (a function argument wins), else the workbook's. */
export function resolveRuleSet(explicitId?: string | null): RuleSet {
  return getRuleSet(explicitId && explicitId.trim() ? explicitId : activeId);
}

export function setActiveRuleSetId(id: string): void {
  getRuleSet(id); // throws a Vietnamese message for an unknown id, before anything changes
  if (id === activeId) return;
  activeId = id;
  for (const l of listeners) l(id);
}

export function onActiveRuleSetChange(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
