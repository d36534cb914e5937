import type { Indicator, RuleSet } from "../domain/ruleset/schema";
import { scoreIndicator, type IndicatorInput, type IndicatorScore } from "../domain/scoring";
import { checkCountPair, readCount, readRate } from "./cells";
import { invalid, notAvailable } from "./errors";

/**
 * One indicator's value from Excel arguments: a rate alone, or numerator and denominator.
 * An omitted denominator (null) means the first argument is a rate; an empty denominator
 * cell ("") means a count is missing, never a rate.
 */
function indicatorInput(ind: Indicator, rateOrNumerator: unknown, denominator: unknown): IndicatorInput {
  if (denominator === null || denominator === undefined) {
    const rate = readRate(rateOrNumerator, { indicator: ind.code });
    if (rate === null) notAvailable("function.missingRate", { name: ind.name }, { indicator: ind.code });
    return rate;
  }
  const numerator = readCount(rateOrNumerator, { indicator: ind.code, argument: "numerator" });
  const denom = readCount(denominator, { indicator: ind.code, argument: "denominator" });
  if (numerator === null || denom === null) notAvailable(numerator === null ? "function.missingNumerator" : "function.missingDenominator", {}, { indicator: ind.code });
  checkCountPair({ indicator: ind.code }, numerator, denom);
  return { numerator, denominator: denom };
}

/** Points of one indicator; #N/A when the rule gives none (0/0 of a dossier-based metric, a display-only indicator). */
export function indicatorPoints(rs: RuleSet, ind: Indicator, rateOrNumerator: unknown, denominator: unknown): IndicatorScore & { points: number; lost: number } {
  if (ind.rule.kind === "none") notAvailable("function.displayOnly", { indicator: ind.code, name: ind.name });
  const s = scoreIndicator(ind, indicatorInput(ind, rateOrNumerator, denominator), rs.pointDecimals, rs.groups.find((g) => g.code === ind.group)?.rateDecimals ?? null);
  if (s.points === null || s.lost === null) notAvailable(s.problem?.code ?? "function.noPoints", s.problem?.params ?? {}, { indicator: ind.code });
  return { ...s, points: s.points, lost: s.lost };
}

/**
 * numerator/denominator as a fraction. For 0/0 the indicator's rule decides: `zero` → 0,
 * `full` → 1 (the points those rates earn), `empty` or no indicator → #N/A.
 */
export function rateOf(numeratorCell: unknown, denominatorCell: unknown, ind: Indicator | null): number {
  const numerator = readCount(numeratorCell, { argument: "numerator" });
  const denominator = readCount(denominatorCell, { argument: "denominator" });
  if (numerator === null || denominator === null) notAvailable(numerator === null ? "function.missingNumerator" : "function.missingDenominator");
  checkCountPair(ind ? { indicator: ind.code } : { argument: "rate" }, numerator, denominator);
  if (denominator > 0) return numerator / denominator;
  if (!ind) notAvailable("function.zeroDenominatorNoIndicator");
  switch (ind.emptyDenominator) {
    case "zero":
      return 0;
    case "full":
      return 1;
    case "empty":
      return notAvailable("function.zeroDenominatorNoRate", {}, { indicator: ind.code });
  }
  return invalid("function.zeroDenominatorRuleUnknown", {}, { indicator: ind.code });
}
