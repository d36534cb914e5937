import { getRuleSet } from "../../src/domain/ruleset/registry";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-budget";
import { writeNewTableSheet } from "../../src/excel/new-table-sheet";
import type { ExcelRun } from "../../src/excel/run";
import { addScores } from "../../src/excel/score-sheet";
import { readSelection, selectCell } from "../../src/excel/selection";
import { readRuleSetSettings, saveRuleSetSettings } from "../../src/excel/settings";
import { listTables } from "../../src/excel/tables";
import { FakeExcel } from "./fake-excel";
import { addSeedTable, communeTable } from "./seed-workbook";

const nhom2023 = getRuleSet("nhom-2023");
const runOf = (fake: FakeExcel) => fake.run as unknown as ExcelRun;

/** A workbook holding `n` imported communes as table `DuLieu` on sheet "Dữ liệu". */
function workbookWith(n: number): FakeExcel {
  const fake = new FakeExcel();
  addSeedTable(fake, "Dữ liệu", "DuLieu", communeTable(n));
  return fake;
}

const writes = (fake: FakeExcel) => fake.requests.flatMap((r) => r.calls).filter((c) => /=$|\.add$|merge|select|calculate/.test(c));

describe.each([17, 220, 2000])("Excel adapter with %i units", (n) => {
  it("imports into a new sheet holding one table: 2 syncs, every request under 4 MB", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const t = communeTable(n);
    const out = await writeNewTableSheet(runOf(fake), { sheetName: "Dữ liệu", tableStem: "ChiSo_DuLieu", ...t });
    expect(fake.syncCount).toBe(2);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.unsent).toEqual([]);
    const sheet = fake.sheet(out.sheet)!;
    const dump = sheet.dump();
    expect(dump.length).toBe(n + 1);
    expect(dump[0]).toEqual(t.header);
    // a3 line 590: "Xã Đăk Yă Mang Yang 64,05 100,0% 91,76% 14,9% …" → 0.9176 held as a fraction
    expect(dump[1].slice(1, 6)).toEqual(["Xã Đăk Yă", "Mang Yang", 64.05, 1, 0.9176]);
    expect(sheet.cell(1, 5)?.nf).toBe("0.00%");
    expect(fake.tables.map((x) => x.name)).toEqual(["ChiSo_DuLieu"]);
    expect(sheet.frozenRows).toBe(1);
  });

  it("adds score formulas, grade colours and a summary sheet: 3 syncs (size, values, writes)", async () => {
    const fake = workbookWith(n);
    const res = await addScores(runOf(fake), { tableName: "DuLieu", ruleSet: nhom2023, mode: "formulas" });
    expect(fake.syncCount).toBe(3);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.unsent).toEqual([]);
    expect(res.units).toBe(n);
    const sheet = fake.sheet("Dữ liệu")!;
    const header = sheet.dump()[0];
    expect(header.slice(10)).toEqual(["Điểm CKMB", "Điểm TDGQ", "Điểm CLGQ", "Điểm TTTT", "Điểm MDHL", "Điểm MDSH", "Điểm DVCTT", "Tổng điểm (ước tính)", "Xếp loại"]);
    const last = sheet.dump()[n];
    expect(last[10]).toBe('=CHISO.NHOM(DuLieu[@[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]], DuLieu[[#Headers],[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]], "CKMB")');
    expect(last[16]).toBe("=DuLieu[@[Điểm CLGQ]]+DuLieu[@[Điểm TTTT]]");
    expect(last[17]).toBe("=CHISO.DIEM(DuLieu[@[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]], DuLieu[[#Headers],[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]])");
    expect(last[18]).toBe("=CHISO.XEPLOAI(DuLieu[@[Tổng điểm (ước tính)]], 100)");
    expect(sheet.conditionalFormats.map((c) => c.address)).toEqual(Array(5).fill(`S2:S${n + 1}`));
    const summary = fake.sheet(res.summarySheet)!;
    // the table carries annex I's printed "Điểm", but the default in every door is the computed
    // total: counts follow the grade column (printed totals: test/excel/official-totals.test.ts)
    expect(summary.dump().some((r) => r[0] === "Tốt" && r[1] === '=COUNTIF(DuLieu[Xếp loại],"Tốt")')).toBe(true);
    expect(summary.chartLog).toHaveLength(1);
    // suspended calculation in every request that writes
    for (const req of fake.requests.slice(2)) expect(req.calls[0]).toBe("Application.suspendApiCalculationUntilNextSync");
  });
});

