/**
 * Headings, notes and total rows are not units (QA run on the reader): the seed 002 annex I
 * districts table (a2_2023_districts.csv) and the portal capture's points table
 * (gialai_2026-10-10_units.csv), each with a section heading, a "Tổng cộng" row with numbers, a
 * note footer and a unit whose cells all say "Chưa có dữ liệu" added here. Each left-out row is
 * one warning on its name cell; the other units score exactly as in the unedited table.
 */
import { main } from "../../../src/cli/main";
import { scoreTable } from "../../../src/functions/score-table";
import { problemMessage } from "../../../src/domain/problems/problem";
import { readTextTable } from "../../../src/domain/reading/text-file";
import { readUnitTable, type ScoringTable } from "../../../src/domain/reading/table";
import { provinceFromTable } from "../../../src/domain/report/province/province-report";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { scoreTableUnits } from "../../../src/domain/scoring/table-unit";
import { fixturePath, readFixture, seedTable } from "../../helpers/fixtures";
import { memoryIo } from "../../helpers/memory-io";
import type { ExcelRun } from "../../../src/excel/run";
import { addScores } from "../../../src/excel/score-sheet";
import { FakeExcel } from "../../excel/fake-excel";
import { addSeedTable, annexITable } from "../../excel/seed-workbook";

const runOf = (fake: FakeExcel) => fake.run as unknown as ExcelRun;

const nhom = getRuleSet("nhom-2023");
const NO_DATA = "Chưa có dữ liệu";

function read(csv: string, rs = nhom): ScoringTable {
  const r = readTextTable(Buffer.from(csv));
  if (!r.ok) throw new Error(r.code);
  return readUnitTable(rs, r.cells);
}

const dropped = (t: Pick<ScoringTable, "problems">) => t.problems.map((p) => [p.row, p.code, p.severity, p.cell, p.params.text]);

/** What scoring gives each unit, by name: points, groups, total, grade. */
function scoresByUnit(rs: typeof nhom, t: ScoringTable) {
  return new Map(scoreTableUnits(rs, t).map((s) => [s.unit, { points: s.points, groups: s.groups, total: s.total, grade: s.grade }]));
}

// a2: stt,unit,diem,cong_khai_minh_bach,tien_do_giai_quyet,dvc_truc_tuyen,thanh_toan_truc_tuyen,muc_do_hai_long,so_hoa_ho_so,source_line
const A2 = readFixture("seed-tables", "a2_2023_districts.csv").trimEnd().split(/\r?\n/);
const [A2_HEADER, ...A2_BODY] = A2;
const A2_UNITS = seedTable("a2_2023_districts").map((r) => r.unit);
// Krông Pa (the last district): its data has not arrived, every value cell says so.
const KRONG_PA = A2_BODY[16].split(",").map((c, i) => (i >= 2 && i <= 8 ? NO_DATA : c)).join(",");
// The total row carries Mang Yang's numbers (the first district, 58,43 "Trung bình" by seed 002): a unit, it would be graded.
const TOTAL_ROW = ["", "Tổng cộng", ...A2_BODY[0].split(",").slice(2, 9), ""].join(",");
/** a2 as a province office lays it out: a heading, the districts, a total and two note lines. */
const EDITED = [
  A2_HEADER,
  "I,KHỐI HUYỆN,,,,,,,,", // row 2
  ...A2_BODY.slice(0, 16), // rows 3–18
  KRONG_PA, // row 19
  TOTAL_ROW, // row 20
  "Ghi chú: số liệu tạm tính,,,,,,,,,", // row 21: a note in the STT column
  ",Nguồn: báo cáo của các huyện,,tạm tính,tạm tính,,,,,", // row 22: words in the rate columns too
].join("\n");

