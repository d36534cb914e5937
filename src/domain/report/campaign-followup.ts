import type { History } from "../history/history-table";
import type { Problem } from "../problems/problem";
import { nameKey, type UnitMapping } from "../history/match";
import { comparePeriods, periodLabel, type Period } from "../history/period";
import { roundTo } from "../scoring/score";
import { exclusions, targetAt, type AssignedUnit, type BaselineUnit, type TargetAssignment } from "../targets/assign";
import { compareToTarget, type IndicatorProgress, type LevelSummary, type NamedUnit } from "../targets/progress";
import type { Campaign, UnitLevel } from "../targets/schema";
import { districtKey, levelFromText, levelOfUnit, unitKey } from "../targets/unit-level";

/**
 * A campaign followed over its 10-day reports (seed 002, IV.5.1: "định kỳ 10 ngày/lần, sơ kết
 * 50 ngày và tổng kết 100 ngày"): for every report date, each targeted unit's results against
 * the targets of every milestone, the units meeting them per level and per district, and the
 * share meeting each milestone from one report to the next. Units are matched across the
 * reports as the history matches them (src/domain/history/match.ts): by the portal's code once
 * a report has tied it to a unit, else by name folded (case, diacritics, "UBND", level words),
 * else through the user's mapping (old name → new name); two targeted communes with one name
 * are told apart by their district, then by the name's diacritics. What matches no target is
 * listed with its date, never dropped.
 */

/** One row of a report: a baseline row, with the portal's unit code when the source has one. */
export interface ReportUnit extends BaselineUnit {
  code?: string | null;
}

export interface DatedReport {
  period: Period;
  units: readonly ReportUnit[];
}

export interface MilestoneResult {
  indicators: Record<string, IndicatorProgress>;
  /** indicators met */
  met: number;
  /** indicators with a target */
  of: number;
  /** codes without a result: never counted as failing */
  noData: string[];
}

export interface UnitAtDate {
  /** the name the report gives the unit (it may differ from the target's: renamed, written without "UBND"…) */
  reportedAs: string;
  code: string | null;
  row?: number;
  /** milestone id → the results against that milestone's targets */
  byMilestone: Record<string, MilestoneResult>;
}

export interface FollowedUnit extends NamedUnit {
  /** the code a report tied to the unit, the last one seen */
  code: string | null;
  /** date id → the unit's row that date, null when the report does not have it */
  dates: Record<string, UnitAtDate | null>;
}

/** milestone id → date id → count */
export type TallyGrid = Record<string, Record<string, LevelSummary>>;

export interface IndicatorCount {
  /** units meeting the indicator's target */
  met: number;
  /** units with a result for it */
  withData: number;
}

export interface FollowUpSection {
  level: UnitLevel;
  heading: string;
  unitHeader: string;
  units: FollowedUnit[];
  tally: TallyGrid;
  /** milestone id → date id → indicator code → count */
  indicators: Record<string, Record<string, Record<string, IndicatorCount>>>;
}

/** The communes of one district (annex I's k/n column counts a district's communes). */
export interface DistrictFollowUp {
  district: string;
  tally: TallyGrid;
}

export interface TrendPoint {
  date: string;
  /** units meeting every target of the milestone, over units with every result */
  metAll: number;
  complete: number;
  /** metAll / complete in percent (2 decimals), null when no unit had every result */
  share: number | null;
  /** percentage points since the previous report, null for the first or without both shares */
  change: number | null;
}

export interface ShortUnit extends NamedUnit {
  /** the indicators below their target, with the percentage points missing */
  gaps: { indicator: string; target: number; current: number; gap: number }[];
  noData: string[];
}

export interface MilestoneTrend {
  milestone: { id: string; label: string };
  /** over every targeted unit, whatever its level */
  points: TrendPoint[];
  /** at the last report: the units reported that date still below some target, in the order of the targets */
  short: ShortUnit[];
}

export interface UnmatchedRow {
  unit: string;
  district?: string;
  code: string | null;
  period: string;
  row?: number;
}

/** A problem of one report: `row.duplicateName`, a second row of a unit the report already gave (the first is used, as followProgress does). */
export interface FollowUpProblem extends Problem {
  period: string;
}

