import type { ExcelRun } from "./run";

/** Workbook settings travel with the file: another colleague opening it gets the same rule set. */
export const RULE_SET_ID_KEY = "chiso.ruleSetId";
export const USER_RULE_SETS_KEY = "chiso.userRuleSets";

export interface RuleSetSettings {
  ruleSetId: string | null;
  /** rule sets the user loaded from JSON, as raw objects: validated again when read */
  userRuleSets: unknown[];
}

/** One sync. */
export async function readRuleSetSettings(run: ExcelRun): Promise<RuleSetSettings> {
  return run(async (context) => {
    const id = context.workbook.settings.getItemOrNullObject(RULE_SET_ID_KEY);
    const user = context.workbook.settings.getItemOrNullObject(USER_RULE_SETS_KEY);
    id.load(["isNullObject", "value"]);
    user.load(["isNullObject", "value"]);
    await context.sync();
    const ruleSetId = !id.isNullObject && typeof id.value === "string" ? id.value : null;
    const userRuleSets = !user.isNullObject && Array.isArray(user.value) ? (user.value as unknown[]) : [];
    return { ruleSetId, userRuleSets };
  });
}

/**
 * Stores the workbook's rule set and asks Excel for a full recalculation, so every CHISO.*
 * formula that follows the workbook's rule set shows the new points: one sync.
 */
export async function saveRuleSetSettings(run: ExcelRun, settings: RuleSetSettings): Promise<void> {
  await run(async (context) => {
    if (settings.ruleSetId) context.workbook.settings.add(RULE_SET_ID_KEY, settings.ruleSetId);
    context.workbook.settings.add(USER_RULE_SETS_KEY, settings.userRuleSets);
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}

/**
 * A full recalculation: CHISO.* formulas do not name the workbook's rule set as an input, so
 * Excel cannot know they changed when it did. One sync.
 */
export async function recalculateWorkbook(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}
