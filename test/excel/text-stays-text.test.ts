/**
 * Names and notes that Excel would take for formulas, dates or numbers if written as a user
 * types them (fake-excel.ts `enter` models it): on every sheet a screen writes, each lands as
 * the text it is. A renderer that wrote them into General cells fails here.
 */
import type { ImportResult } from "../../src/domain/reading/import-schema";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { importTableLayout } from "../../src/excel/import-layout";
import { createExcelPort } from "../../src/excel/port";
import { annexModelFromCells } from "../../src/taskpane/logic/campaign-draft";
import { progressFromCells } from "../../src/taskpane/logic/progress-flow";
import { listUnits, statusFromCells } from "../../src/taskpane/logic/status-flow";
import { FakeExcel, type FakeSheet } from "./fake-excel";
import { addSeedTable, communeTable, runOf } from "./seed-workbook";

/** Unit names and notes that start like formulas or read like dates, fractions or numbers. */
const TRICKY = ['=HYPERLINK("http://x.vn","Bấm vào")', "+84 Phường Mới", "-5 ngày", "@Xã Hòa", "1/12", "3-4", "12/25/2024", "001"];
const TRICKY_DISTRICT = "=Huyện A";

const nhom2023 = getRuleSet("nhom-2023");
const campaign = getCampaignPreset("chien-dich-100-ngay-2024");

/** 17 communes, the first ones renamed with TRICKY names, two of them in district TRICKY_DISTRICT. */
function trickyWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  const t = communeTable(17);
  TRICKY.forEach((name, i) => (t.rows[i][1] = name));
  t.rows[0][2] = TRICKY_DISTRICT;
  t.rows[1][2] = TRICKY_DISTRICT;
  addSeedTable(fake, "Dữ liệu", "DuLieu", t);
  return fake;
}

/** The texts no cell of `sheet` holds as written (a formula, a date or a number took its place). */
function lost(sheet: FakeSheet, texts: readonly string[]): string[] {
  const held = new Set([...sheet.cells.values()].filter((c) => c.f === undefined && typeof c.v === "string").map((c) => c.v));
  return texts.filter((t) => !held.has(t));
}

/** Cells holding a formula that came from a name (every formula CHISO means is built from a known prefix). */
function injected(sheet: FakeSheet): string[] {
  return [...sheet.cells.values()].flatMap((c) => (c.f && /HYPERLINK|Phường|ngày|Xã Hòa|Huyện A/.test(c.f) ? [c.f] : []));
}

describe("text stays text on every screen's sheet", () => {
  it("Nhập dữ liệu: unit names, STT and kept notes", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const result: ImportResult = {
      ruleSet: "nhom-2023",
      problems: [],
      tables: [],
      rows: TRICKY.map((unit, i) => ({ row: i + 1, stt: i === 0 ? "1.1" : String(i + 1), unit, level: "commune", district: TRICKY_DISTRICT, values: { CKMB: 90 }, extra: { "Ghi chú": TRICKY[(i + 2) % TRICKY.length] } })),
    };
    const layout = importTableLayout(nhom2023, result);
    const out = await createExcelPort(runOf(fake)).writeNewTableSheet({ sheetName: "Dữ liệu", tableStem: "ChiSo_DuLieu", ...layout });
    const sheet = fake.sheet(out.sheet)!;
    expect(lost(sheet, [...TRICKY, TRICKY_DISTRICT, "1.1"])).toEqual([]);
    expect(injected(sheet)).toEqual([]);
    // a numeric STT stays a number
    expect(sheet.cell(2, 0)?.v).toBe(2);
  });

  it.each(["formulas", "values"] as const)("Tính điểm (%s): the grades on the table, names, districts and k/n on the summary", async (mode) => {
    const fake = trickyWorkbook();
    const res = await createExcelPort(runOf(fake)).addScores({ tableName: "DuLieu", ruleSet: nhom2023, mode });
    const summary = fake.sheet(res.summarySheet)!;
    expect(lost(summary, [...TRICKY, TRICKY_DISTRICT])).toEqual([]);
    expect(injected(summary)).toEqual([]);
    expect(injected(fake.sheet("Dữ liệu")!)).toEqual([]);
    // every k/n of the district table ("1/12") is the text it was, never a date
    const rows = summary.dump();
    const kn = rows.findIndex((r) => typeof r[2] === "string" && /\(k\/n\)$/.test(r[2] as string));
    const districtRows = rows.slice(kn + 1).filter((r) => r[0] !== "" && typeof r[1] === "number");
    expect(districtRows.length).toBeGreaterThan(1);
    for (const r of districtRows) expect(r[2]).toMatch(/^\d+\/\d+$/);
    if (mode === "values") expect(lost(fake.sheet("Dữ liệu")!, ["Trung bình"])).toEqual([]);
  });

  it("Giao chỉ tiêu: the annex", async () => {
    const fake = trickyWorkbook();
    const out = await createExcelPort(runOf(fake)).writeAnnexFromTable("DuLieu", (cells) => annexModelFromCells(campaign, cells).model);
    const sheet = fake.sheet(out.sheet)!;
    expect(lost(sheet, TRICKY)).toEqual([]);
    expect(injected(sheet)).toEqual([]);
  });

  it("Theo dõi tiến độ: the progress report and its k/n", async () => {
    const fake = trickyWorkbook();
    const t = communeTable(17);
    TRICKY.forEach((name, i) => (t.rows[i][1] = name));
    t.rows[0][2] = TRICKY_DISTRICT;
    t.rows[1][2] = TRICKY_DISTRICT;
    addSeedTable(fake, "Kỳ này", "KyNay", t);
    const out = await createExcelPort(runOf(fake)).writeReportFromTables(["DuLieu", "KyNay"], ([baseline, current]) =>
      progressFromCells(campaign, "50d", { baseline: { name: "DuLieu", cells: baseline }, current: { name: "KyNay", cells: current } }).model,
    );
    const sheet = fake.sheet(out.sheet)!;
    expect(lost(sheet, TRICKY)).toEqual([]);
    expect(injected(sheet)).toEqual([]);
    const kn = [...sheet.cells.values()].filter((c) => typeof c.v === "string" && /^\d+\/\d+$/.test(c.v));
    expect(kn.length).toBeGreaterThanOrEqual(17);
  });

  it.each(TRICKY.slice(0, 5).map((name, i) => [name, i] as const))("Tính điểm, báo cáo hiện trạng of unit %s", async (_name, i) => {
    const fake = trickyWorkbook();
    const port = createExcelPort(runOf(fake));
    const [cells] = await port.readTablesAsShown(["DuLieu"]);
    const choice = listUnits(nhom2023, cells)[i];
    const out = await port.writeReportFromTables(["DuLieu"], ([c]) => statusFromCells(nhom2023, "DuLieu", c, choice).model);
    const sheet = fake.sheet(out.sheet)!;
    expect(injected(sheet)).toEqual([]);
    // the unit's name is somewhere in the report's text, never turned into a formula or a date
    const texts = [...sheet.cells.values()].filter((c) => typeof c.v === "string" && c.f === undefined).map((c) => c.v as string);
    expect(texts.some((t) => t.includes(TRICKY[i]))).toBe(true);
  });
});
