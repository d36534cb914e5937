import type { Indicator, RuleSet } from "../ruleset/schema";
import type { ProblemCode, ProblemParams } from "../problems/problem";
import { gradeOf } from "./grade";

/** A rate in percent (91.16 means 91.16%), or the counts it comes from. */
export interface IndicatorValue {
  rate?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}
/** A bare number is a rate in percent; null or undefined means the value was not given. */
export type IndicatorInput = number | null | undefined | IndicatorValue;

export interface UnitInput {
  unit: string;
  district?: string;
  level?: string;
  values: Record<string, IndicatorInput>;
  /**
   * The portal's printed score of each group the input cannot compute (the long form has no
   * indicator values for CLGQ, which the portal gives only as a group score), by group code: the
   * group's score is then the printed one, said so by a score.groupPrinted problem.
   */
  printedGroups?: Readonly<Record<string, number>>;
}

export interface ScoreProblem {
  /** the indicator the problem is about (a group's code for a problem of the group) */
  indicator: string;
  code: ProblemCode;
  severity: "error" | "warning";
  params: ProblemParams;
}

export type IndicatorStatus = "ok" | "clamped" | "missing" | "invalid" | "emptyDenominator" | "display";

export interface IndicatorScore {
  rate: number | null;
  points: number | null;
  lost: number | null;
  status: IndicatorStatus;
  problem?: ScoreProblem;
}

export interface ScoredUnit {
  unit: string;
  district?: string;
  level?: string;
  rates: Record<string, number | null>;
  points: Record<string, number | null>;
  lost: Record<string, number | null>;
  /** group scores, then composite groups (e.g. DVCTT = CLGQ + TTTT) */
  groups: Record<string, number | null>;
  /** null unless every scored indicator was given: a partial sum is never passed off as a total */
  total: number | null;
  complete: boolean;
  /** the rule set says its totals only approximate the portal's */
  estimate: boolean;
  grade: string | null;
  problems: ScoreProblem[];
}


/** Unrounded points of a rate in percent within 0–100 (what scoreIndicator rounds). */
export function rawPoints(ind: Indicator, rate: number): number {
  switch (ind.rule.kind) {
    case "linear":
      return (ind.max * rate) / 100;
    case "target":
      return Math.min(ind.max, (ind.max * rate) / ind.rule.threshold);
    case "none":
      return 0;
  }
}

/** Half-up rounding to `decimals`, robust to binary noise (1.005 → 1.01). */
export function roundTo(value: number, decimals: number | null): number {
  if (decimals === null) return value;
  const f = 10 ** decimals;
  return Math.round(value * f + 1e-9 * Math.sign(value)) / f;
}

function result(ind: Indicator, rate: number | null, points: number | null, status: IndicatorStatus, problem?: ScoreProblem): IndicatorScore {
  // 10 decimals: exact enough for any rule, and 6 − 2.87 prints 3.13, not 3.130000000000001.
  return { rate, points, lost: points === null ? null : roundTo(ind.max - points, 10), status, problem };
}

function fromRate(ind: Indicator, exactRate: number, decimals: number | null, rateDecimals: number | null): IndicatorScore {
  const rate = Number.isFinite(exactRate) ? roundTo(exactRate, rateDecimals) : exactRate;
  if (!Number.isFinite(rate)) {
    // Never print "NaN" or "Infinity" to a user: say what the value is not.
    return result(ind, null, null, "invalid", {
      indicator: ind.code,
      code: "score.rateNotFinite",
      severity: "error",
      params: {},
    });
  }
  if (rate < 0) {
    return result(ind, null, null, "invalid", {
      indicator: ind.code,
      code: "score.rateNegative",
      severity: "error",
      params: { value: rate },
    });
  }
  if (rate > 100) {
    // A rate above 100% is a data error at the source; the portal never gives more than the maximum.
    return result(ind, 100, roundTo(rawPoints(ind, 100), decimals), "clamped", {
      indicator: ind.code,
      code: "score.rateAbove100",
      severity: "warning",
      params: { value: rate },
    });
  }
  return result(ind, rate, roundTo(rawPoints(ind, rate), decimals), "ok");
}

function fromEmptyDenominator(ind: Indicator): IndicatorScore {
  switch (ind.emptyDenominator) {
    case "zero":
      return result(ind, null, 0, "emptyDenominator", {
        indicator: ind.code,
        code: "score.emptyDenominatorZero",
        severity: "warning",
        params: {},
      });
    case "full":
      return result(ind, null, ind.max, "emptyDenominator", {
        indicator: ind.code,
        code: "score.emptyDenominatorFull",
        severity: "warning",
        params: {},
      });
    case "empty":
      // Scored as the portal does: no rate and no points, and the group adds nothing for it.
      return { rate: null, points: null, lost: null, status: "emptyDenominator", problem: {
        indicator: ind.code,
        code: "score.emptyDenominatorNoPoints",
        severity: "warning",
        params: {},
      } };
  }
}

