import { historyRowsFromImport } from "../../src/domain/history/from-import";
import { addPeriod, EMPTY_HISTORY, type History, type HistoryRow } from "../../src/domain/history/history-table";
import { parsePeriod } from "../../src/domain/history/period";
import { importCells, importText } from "../../src/domain/parsing/import";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { readFixture } from "./fixtures";
import { portalUnits, wideCells, type PortalUnit } from "./portal-period";

/** Seed 002 annex I (lines 416–1026): the 2023 results of 17 departments, 17 districts, 220 communes. */
export function annex2023Rows(): HistoryRow[] {
  const lines = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(415, 1026);
  const read = importText(lines.join("\n"));
  return historyRowsFromImport(parsePeriod("2023")!, getRuleSet(read.ruleSet), read.rows);
}

/** A period's rows from portal units laid out as the wide table (test/helpers/portal-period.ts). */
export function portalRows(periodId: string, units: readonly PortalUnit[] = portalUnits()): HistoryRow[] {
  const read = importCells(wideCells(units));
  return historyRowsFromImport(parsePeriod(periodId)!, getRuleSet(read.ruleSet), read.rows);
}

export function historyOf(...periods: [string, HistoryRow[], string][]): History {
  let h = EMPTY_HISTORY;
  for (const [id, rows, ruleSet] of periods) h = addPeriod(h, parsePeriod(id)!, rows, getRuleSet(ruleSet)).history;
  return h;
}
