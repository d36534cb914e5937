import type { ExcelRun } from "./run";

export interface TableInfo {
  name: string;
  sheet: string;
  /** data rows, header excluded */
  rows: number;
  /** 0-based position of the header's first cell, to point at a problem's cell */
  row: number;
  column: number;
  header: string[];
}

/** The workbook's Excel tables with their headers, for the pickers of the pane: one sync. */
export async function listTables(run: ExcelRun): Promise<TableInfo[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    // Reading header, size and sheet of each table needs their proxies first: still one more
    // sync only, whatever the number of tables.
    const parts = tables.items.map((t) => {
      const header = t.getHeaderRowRange().load("values");
      const range = t.getRange().load(["rowCount", "rowIndex", "columnIndex"]);
      const ws = t.worksheet.load("name");
      return { name: t.name, header, range, ws };
    });
    await context.sync();
    return parts.map((p) => ({
      name: p.name,
      sheet: p.ws.name,
      rows: p.range.rowCount - 1,
      row: p.range.rowIndex,
      column: p.range.columnIndex,
      header: (p.header.values[0] ?? []).map((h) => String(h ?? "")),
    }));
  });
}
