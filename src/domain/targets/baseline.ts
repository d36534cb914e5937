import type { RuleSet } from "../ruleset/schema";
import { roundTo } from "../scoring/score";
import { readScoringTable, tableProblem, type TableCell, type TableProblem } from "../scoring/table-input";
import type { BaselineUnit } from "./assign";
import { levelFromText, levelOfUnit } from "./unit-level";

export interface Baseline {
  units: BaselineUnit[];
  problems: TableProblem[];
  /** 1-based row of the header: the rows above it are the table's title ("… đến ngày 10/4/2024") */
  headerRow: number;
}

/**
 * A baseline table (unit, optional district/level, one rate per indicator in percent) read
 * with the rule set's header matching. The level comes from a level column when it names
 * one, else from the unit's name (Sở… → department, Huyện… → district, Xã… → commune).
 */
export function readBaseline(ruleSet: RuleSet, cells: readonly (readonly TableCell[])[]): Baseline {
  const table = readScoringTable(ruleSet, cells);
  const problems = [...table.problems];
  const levelColumn = table.header[table.roles.findIndex((r) => r?.kind === "level")];
  const units = table.units.map((t): BaselineUnit => {
    const { unit, district, level: levelText, values } = t.input;
    let level = levelFromText(levelText);
    if (levelText && !level) {
      problems.push(tableProblem("baseline.unknownLevel", "warning", t.row, levelColumn ?? "", { text: levelText }));
    }
    level ??= levelOfUnit(unit, district);
    const rates: Record<string, number | null> = {};
    for (const [code, v] of Object.entries(values)) {
      const rate = v === null || v === undefined || typeof v === "number" ? v : v.rate ?? (typeof v.numerator === "number" && v.denominator ? (100 * v.numerator) / v.denominator : null);
      // A percent cell of an .xlsx holds 0.403; × 100 gives 40.300000000000004, which would print.
      rates[code] = rate === null || rate === undefined ? null : roundTo(rate, 9);
    }
    return { unit, level, district, values: rates, row: t.row };
  });
  return { units, problems, headerRow: table.headerRow };
}
