import * as path from "path";
import ExcelJS from "exceljs";
import { sheetCell, shownText, type Cell } from "../domain/reading/cell";
import { portalJsonCells } from "../domain/reading/portal-json";
import { decodeTextFile, readTextTable } from "../domain/reading/text-file";
import { type CliIo, UsageError } from "./io";
import { checkInputSize } from "./limits";
import { guardXlsx } from "./xlsx/guard";

export type { Cell } from "../domain/reading/cell";

/**
 * The first sheet of an .xlsx, or a .csv/.tsv/.txt file, as the domain's typed cells: an
 * .xlsx number stays the number the cell holds, with its percent flag; a text file's cells
 * are text, whatever its encoding and delimiter.
 */
export async function readTable(file: string, io: CliIo): Promise<Cell[][]> {
  const cells = await readCells(file, io);
  if (filledRows(cells) === 0) throw new UsageError("cli.emptyFile", { file });
  return cells;
}

/** The number of rows up to the last one with a visible cell: where a reader could have looked (0: an empty file or sheet). */
export function filledRows(cells: readonly (readonly Cell[])[]): number {
  for (let r = cells.length - 1; r >= 0; r--) if (cells[r].some((c) => shownText(c).trim() !== "")) return r + 1;
  return 0;
}

/** The number of lines up to the last one that is not blank (0: an empty file). */
export function filledLines(text: string): number {
  return filledRows(text.split(/\r?\n/).map((line) => [line]));
}

async function readCells(file: string, io: CliIo): Promise<Cell[][]> {
  if (!io.exists(file)) throw new UsageError("cli.fileNotFound", { file });
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx") return readXlsx(file, io.readFile(file));
  if (ext === ".json") {
    const cells = portalJsonCells(parseJson(readText(file, io)));
    if (!cells) throw new UsageError("cli.fileUnreadable", { file, problem: { code: "file.notPortalJson", params: {} } });
    return cells;
  }
  // A .txt is a table as .csv and .tsv are (Excel's "Unicode Text" is UTF-16 with tabs): the
  // delimiter is learned from the text (src/domain/reading/text-file.ts), never from the name.
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    const read = readTextTable(io.readFile(file));
    if (!read.ok) throw new UsageError("cli.fileUnreadable", { file, problem: { code: read.code, params: read.params } });
    return read.cells;
  }
  throw new UsageError("cli.tableFileType", { file });
}

/** Raw text of a file in any of the encodings the domain reads (for the import command, which parses PDF lines and tab-separated text itself). */
export function readText(file: string, io: CliIo): string {
  if (!io.exists(file)) throw new UsageError("cli.fileNotFound", { file });
  const decoded = decodeTextFile(io.readFile(file));
  if (!decoded.ok) throw new UsageError("cli.fileUnreadable", { file, problem: { code: decoded.code, params: decoded.params } });
  // An empty file is most likely the wrong file or a failed download: nothing to run on.
  if (filledLines(decoded.text) === 0) throw new UsageError("cli.emptyFile", { file });
  return decoded.text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function readXlsx(file: string, data: Buffer): Promise<Cell[][]> {
  // The CLI's limits, checked before exceljs walks a hostile or oversized workbook.
  checkInputSize(file, data.length);
  await guardXlsx(file, data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UsageError("cli.xlsxUnreadable", { file });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new UsageError("cli.xlsxNoSheet");
  // The width once: exceljs computes columnCount by walking every row, so asking per cell is quadratic.
  const width = ws.columnCount;
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = new Array<Cell>(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= width) cells[col - 1] = sheetCell(cellValue(cell.value), cell.numFmt);
    });
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellValue(v: ExcelJS.CellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "error" in v) return String((v as ExcelJS.CellErrorValue).error);
  if (typeof v === "object" && "result" in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  if (typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  return null;
}
