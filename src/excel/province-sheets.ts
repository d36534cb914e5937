import type { TableModel } from "../domain/report/table-model";
import { renderTableModel } from "./render-table-model";
import type { Cell } from "../domain/reading/cell";
import type { ExcelRun } from "./run";
import { cellsOfRange } from "./cells";

export interface ReportsResult {
  sheets: string[];
  syncs: number;
}

/**
 * Reads Excel tables (values as the user sees them) in one sync, lets the domain build
 * several sheets from them (it throws a UserError to refuse, before anything is written),
 * then renders each on a new sheet: one sync to read, two per sheet, whatever the number of
 * units. The province's three sheets take 7.
 */
export async function writeReportsFromTables(run: ExcelRun, tableNames: readonly string[], build: (tables: Cell[][][]) => TableModel[]): Promise<ReportsResult> {
  return run(async (context) => {
    const ranges = tableNames.map((name) => context.workbook.tables.getItem(name).getRange().load(["values", "numberFormat"]));
    await context.sync();
    const models = build(ranges.map((r) => cellsOfRange(r.values, r.numberFormat)));
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