export interface CampaignFollowUp {
  campaign: Campaign;
  /** the report dates in order (the day each ends) */
  dates: { id: string; label: string }[];
  milestones: { id: string; label: string }[];
  sections: FollowUpSection[];
  districts: DistrictFollowUp[];
  trends: MilestoneTrend[];
  /** per date, the targeted units the report does not have */
  missing: { period: string; units: NamedUnit[] }[];
  /** rows matching no targeted unit (new, renamed without a mapping, or a name two targets share) */
  unmatched: UnmatchedRow[];
  /** rows of units the campaign leaves out (no procedures) */
  excluded: (UnmatchedRow & { reason: string })[];
  problems: FollowUpProblem[];
}

const NAME_LEVEL: Record<UnitLevel, string> = { department: "province", district: "district", commune: "commune" };

interface Target {
  unit: AssignedUnit;
  followed: FollowedUnit;
}

/** Follows the campaign's targeted units over the reports (any order: they are sorted by the day each ends). */
export function followCampaign(assignment: TargetAssignment, reports: readonly DatedReport[], mapping: UnitMapping = []): CampaignFollowUp {
  const { campaign } = assignment;
  const sorted = [...reports].sort((a, b) => comparePeriods(a.period, b.period));
  const dates = sorted.map((r) => ({ id: r.period.id, label: periodLabel(r.period) }));
  const milestones = campaign.milestones.map((m) => ({ id: m.id, label: m.label }));

  const renamed = new Map(mapping.map((p) => [nameKey(p.from), nameKey(p.to)]));
  // Folding a name is the costly part, and every report repeats the same names: once each.
  const folded = new Map<string, string>();
  const fold = (name: string, level: UnitLevel) => {
    let k = folded.get(`${level}|${name}`);
    if (k === undefined) {
      const own = nameKey(name, NAME_LEVEL[level]);
      k = renamed.get(own) ?? own;
      folded.set(`${level}|${name}`, k);
    }
    return k;
  };

  const targets: Target[] = [];
  const byName = new Map<string, Target[]>();
  const sectionsOut: FollowUpSection[] = assignment.sections
    .filter((s) => s.units.length)
    .map((s) => {
      const units = s.units.map((u): FollowedUnit => {
        const followed: FollowedUnit = { ...named(u), code: null, dates: Object.fromEntries(dates.map((d) => [d.id, null])) };
        const t = { unit: u, followed };
        targets.push(t);
        const k = fold(u.unit, u.level);
        byName.set(k, [...(byName.get(k) ?? []), t]);
        return followed;
      });
      return { level: s.level, heading: s.heading, unitHeader: s.unitHeader, units, tally: {}, indicators: {} };
    });

  const byCode = new Map<string, Target>();
  const exclusionOf = exclusions(campaign);
  const unmatched: UnmatchedRow[] = [];
  const excluded: CampaignFollowUp["excluded"] = [];
  const problems: FollowUpProblem[] = [];
  const missing: CampaignFollowUp["missing"] = [];

  for (const report of sorted) {
    const date = report.period.id;
    const taken = new Set<Target>();
    for (const row of report.units) {
      const code = row.code?.trim() || null;
      let found = code ? byCode.get(code) : undefined;
      let sameName: Target[] = [];
      if (!found || taken.has(found)) {
        found = undefined;
        sameName = byName.get(fold(row.unit, row.level)) ?? [];
        let candidates = sameName.filter((t) => !taken.has(t));
        if (candidates.length > 1 && row.district) candidates = candidates.filter((t) => t.unit.district && districtKey(t.unit.district) === districtKey(row.district!));
        if (candidates.length > 1) candidates = candidates.filter((t) => unitKey(t.unit.unit) === unitKey(row.unit));
        if (candidates.length === 1) found = candidates[0];
      }
      const place: UnmatchedRow = { unit: row.unit, ...(row.district ? { district: row.district } : {}), code, period: date, ...(row.row ? { row: row.row } : {}) };
      if (found) {
        taken.add(found);
        if (code) {
          byCode.set(code, found);
          found.followed.code = code;
        }
        // as the history indexes every name a unit has had: a later report may use this one without the code
        const asReported = fold(row.unit, row.level);
        const list = byName.get(asReported) ?? [];
        if (!list.includes(found)) byName.set(asReported, [...list, found]);
        found.followed.dates[date] = { reportedAs: row.unit, code, ...(row.row ? { row: row.row } : {}), byMilestone: resultsOf(campaign, found.unit, row) };
        continue;
      }
      // A target of this name already has today a row written alike, in the same district: a second row of one unit.
      const first = sameName
        .map((t) => t.followed.dates[date])
        .find((today, i) => today && unitKey(today.reportedAs) === unitKey(row.unit) && (!row.district || !sameName[i].unit.district || districtKey(sameName[i].unit.district!) === districtKey(row.district)));
      if (first) {
        problems.push({ period: date, code: "row.duplicateName", severity: "warning", row: row.row ?? 0, column: "", params: { unit: row.unit, first: first.row ?? "trước" } });
        continue;
      }
      const reason = exclusionOf(row.unit);
      if (reason) excluded.push({ ...place, reason });
      else unmatched.push(place);
    }
    const absent = targets.filter((t) => !taken.has(t)).map((t) => named(t.unit));
    if (absent.length) missing.push({ period: date, units: absent });
  }

  for (const s of sectionsOut) {
    for (const m of milestones) {
      s.tally[m.id] = {};
      s.indicators[m.id] = {};
      for (const d of dates) {
        s.tally[m.id][d.id] = tally(s.units, m.id, d.id);
        s.indicators[m.id][d.id] = Object.fromEntries(campaign.indicators.map((ind) => [ind.code, indicatorCount(s.units, m.id, d.id, ind.code)]));
      }
    }
  }

  const everyone = sectionsOut.flatMap((s) => s.units);
  const last = dates[dates.length - 1]?.id;
  const trends: MilestoneTrend[] = milestones.map((m) => {
    const points: TrendPoint[] = [];
    for (const d of dates) {
      const { metAll, complete } = tally(everyone, m.id, d.id);
      const share = complete ? roundTo((100 * metAll) / complete, 2) : null;
      const before = points[points.length - 1]?.share ?? null;
      points.push({ date: d.id, metAll, complete, share, change: share === null || before === null ? null : roundTo(share - before, 2) });
    }
    return { milestone: m, points, short: last === undefined ? [] : shortAt(everyone, m.id, last) };
  });

  return { campaign, dates, milestones, sections: sectionsOut, districts: districtsOf(sectionsOut, milestones, dates), trends, missing, unmatched, excluded, problems };
}

