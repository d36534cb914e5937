import { historyRowsFromImport } from "../../src/domain/history/from-import";
import { summarizeDifferences } from "../../src/domain/history/difference-summary";
import { historyToCells } from "../../src/domain/history/history-table";
import { parsePeriod } from "../../src/domain/history/period";
import { importCells } from "../../src/domain/reading/import";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { HISTORY_TABLE, saveHistoryPeriod } from "../../src/excel/history-sheet";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-budget";
import { editedEarlierUnits } from "../helpers/history-fixtures";
import { portalUnits, wideCells, type PortalUnit } from "../helpers/portal-period";
import { FakeExcel } from "./fake-excel";
import { runOf } from "./seed-workbook";

const rs = getRuleSet("dvcqg-2026");
/** A period's request as the pane makes it: the wide table read by the importer, scored, as history rows. */
function request(periodId: string, units: readonly PortalUnit[], replace = false) {
  const period = parsePeriod(periodId)!;
  const read = importCells(wideCells(units));
  return { period, rows: historyRowsFromImport(period, getRuleSet(read.ruleSet), read.rows), columns: rs, replace };
}
/** Every unit `k` times under a numbered name and code: a larger province with the capture's numbers. */
const widened = (units: readonly PortalUnit[], k: number) => units.flatMap((u) => Array.from({ length: k }, (_, i) => (i === 0 ? u : { ...u, unit: `${u.unit} (${i + 1})`, code: `${u.code}.${i + 1}` })));

const column = (rows: unknown[][], title: string) => rows[0].indexOf(title);
const rowsOf = (rows: unknown[][], period: string) => rows.filter((r) => r[0] === period);

async function twoPeriodsWorkbook() {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  await saveHistoryPeriod(runOf(fake), request("2026-09-30", editedEarlierUnits()));
  await saveHistoryPeriod(runOf(fake), request("2026-10-10", portalUnits()));
  fake.resetLog();
  return fake;
}

