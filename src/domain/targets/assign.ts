import type { Problem } from "../problems/problem";
import { percentVi } from "../parsing/number-format";
import { applyTargetRule, type RuleOutcome } from "./rules";
import type { Campaign, CampaignIndicator, CampaignLevel, TargetColumn, TargetOverride, TargetRule, UnitLevel } from "./schema";
import { districtKey, levelOfUnit, unitKey } from "./unit-level";

/** One unit of the baseline: its level and its base-year rates (percent) by indicator code. */
export interface BaselineUnit {
  unit: string;
  level: UnitLevel;
  /** a commune's district, as written */
  district?: string;
  values: Record<string, number | null>;
  /** 1-based row in the table it came from, for messages */
  row?: number;
}

export interface TargetCell {
  /** the target assigned (percent) */
  value: number;
  /** what the rule gives; differs from `value` only when overridden */
  ruleValue: number;
  /** why: the rule's arithmetic, or the parent unit whose targets were taken */
  basis: string;
  override?: { reason: string };
}

export interface UnitIndicatorTargets {
  base: number | null;
  /** one per column of the campaign indicator, in its order */
  columns: TargetCell[];
}

export interface AssignedUnit {
  unit: string;
  level: UnitLevel;
  district?: string;
  row?: number;
  indicators: Record<string, UnitIndicatorTargets>;
}

export interface AssignedSection {
  level: UnitLevel;
  heading: string;
  unitHeader: string;
  units: AssignedUnit[];
  /** the level's `emptyNote`, when the section has no rows of its own */
  note?: string;
}

/** A problem of a campaign's tables: row 0 when it is about the campaign, not a row. */
export interface TargetProblem extends Problem {
  severity: "error" | "warning";
  unit?: string;
}

export interface AppliedOverride extends TargetOverride {
  level: UnitLevel;
  ruleValue: number;
}

export interface TargetAssignment {
  campaign: Campaign;
  sections: AssignedSection[];
  excluded: { unit: string; reason: string; row?: number }[];
  overrides: AppliedOverride[];
  problems: TargetProblem[];
}

export const LEVEL_NAMES: Record<UnitLevel, string> = { department: "cấp tỉnh (sở, ban, ngành)", district: "cấp huyện", commune: "cấp xã" };

function ruleFor(column: TargetColumn, level: CampaignLevel): TargetRule {
  return column.byLevel?.[level.level] ?? (level.inherits ? column.byLevel?.[level.inherits] : undefined) ?? column.rule;
}

/** Columns in time order: each column sorts by the first milestone it covers. */
function milestoneIndex(campaign: Campaign, column: TargetColumn): number {
  return Math.min(...column.milestones.map((m) => campaign.milestones.findIndex((x) => x.id === m)));
}

/** The target of one milestone, wherever its column is. */
export function targetAt(campaign: Campaign, indicator: CampaignIndicator, targets: UnitIndicatorTargets, milestone: string): TargetCell | undefined {
  const i = indicator.columns.findIndex((c) => c.milestones.includes(milestone));
  return i < 0 ? undefined : targets.columns[i];
}

/**
 * Targets for every unit of a baseline: the campaign's rule per indicator, column and level;
 * a commune may take its district's targets; excluded units get none; overrides replace a
 * rule's value and keep it beside, with their reason. Problems are values, never thrown.
 */
