import ExcelJS from "exceljs";
import { a1, excelNumberFormat, nextFreeSheetName, excelValue, type NumberFormat, type StyleName, type TableModel } from "../../domain/report/table-model";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes a table model as a new worksheet of `workbook`. Styles are shared objects, one per
 * (style, number format): exceljs then dedupes them by identity instead of by content,
 * which keeps a 10,000-row annex about as fast as writing bare values.
 */
export function addTableModelSheet(workbook: ExcelJS.Workbook, model: TableModel, taken?: Set<string>): ExcelJS.Worksheet {
  // `taken` (the names so far in lower case, kept by a caller adding thousands of sheets) spares listing the
  // workbook's sheets for each new one, which made `chiso report --all` quadratic.
  const name = nextFreeSheetName(taken ?? workbook.worksheets.map((w) => w.name), model.sheetName);
  taken?.add(name.toLowerCase());
  const ws = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: model.print.orientation,
      fitToPage: model.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { ...model.print.margins, header: 0.3, footer: 0.3 },
      ...(model.print.repeatRows ? { printTitlesRow: `${model.print.repeatRows.first + 1}:${model.print.repeatRows.last + 1}` } : {}),
    },
    views: model.freezeRows ? [{ state: "frozen", ySplit: model.freezeRows }] : [],
  });
  ws.columns = model.columnWidths.map((width) => ({ width }));

  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (name: StyleName, format: NumberFormat | undefined, marked: boolean): Partial<ExcelJS.Style> => {
    const numFmt = format ? excelNumberFormat(format) : undefined;
    const key = `${name}|${numFmt ?? ""}|${marked}`;
    let style = cache.get(key);
    if (!style) {
      const spec = model.styles[name];
      style = {
        font: { name: model.font.name, size: spec.size ?? model.font.size, bold: spec.bold ?? false, italic: spec.italic ?? false },
        alignment: { horizontal: spec.hAlign, vertical: spec.vAlign === "top" ? "top" : "middle", wrapText: spec.wrap },
        ...(spec.border ? { border: ALL_THIN } : {}),
        ...(spec.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } } } : {}),
        ...(numFmt && numFmt !== "@" ? { numFmt } : {}),
      };
      cache.set(key, style);
    }
    return style;
  };

  model.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    if (row.height) xrow.height = row.height;
    row.cells.forEach((cell, c) => {
      const xcell = xrow.getCell(c + 1);
      const value = excelValue(cell);
      if (cell.formula) xcell.value = { formula: cell.formula.replace(/^=/, ""), result: value ?? undefined } as ExcelJS.CellFormulaValue;
      else if (value !== null) xcell.value = value;
      xcell.style = styleOf(cell.style, cell.format, Boolean(cell.mark));
      if (cell.mark) xcell.note = cell.mark;
    });
  });
  for (const m of model.merges) ws.mergeCells(`${a1(m.row, m.col)}:${a1(m.row + m.rowSpan - 1, m.col + m.colSpan - 1)}`);
  if (model.chart) {
    // exceljs cannot draw charts: the file says where the chart would be, and where to get it.
    const note = ws.getCell(a1(model.chart.anchor.row, model.chart.anchor.col));
    note.value = chartOmittedNote(model.chart.title);
    // a copy: setting `alignment` on the shared style would unwrap every note of the sheet (the statement lines too)
    const shared = styleOf("note", undefined, false);
    note.style = { ...shared, alignment: { ...shared.alignment, wrapText: false } };
  }
  return ws;
}

/** What a .xlsx written here says in place of the model's chart. */
export function chartOmittedNote(title: string): string {
  return `Biểu đồ “${title}” không có trong tệp này (dòng lệnh không vẽ biểu đồ); nút Tính điểm trong Excel vẽ biểu đồ.`;
}

/** The model as a one-sheet .xlsx file. */
export async function tableModelToXlsx(model: TableModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CHISO";
  addTableModelSheet(wb, model);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
