import type { TableModel } from "../domain/report/table-model";
import { writeReportFromTables, type ReportResult } from "./report-sheet";
import type { Cell } from "../domain/reading/cell";
import type { ExcelRun } from "./run";

export type AnnexResult = ReportResult;

/** The annex of targets from one baseline table: a report of one table (report-sheet.ts), four syncs. */
export function writeAnnexFromTable(run: ExcelRun, tableName: string, build: (cells: Cell[][]) => TableModel): Promise<AnnexResult> {
  return writeReportFromTables(run, [tableName], ([cells]) => build(cells));
}
