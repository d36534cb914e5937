import { ProblemError } from "../problems/user-error";
import type { RuleSet } from "../ruleset/schema";
import type { Cell } from "./cell";
import { readUnitTable, type ScoringTable } from "./table";

/**
 * Rows enough for the shape: the title rows readUnitTable looks through for a header (20), and
 * 500 units, far more than the points test (9 rows in 10 add up) needs to see a rate table fail.
 */
const SAMPLE_ROWS = 520;

/**
 * The one reader's view of `cells` (readUnitTable: what `chiso score` and Tính điểm see) when it
 * is the portal's points table or long form, else null (a table of rates or counts). A long table is first read in its first rows: reading
 * every pasted table twice made a 10 000-row import three times slower. A sample that is not
 * rates is read whole, so a table is refused only when the whole of it is a points table or
 * the long form.
 */
export function portalShapeOf(ruleSet: RuleSet, cells: readonly (readonly Cell[])[]): ScoringTable | null {
  if (cells.length > SAMPLE_ROWS && readUnitTable(ruleSet, cells.slice(0, SAMPLE_ROWS), null).shape === "rates") return null;
  const table = readUnitTable(ruleSet, cells, null);
  return table.shape === "rates" ? null : table;
}

/**
 * Import cleans a table of rates or counts. The portal's points table (group points adding up
 * to a total) and its long form (one row per unit and metric) are recognised by the one reader
 * of tables and refused: cleaned as rates, CKMB's 11,79 points became the rate 11,79 % (issue 9).
 * They are scored as they are instead (`chiso score`, Tính điểm).
 */
export function refuseOtherShapes(ruleSet: RuleSet, cells: readonly (readonly Cell[])[]): void {
  const table = portalShapeOf(ruleSet, cells);
  if (table?.shape === "points") {
    const groups = ruleSet.groups.map((g) => g.code).filter((g) => table.units.some((u) => u.points?.groups[g] !== undefined));
    // Totals beside empty group columns (0 = 0 adds up) have no points to misread: read as they are.
    if (groups.length) throw new ProblemError("import.pointsTable", { units: table.units.length, groups: groups.join(", ") });
  }
  if (table?.shape === "long-form") throw new ProblemError("import.longFormTable", { units: table.units.length });
}