function resultsOf(campaign: Campaign, target: AssignedUnit, row: BaselineUnit): Record<string, MilestoneResult> {
  const out: Record<string, MilestoneResult> = {};
  for (const m of campaign.milestones) {
    const indicators: Record<string, IndicatorProgress> = {};
    const noData: string[] = [];
    let met = 0;
    for (const ind of campaign.indicators) {
      const cell = targetAt(campaign, ind, target.indicators[ind.code], m.id)!;
      const p = compareToTarget(cell.value, row.values[ind.code] ?? null);
      indicators[ind.code] = p;
      if (p.met) met++;
      if (p.met === null) noData.push(ind.code);
    }
    out[m.id] = { indicators, met, of: campaign.indicators.length, noData };
  }
  return out;
}

function tally(units: readonly FollowedUnit[], milestone: string, date: string): LevelSummary {
  let reported = 0;
  let complete = 0;
  let metAll = 0;
  for (const u of units) {
    const r = u.dates[date]?.byMilestone[milestone];
    if (!r) continue;
    reported++;
    if (r.noData.length) continue;
    complete++;
    if (r.met === r.of) metAll++;
  }
  return { targeted: units.length, reported, complete, metAll };
}

function indicatorCount(units: readonly FollowedUnit[], milestone: string, date: string, code: string): IndicatorCount {
  let met = 0;
  let withData = 0;
  for (const u of units) {
    const p = u.dates[date]?.byMilestone[milestone]?.indicators[code];
    if (!p || p.met === null) continue;
    withData++;
    if (p.met) met++;
  }
  return { met, withData };
}

function shortAt(units: readonly FollowedUnit[], milestone: string, date: string): ShortUnit[] {
  const out: ShortUnit[] = [];
  for (const u of units) {
    const r = u.dates[date]?.byMilestone[milestone];
    if (!r) continue;
    const gaps = Object.entries(r.indicators)
      .filter(([, p]) => p.met === false)
      .map(([indicator, p]) => ({ indicator, target: p.target, current: p.current!, gap: p.gap! }));
    if (gaps.length) out.push({ ...named(u), gaps, noData: r.noData });
  }
  return out;
}

