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

  it("keeps the computed points in the data table", async () => {
    const { fake } = await scoredAnnexI("values");
    const rows = fake.sheet("Dữ liệu")!.dump();
    const header = rows[0];
    const traBa = rows.find((r) => r[1] === "Phường Trà Bá")!;
    // a3 line 971: 18×42,4% + 20×99,55% + 12×0,1% + 0 + 18×100% + 22×18,8% = 7,63 + 19,91 + 0,01 + 18 + 4,14 = 49,69
    expect(traBa[header.indexOf("Tổng điểm (ước tính)")]).toBe(49.69);
    expect(traBa[header.indexOf("Xếp loại")]).toBe("Yếu");
    expect(traBa[header.indexOf("Điểm")]).toBe(50.93);
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

  it("as formulas: counts follow the printed column, the computed grade only where it is blank", async () => {
    const { summary, fake } = await scoredAnnexI("formulas");
    expect(fake.syncCount).toBe(3);
    const counts = new Map(block(summary, "Xếp loại").map((r) => [r[0], r[1]]));
    const T = "ChiSo_DuLieu";
    expect(counts.get("Xuất sắc")).toBe(`=COUNTIFS(${T}[Điểm],">="&90)+COUNTIFS(${T}[Điểm],"",${T}[Xếp loại],"Xuất sắc")`);
    expect(counts.get("Tốt")).toBe(`=COUNTIFS(${T}[Điểm],">="&80,${T}[Điểm],"<"&90)+COUNTIFS(${T}[Điểm],"",${T}[Xếp loại],"Tốt")`);
    expect(counts.get("Yếu")).toBe(`=COUNTIFS(${T}[Điểm],"<"&50)+COUNTIFS(${T}[Điểm],"",${T}[Xếp loại],"Yếu")`);
    const first = summary.findIndex((r) => r[0] === "Xuất sắc") + 1;
    expect(counts.get("Chưa đủ số liệu")).toBe(`=254-SUM(B${first}:B${first + 4})`);
  });

  it("as formulas without printed totals: COUNTIF over the computed grades", async () => {
    const { summary } = await scoredAnnexI("formulas", true);
    const counts = new Map(block(summary, "Xếp loại").map((r) => [r[0], r[1]]));
    expect(counts.get("Yếu")).toBe('=COUNTIF(ChiSo_DuLieu[Xếp loại],"Yếu")');
  });
});
