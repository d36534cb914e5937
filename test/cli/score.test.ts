/** `chiso score` run in-process on real tables; expected values from the seeds or by hand. */
import ExcelJS from "exceljs";
import type { UsageError } from "../../src/cli/errors";
import { scoreCommand } from "../../src/cli/commands/score";
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/domain/reading/csv";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath, portalTable } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

interface Out {
  ruleSet: string;
  rows: { unit: string; points: Record<string, number | null>; groups: Record<string, number | null>; total: number | null; complete: boolean; grade: string | null; problems: { column: string; code?: string; cell?: string; message: string }[] }[];
}

test("seed 002 annex I districts under nhom-2023: 17 rows, Mang Yang 58.43 Trung bình (see seed-002 test for the hand sum)", async () => {
  const m = memoryIo();
  const code = await main(["score", fixturePath("seed-tables", "a2_2023_districts.csv"), "--rules", "nhom-2023"], m.io);
  expect(code).toBe(0);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.ruleSet).toBe("nhom-2023");
  expect(out.rows).toHaveLength(17);
  expect(out.rows[0]).toMatchObject({ unit: "Huyện Mang Yang", total: 58.43, complete: true, grade: "Trung bình" });
  // Krông Pa: 0.18×42.2 + 0.2×83.57 + 0.12×0.5 + 0 + 0.18×97.4 + 0.22×21 = 7.60 + 16.71 + 0.06 + 17.53 + 4.62 = 46.52 → Yếu
  expect(out.rows[16]).toMatchObject({ unit: "Huyện Krông Pa", total: 46.52, grade: "Yếu" });
});

test("departments have no số hóa rate ('-' in the annex): no total, the problem names the column", async () => {
  const m = memoryIo();
  const code = await main(["score", fixturePath("seed-tables", "a1_2023_departments.csv"), "--rules", "nhom-2023"], m.io);
  expect(code).toBe(1);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.rows).toHaveLength(17);
  for (const r of out.rows) {
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    expect(r.problems.some((p) => p.column === "so_hoa_ho_so")).toBe(true);
  }
  expect(m.stderr()).toContain("17/17 đơn vị thiếu số liệu");
});

test("count pairs `<code> tử số`/`mẫu số` from the portal capture give the portal's points; unknown columns pass through in csv", async () => {
  const metrics = portalTable("metrics").filter((r) => r.level === "AGENCY" && r.metric_code === "TDGQ_TienDoGiaiQuyet");
  const csv = ["Tên đơn vị,Ghi chú riêng,TDGQ.1 tử số,TDGQ.1 mẫu số", ...metrics.map((r) => `"${r.unit}",giữ nguyên,${r.numerator},${r.denominator}`)].join("\n");
  const m = memoryIo({ "in.csv": csv });
  await main(["score", "in.csv", "--format", "csv", "--out", "out.csv"], m.io);
  const rows = parseCsv(String(m.written["out.csv"]));
  const head = rows[0];
  expect(head.slice(0, 4)).toEqual(["Tên đơn vị", "Ghi chú riêng", "TDGQ.1 tử số", "TDGQ.1 mẫu số"]);
  const col = head.indexOf("TDGQ.1 điểm");
  expect(rows.length - 1).toBe(14);
  for (let i = 1; i < rows.length; i++) {
    expect(rows[i][1]).toBe("giữ nguyên");
    expect(Number(rows[i][col])).toBeCloseTo(Number(metrics[i - 1].score), 2);
  }
  // only TDGQ.1 was given: every unit is incomplete, the total column empty
  expect(rows[1][head.indexOf("Tổng điểm")]).toBe("");
});

test("Vietnamese rates in an .xlsx (percent-formatted cells and text) are read as the portal shows them", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng");
  ws.addRow(["Đơn vị", "Tiến độ giải quyết", "CKMB.1"]);
  ws.addRow(["Sở A", 0.8893, "91,16%"]);
  ws.getCell("B2").numFmt = "0.00%";
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const m = memoryIo({ "in.xlsx": buf });
  await main(["score", "in.xlsx"], m.io);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.rows[0].points["TDGQ.1"]).toBe(17.79); // 20 × 88.93% (seed 000: 17,8/20)
  expect(out.rows[0].points["CKMB.1"]).toBe(5.47); // 6 × 91.16% = 5.4696
});

test("a broken cell is named by its code and its cell in the file (B2), and changes no other row", async () => {
  const csv = "Đơn vị,CKMB.1\nSở A,\"9.,8%\"\nSở B,50";
  const m = memoryIo({ "in.csv": csv });
  const code = await main(["score", "in.csv"], m.io);
  expect(code).toBe(1);
  const out = JSON.parse(m.stdout()) as Out;
  // header on line 1, "9.,8%" on line 2 under CKMB.1, the file's second column
  expect(out.rows[0].problems.filter((p) => p.cell).map((p) => [p.column, p.code, p.cell])).toEqual([["CKMB.1", "number.invalid", "B2"]]);
  expect(out.rows[0].problems[0].message).toContain("B2");
  // the engine's problems are coded too: CKMB.1 has no value it could score
  expect(out.rows[0].problems.filter((p) => !p.cell && p.column === "CKMB.1").map((p) => p.code)).toEqual(["score.missing"]);
  expect(out.rows[1].points["CKMB.1"]).toBe(3);
});

