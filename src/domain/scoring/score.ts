import type { Indicator, RuleSet } from "../ruleset/schema";
import { formatVietnamese } from "../parsing/text";
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
}

export interface ScoreProblem {
  /** indicator code the problem is about, when there is one */
  code?: string;
  severity: "error" | "warning";
  message: string;
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

const fmt = (n: number) => formatVietnamese(n, 2);

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

// `origin` is a thunk: formatting numbers costs more than scoring them, and only a message needs it.
function fromRate(ind: Indicator, exactRate: number, origin: () => string, decimals: number | null, rateDecimals: number | null): IndicatorScore {
  const rate = Number.isFinite(exactRate) ? roundTo(exactRate, rateDecimals) : exactRate;
  if (!Number.isFinite(rate)) {
    // Never print "NaN" or "Infinity" to a user: say what the value is not.
    return result(ind, null, null, "invalid", {
      code: ind.code,
      severity: "error",
      message: `${ind.code}: tỷ lệ không phải là một số hữu hạn (phải từ 0% đến 100%).`,
    });
  }
  if (rate < 0) {
    return result(ind, null, null, "invalid", {
      code: ind.code,
      severity: "error",
      message: `${ind.code}: tỷ lệ ${origin()} không hợp lệ (phải từ 0% đến 100%).`,
    });
  }
  if (rate > 100) {
    // A rate above 100% is a data error at the source; the portal never gives more than the maximum.
    return result(ind, 100, roundTo(rawPoints(ind, 100), decimals), "clamped", {
      code: ind.code,
      severity: "warning",
      message: `${ind.code}: tỷ lệ ${fmt(rate)}% vượt 100%, đã tính như 100%.`,
    });
  }
  return result(ind, rate, roundTo(rawPoints(ind, rate), decimals), "ok");
}

function fromEmptyDenominator(ind: Indicator): IndicatorScore {
  switch (ind.emptyDenominator) {
    case "zero":
      return result(ind, null, 0, "emptyDenominator", {
        code: ind.code,
        severity: "warning",
        message: `${ind.code}: mẫu số bằng 0, tính 0 điểm theo quy tắc.`,
      });
    case "full":
      return result(ind, null, ind.max, "emptyDenominator", {
        code: ind.code,
        severity: "warning",
        message: `${ind.code}: mẫu số bằng 0, được đủ điểm theo quy tắc.`,
      });
    case "empty":
      // Scored as the portal does: no rate and no points, and the group adds nothing for it.
      return { rate: null, points: null, lost: null, status: "emptyDenominator", problem: {
        code: ind.code,
        severity: "warning",
        message: `${ind.code}: mẫu số bằng 0, không có điểm.`,
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
      code: ind.code,
      severity: "error",
      message: `${ind.code}: thiếu số liệu "${ind.name}".`,
    });
  }
  if (typeof input === "number") return fromRate(ind, input, () => fmt(input) + "%", pointDecimals, rateDecimals);
  const { numerator, denominator, rate } = input;
  if (numerator !== null && numerator !== undefined && denominator !== null && denominator !== undefined) {
    if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator < 0) {
      return result(ind, null, null, "invalid", {
        code: ind.code,
        severity: "error",
        message:
          Number.isFinite(numerator) && Number.isFinite(denominator)
            ? `${ind.code}: tử số và mẫu số phải là số không âm (đang là ${fmt(numerator)}/${fmt(denominator)}).`
            : `${ind.code}: tử số và mẫu số phải là số hữu hạn, không âm.`,
      });
    }
    if (denominator === 0) {
      if (numerator > 0) {
        return result(ind, null, null, "invalid", {
          code: ind.code,
          severity: "error",
          message: `${ind.code}: mẫu số bằng 0 nhưng tử số là ${fmt(numerator)}.`,
        });
      }
      return fromEmptyDenominator(ind);
    }
    return fromRate(ind, (100 * numerator) / denominator, () => `${fmt(numerator)}/${fmt(denominator)}`, pointDecimals, rateDecimals);
  }
  if (rate !== null && rate !== undefined) return fromRate(ind, rate, () => fmt(rate) + "%", pointDecimals, rateDecimals);
  return result(ind, null, null, "missing", {
    code: ind.code,
    severity: "error",
    message: `${ind.code}: thiếu số liệu "${ind.name}" (cần tỷ lệ, hoặc cả tử số và mẫu số).`,
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

  for (let i = 0; i < c.indicators.length; i++) {
    const ind = c.indicators[i];
    const s = scoreIndicator(ind, input.values[ind.code], ruleSet.pointDecimals, c.rateDecimals[i]);
    rates[ind.code] = s.rate;
    points[ind.code] = s.points;
    lost[ind.code] = s.lost;
    if (s.problem) problems.push(s.problem);
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
