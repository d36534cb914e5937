import type { RuleSet } from "../ruleset/schema";

/**
 * Excel's RANK (RANK.EQ, descending): 1 + the number of values strictly greater.
 * Ties share a rank and the next rank is skipped; units without a total get no rank.
 */
export function ranks(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => b - a);
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (present[mid] > v) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}

export interface RollUpRow {
  total: number | null;
  grade: string | null;
}

export interface RollUp {
  key: string;
  /** units in the group, with or without a total */
  units: number;
  scored: number;
  countsByGrade: Record<string, number>;
  /** units with the lowest grade (Yếu: under 50), the `k` of annex I's `k/n` column */
  lowest: number;
  /** "k/n" as printed in seed 002 annex I */
  lowestOfUnits: string;
  average: number | null;
  min: number | null;
  max: number | null;
}

/** Counts per grade, the `k/n` of units under the lowest band, and averages, per key (district, level…). */
export function rollUp<T extends RollUpRow>(ruleSet: RuleSet, rows: readonly T[], keyOf: (row: T) => string): RollUp[] {
  const lowestLabel = ruleSet.grades[ruleSet.grades.length - 1].label;
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return [...byKey.entries()].map(([key, list]) => {
    const countsByGrade: Record<string, number> = Object.fromEntries(ruleSet.grades.map((g) => [g.label, 0]));
    const totals: number[] = [];
    for (const row of list) {
      if (row.grade !== null) countsByGrade[row.grade] = (countsByGrade[row.grade] ?? 0) + 1;
      if (row.total !== null) totals.push(row.total);
    }
    const lowest = countsByGrade[lowestLabel] ?? 0;
    return {
      key,
      units: list.length,
      scored: totals.length,
      countsByGrade,
      lowest,
      lowestOfUnits: `${lowest}/${list.length}`,
      average: totals.length ? totals.reduce((s, v) => s + v, 0) / totals.length : null,
      min: totals.length ? Math.min(...totals) : null,
      max: totals.length ? Math.max(...totals) : null,
    };
  });
}
