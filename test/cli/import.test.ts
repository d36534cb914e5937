/** `chiso import` run in-process on real data; expected values from the seed tables or by hand. */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/domain/reading/csv";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath, readFixture, seedTable } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

interface Out {
  rows: { row: number; unit: string; level: string; district?: string; total?: number; values: Record<string, number> }[];
  problems: { row: number; column: string; value: string; message: string; severity: string; suggestion?: number }[];
  ruleSet: string;
}

test("the text of seed 002 (PDF) → json: annex I's 254 units, problems named, exit 1 for the cells not taken", async () => {
  const m = memoryIo();
  const code = await main(["import", fixturePath("seeds", "002_30f9dd7e08b5a1f9.txt")], m.io);
  expect(code).toBe(1);
  const out = JSON.parse(m.stdout()) as Out;
  expect(Object.keys(out).slice(0, 2)).toEqual(["rows", "problems"]);
  expect(out.rows).toHaveLength(254);
  // a3 line 1026: Xã Chư Drăng, Krông Pa, 43,2, 6,5% 91,71% 0,7% 0,0% 100,0% 19,7%
  expect(out.rows[253]).toEqual({
    row: 1026,
    stt: "220",
    unit: "Xã Chư Drăng",
    level: "commune",
    district: "Krông Pa",
    total: 43.2,
    values: { "CKMB.TL": 6.5, "TDGQ.TL": 91.71, "CLGQ.TL": 0.7, "TTTT.TL": 0, "MDHL.TL": 100, "MDSH.TL": 19.7 },
  });
  expect(out.problems).toContainEqual(expect.objectContaining({ row: 976, value: "9.,8%", severity: "error", suggestion: 9.8 }));
  expect(m.stderr()).toContain("Lỗi: Dòng 976, cột \"Tỷ lệ số hóa hồ sơ\": \"9.,8%\" không phải số hợp lệ; có thể là 9,8%?");
  expect(m.stderr()).toMatch(/Đã đọc 254 đơn vị \(bộ quy tắc nhom-2023\); \d+ lỗi, \d+ cảnh báo\./);
});

test("--format csv writes a table `chiso score` reads back: Huyện Mang Yang scores 58,43 under nhom-2023", async () => {
  const annex = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(415, 1026).join("\n");
  const m = memoryIo({ "annex.txt": annex });
  expect(await main(["import", "annex.txt", "--format", "csv", "--out", "rows.csv"], m.io)).toBe(1);
  const csv = parseCsv(String(m.written["rows.csv"]));
  expect(csv[0]).toEqual(["STT", "Đơn vị", "Cấp", "Cấp huyện", "Điểm đánh giá", "CKMB.TL", "TDGQ.TL", "CLGQ.TL", "TTTT.TL", "MDHL.TL", "MDSH.TL", "Ghi chú", "Dòng nguồn"]);
  expect(csv).toHaveLength(1 + 254);
  expect(csv[18].slice(0, 5)).toEqual(["1", "Huyện Mang Yang", "huyện", "", "60.14"]);

  const s = memoryIo({ "rows.csv": String(m.written["rows.csv"]) });
  await main(["score", "rows.csv", "--rules", "nhom-2023"], s.io);
  const scored = JSON.parse(s.stdout()) as { rows: { unit: string; total: number | null }[] };
  // 18×97,6% + 20×89,65% + 12×1,5% + 10×0% + 18×99,7% + 22×21,8% = 17,57 + 17,93 + 0,18 + 0 + 17,95 + 4,80 = 58,43
  expect(scored.rows.find((r) => r.unit === "Huyện Mang Yang")!.total).toBe(58.43);
});

test("a Vietnamese-locale CSV (`;` separator, decimal commas) reads like the seed table a2", async () => {
  const a2 = seedTable("a2_2023_districts");
  const lines = ["STT;Tên đơn vị;Điểm;Tiến độ giải quyết;Tỷ lệ DVCTT", ...a2.map((r) => [r.stt, r.unit, r.diem, r.tien_do_giai_quyet + "%", r.dvc_truc_tuyen + "%"].map((v) => v.replace(".", ",")).join(";"))];
  const m = memoryIo({ "a2.csv": lines.join("\r\n") });
  expect(await main(["import", "a2.csv"], m.io)).toBe(0);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.rows.map((r) => [r.unit, r.total, r.values["TDGQ.TL"], r.values["CLGQ.TL"]])).toEqual(
    a2.map((r) => [r.unit, Number(r.diem), Number(r.tien_do_giai_quyet), Number(r.dvc_truc_tuyen)]),
  );
});

