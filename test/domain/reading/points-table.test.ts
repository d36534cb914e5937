/**
 * The portal's points table read cell by cell (QA on copies of the Gia Lai capture of
 * 10/10/2026, test/fixtures/portal-2026/gialai_2026-10-10_units.csv, with edits): a group
 * point that cannot be read, is negative or above its group's maximum is a problem on its
 * cell and is not used; the total is the printed one, else the sum of all six groups, else
 * none (never 0). Expected numbers are the capture's printed figures, added by hand.
 * Columns of units.csv: A unit, B unit_code, C level, D total_score, E CKMB, F TDGQ,
 * G ONLINE, H TTTT, I MDSH, J MDHL.
 */
import { parseCsv } from "../../../src/domain/reading/csv";
import { readUnitTable, type ScoringTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { scoreTableUnit } from "../../../src/domain/scoring/table-unit";
import { portalTable, readFixture } from "../../helpers/fixtures";

const rs = getRuleSet("dvcqg-2026");
const capture = parseCsv(readFixture("portal-2026", "gialai_2026-10-10_units.csv"));
const TOTAL = 3;
const CKMB = 4;
const TDGQ = 5;

/** The capture with some cells replaced: `line` is the file's line (the header is line 1). */
function edited(edits: [line: number, col: number, text: string][]): ScoringTable {
  const cells = capture.map((r) => [...r]);
  for (const [line, col, text] of edits) cells[line - 1][col] = text;
  return readUnitTable(rs, cells);
}

const problemsOf = (t: ScoringTable, line: number) => t.problems.filter((p) => p.row === line).map((p) => [p.cell, p.severity, p.code]);
const unitOf = (t: ScoringTable, line: number) => t.units.find((u) => u.row === line)!;

test("the unedited capture: no problem, every total the printed one", () => {
  const t = readUnitTable(rs, capture);
  expect(t.shape).toBe("points");
  expect(t.problems).toEqual([]);
  const printed = portalTable("units").map((u) => Number(u.total_score));
  expect(t.units.map((u) => u.points?.total)).toEqual(printed);
});

test("a group point edited (CKMB 11,79 → 5): the printed total stays, with a warning naming both numbers", () => {
  // line 2, Sở Văn hóa, Thể thao và Du lịch: printed 79,27; groups 5 + 19,97 + 6,72 + 8,61 + 14,18 + 18 = 72,48
  const t = edited([[2, CKMB, "5"]]);
  expect(t.shape).toBe("points");
  expect(unitOf(t, 2).points).toEqual({ groups: { CKMB: 5, TDGQ: 19.97, CLGQ: 6.72, TTTT: 8.61, MDSH: 14.18, MDHL: 18 }, total: 79.27 });
  expect(problemsOf(t, 2)).toEqual([["D2", "warning", "points.totalNotSum"]]);
  expect(t.problems[0].params).toEqual({ total: 79.27, sum: 72.48 });
});

test.each([
  // line 3, Vân Canh: 11,79 + 19,41 + 6,31 + 7,34 + 12,49 + 18 = 75,34 (its printed total)
  ["blank", 3, "", 75.34],
  // line 4, Đăk Song: 11,79 + 19,52 + 6,2 + 6,7 + 11,74 + 18 = 73,95; "Chưa có dữ liệu" is the portal's no-data
  ["Chưa có dữ liệu", 4, "Chưa có dữ liệu", 73.95],
])("a %s total: the sum of the six groups, said on the total cell", (_, line, text, sum) => {
  const t = edited([[line, TOTAL, text]]);
  expect(unitOf(t, line).points?.total).toBe(sum);
  expect(problemsOf(t, line)).toEqual([[`D${line}`, "warning", "points.totalFromGroups"]]);
  expect(t.problems[0].params).toEqual({ total: sum });
  // 75,34 and 73,95 of 100: Khá (70–80), not Yếu
  expect(scoreTableUnit(rs, unitOf(t, line))).toMatchObject({ total: sum, complete: true, grade: "Khá" });
});

test('an unreadable total ("9,8 %"): an error on its cell, and the sum of the groups stands in', () => {
  // line 5, Đề Gi: 11,79 + 18,72 + 6,73 + 7,55 + 10,97 + 18 = 73,76 (its printed total)
  const t = edited([[5, TOTAL, "9,8 %"]]);
  expect(problemsOf(t, 5)).toEqual([
    ["D5", "error", "count.notACount"],
    ["D5", "warning", "points.totalFromGroups"],
  ]);
  expect(scoreTableUnit(rs, unitOf(t, 5))).toMatchObject({ total: 73.76, grade: "Khá" });
});

test("a group point above its group's maximum (CKMB 25 of 18) is an error on its cell and not used", () => {
  // line 6, Hoài Nhơn Bắc: printed total 73,71 stays; CKMB's maximum is 18 in dvcqg-2026
  const t = edited([[6, CKMB, "25"]]);
  expect(problemsOf(t, 6)).toEqual([["E6", "error", "points.aboveMax"]]);
  expect(t.problems[0].params).toEqual({ value: 25, max: 18 });
  expect(unitOf(t, 6).points).toEqual({ groups: { TDGQ: 18.66, CLGQ: 6.72, TTTT: 8.17, MDSH: 10.37, MDHL: 18 }, total: 73.71 });
  expect(scoreTableUnit(rs, unitOf(t, 6)).groups.CKMB).toBeNull();
});

test('a negative group point ("-3") is an error on its cell and not used', () => {
  // line 7, Canh Vinh: printed total 73,64 stays
  const t = edited([[7, CKMB, "-3"]]);
  expect(problemsOf(t, 7)).toEqual([["E7", "error", "count.negative"]]);
  expect(unitOf(t, 7).points).toEqual({ groups: { TDGQ: 19.63, CLGQ: 6.44, TTTT: 7.09, MDSH: 10.69, MDHL: 18 }, total: 73.64 });
});

test("no printed total and a group missing: no total (never 0), no grade, the unit incomplete", () => {
  // line 8, Phù Mỹ Nam without total and TDGQ: known 11,79 + 6,35 + 7,32 + 10,56 + 18 = 54,02 of 18 + 12 + 10 + 22 + 18 = 80
  const t = edited([
    [8, TOTAL, ""],
    [8, TDGQ, "abc"],
  ]);
  expect(problemsOf(t, 8)).toEqual([
    ["F8", "error", "number.invalid"],
    ["D8", "warning", "whole.totalOpen"],
  ]);
  expect(t.problems[1].params).toEqual({ missing: "TDGQ", known: 54.02, max: 80 });
  expect(unitOf(t, 8).points?.total).toBeNull();
  expect(scoreTableUnit(rs, unitOf(t, 8))).toMatchObject({ total: null, complete: false, grade: null });
});

test("the rows' other problems are kept, in the order of the rows", () => {
  // line 9 renamed to line 8's unit (UBND xã Phù Mỹ Nam); line 10's CKMB made unreadable
  const t = edited([
    [9, 0, "UBND xã Phù Mỹ Nam"],
    [10, CKMB, "x"],
  ]);
  expect(t.problems.map((p) => [p.row, p.code])).toEqual([
    [9, "row.duplicateName"],
    [10, "number.invalid"],
  ]);
});
