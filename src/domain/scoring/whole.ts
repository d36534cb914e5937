import type { ProblemCode, ProblemParams } from "../problems/problem";
import type { Indicator, RuleSet } from "../ruleset/schema";
import { isWholeTotalLabel } from "../parsing/summary-labels";
import { foldVietnamese } from "../parsing/text";
import { compileRuleSet, roundTo, scoreIndicator, scoreUnit, type IndicatorInput, type IndicatorValue, type ScoredUnit, type UnitInput } from "./score";

/**
 * The whole (a province, a district, the country) scored from its parts. The portal scores
 * a province on its own counts, not as an average of its units (DOMAIN.md "The whole and
 * its parts"): an indicator counted in dossiers has the sum of its units' counts; one
 * counted in procedures or petitions cannot be rebuilt from them, only read from the
 * whole's own row.
 */

/** Where one indicator of the whole comes from; null when it could not be known. */
export type WholeSource = "row" | "pooled" | null;

export interface KnownPoints {
  /** points of the indicators whose points are known */
  points: number;
  /** their maximum */
  max: number;
}

export interface Whole {
  name: string;
  /** "row" when the table had the whole's own row, else "pooled" */
  from: "row" | "pooled";
  /** the whole's counts per indicator, as scored */
  input: UnitInput;
  scored: ScoredUnit;
  sources: Record<string, WholeSource>;
  points: Record<string, number | null>;
  /** null when an indicator of the group is not known */
  groups: Record<string, number | null>;
  /** null while any scored indicator is not known: `open` says why */
  total: number | null;
  /** per indicator without points: why (a catalogue code; the doors word it) */
  reasons: Record<string, WholeReason>;
  /** per group and for the total, what is known so far */
  knownGroups: Record<string, KnownPoints>;
  knownTotal: KnownPoints;
  /** why the total stays open (whole.totalOpen), or null when it is known */
  open: WholeReason | null;
}

/** Why something of the whole is not known: a catalogue code and what its sentence needs. */
export interface WholeReason {
  code: ProblemCode;
  params: ProblemParams;
}

const reason = (code: ProblemCode, params: ProblemParams = {}): { reason: WholeReason } => ({ reason: { code, params } });

const COUNTING_REASON: Record<string, ProblemCode> = {
  procedures: "whole.countedByProcedures",
  petitions: "whole.countedByPetitions",
  unknown: "whole.countingUnknown",
};

/** Valid counts of a value, or null when it has none (a bare rate, a missing or negative count). */
export function countsOf(v: IndicatorInput): { readonly numerator: number; readonly denominator: number } | null {
  if (v === null || v === undefined || typeof v === "number") return null;
  const { numerator, denominator } = v;
  if (typeof numerator !== "number" || typeof denominator !== "number") return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator < 0) return null;
  // The value itself, read-only, not a copy: a province report asks once per unit and indicator (4 000 × 10).
  return v as { readonly numerator: number; readonly denominator: number };
}

type Pooled = { value: IndicatorValue; reason?: undefined } | { value?: undefined; reason: WholeReason };

/** Σ numerator / Σ denominator when every unit has valid counts. */
function poolDossiers(ind: Indicator, units: readonly UnitInput[]): Pooled {
  let numerator = 0;
  let denominator = 0;
  let without = 0;
  let firstWithout = "";
  for (const u of units) {
    const c = countsOf(u.values[ind.code]);
    if (!c) {
      if (without++ === 0) firstWithout = u.unit;
      continue;
    }
    numerator += c.numerator;
    denominator += c.denominator;
  }
  if (without === units.length) return reason("whole.noCounts");
  // A partial sum would pass a part off as the whole.
  if (without > 0) return reason("whole.partsWithoutCounts", { unit: firstWithout, others: without - 1 });
  return { value: { numerator, denominator } };
}

/** A flat indicator is the same for every unit, and so for the whole. */
function poolFlat(ind: Indicator, units: readonly UnitInput[], decimals: number | null): Pooled {
  let rate: number | null = null;
  for (const u of units) {
    const s = scoreIndicator(ind, u.values[ind.code], decimals);
    if (s.rate === null) return reason("whole.unitWithoutValue", { unit: u.unit });
    if (rate !== null && Math.abs(s.rate - rate) > 1e-9) return reason("whole.valuesDiffer");
    rate = s.rate;
  }
  return rate === null ? reason("whole.noUnits") : { value: { rate } };
}

