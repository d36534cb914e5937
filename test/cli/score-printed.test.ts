/**
 * `chiso score --totals printed`: every grade, k/n and rank follows the printed total, in the
 * JSON, the CSV and both sheets of the .xlsx. Expected grades are nhom-2023's bands (Xuất sắc
 * from 90, Tốt 80, Khá 70, Trung bình 50, Yếu under 50, of a 100-point maximum: 18+20+12+10+18+22)
 * applied by hand to a3's printed `diem`.
 */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/domain/reading/csv";
import { fixturePath, readFixture, seedTable } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const A3 = fixturePath("seed-tables", "a3_2023_communes.csv");
const band = (d: number) => (d >= 90 ? "Xuất sắc" : d >= 80 ? "Tốt" : d >= 70 ? "Khá" : d >= 50 ? "Trung bình" : "Yếu");

// a3 line 92 (source_line 772): Xã Ia Yeng, diem 35.44 → Yếu (its group-rate estimate is 50,84, Trung bình);
// a3 line 143 (source_line 872): Xã HNeng, diem 52.34 → Trung bình (estimate 46,68, Yếu);
// a3 line 101 (source_line 790): Xã Ia Pếch, diem 50.13 → Trung bình (estimate 48,77, Yếu).
const BY_HAND: Record<string, string> = { "Xã Ia Yeng": "Yếu", "Xã HNeng": "Trung bình", "Xã Ia Pếch": "Trung bình" };

interface Row {
  unit: string;
  total: number | null;
  grade: string | null;
  rank: number | null;
  gradedTotal: { total: number | null; source: string };
}

async function scoreJson(args: string[], files: Record<string, string> = {}) {
  const m = memoryIo(files);
  const code = await main(["score", ...args, "--totals", "printed", "--format", "json"], m.io);
  return { code, json: JSON.parse(m.stdout()) as { totals: { printed: number; computed: number }; rows: Row[] } };
}

describe("chiso score a3 --totals printed", () => {
  test("JSON: the three units graded on their printed totals, and every unit's grade is its printed band", async () => {
    const { code, json } = await scoreJson([A3]);
    expect(code).toBe(0);
    expect(json.totals).toMatchObject({ printed: 220, computed: 0 });
    const byUnit = new Map(json.rows.map((r) => [r.unit, r]));
    for (const [unit, grade] of Object.entries(BY_HAND)) expect([unit, byUnit.get(unit)?.grade]).toEqual([unit, grade]);
    expect(byUnit.get("Xã Ia Yeng")!.gradedTotal).toEqual({ total: 35.44, source: "printed" });
    const seed = seedTable("a3_2023_communes");
    expect(json.rows.map((r) => r.grade)).toEqual(seed.map((s) => band(Number(s.diem))));
    // the rank follows the same total: Ia Yeng's 35,44 is the lowest printed total of a3
    expect(Math.min(...seed.map((s) => Number(s.diem)))).toBe(35.44);
    expect(byUnit.get("Xã Ia Yeng")!.rank).toBe(220);
  });

  test("CSV: the Xếp loại column is the printed band", async () => {
    const m = memoryIo();
    expect(await main(["score", A3, "--totals", "printed", "--format", "csv"], m.io)).toBe(0);
    const [head, ...body] = parseCsv(m.stdout());
    const unit = head.indexOf("unit");
    const grade = head.indexOf("Xếp loại");
    const got = Object.fromEntries(body.filter((r) => r[unit] in BY_HAND).map((r) => [r[unit], r[grade]]));
    expect(got).toEqual(BY_HAND);
  });

  test("a unit with a printed total but a rate missing: graded and ranked on the printed total", async () => {
    // Xã Ia Yeng's cong_khai_minh_bach (0.1) blanked: no computed total, the printed 35,44 stands
    const text = readFixture("seed-tables", "a3_2023_communes.csv").replace("91,Xã Ia Yeng,Phú Thiện,35.44,0.1,", "91,Xã Ia Yeng,Phú Thiện,35.44,,");
    const { json } = await scoreJson(["a3.csv"], { "a3.csv": text });
    const yeng = json.rows.find((r) => r.unit === "Xã Ia Yeng")!;
    expect(yeng).toMatchObject({ total: null, grade: "Yếu", rank: 220, gradedTotal: { total: 35.44, source: "printed" } });
  });

  test(".xlsx: Bảng điểm's Xếp loại, Tổng hợp's ranking and its counts agree with the printed bands", async () => {
    const m = memoryIo();
    expect(await main(["score", A3, "--totals", "printed", "--out", "x.xlsx"], m.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(m.written["x.xlsx"] as Uint8Array) as unknown as ArrayBuffer);
    const data = wb.getWorksheet("Bảng điểm")!;
    const header = (data.getRow(1).values as unknown[]).map(String);
    const unitCol = header.indexOf("unit");
    const gradeCol = header.lastIndexOf("Xếp loại");
    const grades = new Map<string, unknown>();
    data.eachRow((row, r) => {
      if (r > 1) grades.set(String(row.getCell(unitCol).value), row.getCell(gradeCol).value);
    });
    for (const [unit, grade] of Object.entries(BY_HAND)) expect([unit, grades.get(unit)]).toEqual([unit, grade]);

    const summary = wb.getWorksheet("Tổng hợp")!;
    const ranked = new Map<string, unknown[]>();
    const counts = new Map<string, unknown>();
    summary.eachRow((row) => {
      const v = row.values as unknown[];
      if (typeof v[2] === "string" && v[2] in BY_HAND) ranked.set(v[2], [v[1], v[3], v[4]]);
      const c = row.getCell(2).value as unknown;
      if (typeof v[1] === "string") counts.set(v[1], c && typeof c === "object" && "formula" in c ? (c as ExcelJS.CellFormulaValue).result : c);
    });
    expect(ranked.get("Xã Ia Yeng")).toEqual([220, 35.44, "Yếu"]);
    expect(ranked.get("Xã HNeng")?.slice(1)).toEqual([52.34, "Trung bình"]);
    expect(ranked.get("Xã Ia Pếch")?.slice(1)).toEqual([50.13, "Trung bình"]);
    // counts per grade: the printed bands of a3's 220 communes, counted by hand
    const hand = new Map<string, number>();
    for (const s of seedTable("a3_2023_communes")) hand.set(band(Number(s.diem)), (hand.get(band(Number(s.diem))) ?? 0) + 1);
    for (const [grade, n] of hand) expect([grade, counts.get(grade)]).toEqual([grade, n]);
  });
});