export function assignTargets(campaign: Campaign, baseline: readonly BaselineUnit[]): TargetAssignment {
  const problems: TargetProblem[] = [];
  const exclusionOf = exclusions(campaign);
  const excluded: TargetAssignment["excluded"] = [];
  const levelConfig = new Map(campaign.levels.map((l) => [l.level, l]));
  const byLevel = new Map<UnitLevel, { u: BaselineUnit; key: string }[]>();

  for (const u of baseline) {
    const key = unitKey(u.unit);
    const reason = exclusionOf(u.unit);
    if (reason) {
      excluded.push({ unit: u.unit, reason, row: u.row });
      continue;
    }
    if (!levelConfig.has(u.level)) {
      problems.push({
        unit: u.unit,
        row: u.row ?? 0,
        column: "",
        severity: "error",
        code: "target.levelNotAssigned",
        params: { unit: u.unit, level: LEVEL_NAMES[u.level], campaign: campaign.id },
      });
      continue;
    }
    const list = byLevel.get(u.level);
    if (list) list.push({ u, key });
    else byLevel.set(u.level, [{ u, key }]);
  }

  const overridesByUnit = new Map<string, TargetOverride[]>();
  for (const o of campaign.overrides) overridesByUnit.set(unitKey(o.unit), [...(overridesByUnit.get(unitKey(o.unit)) ?? []), o]);
  const applied: AppliedOverride[] = [];
  const run: Run = {
    campaign,
    applied,
    problems,
    outcomes: new Map(),
    // latest milestone first: each column is capped by the ones after it
    latestFirst: new Map(campaign.indicators.map((ind) => [ind.code, ind.columns.map((c, i) => ({ i, t: milestoneIndex(campaign, c) })).sort((a, b) => b.t - a.t).map((x) => x.i)])),
  };
  const assigned = new Map<UnitLevel, AssignedUnit[]>();
  const parents = new Map<string, AssignedUnit>();
  const parentLevels = new Set(campaign.levels.filter((l) => l.followParent && l.inherits).map((l) => l.inherits));

  // Parents first: a commune that follows its district needs the district's final targets.
  const order = [...campaign.levels].sort((a, b) => Number(a.followParent) - Number(b.followParent));
  for (const level of order) {
    const units = byLevel.get(level.level) ?? [];
    const parentLevel = level.inherits;
    const seen = new Set<string>();
    assigned.set(
      level.level,
      units.map(({ u, key }) => {
        const placed = placeKey(u);
        if (seen.has(placed)) problems.push({ unit: u.unit, row: u.row ?? 0, column: "", severity: "warning", code: "target.duplicateBaselineRow", params: { unit: u.unit } });
        seen.add(placed);
        let parent: AssignedUnit | undefined;
        if (level.followParent && parentLevel && u.district) {
          parent = parents.get(`${parentLevel}|${districtKey(u.district)}`);
          if (!parent && (byLevel.get(parentLevel)?.length ?? 0) > 0) {
            problems.push({
              unit: u.unit,
              row: u.row ?? 0,
              column: "",
              severity: "warning",
              code: "target.districtNotFound",
              params: { unit: u.unit, district: u.district },
            });
          }
        }
        const result = assignUnit(run, level, u, parent, overridesByUnit.get(key) ?? []);
        if (parentLevels.has(u.level)) parents.set(`${u.level}|${districtKey(u.unit)}`, result);
        return result;
      }),
    );
  }

  // An override for a unit missing from a baseline that has its level is likely a typo;
  // a baseline without that level at all (communes only) is not worth a warning.
  const baselineKeys = new Set([...byLevel.values()].flatMap((list) => list.map((x) => x.key)));
  for (const o of campaign.overrides) {
    if (!baselineKeys.has(unitKey(o.unit)) && byLevel.has(levelOfUnit(o.unit))) {
      problems.push({ unit: o.unit, row: 0, column: "", severity: "warning", code: "target.overrideMatchesNoUnit", params: { unit: o.unit, indicator: o.indicator, milestone: o.milestone } });
    }
  }

  const sections: AssignedSection[] = [];
  for (const level of campaign.levels) {
    const units = assigned.get(level.level) ?? [];
    const base = { level: level.level, heading: level.heading, unitHeader: level.unitHeader };
    if (units.length) sections.push({ ...base, units });
    else if (level.emptyNote && level.inherits && (assigned.get(level.inherits)?.length ?? 0) > 0) {
      sections.push({ ...base, units: [], note: level.emptyNote });
    }
  }
  return { campaign, sections, excluded, overrides: applied, problems };
}

