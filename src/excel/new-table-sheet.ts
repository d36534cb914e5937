import { BulkWriter } from "./bulk-writer";
import { uniqueSheetName, uniqueTableName } from "./names";
import type { Cell, ExcelRun } from "./run";

export interface NewTableRequest {
  /** wanted name; " (2)", " (3)"… is added when taken: a sheet is never overwritten */
  sheetName: string;
  tableStem: string;
  header: string[];
  rows: Cell[][];
  /** one number format per column (null: General) */
  formats: (string | null)[];
}

export interface NewTableResult {
  sheet: string;
  table: string;
  /** data bytes of each request sent */
  requestBytes: number[];
}

/** A new sheet holding one Excel table: two syncs (names, then the writes), more only past the request size limit. */
export async function writeNewTableSheet(run: ExcelRun, req: NewTableRequest): Promise<NewTableResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const sheetName = uniqueSheetName(sheets.items.map((s) => s.name), req.sheetName);
    const tableName = uniqueTableName(tables.items.map((t) => t.name), req.tableStem);

    const writer = new BulkWriter(context);
    const sheet = context.workbook.worksheets.add(sheetName);
    const width = req.header.length;
    // Values first, then the table over them: faster than growing a table row by row.
    await writer.write(sheet, 0, 0, [req.header, ...req.rows], req.formats);
    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, req.rows.length + 1, width), true);
    table.name = tableName;
    sheet.freezePanes.freezeRows(1);
    sheet.getRangeByIndexes(0, 0, req.rows.length + 1, width).format.autofitColumns();
    sheet.activate();
    await writer.finish();
    return { sheet: sheetName, table: tableName, requestBytes: writer.requestBytes };
  });
}
