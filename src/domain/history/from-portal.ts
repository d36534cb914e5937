import { levelFromLabel, levelFromName } from "../parsing/levels";
import { shownText, type Cell } from "../reading/cell";
import type { ScoringTable } from "../reading/table";
import type { RuleSet } from "../ruleset/schema";
import { scoreTableUnit } from "../scoring/table-unit";
import { isUnitCodeHeader } from "./from-import";
import { historyRow, type ColumnCodes, type HistoryRow } from "./history-table";
import type { Period } from "./period";

/**
 * The columns a portal period brings to the history: the rule set's groups, and its indicators
 * only when the period has values for them (a points table has none: no empty indicator columns).
 */
export function portalPeriodColumns(ruleSet: RuleSet, table: Pick<ScoringTable, "shape">): ColumnCodes {
  return { groupCodes: ruleSet.groups.map((g) => g.code), indicatorCodes: table.shape === "points" ? [] : ruleSet.indicators.map((i) => i.code) };
}

/**
 * The history rows of one period read from the portal's points table or long form, scored as
 * `chiso score` scores them ({@link scoreTableUnit}): a points table's group points and total
 * as printed, never read as rates; the long form's counts through the engine. `cells` are the
 * table's own, where the unit's code is read (each unit's first row, the header's code column).
 */
export function historyRowsFromPortal(period: Period, ruleSet: RuleSet, table: ScoringTable, cells: readonly (readonly Cell[])[]): HistoryRow[] {
  const codeCol = (cells[table.headerRow - 1] ?? []).findIndex((c) => isUnitCodeHeader(shownText(c)));
  return table.units.map((u) => {
    // The portal's levels (AGENCY, COMMUNE) as import reads a level: by its label, else by the unit's name.
    const label = u.input.level ? levelFromLabel(u.input.level) : null;
    const level = label ?? levelFromName(u.input.unit) ?? u.input.level;
    const unit = { ...u, input: { ...u.input, level } };
    const code = codeCol >= 0 ? shownText(cells[u.row - 1]?.[codeCol]).trim() : "";
    return historyRow(period, ruleSet, unit.input, scoreTableUnit(ruleSet, unit), { code: code || null, officialTotal: u.points ? u.points.total : null });
  });
}
