/* The scoring door's name for the one reader of tables (src/domain/reading). */
export type { Cell as TableCell } from "../reading/cell";
export { coded as tableProblem } from "../reading/cell-problem";
export { readUnitTable as readScoringTable, type ScoringTable, type TableProblem, type TableUnit } from "../reading/table";
