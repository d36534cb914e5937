import { readHistoryCells } from "../domain/history/history-table";
import type { UnitMapping } from "../domain/history/match";
import { buildTrends, type Trends } from "../domain/history/trends";
import { trendChartBlocks } from "../domain/report/trend-charts";
import { buildMoversModel, buildProvinceRatesModel, buildTrendModel, HISTORY_SHEET } from "../domain/report/trend-model";
import { ProblemError } from "../domain/problems/user-error";
import { renderTableModel } from "./render-table-model";
import type { ExcelRun } from "./run";
import { addTrendCharts } from "./trend-charts";

export interface TrendSheetsResult {
  sheets: string[];
  syncs: number;
  trends: Trends;
  /** rows of the history sheet that could not be read, as Vietnamese sentences */
  problems: string[];
}

/**
 * Reads the history sheet ("Lịch sử") in one sync, lets the domain build the trends, then writes
 * the sheets "Diễn biến", "Tăng giảm" and "Toàn tỉnh theo kỳ" as new sheets, then the line charts
 * on a sheet of their own: 1 + 3 × 2 + 2 syncs, whatever the number of units or periods (more only
 * when a write passes the request limit).
 */
export async function writeTrendSheets(run: ExcelRun, options: { historySheet?: string; mapping?: UnitMapping } = {}): Promise<TrendSheetsResult> {
  const name = options.historySheet ?? HISTORY_SHEET;
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRange().load("values");
    await context.sync();
    const read = readHistoryCells(range.values as (string | number | boolean | null)[][]);
    if (read.history.periods.length === 0) throw new ProblemError("history.noPeriods", { sheet: name }, read.problems.map((p) => p.message));
    const trends = buildTrends(read.history, { mapping: options.mapping });
    let syncs = 1;
    const sheets: string[] = [];
    for (const model of [buildTrendModel(trends), buildMoversModel(trends), buildProvinceRatesModel(trends)]) {
      const out = await renderTableModel(context, model);
      sheets.push(out.sheetName);
      syncs += out.syncs;
    }
    const charts = await addTrendCharts(context, trendChartBlocks(trends));
    if (charts.sheet) sheets.push(charts.sheet);
    syncs += charts.syncs;
    return { sheets, syncs, trends, problems: read.problems.map((p) => p.message) };
  });
}
