/**
 * The one reader on the portal's long form (test/fixtures/portal-2026/gialai_2026-10-10_metrics.csv)
 * with cells edited in the test: every cell it cannot read is a coded problem on its cell, and the
 * indicator is left unread, never scored from the ratio beside it. The capture itself has none.
 */
import { parseCsv } from "../../../src/domain/reading/csv";
import { readUnitTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { portalTable, readFixture } from "../../helpers/fixtures";

const rs = getRuleSet("dvcqg-2026");
const capture = () => parseCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv"));
const header = capture()[0];
const col = (name: string) => header.indexOf(name);
/** the 0-based index in the cells of a unit's metric (the header is index 0) */
const at = (unitCode: string, metric: string) => portalTable("metrics").findIndex((r) => r.unit_code === unitCode && r.metric_code === metric) + 1;

test("the capture as exported: no problem, every unit's indicators and rows", () => {
  const table = readUnitTable(rs, capture());
  expect(table.shape).toBe("long-form");
  expect(table.problems).toEqual([]);
  const first = table.units[0];
  expect(first.row).toBe(2);
  // metrics.csv line 8: SO_HOA_GIAY_TO_GIAI_QUYET (MDSH.2) of Sở Văn hóa, Thể thao và Du lịch, 603/654
  expect(first.spread?.indicatorRows["MDSH.2"]).toBe(8);
  expect(first.input.values["MDSH.2"]).toEqual({ numerator: 603, denominator: 654 });
  // lines 18–19: TTTT_group 8,61 and ONLINE_group 6,72, the groups the file cannot compute
  expect(first.input.printedGroups).toEqual({ TTTT: 8.61, CLGQ: 6.72 });
  expect(first.spread?.rows).toEqual(Array.from({ length: first.spread!.rows.length }, (_, k) => 2 + k));
});

test("a ratio out of range, a payment count that cannot be read: problems on their cells, the indicators unread", () => {
  const cells = capture();
  const copy = at("H21.17", "ELECTRONIC_CERTIFIED_COPY"); // ratio 100, no counts
  const paid = at("H21.17", "totalDossierOnlinePaymentSuccess"); // 145 of 165
  cells[copy][col("ratio")] = "150";
  cells[paid][col("numerator")] = "-5";
  const table = readUnitTable(rs, cells);
  expect(table.problems.map((p) => [p.code, p.row, p.cell])).toEqual([
    ["rate.outOfRange", copy + 1, `I${copy + 1}`],
    ["count.negative", paid + 1, `G${paid + 1}`],
  ]);
  expect(table.units[0].input.values["MDSH.7"]).toBeUndefined();
  expect(table.units[0].input.values["TTTT.3"]).toBeUndefined();
});

test("without a place in a sheet (a custom function's argument) the problems name row and column only", () => {
  const cells = capture();
  const mdsh2 = at("H21.17", "SO_HOA_GIAY_TO_GIAI_QUYET");
  cells[mdsh2][col("numerator")] = "700";
  const table = readUnitTable(rs, cells, null);
  expect(table.problems).toEqual([
    { row: 8, column: "numerator", severity: "error", code: "count.numeratorAboveDenominator", params: { indicator: "MDSH.2", numerator: 700, denominator: 654 } },
  ]);
});
