/**
 * The one request budget (src/excel/request-budget.ts) at 10,000 units with long Vietnamese
 * names: every request and every response of the strict fake stays under what Excel on the
 * web accepts (counted in UTF-8 bytes), and the syncs beyond a small table's only carry the
 * chunks the budget forces (each at least half full).
 */
import { createExcelPort } from "../../src/excel/port";
import { REQUEST_DATA_BUDGET_BYTES, REQUEST_LIMIT_BYTES, utf8Length } from "../../src/excel/request-budget";
import { FakeExcel } from "./fake-excel";
import { communeTable, runOf } from "./seed-workbook";

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
