import type { RuleSet } from "../domain/ruleset/schema";
import { ranks, scoreUnit, type ScoredUnit } from "../domain/scoring";
import { readScoringTable, type TableCell } from "../domain/scoring/table-input";
import { checkCountPairs, readCount, readRate, readTable, readText } from "./cells";
import { errorValue, invalid, isFunctionError, type FunctionError } from "./errors";
import { headerRole } from "./rule-args";
import { missingMessage } from "./unit-score";

export type OutputCell = string | number | FunctionError;

function plainCell(cell: unknown): TableCell {
  return typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" ? cell : null;
}

/** Runs a reader that reports by throwing, keeping its message for the row's note instead. */
function attempt<T>(body: () => T, onError: (message: string) => void): T | null {
  try {
    return body();
  } catch (e) {
    if (!isFunctionError(e)) throw e;
    onError(e.message ?? "");
    return null;
  }
}

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
  const rows = readTable(tableArg, "Bảng số liệu");
  const header = rows[0].map(readText);
  const roles = header.map((h) => (h ? headerRole(rs, h) : null));
  const notes = new Map<number, string[]>();
  const note = (row: number, message: string) => notes.set(row, [...(notes.get(row) ?? []), message]);

  // Excel holds rates as fractions and readScoringTable reads percent: convert rate cells at the door.
  const cells: TableCell[][] = rows.map((row, r) =>
    r === 0
      ? header
      : header.map((title, c) => {
          const role = roles[c];
          if (role?.kind !== "indicator") return plainCell(row[c]);
          const what = `Dòng ${r + 1}, cột "${title}"`;
          return attempt(() => (role.part === "rate" ? readRate(row[c], what) : readCount(row[c], what)), (m) => note(r + 1, m));
        }),
  );
  const table = readScoringTable(rs, cells);
  const headerProblem = table.problems.find((p) => p.row === 1 && p.severity === "error");
  if (headerProblem) invalid(headerProblem.message);
  for (const p of table.problems) if (p.row > 1 && p.severity === "error") note(p.row, p.message);

  const scored = new Map<number, ScoredUnit>();
  for (const u of table.units) {
    attempt(() => checkCountPairs(u.input.values, `Dòng ${u.row}, `), (m) => note(u.row, m));
    scored.set(u.row, scoreUnit(rs, u.input));
  }
  const rankOf = new Map<number, number | null>();
  const order = [...scored.keys()];
  ranks(order.map((row) => (notes.has(row) ? null : scored.get(row)!.total))).forEach((rank, k) => rankOf.set(order[k], rank));

  const width = scoreTableHeader(rs).length;
  const out: OutputCell[][] = [scoreTableHeader(rs)];
  for (let r = 2; r <= rows.length; r++) {
    const s = scored.get(r);
    if (!s) {
      out.push(new Array<OutputCell>(width).fill(""));
      continue;
    }
    const bad = notes.get(r);
    const missing = s.problems.filter((p) => p.severity === "error" && p.code).map((p) => p.code!);
    const reason = bad ? errorValue("invalidValue", bad[0]) : errorValue("notAvailable", missingMessage(rs, missing, []));
    const value = (v: number | null | undefined): OutputCell => (bad || v === null || v === undefined ? reason : v);
    const warnings = s.problems.filter((p) => p.severity === "warning").map((p) => p.message);
    const noteText = [...(bad ?? []), ...(missing.length ? [missingMessage(rs, missing, [])] : []), ...warnings].join(" ");
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
