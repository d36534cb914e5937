import type { ColumnCodes, HistoryCell, HistoryRow } from "../domain/history/history-table";
import { planHistoryWrite, type HistoryWritePlan } from "../domain/history/history-write-plan";
import type { Period } from "../domain/history/period";
import { HISTORY_SHEET } from "../domain/report/trend-model";
import type { RuleSet } from "../domain/ruleset/schema";
import { ProblemError } from "../domain/problems/user-error";
import { BulkWriter } from "./bulk-writer";
import { cellsOfRange } from "./cells";
import { uniqueSheetName } from "./names";
import { loadRangeSize, readRangesInChunks } from "./range-reader";
import type { ExcelRun } from "./run";

/** The one history table of a workbook: found by this name wherever the user moved it. */
export const HISTORY_TABLE = "ChiSo_LichSu";

export interface SaveHistoryRequest {
  period: Period;
  rows: readonly HistoryRow[];
  columns: RuleSet | ColumnCodes;
  /** the user confirmed replacing the period kept already */
  replace?: boolean;
}

export interface SaveHistoryResult {
  plan: HistoryWritePlan;
  sheet: string;
  table: string;
  syncs: number;
}

const blankRow = (width: number): HistoryCell[] => Array.from({ length: width }, () => "");

/** Rows with consecutive indexes gathered into blocks, in order. */
function runsOf(rows: readonly { row: number; cells: HistoryCell[] }[]): { row: number; cells: HistoryCell[][] }[] {
  const runs: { row: number; cells: HistoryCell[][] }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.cells.length === r.row) last.cells.push(r.cells);
    else runs.push({ row: r.row, cells: [r.cells] });
  }
  return runs;
}

/**
 * Adds a period to the history table (sheet "Lịch sử", table ChiSo_LichSu), creating it when
 * absent. The tables are listed, the history's size then its values read (one sync more per
 * block past the request budget), the domain decides, then one write (more only past
 * the request size): nothing is written when the period is kept already and `replace` is not
 * given, or when its rows are the same. The table grows by inserting rows inside it, so a
 * formula over the table (=CHISO.THEOKY(ChiSo_LichSu[#All]; …)) follows it; other periods'
 * rows are never written.
 */
export async function saveHistoryPeriod(run: ExcelRun, req: SaveHistoryRequest): Promise<SaveHistoryResult> {
  return run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    let syncs = 1;
    const existing = tables.items.find((t) => t.name.toLowerCase() === HISTORY_TABLE.toLowerCase());
    let read: { range: Excel.Range; sheet: Excel.Worksheet; values: unknown[][] } | null = null;
    if (existing) {
      const range = loadRangeSize(existing.getRange(), ["rowIndex", "columnIndex"]);
      const sheet = existing.worksheet.load("name");
      await context.sync();
      // values only: the history holds rates in percent and periods as text, so formats add nothing
      // but bytes to a response Excel on the web caps at 5 MB; 24 periods × 4 000 units take several blocks
      const chunks = await readRangesInChunks(context, [{ range, grids: ["values"] }]);
      read = { range, sheet, values: chunks.grids[0].values };
      syncs += 1 + chunks.syncs;
    }
    const plan = planHistoryWrite(read ? cellsOfRange(read.values) : null, req.period, req.rows, req.columns, { replace: req.replace });
    if (plan === "notHistory") throw new ProblemError("history.notHistoryTable", { table: HISTORY_TABLE });
    const status = plan.outcome.status;
    if (status === "confirm" || status === "unchanged") return { plan, sheet: read?.sheet.name ?? "", table: HISTORY_TABLE, syncs };

    const writer = new BulkWriter(context);
    if (!read || !existing) {
      const cells = plan.newTable!;
      const name = uniqueSheetName(sheets.items.map((s) => s.name), HISTORY_SHEET);
      const sheet = context.workbook.worksheets.add(name);
      await writer.write(sheet, 0, 0, cells);
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, cells.length, cells[0].length), true);
      table.name = HISTORY_TABLE;
      sheet.freezePanes.freezeRows(1);
      await writer.finish();
      return { plan, sheet: name, table: HISTORY_TABLE, syncs: syncs + writer.requestBytes.length };
    }

    const sheet = read.sheet;
    const top = read.range.rowIndex;
    const left = read.range.columnIndex;
    const bodyRows = read.range.rowCount - 1;
    for (const title of plan.addColumns) existing.columns.add(undefined, undefined, title);
    // the replaced period's rows are usually one run (it was appended whole): one block per run
    for (const run of runsOf(plan.overwrite)) await writer.write(sheet, top + 1 + run.row, left, run.cells);
    for (const run of runsOf(plan.clear.map((row) => ({ row, cells: blankRow(plan.width) })))) await writer.write(sheet, top + 1 + run.row, left, run.cells);
    const n = plan.append.length;
    if (n > 0) {
      // Rows inserted inside the table grow it (ExcelApi 1.9 has no Table.resize, and rows.add
      // comes later): insert above the last row, then copy that row back to its place, so the
      // kept rows keep their order and the new ones follow.
      const last = top + bodyRows;
      sheet.getRangeByIndexes(last, left, n, plan.width).insert("Down");
      sheet.getRangeByIndexes(last, left, 1, plan.width).copyFrom(sheet.getRangeByIndexes(last + n, left, 1, plan.width), "All");
      await writer.write(sheet, last + 1, left, plan.append);
    }
    await writer.finish();
    return { plan, sheet: sheet.name, table: HISTORY_TABLE, syncs: syncs + writer.requestBytes.length };
  });
}
