import type { Problem } from "../problems/problem";
import type { EmptyDenominator, Indicator, RuleSet } from "../ruleset/schema";
import { compileRuleSet, roundTo, type ScoredUnit } from "./score";

/**
 * What a status report (seed 000, Phụ lục I) says of one indicator:
 * - `full`: the maximum is earned;
 * - `short`: points are lost, and raising the rate to `fullRate` recovers them;
 * - `noData`: no valid value, so no points (the scorer's message says why);
 * - `emptyDenominator`: 0/0, scored as the rule set says (0, full or no points), no rate;
 * - `display`: shown, never scored.
 */
export type RecoveryStatus = "full" | "short" | "noData" | "emptyDenominator" | "display";

export interface IndicatorRecovery {
  code: string;
  name: string;
  group: string;
  max: number;
  status: RecoveryStatus;
  /** percent, as scored (a rate above 100 is already clamped); null without one */
  rate: number | null;
  points: number | null;
  lost: number | null;
  /** the rate that earns the maximum: a target rule's threshold, 100 for a linear rule; null if not scored */
  fullRate: number | null;
  /** percentage points from `rate` up to `fullRate` (0 once reached); null without a rate */
  missingRate: number | null;
  /** how a 0/0 was scored, for `emptyDenominator` */
  emptyDenominator?: EmptyDenominator;
  /** the scorer's problem with this indicator (missing or invalid value, clamped rate, 0/0): the report composes its sentence */
  problem?: Pick<Problem, "code" | "params">;
}

export interface PointsOfMax {
  points: number;
  max: number;
  lost: number;
}

export interface GroupRecovery {
  code: string;
  name: string;
  max: number;
  /** null unless every scored indicator of the group has points or a 0/0 rule */
  points: number | null;
  lost: number | null;
  /** the indicators that have points: what a partial report can still say */
  known: PointsOfMax;
  /** the points are the portal's printed group score (the table cannot compute the group), not CHISO's */
  printed?: true;
  indicators: IndicatorRecovery[];
}

export interface UnitRecovery {
  unit: string;
  district?: string;
  level?: string;
  ruleSet: { id: string; name: string };
  groups: GroupRecovery[];
  total: {
    points: number | null;
    max: number;
    lost: number | null;
    grade: string | null;
    complete: boolean;
    /** the rule set's totals only approximate the portal's */
    estimate: boolean;
  };
}

/** The rate an indicator needs for its maximum, or null when it is not scored. */
export function fullPointsRate(ind: Indicator): number | null {
  switch (ind.rule.kind) {
    case "linear":
      return 100;
    case "target":
      return ind.rule.threshold;
    case "none":
      return null;
  }
}

// 10 decimals as in the scorer: 90 − 88.93 is 1.07, not 1.0699999999999932.
const clean = (n: number) => roundTo(n, 10);

function problemOf(scored: ScoredUnit, code: string): { problem?: Pick<Problem, "code" | "params">; error: boolean } {
  const p = scored.problems.find((x) => x.indicator === code);
  if (!p) return { error: false };
  return { problem: { code: p.code, params: p.params }, error: p.severity === "error" };
}

export function recoverIndicator(ind: Indicator, scored: ScoredUnit): IndicatorRecovery {
  const base = { code: ind.code, name: ind.name, group: ind.group, max: ind.max };
  const rate = scored.rates[ind.code] ?? null;
  if (ind.rule.kind === "none") {
    return { ...base, status: "display", rate, points: null, lost: null, fullRate: null, missingRate: null };
  }
  const points = scored.points[ind.code] ?? null;
  const lost = scored.lost[ind.code] ?? null;
  const fullRate = fullPointsRate(ind);
  const { problem, error } = problemOf(scored, ind.code);
  const withMessage = problem === undefined ? {} : { problem };
  // A 0/0 always comes with the scorer's warning; no rate without one is a value never given.
  if (error || (rate === null && problem === undefined)) {
    return { ...base, status: "noData", rate: null, points: null, lost: null, fullRate, missingRate: null, ...withMessage };
  }
  if (rate === null) {
    return { ...base, status: "emptyDenominator", rate: null, points, lost, fullRate, missingRate: null, emptyDenominator: ind.emptyDenominator, ...withMessage };
  }
  const missingRate = clean(Math.max(0, fullRate! - rate));
  return { ...base, status: lost! > 0 ? "short" : "full", rate, points, lost, fullRate, missingRate, ...withMessage };
}

function sumKnown(indicators: readonly IndicatorRecovery[], decimals: number | null): PointsOfMax {
  let points = 0;
  let max = 0;
  for (const r of indicators) {
    if (r.points === null) continue;
    points += r.points;
    max += r.max;
  }
  points = roundTo(points, decimals);
  return { points, max, lost: clean(max - points) };
}

/** Per indicator and group, points earned, lost, and the rate that would recover them. */
export function recoverUnit(ruleSet: RuleSet, scored: ScoredUnit): UnitRecovery {
  const { maxTotal } = compileRuleSet(ruleSet);
  const groups = ruleSet.groups.map((g): GroupRecovery => {
    const indicators = ruleSet.indicators.filter((ind) => ind.group === g.code).map((ind) => recoverIndicator(ind, scored));
    const points = scored.groups[g.code] ?? null;
    const printed = scored.problems.some((p) => p.code === "score.groupPrinted" && p.indicator === g.code);
    return {
      ...(printed ? { printed: true as const } : {}),
      code: g.code,
      name: g.name,
      max: g.max,
      points,
      lost: points === null ? null : clean(g.max - points),
      known: sumKnown(indicators, ruleSet.pointDecimals),
      indicators,
    };
  });
  return {
    unit: scored.unit,
    ...(scored.district === undefined ? {} : { district: scored.district }),
    ...(scored.level === undefined ? {} : { level: scored.level }),
    ruleSet: { id: ruleSet.id, name: ruleSet.name },
    groups,
    total: {
      points: scored.total,
      max: maxTotal,
      lost: scored.total === null ? null : clean(maxTotal - scored.total),
      grade: scored.grade,
      complete: scored.complete,
      estimate: scored.estimate,
    },
  };
}
