import type { NumberOptions } from "../parsing/number";
import type { ProblemCode, ProblemParams } from "../problems/problem";
import type { Cell } from "./cell";
import { readCountCell } from "./values";

/*
 * One row of the portal's points table (group points out of 18/20/12/10/22/18 and a total,
 * `…_units.csv`), read cell by cell by the one rule of a count: a point is a non-negative
 * number, never a percent. A cell that cannot be read, or is above its maximum, is a problem
 * on that cell and its value is not used; the total is the printed one, else the sum of the
 * groups when every group is known, else unknown (never 0: a unit with no total has no grade).
 */

/** Where a points table's numbers are: a column per group of the rule set, and the total's. */
export interface PointsColumns {
  groups: readonly { col: number; group: string; max: number }[];
  /** every group of the rule set: the sum is a total only when each of them is known */
  ruleSetGroups: readonly { code: string; max: number }[];
  total: { col: number; max: number };
  /** how far the printed total may be from the sum of its printed groups (each rounded to 2 decimals) */
  allowance: number;
}

/** A problem on one cell of the row: the table reader places it (row, column, address). */
export interface PointsCellProblem {
  col: number;
  severity: "error" | "warning";
  code: ProblemCode;
  params: ProblemParams;
}

export interface PointsRow {
  /** the group points that were read and are within their maximum */
  groups: Record<string, number>;
  /** the printed total, or the sum of the groups when none is printed; null when neither is known */
  total: number | null;
  problems: PointsCellProblem[];
  /**
   * whether the row's printed numbers add up (the test a table passes as a points table, on
   * 9 rows in 10): every number read counts, even one above its maximum
   */
  adds: boolean;
}

/** A points cell as read (null: empty or unreadable), and its value when it can be used: within 0 and its maximum. */
function pointsCell(cell: Cell, col: number, max: number, options: NumberOptions, problems: PointsCellProblem[]): { read: number | null; used: number | null } {
  const read = readCountCell(cell, options);
  if (!read.ok) {
    problems.push({ col, severity: "error", code: read.code, params: read.params });
    return { read: null, used: null };
  }
  if (read.value !== null && read.value > max) {
    problems.push({ col, severity: "error", code: "points.aboveMax", params: { value: read.value, max } });
    return { read: read.value, used: null };
  }
  return { read: read.value, used: read.value };
}

/** Sums of points printed to 2 decimals, without the binary noise of the addition (75.34, not 75.34000000000002). */
const hundredths = (n: number) => Math.round(n * 100) / 100;

export function readPointsRow(row: readonly Cell[], columns: PointsColumns, options: NumberOptions): PointsRow {
  const problems: PointsCellProblem[] = [];
  const groups: Record<string, number> = {};
  let readSum = 0;
  for (const { col, group, max } of columns.groups) {
    const { read, used } = pointsCell(row[col], col, max, options, problems);
    readSum += read ?? 0;
    if (used !== null && !(group in groups)) groups[group] = used;
  }
  const totalCol = columns.total.col;
  const total = pointsCell(row[totalCol], totalCol, columns.total.max, options, problems);
  const adds = total.read !== null && Math.abs(readSum - total.read) <= columns.allowance;
  const printed = total.used;
  const missing = columns.ruleSetGroups.filter((g) => !(g.code in groups));
  const sum = hundredths(Object.values(groups).reduce((a, b) => a + b, 0));
  if (printed !== null) {
    // Only a sum of every group says what the total should be: a group left out already has its problem.
    if (missing.length === 0 && Math.abs(sum - printed) > columns.allowance) {
      problems.push({ col: totalCol, severity: "warning", code: "points.totalNotSum", params: { total: printed, sum } });
    }
    return { groups, total: printed, problems, adds };
  }
  if (missing.length === 0) {
    problems.push({ col: totalCol, severity: "warning", code: "points.totalFromGroups", params: { total: sum } });
    return { groups, total: sum, problems, adds };
  }
  const knownMax = columns.ruleSetGroups.filter((g) => g.code in groups).reduce((a, g) => a + g.max, 0);
  problems.push({ col: totalCol, severity: "warning", code: "whole.totalOpen", params: { missing: missing.map((g) => g.code).join(", "), known: sum, max: knownMax } });
  return { groups, total: null, problems, adds };
}
