import ExcelJS from "exceljs";
import { progressCommand } from "../../src/cli/commands/progress";
import type { ProgressJson } from "../../src/domain/targets/progress";
import { refusalLine, warningLine } from "../helpers/cli-refusal";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";
import { asCsv, currentDepartments, currentDistricts } from "../domain/targets/progress-current";

const A1 = fixturePath("seed-tables", "a1_2023_departments.csv");
const A2 = fixturePath("seed-tables", "a2_2023_districts.csv");
const CAMPAIGN = "chien-dich-100-ngay-2024";
/** annex I with the changes documented in progress-current.ts */
const files = () => ({ "so-nganh.csv": asCsv(currentDepartments()), "huyen.csv": asCsv(currentDistricts()) });

async function progressJson(milestone: string) {
  const m = memoryIo(files());
  const code = await progressCommand(["--baseline", `${A1},${A2}`, "--current", "so-nganh.csv,huyen.csv", "--campaign", CAMPAIGN, "--milestone", milestone, "--format", "json"], m.io);
  return { code, json: JSON.parse(m.stdout()) as ProgressJson, stderr: m.stderr() };
}

const rowOf = (json: ProgressJson, unit: string) => json.sections.flatMap((s) => s.rows).find((r) => r.unit === unit)!;

describe("chiso progress --format json", () => {
  test("50 days: Sở Giao thông vận tải's payment 73% meets 72,37%; k/n per level; missing, unknown, excluded", async () => {
    const { code, json, stderr } = await progressJson("50d");
    expect(code).toBe(0); // warnings only
    expect(json.milestone).toEqual({ id: "50d", label: "Chỉ tiêu 50 ngày" });
    expect(rowOf(json, "Sở Giao thông vận tải").indicators["TTTT.TL"]).toEqual({ target: 72.37, current: 73, met: true });
    expect(rowOf(json, "Sở Giao thông vận tải")).toMatchObject({ met: 3, of: 6 });
    // hand count in test/domain/targets/progress.test.ts: departments 2/3, districts 1/16
    expect(json.sections.map((s) => [s.level, s.summary.metAll, s.summary.complete, s.rows.length])).toEqual([
      ["department", 2, 3, 16],
      ["district", 1, 16, 16],
    ]);
    expect(json.missing.map((u) => u.unit)).toEqual(["Sở Y tế", "Huyện Chư Păh"]);
    expect(json.unknown.map((u) => u.unit)).toEqual(["Công an tỉnh", "Huyện Chư Pah"]);
    expect(json.excluded.map((u) => u.unit)).toEqual(["Thanh tra tỉnh"]);
    // the header matcher read a1's CSV without a số hóa value: null, not 0
    expect(rowOf(json, "Sở Tư pháp").indicators["MDSH.TL"]).toEqual({ target: 80, current: null, met: null });
    expect(stderr).toContain(warningLine("cli.resultsMissing", { units: ["Sở Y tế", "Huyện Chư Păh"] }));
    expect(stderr).toContain(warningLine("cli.resultsNotTargeted", { units: ["Công an tỉnh", "Huyện Chư Pah"] }));
  });

  test("100 days: the same 73% misses 77,37%; Sở Tài chính exactly at every target meets them all", async () => {
    const { json } = await progressJson("100d");
    expect(rowOf(json, "Sở Giao thông vận tải").indicators["TTTT.TL"]).toEqual({ target: 77.37, current: 73, met: false });
    expect(rowOf(json, "Sở Tài chính")).toMatchObject({ met: 6, of: 6 });
    expect(json.sections[0].summary).toEqual({ targeted: 17, reported: 16, complete: 3, metAll: 1 });
  });

  test("an .xlsx of results in percent cells (0,7737 shown 77,37%) meets 77,37% exactly, without float noise", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kết quả");
    ws.addRow(["STT", "Tên đơn vị", "Tỷ lệ thanh toán trực tuyến", "Tỷ lệ dịch vụ công trực tuyến"]);
    ws.addRow([1, "Sở Giao thông vận tải", 0.7737, 0.6]);
    for (const c of ["C2", "D2"]) ws.getCell(c).numFmt = "0.00%";
    const m = memoryIo({ "ket-qua.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const code = await progressCommand(["--baseline", A1, "--current", "ket-qua.xlsx", "--campaign", CAMPAIGN, "--milestone", "100d", "--format", "json"], m.io);
    expect(code).toBe(0);
    const gt = rowOf(JSON.parse(m.stdout()) as ProgressJson, "Sở Giao thông vận tải");
    expect(gt.indicators["TTTT.TL"]).toEqual({ target: 77.37, current: 77.37, met: true });
    expect(gt.indicators["CLGQ.TL"]).toEqual({ target: 60, current: 60, met: true });
    expect(gt.indicators["TDGQ.TL"]).toEqual({ target: 100, current: null, met: null });
  });

  test("the command line is checked before any file is read", async () => {
    const run = (args: string[]) => progressCommand(args, memoryIo(files()).io);
    const base = ["--baseline", A1, "--current", "so-nganh.csv", "--campaign", CAMPAIGN];
    // the milestones of seed 002's campaign: 50 days and 100 days
    const milestones = ["50d (Chỉ tiêu 50 ngày)", "100d (Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo)"];
    // an unknown milestone is the domain's refusal, the one the task pane gives
    await expect(run([...base, "--milestone", "30d", "--format", "json"])).rejects.toMatchObject({
      code: "target.unknownMilestone",
      problem: { params: { campaign: "chien-dich-100-ngay-2024", milestone: "30d", milestones: milestones.join(", ") } },
    });
    await expect(run([...base, "--format", "json"])).rejects.toMatchObject({ code: "cli.milestoneNeeded", params: { campaign: "chien-dich-100-ngay-2024", milestones } });
    await expect(run([...base, "--milestone", "50d"])).rejects.toMatchObject({ code: "cli.outNeeded", params: { example: "bao-cao.xlsx", screenFormats: ["json"] } });
    await expect(run(["--baseline", A1, "--campaign", CAMPAIGN, "--milestone", "50d", "--format", "json"])).rejects.toMatchObject({ code: "cli.unitTableNeeded", params: { option: "current" } });
  });
});

describe("chiso progress → .xlsx, read back with exceljs", () => {
  let ws: ExcelJS.Worksheet;
  let stdout: string;
  beforeAll(async () => {
    const m = memoryIo(files());
    const code = await progressCommand(["--baseline", `${A1},${A2}`, "--current", "so-nganh.csv,huyen.csv", "--campaign", CAMPAIGN, "--milestone", "100d", "--out", "bao-cao.xlsx"], m.io);
    expect(code).toBe(0);
    stdout = m.stdout();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(m.written["bao-cao.xlsx"] as Uint8Array) as unknown as ArrayBuffer);
    ws = wb.getWorksheet("Tiến độ 100d")!;
  });
  const rowNumber = (text: string) => {
    let found = 0;
    ws.eachRow((row, r) => {
      if (!found && (row.getCell(2).value === text || row.getCell(1).value === text)) found = r;
    });
    return found;
  };

  test("the summary line", () => {
    expect(stdout).toBe(
      // k/n as the sheet's summary counts it (over the units with every result): of 17 departments, 16 reported,
      // 13 of them lack a rate, 3 have all (1 meets every target); of 17 districts, 16 reported, all complete, none meets all
      "Đã ghi bao-cao.xlsx: Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo; các sở, ban, ngành tỉnh: 1/3 đạt toàn bộ chỉ tiêu, 13 thiếu số liệu, 1 chưa có kết quả; các huyện, thị xã, thành phố: 0/16 đạt toàn bộ chỉ tiêu, 1 chưa có kết quả.\n",
    );
  });

  test("title merged over A:U, Times New Roman, print setup with the repeated header", () => {
    expect(ws.getCell("A1").value).toBe("BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.model.merges).toContain("A1:U1");
    const header = rowNumber("TT");
    expect(ws.model.merges).toEqual(expect.arrayContaining([`A${header}:A${header + 1}`, `C${header}:E${header}`, `U${header}:U${header + 1}`]));
    expect(ws.getRow(header + 1).getCell(5).value).toBe("Đạt/Chưa đạt");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, printTitlesRow: `${header}:${header + 1}` });
  });

  test("Sở Giao thông vận tải's payment: fractions, vi-VN percent format, the unmet result marked with its gap", () => {
    const row = ws.getRow(rowNumber("Sở Giao thông vận tải"));
    // columns I, J, K = payment: Chỉ tiêu | Kết quả | Đạt/Chưa đạt
    expect([9, 10, 11].map((c) => row.getCell(c).value)).toEqual([0.7737, 0.73, "Chưa đạt"]);
    expect(row.getCell(9).numFmt).toBe("[$-42A]0.00%");
    expect(row.getCell(10).numFmt).toBe("[$-42A]0%");
    const result = row.getCell(10);
    expect(result.font).toMatchObject({ bold: true, italic: true });
    expect(result.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    const note = result.note;
    expect(typeof note === "string" ? note : JSON.stringify(note)).toContain("Còn thiếu 4,37 điểm % so với chỉ tiêu 77,37%.");
    expect(row.getCell(21).value).toBe("1/6");
    // hài lòng (columns O–Q): 100 against 100, "Đạt", not marked
    expect([15, 16, 17].map((c) => row.getCell(c).value)).toEqual([1, 1, "Đạt"]);
    expect(row.getCell(17).fill).not.toMatchObject({ pattern: "solid" });
    expect([row.getCell(17).font.bold, row.getCell(17).font.italic]).toEqual([undefined, undefined]);
  });

  test("summary block and notes", () => {
    const h = rowNumber("Cấp");
    expect(ws.getRow(h + 1).getCell(3).value).toBe("1/3");
    expect(ws.getRow(h + 2).getCell(3).value).toBe("0/16");
    // "Chưa có đủ số liệu" (column J after the merged k/n C:I and share): 13 lacking a rate + 1 not reported; 1 district not reported
    const lacking = (r: number) => ws.getRow(r).values as unknown[];
    expect([lacking(h + 1), lacking(h + 2)].map((v) => v.filter((x) => typeof x === "number").pop())).toEqual([14, 1]);
    expect(ws.model.merges).toContain(`C${h + 1}:I${h + 1}`);
    const notes: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === "string" && v.startsWith("- ")) notes.push(v);
    });
    expect(notes).toContain("- Chưa có số liệu kết quả (không có trong bảng): Sở Y tế, Huyện Chư Păh.");
  });
});

