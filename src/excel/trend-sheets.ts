import { readHistoryCells, type HistoryReadProblem } from "../domain/history/history-table";
import { problemMessages } from "../domain/problems/problem";
import type { UnitMapping } from "../domain/history/match";
import { buildTrends, type Trends } from "../domain/history/trends";
import { trendChartBlocks } from "../domain/report/trend-charts";
import { buildMoversModel, buildProvinceRatesModel, buildTrendModel, HISTORY_SHEET } from "../domain/report/trend-model";
import { ProblemError } from "../domain/problems/user-error";
import { readRangesInChunks, loadRangeSize } from "./range-reader";
import { renderTableModel } from "./render-table-model";
import type { ExcelRun } from "./run";
import { addTrendCharts } from "./trend-charts";

export interface TrendSheetsResult {
  sheets: string[];
  syncs: number;
  trends: Trends;
  /** rows of the history sheet that could not be read (coded; the pane words them) */
  problems: HistoryReadProblem[];
}

/**
 * Reads the history sheet ("Lịch sử") in two syncs (its size, then its values), lets the domain
 * build the trends, then writes the sheets "Diễn biến", "Tăng giảm" and "Toàn tỉnh theo kỳ" as
 * new sheets, then the line charts on a sheet of their own: 2 + 3 × 2 + 2 syncs, whatever the
 * number of units or periods (more only when a read or a write passes the request budget).
 */
export async function writeTrendSheets(run: ExcelRun, options: { historySheet?: string; mapping?: UnitMapping } = {}): Promise<TrendSheetsResult> {
  const name = options.historySheet ?? HISTORY_SHEET;
  return run(async (context) => {
    const range = loadRangeSize(context.workbook.worksheets.getItem(name).getUsedRange());
    await context.sync();
    const values = await readRangesInChunks(context, [{ range, grids: ["values"] }]);
    const read = readHistoryCells(values.grids[0].values as (string | number | boolean | null)[][]);
    if (read.history.periods.length === 0) throw new ProblemError("history.noPeriods", { sheet: name }, problemMessages(read.problems));
    const trends = buildTrends(read.history, { mapping: options.mapping });
    let syncs = 1 + values.syncs;
    const sheets: string[] = [];
    for (const model of [buildTrendModel(trends), buildMoversModel(trends), buildProvinceRatesModel(trends)]) {
      const out = await renderTableModel(context, model);
      sheets.push(out.sheetName);
      syncs += out.syncs;
    }
    const charts = await addTrendCharts(context, trendChartBlocks(trends));
    if (charts.sheet) sheets.push(charts.sheet);
    syncs += charts.syncs;
    return { sheets, syncs, trends, problems: read.problems };
  });
}
