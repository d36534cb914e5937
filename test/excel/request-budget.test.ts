/**
 * The one request budget (src/excel/request-budget.ts) at 10,000 units with long Vietnamese
 * names: every request and every response of the strict fake stays under what Excel on the
 * web accepts (counted in UTF-8 bytes), the syncs beyond a small table's only carry the
 * chunks the budget forces, and what the pane reads in chunks is what the domain reads from
 * the same table handed to it directly.
 */
import { sheetCell, type Cell } from "../../src/domain/reading/cell";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { scoreUnit } from "../../src/domain/scoring/score";
import { readScoringTable } from "../../src/domain/scoring/table-input";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { createExcelPort } from "../../src/excel/port";
import { REQUEST_DATA_BUDGET_BYTES, REQUEST_LIMIT_BYTES, utf8Length } from "../../src/excel/request-budget";
import { annexModelFromCells } from "../../src/taskpane/logic/campaign-draft";
import { FakeExcel } from "./fake-excel";
import { addSeedTable, communeTable, runOf, type SeedTable } from "./seed-workbook";

jest.setTimeout(300_000);


/** `n` communes whose names run to some 200 letters, most of them 2–3 bytes in UTF-8. */
function longNamed(n: number) {
  const t = communeTable(n);
  t.rows.forEach((r, i) => (r[1] = `Ủy ban nhân dân xã Đăk Yă thuộc huyện Mang Yang, tỉnh Gia Lai — điểm tiếp nhận hồ sơ thủ tục hành chính một cửa liên thông số ${i + 1} (ước tính)`.repeat(2)));
  return t;
}

/** Syncs that carry a chunk the budget forced: more than half a budget of data either way. */
const fullSyncs = (fake: FakeExcel) => fake.requests.filter((r) => r.bytes > REQUEST_DATA_BUDGET_BYTES / 2 || (r.responseBytes ?? 0) > REQUEST_DATA_BUDGET_BYTES / 2).length;

function expectWithinBudget(fake: FakeExcel, smallTableSyncs: number) {
  expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  expect(fake.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  expect(fake.syncCount).toBeLessThanOrEqual(smallTableSyncs + fullSyncs(fake));
  console.log(`${fake.syncCount} syncs; requests ${fake.requests.map((r) => `${Math.round(r.bytes / 1024)}/${Math.round((r.responseBytes ?? 0) / 1024)} KB`).join(", ")} (sent/received)`);
}

describe("10,000 units with long Vietnamese names", () => {
  const table = longNamed(10_000);

  it("names take 2–3 bytes a letter: the data is several budgets' worth", () => {
    const name = String(table.rows[0][1]);
    expect(utf8Length(name)).toBeGreaterThan(name.length * 1.2);
    const bytes = table.rows.reduce((n, r) => n + utf8Length(JSON.stringify(r)), 0);
    expect(bytes).toBeGreaterThan(REQUEST_DATA_BUDGET_BYTES);
  });

  it("Nhập dữ liệu: the import is written in chunks under the limit", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await createExcelPort(runOf(fake)).writeNewTableSheet({ sheetName: "Dữ liệu", tableStem: "T", ...table });
    expectWithinBudget(fake, 2);
    expect(fake.sheet("Dữ liệu")!.dump()).toHaveLength(10_001);
  });
});

/** The table's cells as the domain takes them, built from the table itself (no Excel in between). */
const typedCells = (t: SeedTable): Cell[][] => [t.header, ...t.rows].map((row, r) => row.map((v, c) => sheetCell(v, r > 0 ? t.formats[c] : null)));

/**
 * The syncs beyond a small table's are chunks the budget forces: there is at least one, and
 * together they carry at least half a budget each, sent and received.
 */