test("no unit of the current table matches a targeted unit: exit 1 and said so", async () => {
  const m = memoryIo({ "khac.csv": "Đơn vị,Tiến độ giải quyết\nSở Không Có,90\nHuyện Không Có,80\n" });
  const code = await progressCommand(["--baseline", `${A1},${A2}`, "--current", "khac.csv", "--campaign", CAMPAIGN, "--milestone", "50d", "--format", "json"], m.io);
  expect(code).toBe(1);
  expect(m.stderr()).toContain(refusalLine("cli.resultsMatchNoUnit"));
  expect((JSON.parse(m.stdout()) as ProgressJson).sections.map((s) => s.summary.reported)).toEqual([0, 0]);
});

test("a1+a2 against itself: the line and the sheet give the same k/n, departments all lacking the số hóa rate", async () => {
  const m = memoryIo();
  expect(await progressCommand(["--baseline", `${A1},${A2}`, "--current", `${A1},${A2}`, "--campaign", CAMPAIGN, "--milestone", "50d", "--out", "p.xlsx"], m.io)).toBe(0);
  // a1's 17 departments have no số hóa column: none has every result, so n = 0 and all 17 lack data;
  // a2's 17 districts have every rate, and none reaches the 50-day targets set above its own base year
  expect(m.stdout()).toBe(
    "Đã ghi p.xlsx: Chỉ tiêu 50 ngày; các sở, ban, ngành tỉnh: 0/0 đạt toàn bộ chỉ tiêu, 17 thiếu số liệu; các huyện, thị xã, thành phố: 0/17 đạt toàn bộ chỉ tiêu.\n",
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(m.written["p.xlsx"] as Uint8Array) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Tiến độ 50d")!;
  const summary: unknown[][] = [];
  ws.eachRow((row) => {
    const v = row.values as unknown[];
    if (typeof v[2] === "string" && /^Các (sở|huyện)/i.test(v[2]) && typeof v[3] === "string") summary.push(v.filter((x) => x !== undefined && x !== null));
  });
  // TT, Cấp, k/n, (share only when n > 0), Chưa có đủ số liệu
  expect(summary.map((r) => [r[2], r[r.length - 1]])).toEqual([
    ["0/0", 17],
    ["0/17", 0],
  ]);
});
