/**
 * Tính điểm on the portal's long form (test/fixtures/portal-2026/gialai_2026-10-10_metrics.csv,
 * opened as a workbook holds it): every unit gets a total (CLGQ and TTTT are the portal's printed
 * group scores), and the pane lists where a group's score is the portal's, on that group's row.
 */
import { parseCsv } from "../../src/domain/reading/csv";
import { columnLetters } from "../../src/domain/report/table-model";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { addScores } from "../../src/excel/score-sheet";
import { portalTable, readFixture } from "../helpers/fixtures";
import { FakeExcel } from "./fake-excel";
import { runOf } from "./seed-workbook";

test("the long form's units are all scored, and the printed group scores are listed on their rows", async () => {
  const [header, ...rows] = parseCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv"));
  // the export's dot decimals as a workbook that opened it holds them: numbers
  const body = rows.map((r) => r.map((s) => (s === "" ? null : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s)));
  const fake = new FakeExcel();
  fake.addSheet("Dữ liệu", [header, ...body]);
  fake.addTable("Dữ liệu", `A1:${columnLetters(header.length - 1)}${body.length + 1}`, "T");
  const result = await addScores(runOf(fake), { tableName: "T", ruleSet: getRuleSet("dvcqg-2026"), mode: "values" });
  expect(result.units).toBe(149);
  expect(result.incomplete).toBe(0);
  // the 1-based lines of the capture's group scores: ONLINE_group and TTTT_group, two per unit (298)
  const groupLines = portalTable("metrics").flatMap((r, k) => (r.metric_code.endsWith("_group") ? [k + 2] : []));
  expect(groupLines).toHaveLength(298);
  const warnings = result.problems.filter((p) => p.severity === "warning").map((p) => p.row);
  expect(warnings.sort((a, b) => a - b)).toEqual(groupLines);
});