function pool(ind: Indicator, units: readonly UnitInput[], decimals: number | null): Pooled {
  if (units.length === 0) return reason("whole.noUnits");
  switch (ind.counting) {
    case "dossiers":
      return poolDossiers(ind, units);
    case "flat":
      return poolFlat(ind, units, decimals);
    default:
      return reason(COUNTING_REASON[ind.counting]);
  }
}

function present(v: IndicatorInput): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "number") return true;
  return (v.rate !== null && v.rate !== undefined) || (v.numerator !== null && v.numerator !== undefined && v.denominator !== null && v.denominator !== undefined);
}

/**
 * A row of a table that is the whole itself rather than one of its parts: the portal's
 * province row ("UBND tỉnh Gia Lai"), or a total row ("Toàn tỉnh", "Tổng cộng").
 */
export function isWholeRowName(name: string): boolean {
  if (isWholeTotalLabel(name)) return true;
  const s = foldVietnamese(name);
  // "UBND tỉnh Gia Lai", "Tỉnh Gia Lai"; not "Tỉnh ủy", "Tỉnh đoàn", nor "Sở Y tế - tỉnh Gia Lai".
  return /^((uy ban nhan dan|ubnd) )?tinh /.test(s) && !/^tinh (uy|doan)\b/.test(s) && !s.includes(" - ");
}

/** The table's own row of the whole, if any, and the parts. */
export function splitWholeRow(units: readonly UnitInput[]): { row?: UnitInput; parts: UnitInput[] } {
  const i = units.findIndex((u) => isWholeRowName(u.unit));
  if (i < 0) return { parts: [...units] };
  return { row: units[i], parts: units.filter((_, k) => k !== i) };
}

/**
 * The whole per indicator: from its own row when there is one and it gives the
 * indicator, else pooled from the parts where the indicator pools, else unknown with the
 * reason. Groups and total are given when complete, and always as far as known.
 */
export function wholeFromParts(ruleSet: RuleSet, parts: readonly UnitInput[], options: { name: string; row?: UnitInput }): Whole {
  const values: Record<string, IndicatorInput> = {};
  const sources: Record<string, WholeSource> = {};
  const reasons: Record<string, WholeReason> = {};
  for (const ind of ruleSet.indicators) {
    if (ind.rule.kind === "none") continue;
    const own = options.row?.values[ind.code];
    if (options.row && present(own)) {
      values[ind.code] = own;
      sources[ind.code] = "row";
      continue;
    }
    const pooled = pool(ind, parts, ruleSet.pointDecimals);
    if (pooled.value) {
      values[ind.code] = pooled.value;
      sources[ind.code] = "pooled";
    } else {
      sources[ind.code] = null;
      reasons[ind.code] = pooled.reason;
    }
  }
  const input: UnitInput = { unit: options.name, values };
  const scored = scoreUnit(ruleSet, input);
  // A value that was there but could not be scored (e.g. more on time than received) says why too.
  for (const p of scored.problems) {
    if (sources[p.indicator] && p.severity === "error") reasons[p.indicator] = { code: p.code, params: p.params };
  }

  const c = compileRuleSet(ruleSet);
  const knownGroups: Record<string, KnownPoints> = Object.fromEntries(ruleSet.groups.map((g) => [g.code, { points: 0, max: 0 }]));
  c.indicators.forEach((ind) => {
    const p = scored.points[ind.code];
    if (ind.rule.kind === "none" || p === null || p === undefined) return;
    const k = knownGroups[ind.group];
    k.points = roundTo(k.points + p, ruleSet.pointDecimals);
    k.max += ind.max;
  });
  const knownTotal = Object.values(knownGroups).reduce((t, k) => ({ points: roundTo(t.points + k.points, ruleSet.pointDecimals), max: t.max + k.max }), { points: 0, max: 0 });

  const missing = Object.keys(reasons);
  const open: WholeReason | null =
    scored.total === null ? { code: "whole.totalOpen", params: { missing: missing.join(", "), known: knownTotal.points, max: knownTotal.max } } : null;
  return {
    name: options.name,
    from: options.row ? "row" : "pooled",
    input,
    scored,
    sources,
    points: scored.points,
    groups: scored.groups,
    total: scored.total,
    reasons,
    knownGroups,
    knownTotal,
    open,
  };
}