describe("a2 districts with a heading, a total row, notes and a unit without data", () => {
  const t = read(EDITED);

  test("17 units, the districts; each other row is one warning on its name cell", () => {
    expect(t.shape).toBe("rates");
    expect(t.units.map((u) => u.input.unit)).toEqual(A2_UNITS);
    expect(dropped(t)).toEqual([
      [2, "row.notAUnit", "warning", "B2", "KHỐI HUYỆN"],
      [20, "row.summaryRow", "warning", "B20", "Tổng cộng"],
      // the name cell is empty: the row's first text, in A21
      [21, "row.notAUnit", "warning", "A21", "Ghi chú: số liệu tạm tính"],
      // one problem for the row, none per note cell (D22, E22)
      [22, "row.notAUnit", "warning", "B22", "Nguồn: báo cáo của các huyện"],
    ]);
  });

  test("the unit whose cells all say “Chưa có dữ liệu” stays a unit with missing data", () => {
    const krongPa = t.units.find((u) => u.input.unit === "Huyện Krông Pa")!;
    expect(krongPa.row).toBe(19);
    expect(krongPa.input.values).toEqual({});
    const scored = scoreTableUnits(nhom, t);
    expect(scored.filter((s) => s.total === null).map((s) => s.unit)).toEqual(["Huyện Krông Pa"]);
  });

  test("the other 16 districts score exactly as in the unedited table", () => {
    const before = scoresByUnit(nhom, read(A2.join("\n")));
    const after = scoresByUnit(nhom, t);
    expect(before.get("Huyện Mang Yang")).toMatchObject({ total: 58.43, grade: "Trung bình" });
    for (const unit of A2_UNITS.slice(0, 16)) expect(after.get(unit)).toEqual(before.get(unit));
    expect(after.has("Tổng cộng")).toBe(false);
  });

  test("chiso score --format json: 17 rows, the left-out rows listed with their codes and cells, and said on stderr", async () => {
    const m = memoryIo({ "in.csv": EDITED });
    const code = await main(["score", "in.csv", "--rules", "nhom-2023", "--format", "json"], m.io);
    // exit 1: Krông Pa has no total (the warnings alone would not fail the run)
    expect(code).toBe(1);
    const out = JSON.parse(m.stdout()) as { rows: { unit: string; total: number | null; grade: string | null; complete: boolean }[]; skippedRows: { row: number; code: string; cell?: string }[] };
    expect(out.rows.map((r) => r.unit)).toEqual(A2_UNITS);
    expect(out.rows.filter((r) => !r.complete).map((r) => r.unit)).toEqual(["Huyện Krông Pa"]);
    expect(out.rows[0]).toMatchObject({ unit: "Huyện Mang Yang", total: 58.43, grade: "Trung bình" });
    expect(out.skippedRows.map((p) => [p.row, p.code, p.cell])).toEqual([
      [2, "row.notAUnit", "B2"],
      [20, "row.summaryRow", "B20"],
      [21, "row.notAUnit", "A21"],
      [22, "row.notAUnit", "B22"],
    ]);
    for (const p of t.problems) expect(m.stderr()).toContain(problemMessage(p));
  });

  test("chiso report over the whole table says the left-out rows too; its units are the 17 districts", async () => {
    const m = memoryIo({ "in.csv": EDITED });
    await main(["report", "in.csv", "--rules", "nhom-2023", "--format", "json"], m.io);
    const out = JSON.parse(m.stdout()) as { units: { unit: string }[] };
    expect(out.units.map((u) => u.unit)).toEqual(A2_UNITS);
    for (const p of t.problems) expect(m.stderr()).toContain(problemMessage(p));
  });

  test("CHISO.BANGDIEM: a left-out row's line is empty but for its note; the units' lines are scored", () => {
    // the function's argument as Excel passes it: rates as fractions, "" for empty cells
    const cells = EDITED.split("\n").map((line) => line.split(",").map((c, i) => (i >= 2 && i <= 8 && c !== "" && !Number.isNaN(Number(c)) ? Number(c) / 100 : c)));
    const out = scoreTable(nhom, cells);
    const note = out[0].length - 1;
    expect(out[1].slice(0, note).every((c) => c === "")).toBe(true);
    expect(out[1][note]).toBe(problemMessage({ ...t.problems[0], cell: undefined }));
    expect(out[19].slice(0, note).every((c) => c === "")).toBe(true);
    expect(out[2][0]).toBe("Huyện Mang Yang");
    expect(out[2][out[0].indexOf("Xếp loại")]).toBe("Trung bình");
  });
});

test("a province report still takes the whole from its own “Toàn tỉnh” row, and not as a part", () => {
  // The row carries Mang Yang's rates: the whole's points are those of a unit with them (58,43, as above).
  const t = read([...A2, TOTAL_ROW.replace("Tổng cộng", "Toàn tỉnh")].join("\n"));
  expect(dropped(t)).toEqual([[19, "row.summaryRow", "warning", "B19", "Toàn tỉnh"]]);
  const report = provinceFromTable(nhom, t);
  expect([report.whole.name, report.whole.from, report.parts]).toEqual(["Toàn tỉnh", "row", 17]);
  expect(report.whole.total).toBe(58.43);
});

describe("the portal capture's points table with a heading and a total row", () => {
  const rs = getRuleSet("dvcqg-2026");
  const [header, ...body] = readFixture("portal-2026", "gialai_2026-10-10_units.csv").trimEnd().split(/\r?\n/);
  // unit,unit_code,level,total_score,CKMB,TDGQ,ONLINE,TTTT,MDSH,MDHL,rank,group_rank; Vân Canh's points (line 3) as the total row's
  const edited = [header, '"KHỐI SỞ, BAN, NGÀNH",,,,,,,,,,,', ...body, "Tổng cộng,,,75.34,11.79,19.41,6.31,7.34,12.49,18.0,,"].join("\n");

  test("149 units graded as their printed points; the two rows said, though a points table keeps no cell problem", () => {
    const t = read(edited, rs);
    expect(t.shape).toBe("points");
    expect(t.units).toHaveLength(149);
    expect(dropped(t)).toEqual([
      [2, "row.notAUnit", "warning", "A2", "KHỐI SỞ, BAN, NGÀNH"],
      [152, "row.summaryRow", "warning", "A152", "Tổng cộng"],
    ]);
    const before = scoresByUnit(rs, read([header, ...body].join("\n"), rs));
    expect(scoresByUnit(rs, t)).toEqual(before);
  });
});

