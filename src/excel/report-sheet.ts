import type { TableModel } from "../domain/report/table-model";
import { cellsAsShown } from "./cells";
import { renderTableModel } from "./render-table-model";
import type { Cell, ExcelRun } from "./run";

export interface ReportResult {
  sheet: string;
  syncs: number;
}

/**
 * Reads Excel tables (values as the user sees them) in one sync, lets the domain build a
 * report from their cells (it throws a UserError to refuse, before anything is written),
 * then renders it on a new sheet: one sync to read, two to render, whatever the number of
 * tables or units. The annex reads one table, the progress report two.
 */
export async function writeReportFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel): Promise<ReportResult> {
  return run(async (context) => {
    const ranges = tableNames.map((name) => context.workbook.tables.getItem(name).getRange().load(["values", "numberFormat"]));
    await context.sync();
    const model = build(ranges.map((r) => cellsAsShown(r.values, r.numberFormat)));
    const out = await renderTableModel(context, model);
    return { sheet: out.sheetName, syncs: out.syncs + 1 };
  });
}
