/**
 * CHISO.BANGDIEM on the portal's long form (test/fixtures/portal-2026/gialai_2026-10-10_metrics.csv,
 * as Excel passes a range: numbers as numbers, empty cells ""): a unit answers on its first row
 * with the portal's printed CLGQ and TTTT, and a cell problem on any of its rows is noted there.
 */
import { parseCsv } from "../../src/domain/reading/csv";
import { bangDiem } from "../../src/functions/functions";
import { problemOf } from "../../src/functions/errors";
import { portalTable, readFixture } from "../helpers/fixtures";

function range(): (string | number)[][] {
  return parseCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv")).map((r) => r.map((s) => (s === "" ? "" : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s)));
}

test("a unit's answer on its first row: the printed group scores complete its total", () => {
  const out = bangDiem(range(), "dvcqg-2026") as unknown[][];
  const head = out[0] as string[];
  const first = out[1];
  // units.csv line 2: Sở Văn hóa, Thể thao và Du lịch, CLGQ (ONLINE) 6,72, TTTT 8,61, total 79,27
  expect(first[0]).toBe("Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai");
  expect(head.length).toBe(first.length);
  expect(first).toContain(6.72);
  expect(first).toContain(8.61);
  expect(first).toContain(79.27);
});

test("a numerator above its denominator on the unit's 7th row: the unit's answer is #VALUE!, naming that cell", () => {
  const cells = range();
  // metrics.csv line 8: SO_HOA_GIAY_TO_GIAI_QUYET (MDSH.2), 603/654, made 700/654
  const line = portalTable("metrics").findIndex((r) => r.unit_code === "H21.17" && r.metric_code === "SO_HOA_GIAY_TO_GIAI_QUYET") + 2;
  expect(line).toBe(8);
  cells[line - 1][cells[0].indexOf("numerator")] = 700;
  const out = bangDiem(cells, "dvcqg-2026") as unknown[][];
  const total = out[1][(out[0] as string[]).findIndex((h) => h.startsWith("Tổng điểm"))];
  expect(problemOf(total)).toMatchObject({ code: "count.numeratorAboveDenominator", row: 8 });
  // the row of the cell answers nothing: it is not a unit's first row
  expect(out[line - 1].every((v) => v === "")).toBe(true);
});
