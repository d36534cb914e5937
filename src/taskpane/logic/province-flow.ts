import { problemText } from "../../domain/problems/problem";
import { provinceFromTable, type ProvinceReport } from "../../domain/report/province/province-report";
import { buildProvinceSheets } from "../../domain/report/province/province-sheets";
import type { RuleSet } from "../../domain/ruleset/schema";
import type { TableModel } from "../../domain/report/table-model";
import { readScoringTable } from "../../domain/scoring/table-input";
import { ProblemError } from "../../domain/problems/user-error";
import type { Cell } from "../../domain/reading/cell";
import { refuseUnscorable } from "../../excel/score-sheet";
import { numberVi } from "../../domain/report/number-format";
import { S } from "../strings.vi";
import type { PaneMessage } from "./messages";

const T = S.provinceScreen;

/** The province's report and its three sheets from a table's cells; refuses before anything is written. */
export function provinceFromCells(ruleSet: RuleSet, tableName: string, cells: readonly (readonly Cell[])[]): { report: ProvinceReport; models: TableModel[] } {
  const table = readScoringTable(ruleSet, cells);
  refuseUnscorable(ruleSet, tableName, table);
  if (!table.units.length) throw new ProblemError("table.noRows", { table: tableName });
  const report = provinceFromTable(ruleSet, table);
  return { report, models: buildProvinceSheets(report) };
}

/** The sheets written, the province's total or why it stays open, and who costs it most. */
export function provinceMessage(report: ProvinceReport, sheets: readonly string[]): PaneMessage {
  const w = report.whole;
  const lines = [w.open ? problemText(w.open) : `Tổng điểm toàn tỉnh: ${numberVi(w.total!)} điểm.`];
  const worst = report.effects.flatMap((e) => e.effects.slice(0, 1).map((x) => ({ code: e.code, ...x }))).sort((a, b) => b.gain - a.gain)[0];
  if (worst) lines.push(`Đơn vị làm tỉnh mất nhiều điểm nhất: ${worst.unit} (${worst.code}, ${numberVi(worst.gain)} điểm).`);
  return { intent: w.open ? "warning" : "success", title: T.done(sheets.map((s) => `“${s}”`).join(", ")), lines };
}