/** Points of one indicator from a rate in percent or from numerator/denominator. */
/** `rateDecimals`: the indicator's group rounds the rate (in percent) first, as the portal's TTTT does. */
export function scoreIndicator(ind: Indicator, input: IndicatorInput, pointDecimals: number | null = null, rateDecimals: number | null = null): IndicatorScore {
  if (ind.rule.kind === "none") {
    const rate = typeof input === "number" ? input : input?.rate ?? null;
    return { rate: rate ?? null, points: null, lost: null, status: "display" };
  }
  if (input === null || input === undefined) {
    return result(ind, null, null, "missing", {
      indicator: ind.code,
      code: "score.missing",
      severity: "error",
      params: { name: ind.name },
    });
  }
  if (typeof input === "number") return fromRate(ind, input, pointDecimals, rateDecimals);
  const { numerator, denominator, rate } = input;
  if (numerator !== null && numerator !== undefined && denominator !== null && denominator !== undefined) {
    if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator < 0) {
      return result(ind, null, null, "invalid", {
        indicator: ind.code,
        severity: "error",
        ...(Number.isFinite(numerator) && Number.isFinite(denominator)
          ? { code: "score.countsNegative", params: { numerator, denominator } }
          : { code: "score.countsNotFinite", params: {} }),
      });
    }
    if (denominator === 0) {
      if (numerator > 0) {
        return result(ind, null, null, "invalid", {
          indicator: ind.code,
          code: "score.numeratorWithZeroDenominator",
          severity: "error",
          params: { numerator },
        });
      }
      return fromEmptyDenominator(ind);
    }
    return fromRate(ind, (100 * numerator) / denominator, pointDecimals, rateDecimals);
  }
  if (rate !== null && rate !== undefined) return fromRate(ind, rate, pointDecimals, rateDecimals);
  return result(ind, null, null, "missing", {
    indicator: ind.code,
    code: "score.missingRateOrCounts",
    severity: "error",
    params: { name: ind.name },
  });
}

/**
 * The rule set, laid out once for scoring many units: index arrays instead of lookups
 * by code in the hot loop (100k rows are scored in the bench).
 */
export interface CompiledRuleSet {
  ruleSet: RuleSet;
  indicators: Indicator[];
  /** for each indicator, the index of its group in ruleSet.groups */
  groupIndex: number[];
  /** for each composite group, the indexes of its parts in ruleSet.groups */
  compositeParts: number[][];
  maxTotal: number;
  /** per indicator: its group's rounding of the rate before scoring */
  rateDecimals: (number | null)[];
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const cached = compiledCache.get(ruleSet);
  if (cached) return cached;
  const groupPos = new Map(ruleSet.groups.map((g, i) => [g.code, i]));
  const compiled: CompiledRuleSet = {
    ruleSet,
    indicators: ruleSet.indicators,
    groupIndex: ruleSet.indicators.map((ind) => groupPos.get(ind.group) ?? -1),
    rateDecimals: ruleSet.indicators.map((ind) => ruleSet.groups[groupPos.get(ind.group) ?? -1]?.rateDecimals ?? null),
    compositeParts: ruleSet.compositeGroups.map((c) => c.of.map((code) => groupPos.get(code) ?? -1)),
    maxTotal: ruleSet.groups.reduce((s, g) => s + g.max, 0),
  };
  compiledCache.set(ruleSet, compiled);
  return compiled;
}

export function scoreUnit(ruleSet: RuleSet, input: UnitInput): ScoredUnit {
  const c = compileRuleSet(ruleSet);
  const groups = ruleSet.groups;
  const groupSums = new Array<number>(groups.length).fill(0);
  const groupMissing = new Array<boolean>(groups.length).fill(false);
  const rates: Record<string, number | null> = {};
  const points: Record<string, number | null> = {};
  const lost: Record<string, number | null> = {};
  const problems: ScoreProblem[] = [];
  let complete = true;
  const printed = input.printedGroups;

  for (let i = 0; i < c.indicators.length; i++) {
    const ind = c.indicators[i];
    const s = scoreIndicator(ind, input.values[ind.code], ruleSet.pointDecimals, c.rateDecimals[i]);
    rates[ind.code] = s.rate;
    points[ind.code] = s.points;
    lost[ind.code] = s.lost;
    // A group scored as printed misses the indicators the input cannot carry: said once, for the group.
    const groupPrinted = printed !== undefined && printed[ind.group] !== undefined;
    if (groupPrinted && s.status === "missing") continue;
    if (s.problem) problems.push(s.problem);
    if (groupPrinted) continue;
    if (s.status === "missing" || s.status === "invalid") {
      complete = false;
      groupMissing[c.groupIndex[i]] = true;
    } else if (s.points !== null) {
      groupSums[c.groupIndex[i]] += s.points;
    }
  }

  const groupScores: Record<string, number | null> = {};
  let total = 0;
  const dec = ruleSet.pointDecimals;
  for (let g = 0; g < groups.length; g++) {
    const shown = printed?.[groups[g].code];
    if (shown !== undefined) {
      groupSums[g] = shown;
      groupMissing[g] = false;
      problems.push({ indicator: groups[g].code, code: "score.groupPrinted", severity: "warning", params: { group: groups[g].code, points: shown, max: groups[g].max } });
    }
    // Sums of rounded points are rounded again only to shed binary noise (12.49, not 12.490000000000002).
    groupSums[g] = roundTo(groupSums[g], dec);
    groupScores[groups[g].code] = groupMissing[g] ? null : groupSums[g];
    total += groupSums[g];
  }
  total = roundTo(total, dec);
  ruleSet.compositeGroups.forEach((comp, k) => {
    const parts = c.compositeParts[k];
    groupScores[comp.code] = parts.some((p) => groupMissing[p]) ? null : roundTo(parts.reduce((s, p) => s + groupSums[p], 0), dec);
  });

  return {
    unit: input.unit,
    district: input.district,
    level: input.level,
    rates,
    points,
    lost,
    groups: groupScores,
    total: complete ? total : null,
    complete,
    estimate: ruleSet.estimate,
    grade: complete ? gradeOf(ruleSet.grades, (100 * total) / c.maxTotal) : null,
    problems,
  };
}

export function scoreUnits(ruleSet: RuleSet, inputs: readonly UnitInput[]): ScoredUnit[] {
  return inputs.map((u) => scoreUnit(ruleSet, u));
}
