import type { RuleSet } from "../ruleset/schema";
import { foldVietnamese } from "../parsing/text";
import { shownText, type Cell } from "../reading/cell";
import { addPeriod, EMPTY_HISTORY, findHistoryHeader, HISTORY_FIXED_COLUMNS, historyHeader, historyToCells, readHistoryCells, type AddOutcome, type ColumnCodes, type HistoryCell, type HistoryReadProblem, type HistoryRow } from "./history-table";
import { parsePeriod, type Period } from "./period";

/**
 * What to do to the workbook's history table so that it holds a period's rows, decided from
 * the table's cells as read: nothing (the period is kept and the user has not confirmed, or
 * the rows are the same), a new table, or changes to the existing one that never touch the
 * rows of other periods: columns appended for new indicators, the replaced period's rows
 * written over in place, the rest appended at the end, the replaced rows left over cleared.
 */
export interface HistoryWritePlan {
  outcome: AddOutcome;
  /** rows of the table that could not be read (named, never guessed) */
  problems: HistoryReadProblem[];
  /** the whole table, header first, when the workbook has none yet */
  newTable: HistoryCell[][] | null;
  /** titles of the columns to append to the existing table, in order */
  addColumns: string[];
  /** the table's width once the columns are added */
  width: number;
  /** 0-based rows of the data body to write over (the replaced period's), with their cells */
  overwrite: { row: number; cells: HistoryCell[] }[];
  /** 0-based rows of the data body to blank (the replaced period had more rows than the new one) */
  clear: number[];
  /** rows to add after the last row of the data body */
  append: HistoryCell[][];
}

const key = (title: unknown) => foldVietnamese(shownText(title as Cell).trim());

/**
 * Plans adding `rows` of `period` to the history table whose cells (header first) are
 * `table`, or to no table (`null`). Without `replace`, a period kept already is left alone
 * and the outcome says "confirm" with the differences. A table whose first row is not the
 * history's header is "notHistory": refused rather than guessed at.
 */
export function planHistoryWrite(table: readonly (readonly Cell[])[] | null, period: Period, rows: readonly HistoryRow[], columns: RuleSet | ColumnCodes, options: { replace?: boolean } = {}): HistoryWritePlan | "notHistory" {
  if (table && findHistoryHeader(table) !== 0) return "notHistory";
  const read = table ? readHistoryCells(table) : { history: EMPTY_HISTORY, problems: [] };
  const outcome = addPeriod(read.history, period, rows, columns, options);
  const none: Omit<HistoryWritePlan, "outcome" | "problems"> = { newTable: null, addColumns: [], width: 0, overwrite: [], clear: [], append: [] };
  if (outcome.status === "confirm" || outcome.status === "unchanged") return { outcome, problems: read.problems, ...none };
  if (!table) return { outcome, problems: [], ...none, newTable: historyToCells(outcome.history), width: historyHeader(outcome.history).length };

  const header = (table[0] ?? []).map(key);
  const wanted = historyHeader(outcome.history);
  const addColumns = wanted.filter((t) => !header.includes(key(t)));
  const finalHeader = [...header, ...addColumns.map(key)];
  // the new rows as the history table lays them out, then placed under the table's own columns
  const own = historyToCells({ ...outcome.history, rows: [...rows] });
  const position = own[0].map((t) => finalHeader.indexOf(key(t)));
  // "" and not null: Excel leaves a cell written with null as it was, and a replaced row must not keep old values
  const placed = own.slice(1).map((r) => {
    const out: HistoryCell[] = finalHeader.map(() => "");
    r.forEach((v, i) => (out[position[i]] = v ?? ""));
    return out;
  });

  const periodColumn = header.indexOf(key(HISTORY_FIXED_COLUMNS[0]));
  const kept: number[] = [];
  if (outcome.status === "replaced") {
    for (let r = 1; r < table.length; r++) if (parsePeriod(shownText(table[r][periodColumn]).trim())?.id === period.id) kept.push(r - 1);
  }
  const overwrite = kept.slice(0, placed.length).map((row, i) => ({ row, cells: placed[i] }));
  return {
    outcome,
    problems: read.problems,
    newTable: null,
    addColumns,
    width: finalHeader.length,
    overwrite,
    clear: kept.slice(placed.length),
    append: placed.slice(kept.length),
  };
}