function expectChunksFollowBytes(fake: FakeExcel, smallTableSyncs: number) {
  const moved = fake.requests.reduce((n, r) => n + r.bytes + (r.responseBytes ?? 0), 0);
  expect(fake.syncCount).toBeGreaterThan(smallTableSyncs);
  expect(fake.syncCount - smallTableSyncs).toBeLessThanOrEqual(Math.ceil(moved / (REQUEST_DATA_BUDGET_BYTES / 2)));
  console.log(`${fake.syncCount} syncs (${smallTableSyncs} for a small table); requests ${fake.requests.map((r) => `${Math.round(r.bytes / 1024)}/${Math.round((r.responseBytes ?? 0) / 1024)} KB`).join(", ")} (sent/received)`);
}

describe("reading 10,000 units with long Vietnamese names in chunks", () => {
  const nhom2023 = getRuleSet("nhom-2023");
  const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
  const workbookOf = (t: SeedTable) => {
    const fake = new FakeExcel();
    addSeedTable(fake, "Dữ liệu", "DuLieu", t);
    return fake;
  };

  it("the table is more than one response can carry: read whole, the strict fake refuses it", async () => {
    const fake = workbookOf(longNamed(10_000));
    const whole = fake.run(async (context: Excel.RequestContext) => {
      const range = context.workbook.tables.getItem("DuLieu").getRange().load(["values", "numberFormat"]);
      await context.sync();
      return range.values;
    });
    await expect(whole).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it.each([
    [17, 3],
    [10_000, 3],
  ])("Tính điểm (as values), %i units: the points and grades the engine gives the same table", async (n, smallTableSyncs) => {
    const t = longNamed(n);
    const fake = workbookOf(t);
    const res = await createExcelPort(runOf(fake)).addScores({ tableName: "DuLieu", ruleSet: nhom2023, mode: "values" });
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    if (n < 100) expect(fake.syncCount).toBe(smallTableSyncs);
    else expectChunksFollowBytes(fake, smallTableSyncs);

    const direct = readScoringTable(nhom2023, typedCells(t));
    const expected = direct.units.map((u) => {
      const s = scoreUnit(nhom2023, u.input);
      return [u.input.unit, s.total ?? "", s.grade ?? ""];
    });
    const rows = fake.sheet("Dữ liệu")!.dump();
    const [total, grade] = ["Tổng điểm (ước tính)", "Xếp loại"].map((h) => rows[0].indexOf(h));
    expect(res.units).toBe(n);
    expect(rows.slice(1).map((r) => [r[1], r[total], r[grade]])).toEqual(expected);
  });

  it.each([
    [17, 4],
    [10_000, 4],
  ])("Phụ lục chỉ tiêu, %i units: the report reads the cells the domain reads from the table itself", async (n, smallTableSyncs) => {
    const t = longNamed(n);
    const fake = workbookOf(t);
    let read: Cell[][] = [];
    const out = await createExcelPort(runOf(fake)).writeAnnexFromTable("DuLieu", (cells) => {
      read = cells;
      return annexModelFromCells(campaign, cells).model;
    });
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(out.syncs).toBe(fake.syncCount);
    if (n < 100) expect(fake.syncCount).toBe(smallTableSyncs);
    else expectChunksFollowBytes(fake, smallTableSyncs);
    expect(read).toEqual(typedCells(t));
    // every unit of the table is on the annex, under its long name
    const names = new Set(fake.sheet(out.sheet)!.dump().flat());
    expect(t.rows.every((r) => names.has(r[1]))).toBe(true);
  });

  it.each([
    [17, 2],
    [10_000, 2],
  ])("the selection, %i units: its cells as the domain reads them from the table itself", async (n, smallTableSyncs) => {
    const t = longNamed(n);
    const fake = workbookOf(t);
    fake.select("Dữ liệu", "A:Z");
    const sel = await createExcelPort(runOf(fake)).readSelection();
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    if (n < 100) expect(fake.syncCount).toBe(smallTableSyncs);
    else expectChunksFollowBytes(fake, smallTableSyncs);
    expect(sel?.address).toBe(`'Dữ liệu'!A1:J${n + 1}`);
    expect(sel?.cells).toEqual(typedCells(t));
  });
});
