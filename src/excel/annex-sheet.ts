import type { TableModel } from "../domain/report/table-model";
import { cellsAsShown } from "./cells";
import { renderTableModel } from "./render-table-model";
import type { Cell, ExcelRun } from "./run";

export interface AnnexResult {
  sheet: string;
  syncs: number;
}

/**
 * Reads a baseline table, lets the domain build the annex from its cells (it throws a
 * UserError to refuse, before anything is written), then renders it on a new sheet with the
 * annex renderer: one sync to read, two to render, whatever the number of units.
 */
export async function writeAnnexFromTable(run: ExcelRun, tableName: string, build: (cells: Cell[][]) => TableModel): Promise<AnnexResult> {
  return run(async (context) => {
    const range = context.workbook.tables.getItem(tableName).getRange().load(["values", "numberFormat"]);
    await context.sync();
    const model = build(cellsAsShown(range.values, range.numberFormat));
    const out = await renderTableModel(context, model);
    return { sheet: out.sheetName, syncs: out.syncs + 1 };
  });
}
