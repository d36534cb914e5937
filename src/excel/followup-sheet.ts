import type { Cell } from "../domain/reading/cell";
import type { TableModel } from "../domain/report/table-model";
import { HISTORY_SHEET } from "../domain/report/trend-model";
import { cellsOfRange } from "./cells";
import { loadRangeSize, readRangesInChunks } from "./range-reader";
import { renderTableModel } from "./render-table-model";
import type { ReportResult } from "./report-sheet";
import type { ExcelRun } from "./run";

/**
 * The campaign followed over the reports kept in the history sheet ("Lịch sử"): the baseline
 * table (as the user sees it) and the history's values read through the chunked reader (their
 * sizes, then the cells), the domain builds "Theo dõi chiến dịch" (or refuses with a UserError,
 * before anything is written), then one new sheet in two syncs: 4 syncs whatever the number of
 * units or reports, more only when a read passes the request budget.
 */
export async function writeFollowUpFromHistory(run: ExcelRun, baselineTable: string, build: (baseline: Cell[][], history: Cell[][]) => TableModel, historySheet = HISTORY_SHEET): Promise<ReportResult> {
  return run(async (context) => {
    const table = loadRangeSize(context.workbook.tables.getItem(baselineTable).getRange());
    const history = loadRangeSize(context.workbook.worksheets.getItem(historySheet).getUsedRange());
    await context.sync();
    // one chunked read for both: the baseline's number formats tell its percents; the history's
    // values alone (its rates are percents), which halves what a long history costs to read
    const read = await readRangesInChunks(context, [
      { range: table, grids: ["values", "numberFormat"] },
      { range: history, grids: ["values"] },
    ]);
    const [baseline, kept] = read.grids;
    const model = build(cellsOfRange(baseline.values, baseline.numberFormat), kept.values as Cell[][]);
    const out = await renderTableModel(context, model);
    return { sheet: out.sheetName, syncs: 1 + read.syncs + out.syncs };
  });
}
