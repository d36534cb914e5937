import ExcelJS from "exceljs";
import { readTable } from "../../src/cli/read-table";
import { importText } from "../../src/domain/reading/import";
import { readUnitTable } from "../../src/domain/reading/table";
import { readTextTable } from "../../src/domain/reading/text-file";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { memoryIo } from "../../test/helpers/memory-io";
import { type BenchCase, sideBySide } from "../harness";

/*
 * Issue 9: inputs that cost quadratic time (400 text-only rows: 100 s; an 80 000-character
 * cell: 13 s; an 8 000-row .xlsx: 61 s). Like with like: both sides start from the file's
 * bytes. The baseline is the cheapest possible look at them, decoding the UTF-8 and splitting
 * it into lines and cells on the delimiter; the subject is our reader from the same bytes to
 * the typed cells the engine scores (readTextTable, then readUnitTable with every problem).
 */

const rs = getRuleSet("nhom-2023");
// The indicator titles hold a comma, so CSV quotes them: the rows' cells fall under indicator columns.
const HEADER = 'Đơn vị,"Tỷ lệ công khai, minh bạch",Tỷ lệ tiến độ giải quyết';
const utf8 = (text: string) => new TextEncoder().encode(text);
const decodeAndSplit = (bytes: Uint8Array, delimiter = ",") =>
  new TextDecoder().decode(bytes).split("\n").map((l) => l.split(delimiter));

/**
 * The least a reader can do and still say what ours says of these rows: decode, split into
 * lines and cells, test each cell under a number column, and give a row whose cells are all
 * notes one problem with its address (not a unit: "row.notAUnit"), a note beside numbers a
 * problem on its cell. No encoding or delimiter to find, no quotes, no typed cells, no names to
 * check. Its ratio to the split, measured as ours is, is the floor under tableRatio.
 */
const LETTER_FIRST = /^\p{L}/u;
function leastReader(bytes: Uint8Array) {
  const lines = new TextDecoder().decode(bytes).split("\n");
  const problems: { code: string; row: number; col: number; cell: string; text: string }[] = [];
  for (let r = 1; r < lines.length; r++) {
    const cells = lines[r].split(",");
    const notes: number[] = [];
    for (let c = 1; c < cells.length; c++) if (LETTER_FIRST.test(cells[c])) notes.push(c);
    if (notes.length === cells.length - 1) problems.push({ code: "row.notAUnit", row: r + 1, col: 0, cell: `A${r + 1}`, text: cells[0] });
    else for (const c of notes) problems.push({ code: "number.invalid", row: r + 1, col: c, cell: `${String.fromCharCode(65 + c)}${r + 1}`, text: cells[c] });
  }
  return problems;
}

function readBytes(bytes: Uint8Array) {
  const read = readTextTable(bytes);
  if (!read.ok) throw new Error(read.code);
  return readUnitTable(rs, read.cells);
}

function textOnlyRows(n: number): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) lines.push(`Ghi chú số ${i} về số liệu,chưa rõ nguồn ${i},xem lại ${i}`);
  return lines.join("\n");
}

function longCell(n: number): string {
  return `${HEADER}\nXã Đăk Yă,1${" ".repeat(n - 2)}/,91`;
}

async function xlsxRows(n: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu");
  ws.addRow(["Đơn vị", "Tỷ lệ công khai, minh bạch", "Tỷ lệ tiến độ giải quyết"]);
  for (let i = 0; i < n; i++) {
    const row = ws.addRow([`Xã số ${i}`, (i % 100) / 100, ((i * 7) % 100) / 100]);
    row.getCell(2).numFmt = "0.00%";
    row.getCell(3).numFmt = "0.00%";
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const cases: BenchCase[] = [
  {
    name: "reader: 400 text-only rows",
    goal: "ratio ≤ 2 (vs decoding and splitting the same bytes)",
    run: async () => {
      const bytes = utf8(textOnlyRows(400));
      const table = await sideBySide(() => readBytes(bytes), () => decodeAndSplit(bytes));
      const least = await sideBySide(() => leastReader(bytes), () => decodeAndSplit(bytes));
      // The same once the JIT has compiled the reader (native split needs none): what a size-independent
      // start-up costs apart, since on 400 rows the first reads run mostly in the interpreter.
      const warm = await sideBySide(() => readBytes(bytes), () => decodeAndSplit(bytes), 15, 30);
      const tsv = utf8(textOnlyRows(400).replace(/"/g, "").replace(/,/g, "\t"));
      const imported = await sideBySide(() => importText(new TextDecoder().decode(tsv)), () => decodeAndSplit(tsv, "\t"), 3);
      // Ten times the rows, once warm: linear when readMs4000 ≈ 10 × warmReadMs; ratio4000 is the
      // reader's cost per row against the split's, with the size-independent start-up spread thin.
      const big = utf8(textOnlyRows(4000));
      const tenfold = await sideBySide(() => readBytes(big), () => decodeAndSplit(big), 3);
      return {
        tableRatio: table.ratio,
        // the same measure for the least reader above: the floor under tableRatio
        leastRatio: least.ratio,
        warmRatio: warm.ratio,
        readMs: table.subjectMs,
        importMs: imported.subjectMs,
        splitMs: table.baselineMs,
        warmReadMs: warm.subjectMs,
        readMs4000: tenfold.subjectMs,
        ratio4000: tenfold.ratio,
      };
    },
  },
  {
    name: "reader: 80 000-character cell",
    goal: "ratio ≤ 2 (vs decoding and splitting the same bytes)",
    run: async () => {
      const bytes = utf8(longCell(80_000));
      const r = await sideBySide(() => readBytes(bytes), () => decodeAndSplit(bytes));
      return { ratio: r.ratio, readMs: r.subjectMs, splitMs: r.baselineMs };
    },
  },
  {
    name: "reader: 8 000-row .xlsx",
    goal: "linear: 8 000 rows ≤ 2 × 8 × 1 000 rows",
    run: async () => {
      const big = await xlsxRows(8000);
      const small = await xlsxRows(1000);
      const read = (data: Uint8Array) => async () => readUnitTable(rs, await readTable("t.xlsx", memoryIo({ "t.xlsx": data }).io));
      const r = await sideBySide(read(big), read(small), 3);
      return { perRowRatio: r.ratio / 8, bigMs: r.subjectMs, smallMs: r.baselineMs };
    },
  },
];
