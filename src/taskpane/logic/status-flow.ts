import { problemMessage } from "../../domain/problems/problem";
import { foldVietnamese } from "../../domain/parsing/text";
import type { RuleSet } from "../../domain/ruleset/schema";
import { buildStatusModel, totalLine } from "../../domain/report/status-model";
import type { TableModel } from "../../domain/report/table-model";
import { recoverUnit, type UnitRecovery } from "../../domain/scoring/recovery";
import { scoreUnit } from "../../domain/scoring/score";
import { unitRows } from "../../domain/scoring/table-unit";
import { readScoringTable, type TableUnit } from "../../domain/scoring/table-input";
import { ProblemError } from "../../domain/problems/user-error";
import type { Cell } from "../../domain/reading/cell";
import { refuseUnscorable } from "../../excel/score-sheet";
import { S } from "../strings.vi";
import type { PaneMessage } from "./messages";
import type { ListedProblem } from "./problem-groups";

const T = S.statusReport;

/** A unit offered by the picker: its table row (header = 1) tells apart two communes of one name. */
export interface UnitChoice {
  row: number;
  unit: string;
  district?: string;
  /** what the picker shows: the commune with its district */
  label: string;
}

const labelOf = (u: { unit: string; district?: string }) => (u.district ? `${u.unit} (${u.district})` : u.unit);

/** The units of a table as the picker lists them, in the table's order; none when it has no unit column. */
export function listUnits(ruleSet: RuleSet, cells: readonly (readonly Cell[])[]): UnitChoice[] {
  return readScoringTable(ruleSet, cells)
    .units.filter((u) => u.input.unit)
    .map((u) => ({ row: u.row, unit: u.input.unit, district: u.input.district, label: labelOf(u.input) }));
}

/** The choices whose label holds what is typed, case and diacritics aside ("kbang", "đak pơ" → "Huyện Đak Pơ"). */
export function filterUnits(units: readonly UnitChoice[], typed: string): UnitChoice[] {
  const wanted = foldVietnamese(typed.normalize("NFC").trim());
  return wanted ? units.filter((u) => foldVietnamese(u.label).includes(wanted)) : [...units];
}

export interface StatusOutcome {
  recovery: UnitRecovery;
  model: TableModel;
  /** the reader's problems of the header and of the unit's row: unreadable cells the report shows as "—" */
  problems: ListedProblem[];
}

/**
 * The status report of the chosen unit (seed 000, Phụ lục I; DOMAIN.md step 5) from the
 * table's cells as read now: the unit is found again on its row, or by name if rows moved
 * since the picker was filled. Refuses before anything is written.
 */
export function statusFromCells(ruleSet: RuleSet, tableName: string, cells: readonly (readonly Cell[])[], choice: UnitChoice): StatusOutcome {
  const table = readScoringTable(ruleSet, cells);
  refuseUnscorable(ruleSet, tableName, table);
  const unit = findUnit(table.units, choice);
  if (!unit) throw new ProblemError("table.unitGone", { unit: choice.label, table: tableName });
  const recovery = recoverUnit(ruleSet, scoreUnit(ruleSet, unit.input));
  const rows = new Set(unitRows(unit));
  const problems = table.problems.filter((p) => p.row === 1 || rows.has(p.row)).map((p) => ({ ...p, message: problemMessage(p), ...(rows.has(p.row) ? { unit: unit.input.unit } : {}) }));
  return { recovery, model: buildStatusModel(recovery), problems };
}

function findUnit(units: readonly TableUnit[], choice: UnitChoice): TableUnit | undefined {
  const same = (u: TableUnit) => u.input.unit === choice.unit && u.input.district === choice.district;
  const onRow = units.find((u) => u.row === choice.row && same(u));
  if (onRow) return onRow;
  const named = units.filter(same);
  return named.length === 1 ? named[0] : undefined;
}

/** The pane's summary: the sheet written and the unit's total line; a warning when the total is missing or a cell was unreadable (listed below it). */
export function statusMessage({ recovery, problems }: StatusOutcome, sheet: string): PaneMessage {
  const warn = !recovery.total.complete || problems.length > 0;
  return { intent: warn ? "warning" : "success", title: T.done(sheet, labelOf(recovery)), lines: [`${totalLine(recovery)}.`] };
}
