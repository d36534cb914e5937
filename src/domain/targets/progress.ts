import { roundTo } from "../scoring/score";
import { ProblemError } from "../problems/user-error";
import { exclusions, placeKey, targetAt, type AssignedUnit, type BaselineUnit, type TargetAssignment, type TargetProblem } from "./assign";
import type { Campaign, UnitLevel } from "./schema";

/**
 * Rates read from a table carry binary noise (0.7237 × 100 = 72.37000000000001): a result
 * within this many points of its target has reached it.
 */
export const MET_TOLERANCE = 1e-9;

export interface IndicatorProgress {
  /** the unit's target at the milestone (percent) */
  target: number;
  /** the unit's result (percent), null when the current table has no value */
  current: number | null;
  /** null when there is no result: never counted as failing */
  met: boolean | null;
  /** percentage points still missing: 0 when met, null without a result */
  gap: number | null;
}

export interface UnitProgress {
  unit: string;
  level: UnitLevel;
  district?: string;
  /** 1-based row in the current table */
  row?: number;
  indicators: Record<string, IndicatorProgress>;
  /** indicators met */
  met: number;
  /** indicators with a target (every indicator of the campaign) */
  of: number;
  /** codes of the indicators without a result */
  noData: string[];
}

export interface LevelSummary {
  /** units of the level given targets */
  targeted: number;
  /** of them, units found in the current table */
  reported: number;
  /** of them, units with a result for every indicator: the n of k/n */
  complete: number;
  /** of them, units meeting every target: the k of k/n */
  metAll: number;
}

export interface ProgressSection {
  level: UnitLevel;
  heading: string;
  unitHeader: string;
  /** units found in the current table, in the order of the targets */
  units: UnitProgress[];
  summary: LevelSummary;
}

export interface NamedUnit {
  unit: string;
  level: UnitLevel;
  district?: string;
  row?: number;
}

export interface ProgressReport {
  campaign: Campaign;
  milestone: { id: string; label: string };
  sections: ProgressSection[];
  /** given targets, absent from the current table */
  missing: NamedUnit[];
  /** in the current table, given no targets (and not excluded by the campaign) */
  unknown: NamedUnit[];
  /** in the current table, excluded by the campaign */
  excluded: (NamedUnit & { reason: string })[];
  problems: TargetProblem[];
}

/** One indicator: met ⇔ current ≥ target (within the tolerance); the gap in points otherwise. */
export function compareToTarget(target: number, current: number | null): IndicatorProgress {
  if (current === null) return { target, current, met: null, gap: null };
  const met = current >= target - MET_TOLERANCE;
  return { target, current, met, gap: met ? 0 : roundTo(target - current, 9) };
}

/**
 * The results of a campaign's units at one milestone against their targets (seed 002,
 * IV.5.1: every 10 days, at 50 and at 100 days). Units are matched as the baseline's rows
 * are, by `placeKey` (name with its diacritics, a commune's district). A unit with no row,
 * or a cell with no value, is named as such, never counted as failing.
 */
export function followProgress(assignment: TargetAssignment, current: readonly BaselineUnit[], milestoneId: string): ProgressReport {
  const { campaign } = assignment;
  const milestone = campaign.milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw new ProblemError("target.unknownMilestone", { campaign: campaign.id, milestone: milestoneId, milestones: campaign.milestones.map((m) => m.id).join(", ") });

  const problems: TargetProblem[] = [];
  const rows = new Map<string, BaselineUnit>();
  for (const u of current) {
    const key = placeKey(u);
    if (rows.has(key)) {
      problems.push({ unit: u.unit, row: u.row ?? 0, column: "", severity: "warning", code: "target.duplicateResultRow", params: { unit: u.unit } });
    } else rows.set(key, u);
  }

  const targeted = new Set<string>();
  const missing: NamedUnit[] = [];
  const sections: ProgressSection[] = [];
  for (const section of assignment.sections) {
    if (!section.units.length) continue;
    const units: UnitProgress[] = [];
    for (const target of section.units) {
      const key = placeKey(target);
      targeted.add(key);
      const row = rows.get(key);
      if (row) units.push(unitProgress(campaign, milestone.id, target, row));
      else missing.push(named(target));
    }
    const complete = units.filter((u) => !u.noData.length);
    sections.push({
      level: section.level,
      heading: section.heading,
      unitHeader: section.unitHeader,
      units,
      summary: { targeted: section.units.length, reported: units.length, complete: complete.length, metAll: complete.filter((u) => u.met === u.of).length },
    });
  }

  const exclusionOf = exclusions(campaign);
  const unknown: NamedUnit[] = [];
  const excluded: ProgressReport["excluded"] = [];
  for (const [key, u] of rows) {
    if (targeted.has(key)) continue;
    const reason = exclusionOf(u.unit);
    if (reason) excluded.push({ ...named(u), reason });
    else unknown.push(named(u));
  }
  return { campaign, milestone: { id: milestone.id, label: milestone.label }, sections, missing, unknown, excluded, problems };
}

function unitProgress(campaign: Campaign, milestone: string, target: AssignedUnit, row: BaselineUnit): UnitProgress {
  const indicators: Record<string, IndicatorProgress> = {};
  const noData: string[] = [];
  let met = 0;
  for (const ind of campaign.indicators) {
    const cell = targetAt(campaign, ind, target.indicators[ind.code], milestone)!;
    const p = compareToTarget(cell.value, row.values[ind.code] ?? null);
    indicators[ind.code] = p;
    if (p.met) met++;
    if (p.met === null) noData.push(ind.code);
  }
  return { ...named(target), row: row.row, indicators, met, of: campaign.indicators.length, noData };
}

function named(u: { unit: string; level: UnitLevel; district?: string; row?: number }): NamedUnit {
  return { unit: u.unit, level: u.level, ...(u.district ? { district: u.district } : {}), ...(u.row ? { row: u.row } : {}) };
}

export interface ProgressJson {
  campaign: string;
  milestone: { id: string; label: string };
  sections: {
    level: UnitLevel;
    heading: string;
    summary: LevelSummary;
    rows: { unit: string; district?: string; indicators: Record<string, { target: number; current: number | null; met: boolean | null }>; met: number; of: number }[];
  }[];
  missing: NamedUnit[];
  unknown: NamedUnit[];
  excluded: (NamedUnit & { reason: string })[];
}

/** The report as the CLI prints it: rates in percent. */
export function progressToJson(r: ProgressReport): ProgressJson {
  return {
    campaign: r.campaign.id,
    milestone: r.milestone,
    sections: r.sections.map((s) => ({
      level: s.level,
      heading: s.heading,
      summary: s.summary,
      rows: s.units.map((u) => ({
        unit: u.unit,
        ...(u.district ? { district: u.district } : {}),
        indicators: Object.fromEntries(Object.entries(u.indicators).map(([code, { target, current, met }]) => [code, { target, current, met }])),
        met: u.met,
        of: u.of,
      })),
    })),
    missing: r.missing,
    unknown: r.unknown,
    excluded: r.excluded,
  };
}
