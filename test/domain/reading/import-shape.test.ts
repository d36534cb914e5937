/**
 * Import refuses the portal's points table and long form, as the one reader of tables sees them
 * (issue 9: "chiso import" turned CKMB's 11,79 points into the rate CKMB.TL 11,79 %). Real
 * capture: test/fixtures/portal-2026 (149 units, group points out of 18/20/12/10/22/18 and a total).
 */
import { importCells, importCsv, importText } from "../../../src/domain/reading/import";
import { parseCsv } from "../../../src/domain/reading/csv";
import { ProblemError } from "../../../src/domain/problems/user-error";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { readFixture } from "../../helpers/fixtures";

const units = readFixture("portal-2026", "gialai_2026-10-10_units.csv");
const metrics = readFixture("portal-2026", "gialai_2026-10-10_metrics.csv");

/** The refusal `f` throws (its code and params), or null when it reads. */
function refusal(f: () => unknown): Pick<ProblemError, "code"> & { params: unknown } | null {
  try {
    f();
    return null;
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    return { code: e.code, params: e.problem.params };
  }
}

// The capture's header: total_score, then CKMB, TDGQ, ONLINE (the portal's name for CLGQ), TTTT, MDSH, MDHL.
// The groups are listed in the order of the rule set import picked: nhom-2023.json's (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH).
const NHOM_2023_GROUPS = "CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH";

test("the points table as CSV, as tab-separated text and as cells: refused, 149 units, its six groups", () => {
  const expected = { code: "import.pointsTable", params: { units: 149, groups: NHOM_2023_GROUPS } };
  expect(refusal(() => importCsv(units))).toEqual(expected);
  const cells = parseCsv(units);
  expect(refusal(() => importText(cells.map((r) => r.join("\t")).join("\n")))).toEqual(expected);
  expect(refusal(() => importCells(cells))).toEqual(expected);
  // under the portal's rule set (dvcqg-2026.json lists MDSH before MDHL)
  expect(refusal(() => importCsv(units, { ruleSet: getRuleSet("dvcqg-2026") }))).toEqual({ code: "import.pointsTable", params: { units: 149, groups: "CKMB, TDGQ, CLGQ, TTTT, MDSH, MDHL" } });
});

test("the long form: refused, 149 units (3 427 metric rows of the capture)", () => {
  expect(refusal(() => importCsv(metrics))).toEqual({ code: "import.longFormTable", params: { units: 149 } });
});

test("a points table longer than the first rows read for the shape: refused whole (the capture's rows ×5, names made distinct)", () => {
  const [header, ...rows] = parseCsv(units);
  const copies = [0, 1, 2, 3, 4].flatMap((k) => rows.map((r) => [`${r[0]} (bản ${k + 1})`, ...r.slice(1)]));
  expect(copies).toHaveLength(745);
  expect(refusal(() => importCells([header, ...copies]))).toEqual({ code: "import.pointsTable", params: { units: 745, groups: NHOM_2023_GROUPS } });
});

test("a table whose group columns do not add up to its total is not a points table: read, not refused", () => {
  // Edited copy: every total raised by 5 points (79.27 → 84.27), so no row adds up any more.
  const [header, ...rows] = parseCsv(units);
  const edited = rows.map((r) => [...r.slice(0, 3), (Number(r[3]) + 5).toFixed(2), ...r.slice(4)]);
  const result = importCells([header, ...edited]);
  expect(result.rows).toHaveLength(149);
  // Sở Văn hóa, Thể thao và Du lịch: the edited total 84,27 is kept as the table's total
  expect(result.rows[0]).toMatchObject({ unit: "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", total: 84.27 });
});
