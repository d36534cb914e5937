/**
 * The shape decision every door takes from the domain (issue 9, Deliver 4), on real tables:
 * the Gia Lai capture's units.csv (the portal's points table), its metrics.csv (the long
 * form) and seed 002 annex I (rates). What each shape can be scored by decides what the
 * Tính điểm button writes and what a unit's status report refuses.
 */
import { readTextTable } from "../../../src/domain/reading/text-file";
import { readUnitTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { hasIndicatorValues, hasScoringColumns, scoresAsRowFormulas, scoreTableUnits } from "../../../src/domain/scoring/table-unit";
import { ProblemError } from "../../../src/domain/problems/user-error";
import { statusFromCells } from "../../../src/taskpane/logic/status-flow";
import { annexITable } from "../../excel/seed-workbook";
import { fixturePath, portalTable } from "../../helpers/fixtures";
import * as fs from "fs";

const rs = getRuleSet("dvcqg-2026");

function capture(name: "units" | "metrics") {
  const read = readTextTable(fs.readFileSync(fixturePath("portal-2026", `gialai_2026-10-10_${name}.csv`)));
  if (!read.ok) throw new Error(read.code);
  return read.cells;
}

test("units.csv is a points table: scored as its points, with no indicator values and no row formulas", () => {
  const table = readUnitTable(rs, capture("units"));
  expect(table.shape).toBe("points");
  expect([hasScoringColumns(table), hasIndicatorValues(table), scoresAsRowFormulas(table)]).toEqual([true, false, false]);
  // units.csv line 2: Sở Văn hóa, Thể thao và Du lịch, total_score 79,27, CKMB 11,79
  const [first] = scoreTableUnits(rs, table);
  expect([first.total, first.groups.CKMB]).toEqual([79.27, 11.79]);
  expect(scoreTableUnits(rs, table).map((s) => s.total)).toEqual(portalTable("units").map((u) => Number(u.total_score)));
});

test("metrics.csv is the long form: indicator values, one unit per unit, no row formulas", () => {
  const table = readUnitTable(rs, capture("metrics"));
  expect(table.shape).toBe("long-form");
  expect([hasScoringColumns(table), hasIndicatorValues(table), scoresAsRowFormulas(table)]).toEqual([true, true, false]);
  expect(scoreTableUnits(rs, table)).toHaveLength(149);
});

test("annex I is a table of rates: row formulas over its rate columns", () => {
  const t = annexITable("a1_2023_departments");
  const table = readUnitTable(getRuleSet("nhom-2023"), [t.header, ...t.rows]);
  expect(table.shape).toBe("rates");
  expect([hasScoringColumns(table), hasIndicatorValues(table), scoresAsRowFormulas(table)]).toEqual([true, true, true]);
});

/** The catalogue code a refusal carries (anything else thrown is returned as is, and fails the match). */
function codeOf(act: () => unknown): unknown {
  try {
    act();
  } catch (e) {
    return e instanceof ProblemError ? e.code : e;
  }
  return "no refusal";
}

test("a unit's status report refuses the points table rather than report group points as missing rates", () => {
  const cells = capture("units");
  const choice = { row: 2, unit: "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", label: "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai" };
  // Under nhom-2023 its group columns (CKMB, TDGQ…) are also names of that rule set's rate columns.
  const nhom = getRuleSet("nhom-2023");
  expect(readUnitTable(nhom, cells).shape).toBe("points");
  expect(codeOf(() => statusFromCells(nhom, "T", cells, choice))).toBe("table.pointsOnly");
  expect(codeOf(() => statusFromCells(rs, "T", cells, choice))).toBe("table.pointsOnly");
});
