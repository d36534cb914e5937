import type { RuleSet } from "../ruleset/schema";
import type { Campaign } from "./schema";

/**
 * The campaign's indicator codes its rule set does not have. Compared as strings in a Set: a
 * code such as `constructor` must never match an inherited property of an object.
 */
export function unknownCampaignIndicators(campaign: Campaign, ruleSet: RuleSet): string[] {
  const known = new Set(ruleSet.indicators.map((i) => i.code));
  return campaign.indicators.map((i) => i.code).filter((code) => !known.has(code));
}
