import { writeAnnexFromTable } from "./annex-sheet";
import { writeFollowUpFromHistory } from "./followup-sheet";
import { writeNewTableSheet } from "./new-table-sheet";
import { readTablesAsShown, writeReportFromTables, writeReportsFromTables } from "./report-sheet";
import { officeExcelRun, type ExcelRun } from "./run";
import { addScores } from "./score-sheet";
import { readSelection, selectCell } from "./selection";
import { readRuleSetSettings, recalculateWorkbook, saveRuleSetSettings } from "./settings";
import { saveHistoryPeriod } from "./history-sheet";
import { listTables } from "./tables";
import { writeTrendSheets } from "./trend-sheets";

/** Everything the task pane asks of Excel, bound to one way of running batches. */
export function createExcelPort(run: ExcelRun = officeExcelRun) {
  return {
    readSelection: () => readSelection(run),
    selectCell: (sheet: string, row: number, column: number) => selectCell(run, sheet, row, column),
    writeNewTableSheet: (req: Parameters<typeof writeNewTableSheet>[1]) => writeNewTableSheet(run, req),
    listTables: () => listTables(run),
    addScores: (req: Parameters<typeof addScores>[1]) => addScores(run, req),
    readRuleSetSettings: () => readRuleSetSettings(run),
    saveRuleSetSettings: (s: Parameters<typeof saveRuleSetSettings>[1]) => saveRuleSetSettings(run, s),
    recalculateWorkbook: () => recalculateWorkbook(run),
    writeAnnexFromTable: (table: string, build: Parameters<typeof writeAnnexFromTable>[2]) => writeAnnexFromTable(run, table, build),
    readTablesAsShown: (tables: readonly string[]) => readTablesAsShown(run, tables),
    writeReportFromTables: (tables: readonly string[], build: Parameters<typeof writeReportFromTables>[2]) => writeReportFromTables(run, tables, build),
    writeReportsFromTables: (tables: readonly string[], build: Parameters<typeof writeReportsFromTables>[2]) => writeReportsFromTables(run, tables, build),
    writeFollowUpFromHistory: (baselineTable: string, build: Parameters<typeof writeFollowUpFromHistory>[2]) => writeFollowUpFromHistory(run, baselineTable, build),
    saveHistoryPeriod: (req: Parameters<typeof saveHistoryPeriod>[1]) => saveHistoryPeriod(run, req),
    writeTrendSheets: (options: Parameters<typeof writeTrendSheets>[1]) => writeTrendSheets(run, options),
  };
}

export type ExcelPort = ReturnType<typeof createExcelPort>;
