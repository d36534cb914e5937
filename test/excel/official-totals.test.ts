import { HyperFormula } from "hyperformula";
import "../functions/hyperformula-plugin";
import { columnLetters } from "../../src/domain/report/table-model";
import { importText } from "../../src/domain/reading/import";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { importTableLayout } from "../../src/excel/import-layout";
import { writeNewTableSheet } from "../../src/excel/new-table-sheet";
import { addScores } from "../../src/excel/score-sheet";
import { estimateMark } from "../../src/domain/report/official-totals";
import { seedTable } from "../helpers/fixtures";
import { FakeExcel } from "./fake-excel";
import { annexI, runOf } from "./seed-workbook";

const nhom2023 = getRuleSet("nhom-2023");
/** Annex I with its one broken number mended as the user does on the import screen (Xã Diên Phú, "9.,8%" → "9,8%"). */
const mendedAnnexI = () => annexI().replace("9.,8%", "9,8%");

/** Seed 002 annex I imported into a workbook; `withoutPrinted` drops the annex's "Điểm" column first. */
async function scoredAnnexI(mode: "formulas" | "values", withoutPrinted = false, totals: "printed" | "computed" = "printed") {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  const result = importText(mendedAnnexI());
  if (withoutPrinted) for (const r of result.rows) delete r.total;
  const layout = importTableLayout(nhom2023, result);
  const out = await writeNewTableSheet(runOf(fake), { sheetName: "Dữ liệu", tableStem: "ChiSo_DuLieu", ...layout });
  fake.resetLog();
  const res = await addScores(runOf(fake), { tableName: out.table, ruleSet: nhom2023, mode, totals });
  return { fake, res, summary: fake.sheet(res.summarySheet)!.dump() };
}

/** The rows of a summary block: from the row after `header` to the first empty row. */
function block(summary: unknown[][], first: string): unknown[][] {
  const head = summary.findIndex((r) => r[0] === first);
  const end = summary.findIndex((r, i) => i > head && !r[0]);
  return summary.slice(head + 1, end < 0 ? undefined : end);
}

const communes = seedTable("a3_2023_communes");
const districts = seedTable("a2_2023_districts");
/** k/n as annex I prints it in its "Ghi chú" column, once per district (a3 `district_note`). */
const annexNotes = new Map(communes.filter((r) => r.district_note).map((r) => [r.district, r.district_note]));

