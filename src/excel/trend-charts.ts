import type { ChartBlock } from "../domain/report/trend-charts";
import { nextFreeSheetName } from "../domain/report/table-model";

export const CHART_SHEET = "Biểu đồ diễn biến";

// rows of sheet each chart takes below its data
const CHART_ROWS = 16;

/**
 * Writes the chart blocks on a new sheet and draws one line chart per block (series by rows):
 * one sync for the sheet names, one for the data and the charts, whatever the number of units.
 */
export async function addTrendCharts(context: Excel.RequestContext, blocks: readonly ChartBlock[]): Promise<{ sheet: string | null; syncs: number }> {
  if (blocks.length === 0) return { sheet: null, syncs: 0 };
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = nextFreeSheetName(sheets.items.map((s) => s.name), CHART_SHEET);
  const sheet = sheets.add(name);
  let row = 0;
  for (const b of blocks) {
    sheet.getRangeByIndexes(row, 0, 1, 1).values = [[b.title]];
    sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
    const width = b.header.length;
    const data = sheet.getRangeByIndexes(row + 1, 0, b.rows.length + 1, width);
    // a name such as "-" or "=" must stay text: the first column is written under the text format
    sheet.getRangeByIndexes(row + 1, 0, b.rows.length + 1, 1).numberFormat = Array.from({ length: b.rows.length + 1 }, () => ["@"]);
    data.values = [b.header, ...b.rows.map((r) => r.map((v, c) => (c > 0 && typeof v === "number" && b.percent ? v / 100 : (v ?? ""))))];
    if (b.percent) sheet.getRangeByIndexes(row + 2, 1, b.rows.length, width - 1).numberFormat = Array.from({ length: b.rows.length }, () => Array.from({ length: width - 1 }, () => "0.00%"));
    const chart = sheet.charts.add("Line", data, "Rows");
    chart.title.text = b.title;
    chart.setPosition(sheet.getRangeByIndexes(row + b.rows.length + 3, 0, 1, 1), sheet.getRangeByIndexes(row + b.rows.length + 2 + CHART_ROWS, 8, 1, 1));
    row += b.rows.length + 4 + CHART_ROWS;
  }
  await context.sync();
  return { sheet: name, syncs: 2 };
}
