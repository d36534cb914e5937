import { summarizeDifferences, type DifferenceSummary } from "../../domain/history/difference-summary";
import { historyRowsFromImport } from "../../domain/history/from-import";
import type { RowDifference } from "../../domain/history/history-table";
import type { Period, PeriodKind } from "../../domain/history/period";
import { periodOfChoice, periodOfImport, type PeriodChoice } from "../../domain/history/period-choice";
import { problemMessages, type Problem } from "../../domain/problems/problem";
import type { ExcelPort } from "../../excel/port";
import { S } from "../strings.vi";
import type { ImportPreview } from "./import-flow";

export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "year", "snapshot"];

/** The period a preview's title names (rows or lines above its header), or null: then the user is asked. */
export function titlePeriod(preview: ImportPreview): Period | null {
  return periodOfImport(preview.source.kind === "text" ? preview.source.text : preview.source.selection.cells, preview.result);
}

/** The chosen period, or the catalogue's problem saying how to write it. */
export function checkPeriod(choice: PeriodChoice): { period: Period; problem: null } | { period: null; problem: Pick<Problem, "code" | "params"> } {
  const period = periodOfChoice(choice);
  if (period) return { period, problem: null };
  return { period: null, problem: { code: "period.invalid", params: { text: choice.value.trim(), kind: S.history.kindNoun[choice.kind], example: S.history.example[choice.kind] } } };
}

export interface HistoryAdd {
  status: "added" | "unchanged" | "confirm" | "replaced";
  period: Period;
  units: number;
  sheet: string;
  table: string;
  differences: RowDifference[];
  summary: DifferenceSummary;
  /** rows of the history table that could not be read, as sentences */
  problems: string[];
  syncs: number;
}

/**
 * Adds the preview's units to the workbook's history table as `period`. Without `replace`, a
 * period kept already comes back as "confirm" with what would change, and nothing is written.
 */
export async function addToHistory(port: ExcelPort, preview: ImportPreview, period: Period, replace = false): Promise<HistoryAdd> {
  const rows = historyRowsFromImport(period, preview.ruleSet, preview.result.rows);
  const out = await port.saveHistoryPeriod({ period, rows, columns: preview.ruleSet, replace });
  const differences = out.plan.outcome.differences;
  return {
    status: out.plan.outcome.status,
    period,
    units: rows.length,
    sheet: out.sheet,
    table: out.table,
    differences,
    summary: summarizeDifferences(differences),
    problems: problemMessages(out.plan.problems),
    syncs: out.syncs,
  };
}

/** The lines that say what replacing a period changes (or changed). */
export function differenceLines(s: DifferenceSummary): string[] {
  const T = S.history;
  return [T.unitsAdded(s.unitsAdded), T.unitsRemoved(s.unitsRemoved), T.valuesChanged(s.unitsChanged, s.valuesChanged)];
}
