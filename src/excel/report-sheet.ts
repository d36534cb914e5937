import type { TableModel } from "../domain/report/table-model";
import type { Cell } from "../domain/reading/cell";
import { cellsOfRange } from "./cells";
import { renderTableModel } from "./render-table-model";
import type { ExcelRun } from "./run";

export interface ReportResult {
  sheet: string;
  syncs: number;
}

/** Queues the read of tables' values as the user sees them; their cells are there after the next sync. */
function loadTablesAsShown(context: Excel.RequestContext, tableNames: readonly string[]): () => Cell[][][] {
  const ranges = tableNames.map((name) => context.workbook.tables.getItem(name).getRange().load(["values", "numberFormat"]));
  return () => ranges.map((r) => cellsOfRange(r.values, r.numberFormat));
}

/** Excel tables' cells as the user sees them (rates as percent text), in one sync: what a picker lists before a report. */
export async function readTablesAsShown(run: ExcelRun, tableNames: readonly string[]): Promise<Cell[][][]> {
  return run(async (context) => {
    const cells = loadTablesAsShown(context, tableNames);
    await context.sync();
    return cells();
  });
}

export interface ReportsResult {
  sheets: string[];
  syncs: number;
}

/**
 * Reads Excel tables (values as the user sees them) in one sync, lets the domain build
 * sheets from their cells (it throws a UserError to refuse, before anything is written),
 * then renders each on a new sheet: one sync to read, two per sheet, whatever the number of
 * tables or units. The province's three sheets take 7.
 */
export async function writeReportsFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel[]): Promise<ReportsResult> {
  return run(async (context) => {
    const cells = loadTablesAsShown(context, tableNames);
    await context.sync();
    const models = build(cells());
    const sheets: string[] = [];
    let syncs = 1;
    for (const model of models) {
      const out = await renderTableModel(context, model);
      sheets.push(out.sheetName);
      syncs += out.syncs;
    }
    return { sheets, syncs };
  });
}

/** One report sheet from tables (the annex reads one table, the progress report two, the status report one): 3 syncs. */
export async function writeReportFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel): Promise<ReportResult> {
  const out = await writeReportsFromTables(run, tableNames, (tables) => [build(tables)]);
  return { sheet: out.sheets[0], syncs: out.syncs };
}
