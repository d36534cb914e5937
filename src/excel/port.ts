import type { writeAnnexFromTable } from "./annex-sheet";
import type { writeNewTableSheet } from "./new-table-sheet";
import type { writeReportFromTables, writeReportsFromTables } from "./report-sheet";
import { officeExcelRun, type ExcelRun } from "./run";
import type { addScores } from "./score-sheet";
import { readSelection, selectCell } from "./selection";
import { readRuleSetSettings, recalculateWorkbook, saveRuleSetSettings } from "./settings";
import type { saveHistoryPeriod } from "./history-sheet";
import type { writeFollowUpFromHistory } from "./followup-sheet";
import { listTables } from "./tables";
import type { writeTrendSheets } from "./trend-sheets";

// The writers of the table, scores, annex and reports (and the domain code they bring) are
// fetched the first time they are asked for, not while the pane starts on an old PC; the small
// reads the pane needs as it opens (settings, tables, selection) come with it.
const annexSheet = () => import("./annex-sheet");
const newTableSheet = () => import("./new-table-sheet");
const reportSheet = () => import("./report-sheet");
const scoreSheet = () => import("./score-sheet");
const followUpSheet = () => import("./followup-sheet");
const historySheet = () => import("./history-sheet");
const trendSheets = () => import("./trend-sheets");

/** Everything the task pane asks of Excel, bound to one way of running batches. */
export function createExcelPort(run: ExcelRun = officeExcelRun) {
  return {
    readSelection: () => readSelection(run),
    selectCell: (sheet: string, row: number, column: number) => selectCell(run, sheet, row, column),
    writeNewTableSheet: async (req: Parameters<typeof writeNewTableSheet>[1]) => (await newTableSheet()).writeNewTableSheet(run, req),
    listTables: () => listTables(run),
    addScores: async (req: Parameters<typeof addScores>[1]) => (await scoreSheet()).addScores(run, req),
    readRuleSetSettings: () => readRuleSetSettings(run),
    saveRuleSetSettings: (s: Parameters<typeof saveRuleSetSettings>[1]) => saveRuleSetSettings(run, s),
    recalculateWorkbook: () => recalculateWorkbook(run),
    writeAnnexFromTable: async (table: string, build: Parameters<typeof writeAnnexFromTable>[2]) => (await annexSheet()).writeAnnexFromTable(run, table, build),
    readTablesAsShown: async (tables: readonly string[]) => (await reportSheet()).readTablesAsShown(run, tables),
    writeReportFromTables: async (tables: readonly string[], build: Parameters<typeof writeReportFromTables>[2]) => (await reportSheet()).writeReportFromTables(run, tables, build),
    writeReportsFromTables: async (tables: readonly string[], build: Parameters<typeof writeReportsFromTables>[2]) => (await reportSheet()).writeReportsFromTables(run, tables, build),
    writeFollowUpFromHistory: async (baselineTable: string, build: Parameters<typeof writeFollowUpFromHistory>[2]) => (await followUpSheet()).writeFollowUpFromHistory(run, baselineTable, build),
    saveHistoryPeriod: async (req: Parameters<typeof saveHistoryPeriod>[1]) => (await historySheet()).saveHistoryPeriod(run, req),
    writeTrendSheets: async (options: Parameters<typeof writeTrendSheets>[1]) => (await trendSheets()).writeTrendSheets(run, options),
  };
}

export type ExcelPort = ReturnType<typeof createExcelPort>;
