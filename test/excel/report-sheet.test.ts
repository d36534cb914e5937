import { getCampaignPreset } from "../../src/domain/targets/presets";
import { UserError } from "../../src/domain/problems/user-error";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-budget";
import { writeReportFromTables } from "../../src/excel/report-sheet";
import { progressFromCells, type ProgressOutcome } from "../../src/taskpane/logic/progress-flow";
import { FakeExcel } from "./fake-excel";
import { addSeedTable, communeTable, runOf } from "./seed-workbook";

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const CLGQ = 5; // "Tỷ lệ dịch vụ công trực tuyến" in communeTable's columns: STT, Đơn vị, Huyện, Điểm, CKMB, TDGQ, CLGQ…

/** `n` communes as baseline (table NamGoc) and as the current period (table KyNay), the first commune's online rate raised to 30%. */
function workbookWith(n: number): FakeExcel {
  const fake = new FakeExcel();
  const baseline = communeTable(n);
  addSeedTable(fake, "Năm gốc", "NamGoc", baseline);
  const current = communeTable(n);
  current.rows[0][CLGQ + 1] = 0.3;
  addSeedTable(fake, "Kỳ này", "KyNay", current);
  return fake;
}

/*
 * One sync learns both tables' sizes, one reads both (src/excel/range-reader.ts), the renderer takes two (sheet names, then every write), and one
 * more only when its estimate of the writes would pass 4 MB. The scattered "Chưa đạt" cells of
 * 2,000 units are painted as small changes over large base blocks (render-table-model.ts
 * OVERLAY_BASE), so they fit in the one request. The count never follows a loop over units.
 */
describe.each([
  [17, 4],
  [220, 4],
  [2000, 4],
])("progress report from two tables, %i communes", (n, syncs) => {
  it(`reads both tables in two syncs and renders: ${syncs} syncs, every request under 4 MB`, async () => {
    const fake = workbookWith(n);
    let outcome: ProgressOutcome | undefined;
    const out = await writeReportFromTables(runOf(fake), ["NamGoc", "KyNay"], ([baseline, current]) => {
      outcome = progressFromCells(campaign, "50d", { baseline: { name: "NamGoc", cells: baseline }, current: { name: "KyNay", cells: current } });
      return outcome.model;
    });
    expect(out).toEqual({ sheet: "Tiến độ 50d", syncs });
    expect(fake.syncCount).toBe(syncs);
    expect(fake.requests[0].calls).toEqual(["FakeRange.load", "FakeRange.load"]);
    expect(fake.requests[1].calls).toEqual(["FakeRange.load", "FakeRange.load"]);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.unsent).toEqual([]);
    expect(outcome!.report.sections.map((s) => s.summary.reported)).toEqual([n]);
    // Xã Đăk Yă (seed 002 line 590: 100% | 91,76% | 14,9% | 0% | 100% | 29,5%), campaign 50-day targets:
    // TDGQ 100 (fixed) ✗; CLGQ steps 30/50 → 30, result raised to 30 ✓; TTTT steps 20/45 → 20, 0 ✗;
    // CKMB 100 ✓; MDHL 100 ✓; MDSH 50 (communes) ✗ → 3/6.
    const row = fake.sheet("Tiến độ 50d")!.dump().find((r) => r[1] === "Xã Đăk Yă")!;
    expect(row.slice(2)).toEqual([1, 0.9176, "Chưa đạt", 0.3, 0.3, "Đạt", 0.2, 0, "Chưa đạt", 1, 1, "Đạt", 1, 1, "Đạt", 0.5, 0.295, "Chưa đạt", "3/6"]);
  });
});

it("refuses a current table with an unreadable rate after reading, and writes nothing", async () => {
  const fake = workbookWith(17);
  fake.sheet("Kỳ này")!.cellForWrite(3, CLGQ + 1).v = "9.,8%";
  const build = ([baseline, current]: unknown[][][]) =>
    progressFromCells(campaign, "50d", { baseline: { name: "NamGoc", cells: baseline as never }, current: { name: "KyNay", cells: current as never } }).model;
  const error = await writeReportFromTables(runOf(fake), ["NamGoc", "KyNay"], build).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  // row 4 of the table (header = 1), the online-services column: the cell the list leads to
  expect((error as { problems: { row: number; column: string; table: string }[] }).problems).toEqual([
    expect.objectContaining({ row: 4, column: "Tỷ lệ dịch vụ công trực tuyến", table: "KyNay", severity: "error" }),
  ]);
  expect(fake.syncCount).toBe(2);
  expect(fake.sheets.map((s) => s.name)).toEqual(["Năm gốc", "Kỳ này"]);
});
