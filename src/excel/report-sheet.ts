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

/**
 * Reads Excel tables (values as the user sees them) in one sync, lets the domain build a
 * report from their cells (it throws a UserError to refuse, before anything is written),
 * then renders it on a new sheet: one sync to read, two to render, whatever the number of
 * tables or units. The annex reads one table, the progress report two, the status report one.
 */
export async function writeReportFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel): Promise<ReportResult> {
  return run(async (context) => {
    const cells = loadTablesAsShown(context, tableNames);
    await context.sync();
    const model = build(cells());
    const out = await renderTableModel(context, model);
    return { sheet: out.sheetName, syncs: out.syncs + 1 };
  });
}
