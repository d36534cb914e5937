import type { Problem } from "../problems/problem";
import type { TargetOf } from "../scoring/effects";
import type { IndicatorInput, UnitInput } from "../scoring/score";
import { assignTargets, placeKey, targetAt, type BaselineUnit } from "./assign";
import type { Campaign } from "./schema";
import { levelFromText, levelOfUnit } from "./unit-level";

function rateOf(v: IndicatorInput): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (typeof v.numerator === "number" && typeof v.denominator === "number" && v.denominator > 0) return (100 * v.numerator) / v.denominator;
  return typeof v.rate === "number" ? v.rate : null;
}

/**
 * A campaign's target of each unit at one milestone, for the indicators whose code the
 * campaign and the table's rule set share. The table's own rates stand as the base the
 * campaign's rules start from (a province follows its campaign on the table it has); a
 * campaign written for another rule set (group rates, nhom-2023) shares no code: said, no target.
 */
export function campaignTargets(campaign: Campaign, milestone: string, units: readonly UnitInput[], codes: readonly string[]): { targetOf?: TargetOf; problems: Problem[] } {
  const whole = (code: Problem["code"], params: Problem["params"]): Problem => ({ code, severity: "error", row: 0, column: "", params });
  if (!campaign.milestones.some((m) => m.id === milestone)) {
    return { problems: [whole("target.unknownMilestone", { campaign: campaign.id, milestone, milestones: campaign.milestones.map((m) => m.id).join(", ") })] };
  }
  const shared = campaign.indicators.filter((i) => codes.includes(i.code));
  if (!shared.length) {
    return { problems: [{ ...whole("target.noSharedIndicator", { campaign: campaign.id, ruleSet: campaign.ruleSet }), severity: "warning" }] };
  }
  const baseline: BaselineUnit[] = units.map((u) => ({
    unit: u.unit,
    level: levelFromText(u.level) ?? levelOfUnit(u.unit, u.district),
    district: u.district,
    values: Object.fromEntries(shared.map((i) => [i.code, rateOf(u.values[i.code])])),
  }));
  const assignment = assignTargets(campaign, baseline);
  const byUnit = new Map(assignment.sections.flatMap((s) => s.units.map((a) => [placeKey(a), a] as const)));
  const targetOf: TargetOf = (u, code) => {
    const assigned = byUnit.get(placeKey(u));
    const ind = shared.find((i) => i.code === code);
    const targets = assigned && ind ? assigned.indicators[code] : undefined;
    return ind && targets ? targetAt(campaign, ind, targets, milestone)?.value ?? null : null;
  };
  return { targetOf, problems: assignment.problems };
}