describe("Tính điểm as values, on seed 002 annex I communes", () => {
  it("writes the engine's points and the summary's counts", async () => {
    const fake = workbookWith(220);
    const res = await addScores(runOf(fake), { tableName: "DuLieu", ruleSet: nhom2023, mode: "values" });
    const rows = fake.sheet("Dữ liệu")!.dump();
    // Xã Đăk Yă (seed 002 line 590): 18×100% + 20×91,76% + 12×14,9% + 10×0% + 18×100% + 22×29,5%
    // = 18 + 18,35 + 1,79 + 0 + 18 + 6,49 = 62,63 (points rounded to 2 decimals as the rule set says)
    expect(rows[1].slice(10, 19)).toEqual([18, 18.35, 1.79, 0, 18, 6.49, 1.79, 62.63, "Trung bình"]);
    expect(res.incomplete).toBe(0);
    expect(Object.values(res.countsByGrade).reduce((a, b) => a + b, 0)).toBe(220);
    const summary = fake.sheet(res.summarySheet)!.dump();
    const rankHeader = summary.findIndex((r) => r[0] === "Hạng");
    expect(summary[rankHeader + 1][0]).toBe(1);
    const districtRow = summary.find((r) => r[0] === "Mang Yang")!;
    expect(districtRow[1]).toBe(12); // Mang Yang has 12 communes in annex I (its note says 1/12)
  });

  it("formats the summary: averages and totals with two decimals, shares of the grades as percent", async () => {
    const fake = workbookWith(220);
    const res = await addScores(runOf(fake), { tableName: "DuLieu", ruleSet: nhom2023, mode: "formulas" });
    expect(fake.syncCount).toBe(3);
    const summary = fake.sheet(res.summarySheet)!;
    const rows = summary.dump();
    const at = (label: string) => rows.findIndex((r) => r[0] === label);
    // shares: each grade's count over "Tổng số" (Excel rows are 1-based), as percent
    const [good, total, incomplete] = [at("Tốt"), at("Tổng số"), at("Chưa đủ số liệu")];
    expect(rows[good][2]).toBe(`=B${good + 1}/B${total + 1}`);
    expect(rows[total][2]).toBe(`=B${total + 1}/B${total + 1}`);
    // [$-42A]: Vietnamese, so Excel and LibreOffice print 12,34% whatever the user's locale
    for (const r of [good, incomplete, total]) expect(summary.cell(r, 2)?.nf).toBe("[$-42A]0.00%");
    expect(summary.cell(good, 1)?.nf).toBe("0");
    // per district: average, lowest, highest with two decimals; the count whole, k/n as text ("1/12" is no date)
    const mangYang = at("Mang Yang");
    expect([3, 4, 5].map((c) => summary.cell(mangYang, c)?.nf)).toEqual(["[$-42A]0.00", "[$-42A]0.00", "[$-42A]0.00"]);
    expect([1, 2].map((c) => summary.cell(mangYang, c)?.nf)).toEqual(["0", "@"]);
    // ranking: the total column of every ranked row, not its header
    const rankHeader = at("Hạng");
    expect(summary.cell(rankHeader, 2)?.nf).toBe("@"); // a header written as text
    expect(summary.cell(rankHeader + 1, 2)?.nf).toBe("[$-42A]0.00");
    expect(summary.cell(rankHeader + 220, 2)?.nf).toBe("[$-42A]0.00");
    expect(summary.cell(rankHeader + 221, 2)).toBeUndefined();
  });

  it("refuses a table without indicator columns and writes nothing", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Khác", [["Đơn vị", "Ghi chú"], ["Xã A", "x"]]);
    fake.addTable("Khác", "A1:B2", "Khac");
    await expect(addScores(runOf(fake), { tableName: "Khac", ruleSet: nhom2023, mode: "formulas" })).rejects.toMatchObject({ code: "table.noRuleSetIndicator", problem: { params: { table: "Khac", ruleSet: nhom2023.name } } });
    // the size, then the cells: refused before any write
    expect(fake.syncCount).toBe(2);
    expect(writes(fake)).toEqual([]);
    expect(fake.unsent).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Khác"]);
  });

  it("names a broken cell and a left-out row by their addresses on the sheet: a table at C3:D6, \"9 8\" in D6", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Nguồn", [[], [], [null, null, "Đơn vị", "Tiến độ giải quyết"], [null, null, "Xã A", 0.5], [null, null, "Xã B", "chín"], [null, null, "Xã C", "9 8"]]);
    fake.addTable("Nguồn", "C3:D6", "Lech");
    const res = await addScores(runOf(fake), { tableName: "Lech", ruleSet: nhom2023, mode: "values" });
    // "chín" is words, not a number: a row with no number is no unit (a note), said once on its name cell
    expect(res.problems.filter((p) => p.code).map((p) => [p.code, p.row, p.cell])).toEqual([
      ["row.notAUnit", 3, "C5"],
      ["number.spaceInDigits", 4, "D6"],
    ]);
  });

  it("refuses to score a table twice", async () => {
    const fake = workbookWith(17);
    await addScores(runOf(fake), { tableName: "DuLieu", ruleSet: nhom2023, mode: "values" });
    fake.resetLog();
    await expect(addScores(runOf(fake), { tableName: "DuLieu", ruleSet: nhom2023, mode: "values" })).rejects.toMatchObject({ code: "table.alreadyScored" });
    expect(writes(fake)).toEqual([]);
  });

  it("never overwrites a summary sheet", async () => {
    const fake = workbookWith(17);
    fake.addSheet("Tổng hợp");
    const res = await addScores(runOf(fake), { tableName: "DuLieu", ruleSet: nhom2023, mode: "values" });
    expect(res.summarySheet).toBe("Tổng hợp (2)");
    expect(fake.sheet("Tổng hợp")!.dump()).toEqual([]);
  });
});

