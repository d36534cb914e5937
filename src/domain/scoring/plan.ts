import type { GradeBand, Indicator, RuleSet } from "../ruleset/schema";
import { formatVietnamese } from "../parsing/text";
import type { TargetOf } from "./effects";
import { gradeOf } from "./grade";
import { fullPointsRate } from "./recovery";
import { compileRuleSet, rawPoints, roundTo, scoreUnit, type UnitInput } from "./score";
import { countsOf } from "./whole";

/**
 * The plan in counts: how many more dossiers a unit needs, at its current volume (its
 * denominator stays, more of its dossiers meet the indicator), to reach full points, a
 * campaign target or the next grade band. Only indicators counted in dossiers are planned:
 * a unit adds dossiers of its own, whereas procedure counts are the province's (the first
 * three CKMB metrics are the same for every unit of the Gia Lai capture).
 */

/**
 * The fewest whole dossiers to add to `numerator` so that numerator / denominator reaches
 * `rate` percent; null without a volume (denominator 0) or with a rate above 100.
 */
export function moreDossiers(numerator: number, denominator: number, rate: number): number | null {
  if (!(denominator > 0) || !(numerator >= 0) || !(rate >= 0) || rate > 100) return null;
  // 0.8 × 100 dossiers is 80.00000000000001 in binary: shed the noise before rounding up.
  const needed = Math.ceil(roundTo((rate * denominator) / 100, 9));
  return Math.max(0, needed - numerator);
}

export interface IndicatorNeeds {
  code: string;
  /** "hồ sơ xử lý trước hạn, đúng hạn": what one more of is counted, read from the indicator's name */
  noun: string;
  numerator: number;
  denominator: number;
  /** rate in percent now */
  rate: number;
  /** dossiers to full points; 0 once reached */
  toFull: number;
  /** dossiers to the unit's campaign target, when a campaign gives one */
  toTarget?: number;
  /** dossiers to the next grade band of this indicator's points, and that band; absent at the top band */
  toNextBand?: { grade: string; more: number };
}

export interface PlanStep {
  code: string;
  noun: string;
  /** dossiers to add */
  more: number;
  /** the rate in percent the step reaches */
  to: number;
  /** the unit's points on the indicator after the step */
  points: number;
}

export interface UnitPlan {
  unit: string;
  level?: string;
  /** the total the plan starts from: the unit's own, or the official one given */
  total: number | null;
  grade: string | null;
  indicators: IndicatorNeeds[];
  /** the next grade band of the total and the points it starts at */
  next: { grade: string; points: number } | null;
  /** the fewest dossiers in all that lift the total to `next`; empty when there is no plan */
  steps: PlanStep[];
  /** the total after the steps, scored as the rule set scores */
  reached: number | null;
  /** "Xã A lên Tốt: thêm 14 hồ sơ … và 9 hồ sơ …", or why there is no plan */
  sentence: string;
}

const nouns = new WeakMap<Indicator, string>();

/** "Tỷ lệ hồ sơ thực hiện số hóa hồ sơ" → "hồ sơ thực hiện số hóa hồ sơ"; an indicator not named after dossiers says its code. */
export function dossierNoun(ind: Indicator): string {
  let noun = nouns.get(ind);
  if (noun === undefined) {
    const stripped = ind.name.replace(/^tỷ lệ\s+/i, "");
    noun = /^hồ sơ(\s|$)/i.test(stripped) ? stripped.charAt(0).toLowerCase() + stripped.slice(1) : `hồ sơ đạt chỉ tiêu ${ind.code}`;
    nouns.set(ind, noun);
  }
  return noun;
}

/** The band right above `percent`, or null at the top. Bands are sorted by descending threshold. */
function nextBand(bands: readonly GradeBand[], percent: number): GradeBand | null {
  let next: GradeBand | null = null;
  for (const b of bands) if (b.min > percent + 1e-9) next = b;
  return next;
}

interface Candidate {
  ind: Indicator;
  numerator: number;
  denominator: number;
  /** dossiers to full points */
  room: number;
  /** points per dossier below full points */
  slope: number;
  before: number;
}

/** Points for valid counts (0 ≤ numerator ≤ denominator > 0), rounded as scoreIndicator rounds them. */
function pointsAt(ind: Indicator, numerator: number, denominator: number, decimals: number | null): number {
  return roundTo(rawPoints(ind, (100 * numerator) / denominator), decimals);
}

export interface PlanOptions {
  /**
   * The unit's total when the caller has it (its scored total, or the official one when its
   * counts do not give one, e.g. online-service counts missing); absent: the unit is scored here.
   */
  total?: number | null;
  targetOf?: TargetOf;
}

