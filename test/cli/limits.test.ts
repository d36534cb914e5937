/** The CLI's stated limits (src/cli/limits.ts) refuse a larger or hostile input quickly, naming the limit. */
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { MAX_UNITS, REPORT_ALL_NEEDED_ABOVE } from "../../src/cli/limits";
import { parseCsv, toCsv } from "../../src/domain/reading/csv";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

async function oneCellAt(address: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng");
  ws.getCell("A1").value = "Đơn vị";
  ws.getCell(address).value = "x";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("an .xlsx with one cell at XFD1048576 is refused at once, naming the limits", async () => {
  const m = memoryIo({ "hostile.xlsx": await oneCellAt("XFD1048576") });
  const started = Date.now();
  expect(await main(["score", "hostile.xlsx"], m.io)).toBe(2);
  expect(Date.now() - started).toBeLessThan(5_000); // was over 10 minutes inside exceljs
  // XFD1048576: Excel's last cell; the limits of src/cli/limits.ts are 100 000 units (+ 1 000 rows) and 1 000 columns
  expect(m.stderr()).toBe(
    refusalLine("cli.xlsxTooManyCells", { file: "hostile.xlsx", part: "xl/worksheets/sheet1.xml", rows: 1_048_576, columns: 16_384, maxUnits: 100_000, maxRows: 101_000, maxColumns: 1_000 }),
  );
});

test("the same cell with the sheet's <dimension> removed is still found (the cell addresses are scanned)", async () => {
  const zip = await JSZip.loadAsync(await oneCellAt("A200000"));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet).toMatch(/<dimension ref="A1:A200000"\/>/);
  zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<dimension[^>]*\/>/, ""));
  const m = memoryIo({ "no-dimension.xlsx": await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) });
  expect(await main(["annex", "--baseline", "no-dimension.xlsx", "--campaign", "chien-dich-100-ngay-2024", "--format", "json"], m.io)).toBe(2);
  expect(m.stderr()).toBe(refusalLine("cli.xlsxTooManyCells", { file: "no-dimension.xlsx", part: "xl/worksheets/sheet1.xml", rows: 200_000, columns: 1, maxUnits: 100_000, maxRows: 101_000, maxColumns: 1_000 }));
});

test("a table within the limits passes the guard: a real .xlsx of 17 districts scores as its CSV", async () => {
  const [head, ...rows] = parseCsv(fs.readFileSync(fixturePath("seed-tables", "a2_2023_districts.csv"), "utf8"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng");
  ws.addRow(head);
  // Rates as an .xlsx holds them: the fraction under a percent format (the CSV's 95,91 is 0,9591 shown as 95,91%).
  const isRate = (c: string, i: number) => i >= 2 && c !== "" && i < 8;
  for (const r of rows) {
    const row = ws.addRow(r.map((c, i) => (isRate(c, i) ? Number(c) / 100 : c)));
    r.forEach((c, i) => {
      if (isRate(c, i)) row.getCell(i + 1).numFmt = "0.00%";
    });
  }
  const m = memoryIo({ "huyen.xlsx": Buffer.from(await wb.xlsx.writeBuffer()) });
  expect(await main(["score", "huyen.xlsx", "--rules", "nhom-2023"], m.io)).toBe(0);
  expect((JSON.parse(m.stdout()) as { rows: { total: number }[] }).rows[0].total).toBe(58.43); // Mang Yang, see score.test
});

test(`a CSV of more than ${MAX_UNITS} units is refused, naming the limit`, async () => {
  const lines = ["Đơn vị,Tiến độ giải quyết"];
  for (let i = 0; i < MAX_UNITS + 1_001; i++) lines.push(`Xã ${i},90`);
  const m = memoryIo({ "lon.csv": lines.join("\n") });
  expect(await main(["score", "lon.csv"], m.io)).toBe(2);
  expect(m.stderr()).toBe('Lỗi: Tệp "lon.csv" có 101.002 dòng, vượt giới hạn 100.000 đơn vị của CHISO. Hãy chia bảng thành nhiều tệp.\n');
});

test(`report without --unit above ${REPORT_ALL_NEEDED_ABOVE} units needs --all`, async () => {
  const [head, ...rows] = parseCsv(fs.readFileSync(fixturePath("seed-tables", "a3_2023_communes.csv"), "utf8"));
  const many = toCsv([head, ...Array.from({ length: REPORT_ALL_NEEDED_ABOVE + 1 }, (_, i) => rows[i % rows.length].map((c, k) => (k === 1 ? `${c} ${i}` : c)))]);
  const m = memoryIo({ "xa.csv": many });
  expect(await main(["report", "xa.csv", "--rules", "nhom-2023", "--out", "bao-cao.xlsx"], m.io)).toBe(2);
  expect(m.stderr()).toBe("Lỗi: Bảng có 501 đơn vị; báo cáo mỗi đơn vị một trang tính chỉ làm khi có --all (trên 500 đơn vị), hoặc chọn một đơn vị bằng --unit.\n");
  expect(m.written["bao-cao.xlsx"]).toBeUndefined();
  const all = memoryIo({ "xa.csv": many });
  await main(["report", "xa.csv", "--rules", "nhom-2023", "--all", "--format", "json"], all.io);
  expect((JSON.parse(all.stdout()) as { units: unknown[] }).units).toHaveLength(501);
});