/**
 * Where a unit sits: its name (diacritics kept) and, for a commune, its district. Two rows
 * with one place key are one unit, in the baseline as in any later table of results.
 */
export function placeKey(u: { unit: string; district?: string }): string {
  return `${unitKey(u.unit)}|${u.district ? districtKey(u.district) : ""}`;
}

/** The reason a campaign gives no targets to a unit, or undefined. */
export function exclusions(campaign: Campaign): (unit: string) => string | undefined {
  const reasons = new Map(campaign.excluded.map((e) => [unitKey(e.unit), e.reason]));
  return (unit) => reasons.get(unitKey(unit));
}


interface Run {
  campaign: Campaign;
  applied: AppliedOverride[];
  problems: TargetProblem[];
  /** rules are pure: one outcome per rule and base, shared by every unit with that base */
  outcomes: Map<TargetRule, Map<number | null, RuleOutcome>>;
  latestFirst: Map<string, number[]>;
}

function outcomeOf(run: Run, rule: TargetRule, base: number | null): RuleOutcome {
  let byBase = run.outcomes.get(rule);
  if (!byBase) run.outcomes.set(rule, (byBase = new Map()));
  let r = byBase.get(base);
  if (!r) byBase.set(base, (r = applyTargetRule(rule, base, run.campaign.baseLabel, run.campaign.decimals)));
  return r;
}

function assignUnit(run: Run, level: CampaignLevel, u: BaselineUnit, parent: AssignedUnit | undefined, overrides: TargetOverride[]): AssignedUnit {
  const { campaign, applied, problems } = run;
  const indicators: Record<string, UnitIndicatorTargets> = {};
  for (const ind of campaign.indicators) {
    const base = u.values[ind.code] ?? null;
    const cells: TargetCell[] = ind.columns.map((column, i) => {
      const fromParent = parent?.indicators[ind.code]?.columns[i];
      if (fromParent) return { value: fromParent.value, ruleValue: fromParent.value, basis: `theo chỉ tiêu của ${parent!.unit}` };
      const r = outcomeOf(run, ruleFor(column, level), base);
      return { value: r.value, ruleValue: r.value, basis: r.basis };
    });

    for (const o of overrides) {
      if (o.indicator !== ind.code) continue;
      const i = ind.columns.findIndex((c) => c.milestones.includes(o.milestone));
      const cell = cells[i];
      cells[i] = { ...cell, value: o.value, override: { reason: o.reason } };
      applied.push({ ...o, unit: u.unit, level: u.level, ruleValue: cell.ruleValue });
    }

    // An interim target above a later one is a contradiction the rules may produce
    // (steps vs. uplift); the later milestone wins. Overridden cells are left as decided.
    let laterMin = Infinity;
    for (const i of run.latestFirst.get(ind.code)!) {
      const cell = cells[i];
      if (!cell.override && cell.value > laterMin) {
        cells[i] = { ...cell, value: laterMin, ruleValue: laterMin, basis: `${cell.basis}; không vượt chỉ tiêu mốc sau (${percentVi(laterMin)})` };
      }
      laterMin = Math.min(laterMin, cells[i].value);
    }

    if (base !== null) {
      ind.columns.forEach((column, i) => {
        if (cells[i].value < base) {
          problems.push({
            unit: u.unit,
            row: u.row ?? 0,
            column: "",
            severity: "warning",
            code: "target.belowBaseline",
            params: { unit: u.unit, indicator: ind.label, milestone: labelOf(campaign, column), target: cells[i].value, base, baseLabel: campaign.baseLabel.toLowerCase() },
          });
        }
      });
    }
    indicators[ind.code] = { base, columns: cells };
  }
  return { unit: u.unit, level: u.level, district: u.district, row: u.row, indicators };
}

export function labelOf(campaign: Campaign, column: TargetColumn): string {
  return column.label ?? campaign.milestones.find((m) => m.id === column.milestones[0])?.label ?? column.milestones[0];
}
