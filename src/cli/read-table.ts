import * as path from "path";
import ExcelJS from "exceljs";
import { parseCsv } from "../domain/parsing/csv";
import { type CliIo, UsageError } from "./io";
import { checkInputSize } from "./limits";
import { guardXlsx } from "./xlsx/guard";

export type Cell = string | number | boolean | null;

/** The first sheet of an .xlsx, or a .csv/.tsv/.txt file, as rows of cells (what Excel gives for a range). */
export async function readTable(file: string, io: CliIo): Promise<Cell[][]> {
  if (!io.exists(file)) throw new UsageError(`Không tìm thấy tệp "${file}".`);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx") return readXlsx(file, io.readFile(file));
  const text = io.readFile(file).toString("utf8");
  if (ext === ".csv") return parseCsv(text);
  if (ext === ".tsv") return parseCsv(text, "\t");
  if (ext === ".txt") return text.split(/\r?\n/).map((line) => [line]);
  throw new UsageError(`Không đọc được tệp "${file}": chỉ hỗ trợ .csv, .tsv, .txt và .xlsx.`);
}

/** Raw text of a file (for the import command, which parses PDF lines and tab-separated text itself). */
export function readText(file: string, io: CliIo): string {
  if (!io.exists(file)) throw new UsageError(`Không tìm thấy tệp "${file}".`);
  return io.readFile(file).toString("utf8");
}

async function readXlsx(file: string, data: Buffer): Promise<Cell[][]> {
  // The CLI's limits, checked before exceljs walks a hostile or oversized workbook.
  checkInputSize(file, data.length);
  await guardXlsx(file, data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UsageError(`Không đọc được tệp "${file}" như một tệp Excel .xlsx (tệp hỏng hoặc không đúng định dạng). Hãy mở bằng Excel và lưu lại, hoặc lưu dạng .csv.`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new UsageError("Tệp .xlsx không có trang tính nào.");
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      const v = cellValue(cell.value);
      // A cell shown as 91,16% holds 0.9116; the CLI speaks percent (91.16) everywhere.
      // toPrecision(15) sheds the binary noise of × 100 (0.403 → 40.3, not 40.300000000000004).
      cells.push(typeof v === "number" && /%/.test(cell.numFmt ?? "") ? Number((v * 100).toPrecision(15)) : v);
    }
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "result" in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  if (typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  return String(v);
}
