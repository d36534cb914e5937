import ExcelJS from "exceljs";

/** Rows of plain values (a header, then one row per unit) as a one-sheet .xlsx: what `score` and `import` write with --out x.xlsx. */
export async function rowsToXlsx(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], sheetName: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CHISO";
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  for (const row of rows) ws.addRow(row.map((c) => (c === undefined ? null : c)));
  ws.getRow(1).font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
