import type { TableUnit } from "../reading/table";
import type { RuleSet } from "../ruleset/schema";
import { gradeOf } from "./grade";
import { compileRuleSet, roundTo, scoreUnit, type ScoredUnit } from "./score";

/**
 * A row of the one reader, scored: rates and counts through the engine; a points table's row
 * kept as the points it printed (its groups, composite groups as their sums, its total) and
 * graded on that total.
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
    complete: true,
    estimate: false,
    grade: gradeOf(ruleSet.grades, (100 * total) / maxTotal),
    problems: [],
  };
}
