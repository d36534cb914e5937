import { indicatorProblemText, problemMessage, type Problem } from "../domain/problems/problem";
import type { RuleSet } from "../domain/ruleset/schema";
import { ranks, type ScoredUnit } from "../domain/scoring";
import { scoreTableUnit, unitRows } from "../domain/scoring/table-unit";
import { sheetCell } from "../domain/reading/cell";
import { isLeftOutRow } from "../domain/reading/table";
import { readScoringTable } from "../domain/scoring/table-input";
import { readTable } from "./cells";
import { errorValue, functionMessage, type FunctionError } from "./errors";
import { missingProblem } from "./unit-score";

export type OutputCell = string | number | FunctionError;

export function scoreTableHeader(rs: RuleSet): string[] {
  return ["Đơn vị", ...rs.groups.map((g) => g.name), rs.estimate ? "Tổng điểm (ước tính)" : "Tổng điểm", "Xếp loại", "Hạng", "Ghi chú"];
}

/**
 * A table whose first row is headers → one output row per input row (blank rows stay
 * blank, so the result lines up beside its source): unit, group scores, total, grade,
 * rank, note. A unit that cannot be scored gets #N/A (missing data) or #VALUE! (bad
 * data) in its score cells, with the reason in the note, instead of failing the table.
 */
export function scoreTable(rs: RuleSet, tableArg: unknown): OutputCell[][] {
  const rows = readTable(tableArg, "table");
  const notes = new Map<number, Problem[]>();
  const note = (row: number, problem: Problem) => notes.set(row, [...(notes.get(row) ?? []), problem]);

  // The argument's values are a sheet's: the one reader applies the one rate rule to them.
  // A function's argument does not say where it sits on the sheet: its problems name the row in the range.
  const table = readScoringTable(
    rs,
    rows.map((row) => row.map((v) => sheetCell(v))),
    null,
  );
  const headerProblem = table.problems.find((p) => p.row <= table.headerRow && p.severity === "error");
  if (headerProblem) throw errorValue("invalidValue", headerProblem);
  // A unit of the long form spans many rows: a problem on any of them is noted on the unit's row, where its answer is.
  const unitRowOf = new Map(table.units.flatMap((u) => unitRows(u).map((row) => [row, u.row] as const)));
  for (const p of table.problems) if (p.row > table.headerRow && p.severity === "error") note(unitRowOf.get(p.row) ?? p.row, p);

  const leftOut = new Map<number, Problem[]>();
  for (const p of table.problems) if (isLeftOutRow(p)) leftOut.set(p.row, [...(leftOut.get(p.row) ?? []), p]);

  const scored = new Map<number, ScoredUnit>();
  // by the table's shape: the portal's points table is graded as its points, its long form as one unit per unit
  for (const u of table.units) scored.set(u.row, scoreTableUnit(rs, u));
  const rankOf = new Map<number, number | null>();
  const order = [...scored.keys()];
  ranks(order.map((row) => (notes.has(row) ? null : scored.get(row)!.total))).forEach((rank, k) => rankOf.set(order[k], rank));

  const width = scoreTableHeader(rs).length;
  const out: OutputCell[][] = [scoreTableHeader(rs)];
  for (let r = 2; r <= rows.length; r++) {
    const s = scored.get(r);
    if (!s) {
      const blank = new Array<OutputCell>(width).fill("");
      // A row left out (a heading, a note, a total row) says why in its note; a blank row stays blank.
      const why = leftOut.get(r);
      if (why) blank[width - 1] = why.map(problemMessage).join(" ");
      out.push(blank);
      continue;
    }
    const bad = notes.get(r);
    const missing = s.problems.filter((p) => p.severity === "error").map((p) => p.indicator);
    const reason = bad ? errorValue("invalidValue", bad[0]) : errorValue("notAvailable", missingProblem(rs, missing, []));
    const value = (v: number | null | undefined): OutputCell => (bad || v === null || v === undefined ? reason : v);
    const warnings = s.problems.filter((p) => p.severity === "warning").map(indicatorProblemText);
    // the note is a cell's text, worded here at the door like the errors beside it
    const noteText = [...(bad ?? []).map(problemMessage), ...(missing.length ? [functionMessage(missingProblem(rs, missing, []))] : []), ...warnings].join(" ");
    out.push([
      s.unit,
      ...rs.groups.map((g) => value(s.groups[g.code])),
      value(s.total),
      bad || s.grade === null ? reason : s.grade,
      value(rankOf.get(r)),
      noteText,
    ]);
  }
  return out;
}
