import type { Indicator, RuleSet } from "../ruleset/schema";
import { fullPointsRate } from "./recovery";
import { rawPoints, roundTo, type UnitInput } from "./score";
import { countsOf, type Whole } from "./whole";

/**
 * Who costs the whole its points: per indicator, the points the whole would gain if one
 * unit alone reached the rate that earns full points (and, with a campaign, its target),
 * all others unchanged. Only indicators counted in dossiers have effects: there the whole's
 * counts are the sum of its units', so a unit's dossiers move the whole's rate directly.
 *
 * For a linear rule the gain of unit u is max × (den_u − num_u) / Σden, and the gains add
 * up to max − max × Σnum / Σden: the whole's lost points, to the rounding of each.
 */

export interface UnitEffect {
  unit: string;
  /** the unit's rate now, percent */
  rate: number;
  /** whole dossiers the unit must add, at its volume, for full points */
  more: number;
  /** points the whole gains if this unit alone reaches full points, rounded as the rule set rounds points */
  gain: number;
  /** the same up to the unit's campaign target, when a campaign gives one */
  targetGain?: number;
}

export interface IndicatorEffects {
  code: string;
  name: string;
  max: number;
  /** the whole's points and lost points on this indicator */
  points: number;
  lost: number;
  /** ranked, largest gain first; units at full points are left out */
  effects: UnitEffect[];
}

/** A unit's target rate (percent) for an indicator, or null: how a campaign reaches the scorer. */
export type TargetOf = (unit: UnitInput, code: string) => number | null;

/** Unrounded points for valid counts (0 ≤ numerator ≤ denominator > 0): gains are differences, rounded once at the end. */
function exactPoints(ind: Indicator, numerator: number, denominator: number): number {
  return rawPoints(ind, (100 * numerator) / denominator);
}

/** Dossiers a unit must add to its numerator, at its current volume, to reach `rate` percent (may be fractional). */
function shortfall(c: Counts, rate: number): number {
  return Math.max(0, Math.min(c.denominator, (rate / 100) * c.denominator) - c.numerator);
}

type Counts = { readonly numerator: number; readonly denominator: number };

/** What the whole (counts `w`, exact points `base`) gains if the unit with counts `c` alone reaches `rate` percent. */
function exactGain(ind: Indicator, w: Counts, base: number, c: Counts, rate: number): number {
  const more = shortfall(c, rate);
  return more === 0 ? 0 : exactPoints(ind, Math.min(w.denominator, w.numerator + more), w.denominator) - base;
}

export function effectsOnWhole(ruleSet: RuleSet, whole: Whole, parts: readonly UnitInput[], targetOf?: TargetOf): IndicatorEffects[] {
  const out: IndicatorEffects[] = [];
  const dec = ruleSet.pointDecimals ?? 2;
  for (const ind of ruleSet.indicators) {
    if (ind.counting !== "dossiers" || ind.rule.kind === "none") continue;
    const w = countsOf(whole.input.values[ind.code]);
    const points = whole.points[ind.code];
    if (!w || w.denominator === 0 || points === null || points === undefined) continue;
    const full = fullPointsRate(ind)!;
    const base = exactPoints(ind, w.numerator, w.denominator);
    const ranked: { exact: number; effect: UnitEffect }[] = [];
    for (const u of parts) {
      const c = countsOf(u.values[ind.code]);
      if (!c || c.denominator === 0) continue;
      const exact = exactGain(ind, w, base, c, full);
      const target = targetOf?.(u, ind.code);
      const effect: UnitEffect = { unit: u.unit, rate: roundTo((100 * c.numerator) / c.denominator, 2), more: Math.max(0, Math.ceil(roundTo(shortfall(c, full), 9))), gain: roundTo(exact, dec) };
      if (target !== null && target !== undefined) effect.targetGain = roundTo(exactGain(ind, w, base, c, target), dec);
      // Ranked on the exact gain: among a country's communes most round to 0,00, yet their order still tells.
      if (exact > 1e-12 || (effect.targetGain ?? 0) > 0) ranked.push({ exact, effect });
    }
    ranked.sort((a, b) => b.exact - a.exact);
    const effects = ranked.map((r) => r.effect);
    out.push({ code: ind.code, name: ind.name, max: ind.max, points, lost: roundTo(ind.max - points, 10), effects });
  }
  return out;
}
