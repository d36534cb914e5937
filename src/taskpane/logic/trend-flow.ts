import { readMappingCells, type UnitMapping } from "../../domain/history/match";
import { problemMessages } from "../../domain/problems/problem";
import { ProblemError } from "../../domain/problems/user-error";
import { HISTORY_TABLE } from "../../excel/history-sheet";
import type { ExcelPort } from "../../excel/port";
import type { TrendSheetsResult } from "../../excel/trend-sheets";

export interface TrendRun {
  sheets: string[];
  /** units of a later period that continue no earlier one, with that period: listed, never dropped */
  unmatched: TrendSheetsResult["trends"]["unmatched"];
  gone: TrendSheetsResult["trends"]["gone"];
  periods: number;
  units: number;
  /** rows of the history that could not be read, worded from the catalogue */
  problems: string[];
}

/** The mapping table's pairs (old name → new name); its refused lines make the whole run stop before anything is written. */
async function mappingOf(port: ExcelPort, table: string): Promise<UnitMapping> {
  if (!table) return [];
  const [cells] = await port.readTablesAsShown([table]);
  const read = readMappingCells(cells);
  if (read.problems.length) throw new ProblemError("mapping.invalid", { table }, problemMessages(read.problems));
  return read.mapping;
}

/** Reads the workbook's history table and writes the trend sheets and their charts. */
export async function buildTrendSheets(port: ExcelPort, mappingTable = ""): Promise<TrendRun> {
  const tables = await port.listTables();
  const history = tables.find((t) => t.name.toLowerCase() === HISTORY_TABLE.toLowerCase());
  if (!history) throw new ProblemError("history.noTable", { table: HISTORY_TABLE });
  const mapping = await mappingOf(port, mappingTable);
  const out = await port.writeTrendSheets({ historySheet: history.sheet, mapping });
  return { sheets: out.sheets, unmatched: out.trends.unmatched, gone: out.trends.gone, periods: out.trends.periods.length, units: out.trends.units.length, problems: problemMessages(out.problems) };
}