test("an .xlsx with a merged title, percent-formatted cells and an unknown column", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kết quả");
  ws.addRow(["KẾT QUẢ CHỈ SỐ 766 THÁNG 10/2026"]);
  ws.mergeCells("A1:E1");
  ws.addRow(["STT", "Đơn vị", "Tỷ lệ hồ sơ xử lý đúng hạn", "Tỷ lệ PAKN xử lý đúng hạn", "Người phụ trách"]);
  // portal capture 10/2026: Sở Văn hóa… TDGQ 653/654 = 99,85%
  ws.addRow([1, "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", 653 / 654, 1, "Chị Lan"]);
  ws.addRow([2, "UBND xã Vân Canh", 0.9116, null, ""]);
  ws.getColumn(3).numFmt = "0.00%";
  ws.getColumn(4).numFmt = "0.00%";
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const m = memoryIo({ "t.xlsx": buf });
  expect(await main(["import", "t.xlsx"], m.io)).toBe(0);
  const out = JSON.parse(m.stdout()) as Out & { rows: { extra?: Record<string, string> }[] };
  expect(out.ruleSet).toBe("dvcqg-2026");
  expect(out.rows).toHaveLength(2);
  expect(out.rows[0]).toMatchObject({ unit: "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", level: "province", extra: { "Người phụ trách": "Chị Lan" } });
  expect(out.rows[0].values["TDGQ.1"]).toBeCloseTo(99.847, 3);
  expect(out.rows[0].values["MDHL.1"]).toBe(100);
  expect(out.rows[1]).toMatchObject({ unit: "UBND xã Vân Canh", level: "commune", values: { "TDGQ.1": 91.16 } });
  expect(out.problems.filter((p) => p.severity !== "info")).toEqual([]);
});

test("usage errors exit 2 with a Vietnamese message", async () => {
  const m = memoryIo();
  expect(await main(["import"], m.io)).toBe(2);
  expect(m.stderr()).toBe(refusalLine("cli.oneInputFile", { usage: "chiso import <tệp.txt|tệp.csv|tệp.xlsx>" }));
  const n = memoryIo({ "x.pdf": "" });
  expect(await main(["import", "x.pdf"], n.io)).toBe(2);
  expect(n.stderr()).toBe(refusalLine("cli.importFileType", { file: "x.pdf" }));
  // an unknown --rules is the registry's refusal, in its own words, before the file is read
  const r = memoryIo();
  expect(await main(["import", fixturePath("seeds", "002_30f9dd7e08b5a1f9.txt"), "--rules", "khong-co"], r.io)).toBe(2);
  expect(r.stderr()).toMatch(/^Lỗi: Không có bộ quy tắc "khong-co"\. Các bộ có sẵn: .*nhom-2023/);
});

test("the summary line gives every count in the Vietnamese format (6.705, not 6705)", async () => {
  // seed 002's 220 communes (annex I, table 3) six times over, each copy's names made distinct:
  // 1 320 units, a count with a thousands separator (the QA case was the long-form capture,
  // which import now refuses as not a rate table)
  const [header, ...rows] = readFixture("seed-tables", "a3_2023_communes.csv").trimEnd().split("\n");
  const copies = [0, 1, 2, 3, 4, 5].flatMap((k) => rows.map((line) => line.replace(/^(\d+),([^,]+),/, (_, stt, unit) => `${stt},${unit} ${k + 1},`)));
  const m = memoryIo({ "communes.csv": [header, ...copies].join("\n") });
  await main(["import", "communes.csv"], m.io);
  const out = JSON.parse(m.stdout()) as Out;
  const bySeverity = (s: string) => out.problems.filter((p) => p.severity === s).length;
  const counts = [out.rows.length, bySeverity("error"), bySeverity("warning")];
  expect(Math.max(...counts)).toBeGreaterThanOrEqual(1000);
  // grouped by hand: a dot every three digits from the right
  const vi = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const last = m.stderr().trimEnd().split("\n").pop()!;
  expect(last).toBe(`Đã đọc ${vi(counts[0])} đơn vị (bộ quy tắc ${out.ruleSet}); ${vi(counts[1])} lỗi, ${vi(counts[2])} cảnh báo.`);
});
