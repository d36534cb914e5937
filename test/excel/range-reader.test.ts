import { sheetCell, type Cell } from "../../src/domain/reading/cell";
import { loadRangeSize, readRangesInChunks, readTypedCells } from "../../src/excel/range-reader";
import { FakeExcel } from "./fake-excel";
import { addSeedTable, communeTable, runOf, type SeedTable } from "./seed-workbook";

/** The table's cells as the domain takes them, built from the table itself. */
const typedCells = (t: SeedTable): Cell[][] => [t.header, ...t.rows].map((row, r) => row.map((v, c) => sheetCell(v, r > 0 ? t.formats[c] : null)));

/** Reads tables through the chunked reader with a small budget: the sizes in one sync, then the blocks. */
async function readTables(fake: FakeExcel, names: string[], budget?: number) {
  return runOf(fake)(async (context) => {
    const ranges = names.map((n) => loadRangeSize(context.workbook.tables.getItem(n).getRange()));
    await context.sync();
    return readTypedCells(context, ranges, budget);
  });
}

describe("the chunked range reader", () => {
  it("reads several small tables in one sync after their sizes", async () => {
    const fake = new FakeExcel();
    const [a, b] = [communeTable(17), communeTable(220)];
    addSeedTable(fake, "A", "TA", a);
    addSeedTable(fake, "B", "TB", b);
    const read = await readTables(fake, ["TA", "TB"]);
    expect(read.syncs).toBe(1);
    expect(fake.syncCount).toBe(2);
    // the whole tables are loaded, no block of them
    expect(fake.requests[1].calls).toEqual(["FakeRange.load", "FakeRange.load"]);
    expect(read.cells).toEqual([typedCells(a), typedCells(b)]);
  });

  it("splits a table in row blocks whose responses stay within the budget, in order", async () => {
    const fake = new FakeExcel();
    const t = communeTable(220);
    addSeedTable(fake, "A", "TA", t);
    // 220 rows of some 100–140 bytes (values and formats): 30,000 bytes in all, a 6,000-byte budget
    const budget = 6_000;
    const read = await readTables(fake, ["TA"], budget);
    const responses = fake.requests.slice(1).map((r) => r.responseBytes ?? 0);
    expect(responses.length).toBe(read.syncs);
    expect(read.syncs).toBeGreaterThan(4);
    for (const bytes of responses) expect(bytes).toBeLessThanOrEqual(budget);
    // later blocks are sized from the rows seen: together they fill the budget at least half on average
    const total = responses.reduce((a, b) => a + b, 0);
    expect(read.syncs).toBeLessThanOrEqual(1 + Math.ceil(total / (budget / 2)));
    expect(read.cells).toEqual([typedCells(t)]);
  });

  it("reads a row longer than the budget on its own, rather than never", async () => {
    // a budget smaller than any row: one row a sync
    const fake = new FakeExcel();
    const long = "Ủy ban nhân dân xã Đăk Yă ".repeat(40);
    fake.addSheet("S", [["Đơn vị"], [long], ["Xã Ia Ka"]]);
    const read = await runOf(fake)(async (context) => {
      const range = loadRangeSize(context.workbook.worksheets.getItem("S").getUsedRange());
      await context.sync();
      return readRangesInChunks(context, [{ range, grids: ["values"] }], 100);
    });
    expect(read.grids[0].values).toEqual([["Đơn vị"], [long], ["Xã Ia Ka"]]);
    expect(read.syncs).toBe(3);
  });
});
