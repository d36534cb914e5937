import type { RowDifference } from "./history-table";

/** What replacing a kept period would change, counted for a confirmation: units added, units gone, units and values changed. */
export interface DifferenceSummary {
  unitsAdded: string[];
  unitsRemoved: string[];
  /** units kept in both whose values differ */
  unitsChanged: number;
  /** values (totals, group scores, indicator counts, rates, points) that differ, over those units */
  valuesChanged: number;
}

/** Counts the differences {@link periodDifferences} lists ("đơn vị" rows are units added or gone). */
export function summarizeDifferences(differences: readonly RowDifference[]): DifferenceSummary {
  const unitsAdded: string[] = [];
  const unitsRemoved: string[] = [];
  const changed = new Set<string>();
  let valuesChanged = 0;
  for (const d of differences) {
    if (d.field === "đơn vị") (d.before === null ? unitsAdded : unitsRemoved).push(d.unit);
    else {
      changed.add(d.unit);
      valuesChanged++;
    }
  }
  return { unitsAdded, unitsRemoved, unitsChanged: changed.size, valuesChanged };
}