describe("the history table of the workbook", () => {
  it("two periods imported one after the other land in one table: 148 rows of 30/09 (Vân Canh absent), then the capture's 149", async () => {
    const fake = await twoPeriodsWorkbook();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Lịch sử"]);
    expect(fake.tables.map((t) => t.name)).toEqual([HISTORY_TABLE]);
    const rows = fake.sheet("Lịch sử")!.dump();
    // the table covers the header and 148 + 149 rows
    expect(fake.tables[0].getRange()).toMatchObject({ r: 0, c: 0, nRows: 1 + 148 + 149 });
    expect(rows).toHaveLength(1 + 148 + 149);
    expect(rows.slice(1, 149).every((r) => r[0] === "2026-09-30" && r[1] === "Đến ngày")).toBe(true);
    expect(rows.slice(149).every((r) => r[0] === "2026-10-10")).toBe(true);
    const total = column(rows, "Tổng điểm");
    const vh = (p: string) => rowsOf(rows, p).find((r) => r[3] === "H21.17")!;
    // documented edit (test/helpers/history-fixtures.ts): 77,65 on 30/09, the capture's 79,27 on 10/10
    expect([vh("2026-09-30")[total], vh("2026-10-10")[total]]).toEqual([77.65, 79.27]);
    expect(vh("2026-09-30")[column(rows, "TDGQ.1 tử số")]).toBe(600);
    expect(rowsOf(rows, "2026-09-30").some((r) => r[3] === "H21.227")).toBe(false);
    expect(rowsOf(rows, "2026-10-10").some((r) => r[3] === "H21.227")).toBe(true);
  });

  it("a period kept already is not written without the user's word, and the differences are the documented edits", async () => {
    const fake = await twoPeriodsWorkbook();
    const before = fake.sheet("Lịch sử")!.dump();
    const out = await saveHistoryPeriod(runOf(fake), request("2026-09-30", portalUnits()));
    expect(out.plan.outcome.status).toBe("confirm");
    // By hand from the three edits: Vân Canh added; for Sở Văn hóa and Sở Ngoại vụ each, the
    // total, the group TDGQ, and TDGQ.1's numerator, rate and points differ (the denominator
    // stays): 2 units, 10 values.
    expect(summarizeDifferences(out.plan.outcome.differences)).toEqual({ unitsAdded: ["UBND xã Vân Canh"], unitsRemoved: [], unitsChanged: 2, valuesChanged: 10 });
    expect(fake.sheet("Lịch sử")!.dump()).toEqual(before);
    // the reads only (list, size, values): no write was sent
    expect(fake.syncCount).toBe(3);
    expect(fake.unsent).toEqual([]);
  });

  it("a confirmed replace changes only that period: 30/09 becomes the capture's 149 rows, 10/10 stays as it was", async () => {
    const fake = await twoPeriodsWorkbook();
    const before = fake.sheet("Lịch sử")!.dump();
    const out = await saveHistoryPeriod(runOf(fake), request("2026-09-30", portalUnits(), true));
    expect(out.plan.outcome.status).toBe("replaced");
    const rows = fake.sheet("Lịch sử")!.dump();
    expect(rows).toHaveLength(1 + 149 + 149);
    expect(fake.tables[0].getRange()).toMatchObject({ nRows: 1 + 149 + 149 });
    expect(rowsOf(rows, "2026-10-10")).toEqual(rowsOf(before, "2026-10-10"));
    const total = column(rows, "Tổng điểm");
    const sep = rowsOf(rows, "2026-09-30");
    expect(sep).toHaveLength(149);
    expect(sep.find((r) => r[3] === "H21.17")![total]).toBe(79.27);
    expect(sep.find((r) => r[3] === "H21.26")![total]).toBe(48.37);
    expect(sep.some((r) => r[3] === "H21.227")).toBe(true);
    // the 148 kept rows were written over in place; the one more went in by growing the table
    const calls = fake.requests.flatMap((r) => r.calls);
    expect(calls.filter((c) => c === "Range.insert")).toHaveLength(1);
    // two blocks of values: the 148 rows of the period (one run) and the row appended
    expect(calls.filter((c) => c === "Range.values=")).toHaveLength(2);
  });

  it.each([1, 8])("syncs do not grow with the units (149 × %i): 2 to create (list, write), 4 to append (list, size, read, write), requests under the limit", async (k) => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const first = await saveHistoryPeriod(runOf(fake), request("2026-09-30", widened(editedEarlierUnits(), k)));
    const second = await saveHistoryPeriod(runOf(fake), request("2026-10-10", widened(portalUnits(), k)));
    expect([first.syncs, second.syncs]).toEqual([2, 4]);
    expect(fake.syncCount).toBe(6);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fake.sheet("Lịch sử")!.dump()).toHaveLength(1 + 148 * k + 149 * k);
  });
});

it("two years of monthly periods of the capture's 149 units (3 576 rows): the 25th month is added with the read under the response limit", async () => {
  // 24 months of the capture's rows under their own period (the numbers need not move for the size)
  const capture = request("2026-10-10", portalUnits()).rows;
  const months = Array.from({ length: 24 }, (_, m) => parsePeriod(`${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`)!);
  const history = { periods: months, rows: months.flatMap((p) => capture.map((r) => ({ ...r, period: p.id, kind: p.kind }))), groupCodes: rs.groups.map((g) => g.code), indicatorCodes: rs.indicators.map((i) => i.code) };
  const cells = historyToCells(history);
  const fake = new FakeExcel();
  fake.addSheet("Lịch sử", cells);
  const last = cells[0].length - 1;
  const letter = (n: number) => (n < 26 ? "" : String.fromCharCode(64 + Math.floor(n / 26))) + String.fromCharCode(65 + (n % 26));
  fake.addTable("Lịch sử", `A1:${letter(last)}${cells.length}`, HISTORY_TABLE);
  const out = await saveHistoryPeriod(runOf(fake), request("2026-01", portalUnits()));
  expect(out.plan.outcome.status).toBe("added");
  // list, size, the values in two blocks (the first sized from a guess, the next from the rows seen), write
  expect(out.syncs).toBe(5);
  expect(fake.maxResponseBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  expect(fake.sheet("Lịch sử")!.dump()).toHaveLength(1 + 25 * 149);
});
