import type { ScoringTable, TableUnit } from "../reading/table";
import type { RuleSet } from "../ruleset/schema";
import { gradeOf } from "./grade";
import { compileRuleSet, roundTo, scoreUnit, type ScoredUnit } from "./score";

/**
 * A row of the one reader, scored: rates and counts through the engine; a points table's row
 * kept as the points it printed (its groups, composite groups as their sums, its total, or the
 * sum of its groups when no total was printed) and graded on that total; without one it is incomplete.
 */
export function scoreTableUnit(ruleSet: RuleSet, u: TableUnit): ScoredUnit {
  if (!u.points) return scoreUnit(ruleSet, u.input);
  const groups: Record<string, number | null> = {};
  for (const g of ruleSet.groups) groups[g.code] = u.points.groups[g.code] ?? null;
  for (const c of ruleSet.compositeGroups) {
    const parts = c.of.map((code) => groups[code]);
    groups[c.code] = parts.every((p) => p !== null && p !== undefined) ? roundTo(parts.reduce((a: number, b) => a + (b as number), 0), 2) : null;
  }
  const { maxTotal } = compileRuleSet(ruleSet);
  const total = u.points.total;
  return {
    unit: u.input.unit,
    level: u.input.level,
    rates: {},
    points: {},
    lost: {},
    groups,
    total,
    // A row whose total is neither printed nor the sum of all its groups has none: never 0, never graded.
    complete: total !== null,
    estimate: false,
    grade: total === null ? null : gradeOf(ruleSet.grades, (100 * total) / maxTotal),
    problems: [],
  };
}

/**
 * The row a problem about an indicator (or a group) of a unit cites: the indicator's own row
 * where the unit spans many (the long form), else the unit's row.
 */
export function indicatorRow(u: Pick<TableUnit, "row" | "spread">, indicator: string): number {
  return u.spread?.indicatorRows[indicator] ?? u.row;
}

/** Every row of a unit, whose reading problems are the unit's: its one row, or the long form's many. */
export function unitRows(u: Pick<TableUnit, "row" | "spread">): readonly number[] {
  return u.spread?.rows ?? [u.row];
}

/**
 * Every unit of a read table scored by its shape (see {@link scoreTableUnit}): the one way
 * the CLI, CHISO.BANGDIEM and the Tính điểm button score a table, so the portal's points
 * table is graded as its points, never sent through the rate engine, at every door.
 */
export function scoreTableUnits(ruleSet: RuleSet, table: Pick<ScoringTable, "units">): ScoredUnit[] {
  return table.units.map((u) => scoreTableUnit(ruleSet, u));
}

/**
 * Whether a table holds rates or counts of the rule set's indicators, what a unit's status
 * report and the province's report need: in its columns, or in the long form's rows. The
 * points table holds only group points, whatever its columns are called.
 */
export function hasIndicatorValues(table: Pick<ScoringTable, "shape" | "roles">): boolean {
  if (table.shape === "points") return false;
  return table.shape === "long-form" || table.roles.some((r) => r?.kind === "indicator");
}

/** Whether a table holds something to score: indicator values, or the portal's group points. */
export function hasScoringColumns(table: Pick<ScoringTable, "shape" | "roles">): boolean {
  return table.shape === "points" || hasIndicatorValues(table);
}

/**
 * Whether a door may write the scores as formulas over each row (CHISO.* on the row's rate
 * columns): only for rates. The points table's scores are the portal's printed points, and a
 * unit of the long form spans many rows, so those are written as values.
 */
export function scoresAsRowFormulas(table: Pick<ScoringTable, "shape">): boolean {
  return table.shape === "rates";
}
