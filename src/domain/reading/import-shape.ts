import { ProblemError } from "../problems/user-error";
import type { RuleSet } from "../ruleset/schema";
import type { Cell } from "./cell";
import { readUnitTable } from "./table";

/**
 * Import cleans a table of rates or counts. The portal's points table (group points adding up
 * to a total) and its long form (one row per unit and metric) are recognised by the one reader
 * of tables, as `chiso score` and Tính điểm see them, and refused: cleaned as rates, CKMB's
 * 11,79 points would become the rate 11,79 % (issue 9). They are scored as they are instead.
 */
export function refuseOtherShapes(ruleSet: RuleSet, cells: readonly (readonly Cell[])[]): void {
  const table = readUnitTable(ruleSet, cells, null);
  if (table.shape === "points") {
    const groups = ruleSet.groups.map((g) => g.code).filter((g) => table.units.some((u) => u.points?.groups[g] !== undefined));
    throw new ProblemError("import.pointsTable", { units: table.units.length, groups: groups.join(", ") });
  }
  if (table.shape === "long-form") throw new ProblemError("import.longFormTable", { units: table.units.length });
}