test("bad command lines exit 2 with a Vietnamese message", async () => {
  const m = memoryIo();
  expect(await main(["score", fixturePath("seed-tables", "a2_2023_districts.csv"), "--rules", "khong-co"], m.io)).toBe(2);
  // the registry's refusal (a catalogue code) is the user's to act on: its own sentence, not "lỗi ngoài dự kiến"
  expect(m.stderr()).toMatch(/^Lỗi: Không có bộ quy tắc "khong-co"\. Các bộ có sẵn: .*dvcqg-2026/);
  const missing = memoryIo();
  expect(await main(["score", "khong-ton-tai.csv"], missing.io)).toBe(2);
  expect(missing.stderr()).toBe(refusalLine("cli.fileNotFound", { file: "khong-ton-tai.csv" }));
  const bogus = memoryIo();
  expect(await main(["score", "a.csv", "--bogus", "1"], bogus.io)).toBe(2);
  // the options `chiso score --help` lists
  expect(bogus.stderr()).toBe(refusalLine("cli.unknownOption", { name: "bogus", known: ["rules", "format", "out", "totals"] }));
  const noUnit = memoryIo({ "x.csv": "CKMB.1\n50" });
  expect(await main(["score", "x.csv"], noUnit.io)).toBe(2);
  // a header "CKMB.1" and one row of numbers: no unit column in rows 1–2
  expect(noUnit.stderr()).toBe(refusalLine("cli.tableProblems", { problems: [{ code: "table.noUnitColumn", row: 1, column: "CKMB.1", params: { rows: 2 } }] }));
});

test("--rules takes a rule-set file; an invalid one is refused before any output", async () => {
  const m = memoryIo({ "bad.json": JSON.stringify({ id: "x" }) });
  expect(await main(["score", fixturePath("seed-tables", "a2_2023_districts.csv"), "--rules", "bad.json"], m.io)).toBe(2);
  const refusal = await scoreCommand([fixturePath("seed-tables", "a2_2023_districts.csv"), "--rules", "bad.json"], m.io).catch((e: unknown) => e);
  // { id: "x" } alone: the rule set's name, groups and indicators are missing
  expect(refusal).toMatchObject({ code: "cli.ruleSetInvalid", params: { file: "bad.json", problems: expect.arrayContaining([expect.objectContaining({ code: "json.missing" })]) } });
  expect(m.stderr()).toBe(refusalLine("cli.ruleSetInvalid", (refusal as UsageError<"cli.ruleSetInvalid">).params));
  expect(m.stdout()).toBe("");
});

test("without --rules, a 2023 group-rate table is scored under nhom-2023, and the choice is said", async () => {
  const m = memoryIo();
  expect(await main(["score", fixturePath("seed-tables", "a2_2023_districts.csv")], m.io)).toBe(0);
  expect((JSON.parse(m.stdout()) as Out).ruleSet).toBe("nhom-2023");
  expect(m.stderr()).toContain('Dùng bộ quy tắc "nhom-2023"');
  // a table of indicator codes keeps the default without a word
  const d = memoryIo({ "x.csv": "Đơn vị,TDGQ.1\nSở A,50" });
  await main(["score", "x.csv"], d.io);
  expect((JSON.parse(d.stdout()) as Out).ruleSet).toBe("dvcqg-2026");
  expect(d.stderr()).not.toContain("Dùng bộ quy tắc");
});

test("chiso --help lists every command; chiso <command> --help explains that command alone", async () => {
  const m = memoryIo();
  expect(await main(["--help"], m.io)).toBe(0);
  for (const cmd of ["score", "import", "annex", "progress", "report", "rules", "campaigns"]) expect(m.stdout()).toContain(`chiso ${cmd}`);
  expect(await main([], memoryIo().io)).toBe(2);

  const p = memoryIo();
  expect(await main(["progress", "--baseline", "x.csv", "--help"], p.io)).toBe(0);
  expect(p.stdout()).toMatch(/^chiso progress --baseline/);
  expect(p.stdout()).toContain("--milestone");
  expect(p.stdout()).not.toContain("chiso score");
  for (const cmd of ["score", "import", "annex", "report", "rules", "campaigns"]) {
    const c = memoryIo();
    expect(await main([cmd, "--help"], c.io)).toBe(0);
    expect(c.stdout().startsWith(`chiso ${cmd}`)).toBe(true);
    expect(c.stdout()).toContain("\n\n"); // a description below the usage line
  }
});

test("chiso --version prints the version of package.json", async () => {
  const m = memoryIo();
  expect(await main(["--version"], m.io)).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(m.stdout()).toBe(`${require("../../package.json").version}\n`);
  expect(m.stdout()).toMatch(/^[1-9]\d*\.\d+\.\d+\n$/);
});

test("chiso campaigns lists each preset with its milestones", async () => {
  const m = memoryIo();
  expect(await main(["campaigns"], m.io)).toBe(0);
  // seed 002: the 100-day campaign of 2024 has a 50-day and a 100-day milestone
  expect(m.stdout()).toContain("chien-dich-100-ngay-2024: ");
  expect(m.stdout()).toContain("  --milestone 50d: Chỉ tiêu 50 ngày\n");
  expect(m.stdout()).toContain("  --milestone 100d: Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo\n");
});
