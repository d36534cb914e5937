import { historyRowsFromImport } from "../../src/domain/history/from-import";
import { addPeriod, EMPTY_HISTORY, type History, type HistoryRow } from "../../src/domain/history/history-table";
import { parsePeriod } from "../../src/domain/history/period";
import { importCells, importText } from "../../src/domain/reading/import";
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

/**
 * A second, earlier period of the same province built from the capture by three documented
 * edits (the only differences; every other number is the capture's), as a snapshot 2026-09-30:
 * - Sở Văn hóa, Thể thao và Du lịch (H21.17): TDGQ.1 600/654 instead of 653/654
 *   (20 × 600/654 = 18,3486 → 18,35 points instead of 19,97), total 79,27 − 1,62 = 77,65;
 * - Sở Ngoại vụ (H21.26): TDGQ.1 12/13 instead of 6/13
 *   (20 × 12/13 = 18,4615 → 18,46 instead of 9,23), total 48,37 − 9,23 + 18,46 = 57,60;
 * - UBND xã Vân Canh (H21.227) is absent (a unit that appears in the later period).
 */
export function editedEarlierUnits(): PortalUnit[] {
  return portalUnits()
    .filter((u) => u.code !== "H21.227")
    .map((u) => {
      if (u.code === "H21.17") return { ...u, total: 77.65, counts: { ...u.counts, "TDGQ.1": { numerator: 600, denominator: 654 } } };
      if (u.code === "H21.26") return { ...u, total: 57.6, counts: { ...u.counts, "TDGQ.1": { numerator: 12, denominator: 13 } } };
      return u;
    });
}

/** The edited 2026-09-30 snapshot followed by the real capture of 2026-10-10. */
export function twoPeriods2026(): History {
  return historyOf(["2026-09-30", portalRows("2026-09-30", editedEarlierUnits()), "dvcqg-2026"], ["2026-10-10", portalRows("2026-10-10"), "dvcqg-2026"]);
}
