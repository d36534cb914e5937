import type { Cell } from "../domain/reading/cell";
import type { TableModel } from "../domain/report/table-model";
import { HISTORY_SHEET } from "../domain/report/trend-model";
import { cellsOfRange } from "./cells";
import { renderTableModel } from "./render-table-model";
import type { ReportResult } from "./report-sheet";
import type { ExcelRun } from "./run";

/**
 * The campaign followed over the reports kept in the history sheet ("Lịch sử"): the baseline
 * table (as the user sees it) and the history's values read in one sync, the domain builds
 * "Theo dõi chiến dịch" (or refuses with a UserError, before anything is written), then one new
 * sheet in two syncs: 3 syncs whatever the number of units or reports.
 */
export async function writeFollowUpFromHistory(run: ExcelRun, baselineTable: string, build: (baseline: Cell[][], history: Cell[][]) => TableModel, historySheet = HISTORY_SHEET): Promise<ReportResult> {
  return run(async (context) => {
    const table = context.workbook.tables.getItem(baselineTable).getRange().load(["values", "numberFormat"]);
    const history = context.workbook.worksheets.getItem(historySheet).getUsedRange().load("values");
    await context.sync();
    const model = build(cellsOfRange(table.values, table.numberFormat), history.values as Cell[][]);
    const out = await renderTableModel(context, model);
    return { sheet: out.sheetName, syncs: 1 + out.syncs };
  });
}
