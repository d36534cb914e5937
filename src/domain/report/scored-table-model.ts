import type { RuleSet } from "../ruleset/schema";
import type { ScoredUnit } from "../scoring/score";
import type { ScoringTable } from "../scoring/table-input";
import type { OfficialTotals } from "./official-totals";
import { blankCell, SheetDraft } from "./sheet-draft";
import { columnLetters, type ModelCell, type TableModel } from "./table-model";

export const SCORED_SHEET = "Bảng điểm";

export interface ScoredTableModel {
  model: TableModel;
  /** A1 range (sheet included) of the grade column, for the summary's formulas */
  refs: { grades: string };
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The scored table as a file gives it: the source's columns as read, then the points of
 * each scored indicator, the group scores, the total and the grade (of the total the summary
 * counts: the printed one when the user chose it), one row per unit.
 * The points are the engine's values, the same that CHISO.BANGDIEM and Tính điểm give.
 */
export function buildScoredTableModel(ruleSet: RuleSet, table: ScoringTable, scored: readonly ScoredUnit[], official: OfficialTotals): ScoredTableModel {
  const printed = official.printedColumn === null ? -1 : table.header.indexOf(official.printedColumn);
  const codes = ruleSet.indicators.filter((i) => i.rule.kind !== "none").map((i) => i.code);
  const groups = [...ruleSet.groups.map((g) => g.code), ...ruleSet.compositeGroups.map((g) => g.code)];
  const headers = [...table.header, ...codes.map((c) => `Điểm ${c}`), ...groups.map((g) => `Điểm ${g}`), ruleSet.estimate ? "Tổng điểm (ước tính)" : "Tổng điểm", "Xếp loại"];
  const sheet = new SheetDraft(headers.map((h, i) => (i < table.header.length ? Math.min(40, Math.max(10, h.length)) : Math.max(10, h.length + 2))));
  sheet.rows.push({ kind: "header", cells: headers.map((value) => ({ value, style: "header" })) });
  const points = (x: number | null | undefined): ModelCell => (x === null || x === undefined ? blankCell("value") : { value: x, style: "value", format: { kind: "decimal", decimals: 2 } });
  table.units.forEach((u, k) => {
    const s = scored[k];
    const source = table.header.map((_, i): ModelCell => {
      // the printed total as the summary counts it: a number ("64,05" read), so COUNTIFS sees it
      if (i === printed && official.rows[k].source === "printed") return points(official.rows[k].total);
      const v = u.cells[i];
      if (v === null || v === undefined) return blankCell("unit");
      return typeof v === "number" ? { value: v, style: "value" } : { value: String(v), style: "unit", format: { kind: "text" } };
    });
    // the grade of the total the summary counts (officialTotals), not always the computed one
    const g = official.rows[k].grade;
    const grade: ModelCell = g === null ? blankCell("value") : { value: g, style: "value", format: { kind: "text" } };
    sheet.rows.push({ kind: "data", cells: [...source, ...codes.map((c) => points(s.points[c])), ...groups.map((g) => points(s.groups[g])), points(s.total), grade] });
  });
  const model = { ...sheet.toModel(SCORED_SHEET, { first: 0, last: 0 }), freezeRows: 1 };
  const last = Math.max(2, table.units.length + 1);
  const range = (col: number) => `${quoteSheet(SCORED_SHEET)}!$${columnLetters(col)}$2:$${columnLetters(col)}$${last}`;
  return { model, refs: { grades: range(headers.length - 1) } };
}
