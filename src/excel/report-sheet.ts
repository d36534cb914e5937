import type { TableModel } from "../domain/report/table-model";
import type { Cell } from "../domain/reading/cell";
import { loadRangeSize, readTypedCells } from "./range-reader";
import { renderTableModel } from "./render-table-model";
import type { ExcelRun } from "./run";

export interface ReportResult {
  sheet: string;
  syncs: number;
}

/**
 * Reads tables' cells (values with their number formats): one sync for their sizes, then
 * chunks under the request budget, one sync for tables that fit in it together.
 */
async function readTables(context: Excel.RequestContext, tableNames: readonly string[]): Promise<{ cells: Cell[][][]; syncs: number }> {
  const ranges = tableNames.map((name) => loadRangeSize(context.workbook.tables.getItem(name).getRange()));
  await context.sync();
  const read = await readTypedCells(context, ranges);
  return { cells: read.cells, syncs: 1 + read.syncs };
}

/** Excel tables' cells as the user sees them: what a picker lists before a report. Two syncs, more only for tables past the request budget. */
export async function readTablesAsShown(run: ExcelRun, tableNames: readonly string[]): Promise<Cell[][][]> {
  return run(async (context) => (await readTables(context, tableNames)).cells);
}

export interface ReportsResult {
  sheets: string[];
  syncs: number;
}

/**
 * Reads Excel tables (two syncs, more only past the request budget), lets the domain build
 * sheets from their cells (it throws a UserError to refuse, before anything is written),
 * then renders each on a new sheet, two syncs per sheet, whatever the number of tables or
 * units. The province's three sheets take 8.
 */
export async function writeReportsFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel[]): Promise<ReportsResult> {
  return run(async (context) => {
    const read = await readTables(context, tableNames);
    const models = build(read.cells);
    const sheets: string[] = [];
    let syncs = read.syncs;
    for (const model of models) {
      const out = await renderTableModel(context, model);
      sheets.push(out.sheetName);
      syncs += out.syncs;
    }
    return { sheets, syncs };
  });
}

/** One report sheet from tables (the annex reads one table, the progress report two, the status report one): 4 syncs. */
export async function writeReportFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel): Promise<ReportResult> {
  const out = await writeReportsFromTables(run, tableNames, (tables) => [build(tables)]);
  return { sheet: out.sheets[0], syncs: out.syncs };
}