export function planUnit(ruleSet: RuleSet, unit: UnitInput, options: PlanOptions = {}): UnitPlan {
  const { maxTotal } = compileRuleSet(ruleSet);
  const dec = ruleSet.pointDecimals;
  const indicators: IndicatorNeeds[] = [];
  const candidates: Candidate[] = [];
  for (const ind of ruleSet.indicators) {
    if (ind.counting !== "dossiers" || ind.rule.kind === "none") continue;
    const c = countsOf(unit.values[ind.code]);
    if (!c || c.denominator === 0 || c.numerator > c.denominator) continue;
    const full = fullPointsRate(ind)!;
    const rate = roundTo((100 * c.numerator) / c.denominator, 10);
    const needs: IndicatorNeeds = { code: ind.code, noun: dossierNoun(ind), numerator: c.numerator, denominator: c.denominator, rate, toFull: moreDossiers(c.numerator, c.denominator, full)! };
    const target = options.targetOf?.(unit, ind.code);
    if (target !== null && target !== undefined) needs.toTarget = moreDossiers(c.numerator, c.denominator, Math.min(100, target)) ?? undefined;
    const before = pointsAt(ind, c.numerator, c.denominator, dec);
    const band = ind.max > 0 ? nextBand(ruleSet.grades, (100 * before) / ind.max) : null;
    if (band) needs.toNextBand = { grade: band.label, more: moreDossiers(c.numerator, c.denominator, Math.min(100, (band.min * full) / 100))! };
    indicators.push(needs);
    if (needs.toFull > 0) {
      candidates.push({ ind, numerator: c.numerator, denominator: c.denominator, room: needs.toFull, slope: (ind.max * 100) / (full * c.denominator), before });
    }
  }

  const total = options.total !== undefined ? options.total : scoreUnit(ruleSet, unit).total;
  const base = { unit: unit.unit, ...(unit.level === undefined ? {} : { level: unit.level }), indicators };
  if (total === null) {
    return { ...base, total: null, grade: null, next: null, steps: [], reached: null, sentence: `${unit.unit}: chưa có tổng điểm nên chưa lập được kế hoạch lên hạng.` };
  }
  const grade = gradeOf(ruleSet.grades, (100 * total) / maxTotal);
  const band = nextBand(ruleSet.grades, (100 * total) / maxTotal);
  if (!band) return { ...base, total, grade, next: null, steps: [], reached: total, sentence: `${unit.unit} đã ở mức ${grade}.` };
  const next = { grade: band.label, points: roundTo((band.min * maxTotal) / 100, 10) };

  // Each indicator's points grow linearly with its dossiers up to full points, so this is a
  // fractional knapsack: taking dossiers where one dossier earns the most points first gives
  // the fewest dossiers for the continuous problem; whole dossiers add at most one per step.
  candidates.sort((a, b) => b.slope - a.slope);
  const steps: PlanStep[] = [];
  let reached = total;
  for (const c of candidates) {
    if (reached >= next.points - 1e-9) break;
    // `room` dossiers reach the full-points rate: the maximum, without scoring it.
    const atFull = c.ind.max;
    let more = c.room;
    let after = atFull;
    if (reached + atFull - c.before >= next.points - 1e-9) {
      // The fewest dossiers whose rounded points reach the band: points grow with dossiers, so
      // halve the range (rounding to 0,01 moves the answer by many dossiers on a large volume).
      let lo = 1;
      let hi = c.room;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (reached + pointsAt(c.ind, c.numerator + mid, c.denominator, dec) - c.before >= next.points - 1e-9) hi = mid;
        else lo = mid + 1;
      }
      more = lo;
      after = pointsAt(c.ind, c.numerator + more, c.denominator, dec);
    }
    reached = roundTo(reached + after - c.before, 10);
    steps.push({ code: c.ind.code, noun: dossierNoun(c.ind), more, to: roundTo((100 * (c.numerator + more)) / c.denominator, 2), points: after });
  }
  if (reached < next.points - 1e-9) {
    return {
      ...base,
      total,
      grade,
      next,
      steps: [],
      reached: null,
      sentence: `${unit.unit} chưa thể lên ${next.grade} chỉ bằng thêm hồ sơ: đủ điểm mọi chỉ tiêu tính theo hồ sơ cũng chỉ đạt ${formatVietnamese(reached)} điểm, cần ${formatVietnamese(next.points)}.`,
    };
  }
  return { ...base, total, grade, next, steps, reached, sentence: `${unit.unit} lên ${next.grade}: thêm ${listSteps(steps)}.` };
}

function listSteps(steps: readonly PlanStep[]): string {
  const parts = steps.map((s) => `${formatVietnamese(s.more, 0)} ${s.noun}`);
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join("; ")} và ${parts[parts.length - 1]}`;
}

/** Plans of many units; `totalOf` gives each unit's total to start from (without it, each unit is scored). */
export function planUnits(ruleSet: RuleSet, units: readonly UnitInput[], options: { totalOf?: (u: UnitInput) => number | null; targetOf?: TargetOf } = {}): UnitPlan[] {
  const { totalOf, targetOf } = options;
  return units.map((u) => planUnit(ruleSet, u, { total: totalOf ? totalOf(u) : undefined, targetOf }));
}