describe("requests past the size limit", () => {
  it("are split into several syncs, none over 4 MB", async () => {
    const fake = new FakeExcel();
    const t = communeTable(2000);
    // a 2 KB note per unit: 4 MB of data, more than one request may carry
    const header = [...t.header, "Ghi chú"];
    const rows = t.rows.map((r) => [...r, "ghi chú dài ".repeat(170)]);
    await writeNewTableSheet(runOf(fake), { sheetName: "Dữ liệu", tableStem: "T", header, rows, formats: [...t.formats, null] });
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.sheets[0].dump()).toHaveLength(2001);
  });
});

describe("selection, settings, tables", () => {
  it("reads the used part of a selection in two syncs (where and how big, then the cells), a percent cell as the number it holds, flagged", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Nguồn", [[], ["Đơn vị", "Tiến độ giải quyết"], ["Xã Đăk Yă", 0.9176]]);
    sheet.cellForWrite(2, 1).nf = "0.00%";
    fake.select("Nguồn", "A1:D1000");
    const sel = await readSelection(runOf(fake));
    expect(fake.syncCount).toBe(2);
    expect(sel).toEqual({ sheet: "Nguồn", row: 1, column: 0, address: "Nguồn!A2:B3", cells: [["Đơn vị", "Tiến độ giải quyết"], ["Xã Đăk Yă", { kind: "number", value: 0.9176, percent: true }]] });
    expect(writes(fake)).toEqual([]);
  });

  it("selects a problem's source cell in one sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Nguồn");
    await selectCell(runOf(fake), "Nguồn", 4, 2);
    expect(fake.selection).toEqual({ sheet: "Nguồn", address: "C5" });
    expect(fake.syncCount).toBe(1);
  });

  it("stores the rule set in the workbook and recalculates, one sync each way", async () => {
    const fake = new FakeExcel();
    expect(await readRuleSetSettings(runOf(fake))).toEqual({ ruleSetId: null, userRuleSets: [] });
    await saveRuleSetSettings(runOf(fake), { ruleSetId: "nhom-2023", userRuleSets: [] });
    expect(fake.calculations).toEqual(["Full"]);
    expect(await readRuleSetSettings(runOf(fake))).toEqual({ ruleSetId: "nhom-2023", userRuleSets: [] });
    expect(fake.syncCount).toBe(3);
  });

  it("lists tables with their headers in two syncs", async () => {
    const fake = workbookWith(17);
    const tables = await listTables(runOf(fake));
    expect(tables).toEqual([{ name: "DuLieu", sheet: "Dữ liệu", rows: 17, row: 0, column: 0, header: communeTable(17).header }]);
    expect(fake.syncCount).toBe(2);
  });
});
