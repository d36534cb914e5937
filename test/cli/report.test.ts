/**
 * `chiso report` run in-process (reportCommand with a memory io) on seed 000 annex I, the
 * province's status report (b1_2026_criteria.csv), and on a hand-made complete unit.
 */
import ExcelJS from "exceljs";
import { reportCommand } from "../../src/cli/commands/report";
import { UsageError } from "../../src/cli/io";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { memoryIo } from "../helpers/memory-io";
import { seed000Input, SEED_000_UNIT } from "../helpers/seed-000";

const rs = getRuleSet("gialai-2026-03");
const codes = rs.indicators.filter((i) => i.rule.kind !== "none").map((i) => i.code);
const province = seed000Input().values as Record<string, number>;
// Every indicator at 100% but TTTT.3 at 50%: 100 − 6 × 0.5 = 97, Xuất sắc.
const complete = Object.fromEntries(codes.map((c) => [c, c === "TTTT.3" ? 50 : 100]));
const cell = (v: number | undefined) => (v === undefined ? "" : `"${String(v).replace(".", ",")}%"`);
const csv = [
  ["Đơn vị", ...codes].join(","),
  [SEED_000_UNIT, ...codes.map((c) => cell(province[c]))].join(","),
  ["Xã Ia Hrung", ...codes.map((c) => cell(complete[c]))].join(","),
].join("\n");

async function workbook(data: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

function findRow(ws: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === text) found = row;
  });
  if (!found) throw new Error(`no row "${text}"`);
  return found;
}

test("without --unit: one sheet per unit, read back with exceljs (fractions, Vietnamese percent format, marks, print titles)", async () => {
  const m = memoryIo({ "in.csv": csv });
  const code = await reportCommand(["in.csv", "--rules", "gialai-2026-03", "--out", "bao-cao.xlsx"], m.io);
  // the province's annex leaves out eight indicators: no total, exit 1
  expect(code).toBe(1);
  expect(m.stderr()).toContain("1/2 đơn vị thiếu số liệu");
  expect(m.stdout()).toBe("Đã ghi bao-cao.xlsx: 2 đơn vị, mỗi đơn vị một trang tính.\n");

  const wb = await workbook(m.written["bao-cao.xlsx"]);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Tỉnh Gia Lai", "Xã Ia Hrung"]);
  const ws = wb.getWorksheet("Tỉnh Gia Lai")!;
  expect(ws.getCell("A1").value).toBe("BÁO CÁO HIỆN TRẠNG CHỈ SỐ 766");
  expect(ws.getCell("A1").font.name).toBe("Times New Roman");
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.printTitlesRow).toBe("4:4");
  expect(ws.getCell("B4").value).toBe("Tiêu chí");

  // MDHL.3 (target 90): 88,93% → 5,93/6, lost 0,07, needs 90% (1,07 điểm % more)
  const mdhl3 = findRow(ws, rs.indicators.find((i) => i.code === "MDHL.3")!.name);
  expect(mdhl3.getCell(3).value).toBeCloseTo(0.8893, 10);
  expect(mdhl3.getCell(3).numFmt).toBe("[$-42A]0.00%");
  expect([mdhl3.getCell(4).value, mdhl3.getCell(5).value, mdhl3.getCell(6).value]).toEqual(["5,93/6", 0.07, 0.9]);
  expect(mdhl3.getCell(5).numFmt).toBe("[$-42A]0.00");
  expect(mdhl3.getCell(5).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
  expect(mdhl3.getCell(7).value).toBe("Mất 0,07 điểm; cần tăng tỷ lệ thêm 1,07 điểm % (lên 90%) để đạt điểm tối đa.");

  const other = wb.getWorksheet("Xã Ia Hrung")!;
  let total = "";
  other.eachRow((row) => {
    const v = String(row.getCell(1).value ?? "");
    if (v.startsWith("Tổng điểm")) total = v;
  });
  expect(total).toBe("Tổng điểm: đạt 97/100 điểm, mất 3 điểm; xếp loại Xuất sắc");
});

test("--unit finds a unit without diacritics or case; --format json prints the numbers and the comments", async () => {
  const m = memoryIo({ "in.csv": csv });
  const code = await reportCommand(["in.csv", "--unit", "xa ia hrung", "--rules", "gialai-2026-03", "--format", "json"], m.io);
  expect(code).toBe(0);
  const out = JSON.parse(m.stdout());
  expect(out.ruleSet).toBe("gialai-2026-03");
  expect(out.units).toHaveLength(1);
  const u = out.units[0];
  expect(u.unit).toBe("Xã Ia Hrung");
  expect(u.total).toMatchObject({ points: 97, lost: 3, grade: "Xuất sắc", complete: true });
  const tttt3 = u.groups.find((g: { code: string }) => g.code === "TTTT").indicators.find((i: { code: string }) => i.code === "TTTT.3");
  // linear: 50% → 3/6, needs 100%, 50 điểm % more
  expect(tttt3).toMatchObject({ points: 3, lost: 3, fullRate: 100, missingRate: 50, comment: "Mất 3 điểm; cần tăng tỷ lệ thêm 50 điểm % (lên 100%) để đạt điểm tối đa." });
});

test("one unit to one sheet, the summary names its total", async () => {
  const m = memoryIo({ "in.csv": csv });
  expect(await reportCommand(["in.csv", "--unit", "Xã Ia Hrung", "--rules", "gialai-2026-03", "--out", "x.xlsx"], m.io)).toBe(0);
  expect(m.stdout()).toBe("Đã ghi x.xlsx: Xã Ia Hrung: tổng điểm: đạt 97/100 điểm, mất 3 điểm; xếp loại Xuất sắc.\n");
  expect((await workbook(m.written["x.xlsx"])).worksheets.map((w) => w.name)).toEqual(["Xã Ia Hrung"]);
});

test("without --rules the rule set comes from the headers as in `chiso score` (codes of both 2026 sets: the default)", async () => {
  const m = memoryIo({ "in.csv": csv });
  await reportCommand(["in.csv", "--unit", SEED_000_UNIT, "--format", "json"], m.io);
  expect(JSON.parse(m.stdout()).ruleSet).toBe("dvcqg-2026");
});

test("usage errors: an unknown unit (with near names), no --out for xlsx, no input", async () => {
  const m = memoryIo({ "in.csv": csv });
  await expect(reportCommand(["in.csv", "--unit", "Ia Hrung", "--out", "x.xlsx"], m.io)).rejects.toMatchObject({ code: "cli.unknownUnit", params: { name: "Ia Hrung", near: ["Xã Ia Hrung"] } });
  await expect(reportCommand(["in.csv"], m.io)).rejects.toMatchObject({ code: "cli.outNeeded", params: { example: "bao-cao.xlsx" } });
  await expect(reportCommand([], m.io)).rejects.toBeInstanceOf(UsageError);
  await expect(reportCommand([], m.io)).rejects.toMatchObject({ code: "cli.oneInputFile" });
  expect(m.written["x.xlsx"]).toBeUndefined();
});