describe("Tổng hợp on the source's printed totals (seed 002 annex I)", () => {
  it("k/n per district equals annex I's own notes, except Chư Pưh whose note miscounts", async () => {
    const { summary, fake } = await scoredAnnexI("values");
    expect(fake.syncCount).toBe(3);
    const kn = new Map(block(summary, "Huyện").map((r) => [r[0], r[2]]));
    expect(kn.size).toBe(17);
    for (const [district, note] of annexNotes) {
      // Chư Pưh: the annex prints 1/10 but lists 9 communes (a3 lines 680–696), one under 50.
      expect([district, kn.get(district)]).toEqual([district, district === "Chư Pưh" ? "1/9" : note]);
    }
    expect(kn.get("Pleiku")).toBe("13/22");
  });

  it("says which totals it used, counts grades and ranks on them", async () => {
    const { summary, res } = await scoredAnnexI("values");
    const text = summary.map((r) => r[0]).join("\n");
    expect(text).toContain(
      `Xếp loại, k/n và xếp hạng theo Điểm đánh giá in trong bảng nguồn (cột “Điểm”) cho 237 đơn vị; 17 đơn vị không có điểm in dùng điểm tính theo bộ quy tắc “${nhom2023.name}”. Chọn “Điểm tính theo bộ quy tắc” trong Tính điểm để xếp loại theo điểm tính.`,
    );
    expect(res.totals).toEqual({ printedColumn: "Điểm", printed: 237, computed: 17, choice: "printed" });
    // the 17 departments: no printed total, and their "-" digitization rate leaves no computed one
    expect(res.incomplete).toBe(17);
    // nhom-2023 bands: Trung bình from 50, Yếu under 50, on the annex's printed "Điểm" (a2 + a3)
    const printed = [...districts, ...communes].map((r) => Number(r.diem));
    const weak = printed.filter((d) => d < 50).length;
    expect(res.countsByGrade["Yếu"]).toBe(weak);
    expect(res.countsByGrade["Trung bình"]).toBe(printed.filter((d) => d >= 50 && d < 70).length);
    const counts = new Map(block(summary, "Xếp loại").map((r) => [r[0], r[1]]));
    expect(counts.get("Yếu")).toBe(weak);
    expect(counts.get("Chưa đủ số liệu")).toBe(17);
    // rank 1: the highest printed total of annex I
    const ranking = block(summary, "Hạng");
    const best = [...districts, ...communes].sort((a, b) => Number(b.diem) - Number(a.diem))[0];
    expect(ranking[0].slice(0, 3)).toEqual([1, best.unit, Number(best.diem)]);
    expect(ranking[0][5]).toBe("In trong bảng nguồn");
  });

  it("keeps the computed points in the data table, and grades on the printed total as the summary does", async () => {
    const { fake, summary } = await scoredAnnexI("values");
    const rows = fake.sheet("Dữ liệu")!.dump();
    const header = rows[0];
    const traBa = rows.find((r) => r[1] === "Phường Trà Bá")!;
    // a3 line 971: 18×42,4% + 20×99,55% + 12×0,1% + 0 + 18×100% + 22×18,8% = 7,63 + 19,91 + 0,01 + 18 + 4,14 = 49,69
    expect(traBa[header.indexOf("Tổng điểm (ước tính)")]).toBe(49.69);
    // printed 50,93: nhom-2023's Trung bình (from 50), as the ranking of Tổng hợp says
    expect(traBa[header.indexOf("Điểm")]).toBe(50.93);
    expect(traBa[header.indexOf("Xếp loại")]).toBe("Trung bình");
    expect(block(summary, "Hạng").find((r) => r[1] === "Phường Trà Bá")?.[3]).toBe("Trung bình");
  });

  it("without printed totals, counts the rule set's estimate and says so", async () => {
    const { summary, res } = await scoredAnnexI("values", true);
    const text = summary.map((r) => r[0]).join("\n");
    expect(text).toContain(`Xếp loại, k/n và xếp hạng theo điểm tính theo bộ quy tắc “${nhom2023.name}”: bảng nguồn không in điểm đánh giá.`);
    expect(res.totals.printed).toBe(0);
    const kn = new Map(block(summary, "Huyện").map((r) => [r[0], r[2]]));
    // Pleiku: the 13 communes printed under 50, plus Phường Trà Bá (printed 50,93, estimated 49,69 above)
    expect(kn.get("Pleiku")).toBe("14/22");
    // nhom-2023 is named "… điểm ước tính": the note does not say "ước tính" twice
    expect(text).not.toMatch(/ước tính.{0,3}ước tính/);
  });

  it("by default (every door's), counts the computed totals and offers the printed ones", async () => {
    const { summary, res } = await scoredAnnexI("values", false, "computed");
    const text = summary.map((r) => r[0]).join("\n");
    expect(text).toContain(
      `Xếp loại, k/n và xếp hạng theo điểm tính theo bộ quy tắc “${nhom2023.name}”. Bảng nguồn có Điểm đánh giá in trong bảng nguồn (cột “Điểm”): chọn “Điểm in trong bảng nguồn” trong Tính điểm để xếp loại theo điểm đó.`,
    );
    expect(res.totals).toEqual({ printedColumn: "Điểm", printed: 0, computed: 254, choice: "computed" });
    // Pleiku: as without the printed column above (Phường Trà Bá estimated 49,69, printed 50,93)
    const kn = new Map(block(summary, "Huyện").map((r) => [r[0], r[2]]));
    expect(kn.get("Pleiku")).toBe("14/22");
  });

  it("marks an estimate whose rule set's name does not say so", () => {
    expect(estimateMark({ name: "Tỷ lệ theo nhóm", estimate: true })).toBe(" (ước tính)");
    expect(estimateMark(nhom2023)).toBe("");
    expect(estimateMark({ name: "Bộ chỉ số 766", estimate: false })).toBe("");
  });

  it("as formulas (evaluated by HyperFormula): the grade column and the counts follow the printed totals", async () => {
    const { summary, fake } = await scoredAnnexI("formulas");
    expect(fake.syncCount).toBe(3);
    const data = fake.sheet("Dữ liệu")!.dump();
    const header = data[0].map(String);
    const T = "ChiSo_DuLieu";
    // the grade column is live: a formula on the printed "Điểm" where it is a number, else on the estimate
    expect(String(data[1][header.indexOf("Xếp loại")])).toMatch(/^=IF\(ISNUMBER\(ChiSo_DuLieu\[@\[Điểm\]\]\)/);
    const col = (h: string) => columnLetters(header.indexOf(h.replace(/'(.)/g, "$1")));
    // the table's structured references as A1 references (the table starts at A1 of "Dữ liệu")
    const toA1 = (f: string, row: number) =>
      f
        .replace(new RegExp(`${T}\\[@\\[((?:[^\\]']|'.)+)\\]:\\[((?:[^\\]']|'.)+)\\]\\]`, "g"), (_, a: string, b: string) => `${col(a)}${row}:${col(b)}${row}`)
        .replace(new RegExp(`${T}\\[\\[#Headers\\],\\[((?:[^\\]']|'.)+)\\]:\\[((?:[^\\]']|'.)+)\\]\\]`, "g"), (_, a: string, b: string) => `$${col(a)}$1:$${col(b)}$1`)
        .replace(new RegExp(`${T}\\[@\\[((?:[^\\]']|'.)+)\\]\\]`, "g"), (_, a: string) => `${col(a)}${row}`)
        .replace(new RegExp(`${T}\\[((?:[^\\]']|'.)+)\\]`, "g"), (_, a: string) => `'Dữ liệu'!$${col(a)}$2:$${col(a)}$${data.length}`);
    const cells = (rows: unknown[][]) => rows.map((r, i) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? toA1(v, i + 1) : v === "" ? null : v)));
    const hf = HyperFormula.buildFromSheets({ "Dữ liệu": cells(data), "Tổng hợp": cells(summary) } as never, { licenseKey: "gpl-v3" });
    const values = (name: string) => hf.getSheetValues(hf.getSheetId(name)!);
    // two communes are named Phường Tây Sơn (An Khê, Pleiku): a unit is its name and district
    const district = header.findIndex((h) => /huyện/i.test(h));
    const grades = new Map(values("Dữ liệu").slice(1).map((r) => [r[1], r[header.indexOf("Xếp loại")]]));
    const gradeOf = new Map(values("Dữ liệu").slice(1).map((r) => [`${r[1]}|${r[district] ?? ""}`, r[header.indexOf("Xếp loại")]]));
    // a3 line 92 (Xã Ia Yeng, printed 35,44: Yếu), 143 (Xã HNeng, 52,34: Trung bình), 101 (Xã Ia Pếch, 50,13: Trung bình)
    expect(["Xã Ia Yeng", "Xã HNeng", "Xã Ia Pếch"].map((u) => grades.get(u))).toEqual(["Yếu", "Trung bình", "Trung bình"]);
    const band = (d: number) => (d >= 90 ? "Xuất sắc" : d >= 80 ? "Tốt" : d >= 70 ? "Khá" : d >= 50 ? "Trung bình" : "Yếu");
    const wrong = [...districts, ...communes].filter((r) => gradeOf.get(`${r.unit}|${r.district ?? ""}`) !== band(Number(r.diem)));
    expect(wrong.map((r) => [r.unit, r.district, gradeOf.get(`${r.unit}|${r.district ?? ""}`)])).toEqual([]);
    const counts = new Map(values("Tổng hợp").map((r) => [r[0], r[1]]));
    const printed = [...districts, ...communes].map((r) => Number(r.diem));
    expect(counts.get("Yếu")).toBe(printed.filter((d) => d < 50).length);
    expect(counts.get("Trung bình")).toBe(printed.filter((d) => d >= 50 && d < 70).length);
    expect(counts.get("Chưa đủ số liệu")).toBe(17);
  });

  it("as formulas without printed totals: COUNTIF over the computed grades", async () => {
    const { summary } = await scoredAnnexI("formulas", true);
    const counts = new Map(block(summary, "Xếp loại").map((r) => [r[0], r[1]]));
    expect(counts.get("Yếu")).toBe('=COUNTIF(ChiSo_DuLieu[Xếp loại],"Yếu")');
  });
});
