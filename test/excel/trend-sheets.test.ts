import { historyToCells, type History } from "../../src/domain/history/history-table";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-budget";
import { writeTrendSheets } from "../../src/excel/trend-sheets";
import { twoPeriods2026 } from "../helpers/history-fixtures";
import { FakeExcel } from "./fake-excel";
import { runOf } from "./seed-workbook";

/** The history with every unit repeated `k` times under a numbered name and code (a larger province). */
function widened(h: History, k: number): History {
  const rows = h.rows.flatMap((r) => Array.from({ length: k }, (_, i) => (i === 0 ? r : { ...r, unit: `${r.unit} (${i + 1})`, code: r.code ? `${r.code}.${i + 1}` : null })));
  return { ...h, rows };
}

/*
 * The history sheet of two periods is 102 columns wide: 298 rows for k = 1, 2,377 for k = 8.
 * Its size takes one sync; its values are read in blocks (src/excel/range-reader.ts): the
 * first sized from the guess of a row, 512 + 102 × 24 = 2,960 bytes → 1,351 rows, the next
 * from the largest data row seen (701 bytes of JSON + its comma, × 1,5 → 1,053: 3,798 rows).
 * 298 rows take one block; 2,377 take two (1,351 + 1,026), 1.5 MB in all.
 * Then three sheets in two syncs each and the charts in two.
 */
describe.each([
  [1, 10],
  [8, 11],
])("trend sheets from the sheet Lịch sử, 149 × %i units, two periods", (k, syncs) => {
  it(`reads the history in blocks under the budget, writes three sheets in two syncs each and the charts in two: ${syncs} syncs, requests under the limit`, async () => {
    const fake = new FakeExcel();
    fake.addSheet("Lịch sử", historyToCells(widened(twoPeriods2026(), k)));
    const out = await writeTrendSheets(runOf(fake));
    expect(out.sheets).toEqual(["Diễn biến", "Tăng giảm", "Toàn tỉnh theo kỳ", "Biểu đồ diễn biến"]);
    expect(out.syncs).toBe(syncs);
    expect(fake.syncCount).toBe(syncs);
    // three line charts: the province's 9 pooled rates, the 10 highest and the 10 lowest units, series by rows;
    // each block: a title row, its header and series, then 4 + 16 rows for the chart (9 + 20 = 29 rows, then 10 + 20 = 30)
    const charts = fake.sheet("Biểu đồ diễn biến")!.chartLog;
    expect(charts.map((c) => [c.type, c.source])).toEqual([
      ["Line", "A2:C11"],
      ["Line", "A31:C41"],
      ["Line", "A61:C71"],
    ]);
    const chartData = fake.sheet("Biểu đồ diễn biến")!.dump();
    // the highest unit of the last period: Sở Văn hóa 79,27 (77,65 on 30/09)
    expect(chartData[31].slice(0, 3)).toEqual(["Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", 77.65, 79.27]);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.unsent).toEqual([]);
    // Sở Ngoại vụ (hand-computed in test/domain/history/trends.test.ts): 48,37 in the last period, −9,23
    const row = fake.sheet("Diễn biến")!.dump().find((r) => r[1] === "Sở Ngoại vụ - tỉnh Gia Lai")!;
    expect(row[10]).toBe(48.37);
    expect(row.slice(-5)).toEqual([-9.23, -9.23, "Trung bình → Yếu", 12 * k - (k - 1), -k]);
  });
});

it("an empty history sheet is refused, the missing header named in the details, nothing written", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Lịch sử", [["Bảng trống"]]);
  const error = await writeTrendSheets(runOf(fake)).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "history.noPeriods", problem: { params: { sheet: "Lịch sử" } } });
  // the detail is the coded history problem, worded at this door with its row
  expect((error as { details: string[] }).details).toEqual([expect.stringMatching(/^Dòng 1: không thấy tiêu đề bảng lịch sử/)]);
  expect(fake.sheets.map((s) => s.name)).toEqual(["Lịch sử"]);
});

it("an unreadable row of the history is skipped and returned as a coded problem on its row and column", async () => {
  const fake = new FakeExcel();
  const cells = historyToCells(twoPeriods2026());
  cells[5] = ["2026-13", ...cells[5].slice(1)];
  fake.addSheet("Lịch sử", cells);
  const out = await writeTrendSheets(runOf(fake));
  expect(out.problems.map((p) => [p.code, p.row, p.column, p.params])).toEqual([["history.badPeriod", 6, "Kỳ", { text: "2026-13" }]]);
});