describe("which rows are units", () => {
  const HEADER = ["STT", "Đơn vị", "Tỷ lệ công khai, minh bạch", "Tỷ lệ tiến độ giải quyết"];
  const codes = (rows: string[][]) => readUnitTable(nhom, [HEADER, ...rows]).problems.map((p) => [p.row, p.code, p.cell]);

  test.each([["Cộng"], ["Bình quân"], ["Trung bình chung"], ["TỔNG CỘNG:"], ["Cả tỉnh"], ["Tổng số"]])("%s is a summary row", (label) => {
    expect(codes([[" ", label, "100%", "90%"]])).toEqual([[2, "row.summaryRow", "B2"]]);
  });

  test("a label merged over STT and name (its text in STT) is a summary row too", () => {
    expect(codes([["Tổng cộng", "", "100%", "90%"]])).toEqual([[2, "row.summaryRow", "A2"]]);
  });

  test("names that start like a label are units: Tổng công ty, Trung tâm", () => {
    const t = readUnitTable(nhom, [HEADER, ["1", "Tổng công ty Điện lực", "100%", "90%"], ["2", "Trung tâm Phục vụ hành chính công", "100%", "90%"]]);
    expect(t.units).toHaveLength(2);
    expect(t.problems).toEqual([]);
  });

  test("a number written wrongly keeps the row a unit, with the problem on its cell", () => {
    expect(codes([["1", "Xã Ia Rsươm", "9 8%", ""]])).toEqual([[2, "number.spaceInDigits", "C2"]]);
  });

  test("a dash is a no-data mark: the row stays a unit", () => {
    const t = readUnitTable(nhom, [HEADER, ["1", "Xã Ia Rsươm", "-", ""]]);
    expect([t.units.length, t.problems]).toEqual([1, []]);
  });

  test("a unit with no value at all is left out, with the warning that says how to keep it", () => {
    expect(codes([["1", "Xã Ia Rsươm", "", ""]])).toEqual([[2, "row.notAUnit", "B2"]]);
  });
});

test("the tool's own annex, fed back to chiso score: its 34 units, and its header and note lines left out with a warning each", async () => {
  const m = memoryIo();
  const baseline = `${fixturePath("seed-tables", "a1_2023_departments.csv")},${fixturePath("seed-tables", "a2_2023_districts.csv")}`;
  expect(await main(["annex", "--baseline", baseline, "--campaign", "chien-dich-100-ngay-2024", "--out", "annex.xlsx"], m.io)).toBe(0);
  const s = memoryIo({ "annex.xlsx": m.written["annex.xlsx"] });
  await main(["score", "annex.xlsx", "--rules", "nhom-2023", "--format", "json"], s.io);
  const out = JSON.parse(s.stdout()) as { rows: { unit: string }[]; skippedRows: { code: string; row: number }[] };
  // the annex lists a1's 17 departments and a2's 17 districts
  expect(out.rows.map((r) => r.unit)).toEqual([...seedTable("a1_2023_departments").map((r) => r.unit), ...A2_UNITS]);
  expect(out.skippedRows.length).toBeGreaterThan(0);
  expect(new Set(out.skippedRows.map((p) => p.code))).toEqual(new Set(["row.notAUnit"]));
});

describe("Tính điểm (the pane's button) on annex I districts with a heading and a total row", () => {
  async function scoredWorkbook(mode: "formulas" | "values") {
    const t = annexITable("a2_2023_districts");
    const blank = t.header.map(() => null);
    const heading = blank.map((_, i) => (i === 1 ? "KHỐI HUYỆN" : null));
    // the total row carries Mang Yang's rates (the first district)
    const total = t.rows[0].map((c, i) => (i === 1 ? "Tổng cộng" : i === 0 ? null : c));
    const fake = new FakeExcel();
    addSeedTable(fake, "Dữ liệu", "T", { ...t, rows: [heading, ...t.rows, total] });
    const res = await addScores(runOf(fake), { tableName: "T", ruleSet: nhom, mode });
    return { res, dump: fake.sheet("Dữ liệu")!.dump(), width: t.header.length };
  }

  test.each(["formulas", "values"] as const)("%s: the heading and the total row get no score, the units do; the problems name both rows", async (mode) => {
    const { res, dump, width } = await scoredWorkbook(mode);
    expect(res.units).toBe(17);
    expect(res.problems.filter((p) => p.code === "row.notAUnit" || p.code === "row.summaryRow").map((p) => [p.row, p.code, p.cell])).toEqual([
      [2, "row.notAUnit", "B2"],
      [20, "row.summaryRow", "B20"],
    ]);
    const scoreCells = (r: number) => dump[r - 1].slice(width);
    expect(scoreCells(2).every((c) => c === null || c === "")).toBe(true);
    expect(scoreCells(20).every((c) => c === null || c === "")).toBe(true);
    // Mang Yang, row 3: a formula or its value (58,43 by seed 002)
    expect(scoreCells(3).some((c) => c !== null && c !== "")).toBe(true);
  });
});
