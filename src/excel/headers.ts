import { matchHeader } from "../domain/parsing/headers";
import type { Indicator, RuleSet } from "../domain/ruleset/schema";

/**
 * The header CHISO writes for an indicator's column: its Vietnamese name when the header
 * reader maps that name back to the same indicator, else its code (always recognised), so a
 * table CHISO writes can always be read back by CHISO.* formulas and the "Tính điểm" button.
 */
export function indicatorHeader(ruleSet: RuleSet, ind: Indicator): string {
  const m = matchHeader(ruleSet, ind.name);
  return m?.kind === "indicator" && m.code === ind.code && m.part === "rate" ? ind.name : ind.code;
}