/** The communes grouped by their district, in the order the districts first appear. */
function districtsOf(sections: readonly FollowUpSection[], milestones: readonly { id: string }[], dates: readonly { id: string }[]): DistrictFollowUp[] {
  const groups = new Map<string, { district: string; units: FollowedUnit[] }>();
  for (const u of sections.filter((s) => s.level === "commune").flatMap((s) => s.units)) {
    if (!u.district) continue;
    const k = districtKey(u.district);
    const g = groups.get(k);
    if (g) g.units.push(u);
    else groups.set(k, { district: u.district, units: [u] });
  }
  return [...groups.values()].map((g) => ({
    district: g.district,
    tally: Object.fromEntries(milestones.map((m) => [m.id, Object.fromEntries(dates.map((d) => [d.id, tally(g.units, m.id, d.id)]))])),
  }));
}

function named(u: { unit: string; level: UnitLevel; district?: string; row?: number }): NamedUnit {
  return { unit: u.unit, level: u.level, ...(u.district ? { district: u.district } : {}) };
}

/** The rows of one period of a history table as report rows: each indicator's rate, the level from the level column or the name. */
export function reportUnitsFromHistory(history: History, periodId: string): ReportUnit[] {
  return history.rows
    .filter((r) => r.period === periodId)
    .map((r) => ({
      unit: r.unit,
      level: levelFromText(r.level ?? undefined) ?? levelOfUnit(r.unit, r.district ?? undefined),
      ...(r.district ? { district: r.district } : {}),
      code: r.code,
      values: Object.fromEntries(Object.entries(r.indicators).map(([code, v]) => [code, v.rate])),
    }));
}

/** What `chiso progress --format json` prints for several reports (the shape is documented in its help). */
export interface FollowUpJson {
  campaign: string;
  dates: { id: string; label: string }[];
  milestones: { id: string; label: string }[];
  levels: {
    level: UnitLevel;
    heading: string;
    tally: TallyGrid;
    units: {
      unit: string;
      district?: string;
      code: string | null;
      /** date id → null when the report lacks the unit */
      dates: Record<string, { reportedAs: string; milestones: Record<string, { met: number; of: number; noData: string[]; gaps: Record<string, number> }> } | null>;
    }[];
  }[];
  districts: DistrictFollowUp[];
  trends: { milestone: string; points: TrendPoint[]; short: { unit: string; level: UnitLevel; district?: string; gaps: Record<string, number>; noData: string[] }[] }[];
  missing: { period: string; units: NamedUnit[] }[];
  unmatched: UnmatchedRow[];
  excluded: (UnmatchedRow & { reason: string })[];
}

const gapsOf = (r: MilestoneResult) => Object.fromEntries(Object.entries(r.indicators).filter(([, p]) => p.met === false).map(([code, p]) => [code, p.gap!]));

export function followUpToJson(f: CampaignFollowUp): FollowUpJson {
  return {
    campaign: f.campaign.id,
    dates: f.dates,
    milestones: f.milestones,
    levels: f.sections.map((s) => ({
      level: s.level,
      heading: s.heading,
      tally: s.tally,
      units: s.units.map((u) => ({
        unit: u.unit,
        ...(u.district ? { district: u.district } : {}),
        code: u.code,
        dates: Object.fromEntries(
          f.dates.map((d) => {
            const at = u.dates[d.id];
            if (!at) return [d.id, null];
            const milestones = Object.fromEntries(Object.entries(at.byMilestone).map(([m, r]) => [m, { met: r.met, of: r.of, noData: r.noData, gaps: gapsOf(r) }]));
            return [d.id, { reportedAs: at.reportedAs, milestones }];
          }),
        ),
      })),
    })),
    districts: f.districts,
    trends: f.trends.map((t) => ({
      milestone: t.milestone.id,
      points: t.points,
      short: t.short.map((u) => ({ unit: u.unit, level: u.level, ...(u.district ? { district: u.district } : {}), gaps: Object.fromEntries(u.gaps.map((g) => [g.indicator, g.gap])), noData: u.noData })),
    })),
    missing: f.missing,
    unmatched: f.unmatched,
    excluded: f.excluded,
  };
}
