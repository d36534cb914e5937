import { decimalStyle } from "../reading/table";
import type { RuleSet } from "../ruleset/schema";
import type { ScoredUnit } from "../scoring/score";
import type { ScoringTable } from "../scoring/table-input";
import { levelName } from "./level-name";
import type { OfficialTotals } from "./official-totals";
import { blankCell, LINE, linesNeeded, SheetDraft } from "./sheet-draft";
import { sourceCell } from "./source-cell";
import { columnLetters, type ModelCell, type TableModel } from "./table-model";

export const SCORED_SHEET = "Bảng điểm";
export const PROBLEMS_HEADER = "Vấn đề";

export interface ScoredTableModel {
  model: TableModel;
  /** A1 range (sheet included) of the grade column, for the summary's formulas */
  refs: { grades: string };
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The unit's name column: as wide as its longest name (linesNeeded fits 1.25 characters per unit of width), within bounds; longer names wrap. */
const NAME_WIDTH = { min: 18, max: 40 };
const PROBLEMS_WIDTH = 60;

/**
 * The scored table as a file gives it: the source's columns as read (numbers as numbers,
 * levels named in Vietnamese), then the points of each scored indicator, the group scores,
 * the total, the grade (of the total the summary counts: the printed one when the user chose
 * it), and the problems of the row, one row per unit. The points are the engine's values, the
 * same that CHISO.BANGDIEM and Tính điểm give.
 * `problems` holds each unit's sentences, composed by the door from the catalogue.
 */
export function buildScoredTableModel(
  ruleSet: RuleSet,
  table: ScoringTable,
  scored: readonly ScoredUnit[],
  official: OfficialTotals,
  problems: readonly (readonly string[])[],
): ScoredTableModel {
  const printed = official.printedColumn === null ? -1 : table.header.indexOf(official.printedColumn);
  const nameCol = table.roles.findIndex((r) => r?.kind === "unit");
  const levelCol = table.roles.findIndex((r) => r?.kind === "level");
  const codes = ruleSet.indicators.filter((i) => i.rule.kind !== "none").map((i) => i.code);
  const groups = [...ruleSet.groups.map((g) => g.code), ...ruleSet.compositeGroups.map((g) => g.code)];
  const headers = [...table.header, ...codes.map((c) => `Điểm ${c}`), ...groups.map((g) => `Điểm ${g}`), ruleSet.estimate ? "Tổng điểm (ước tính)" : "Tổng điểm", "Xếp loại", PROBLEMS_HEADER];
  const gradeCol = headers.length - 2;
  const longestName = Math.max(0, ...table.units.map((u) => String(u.cells[nameCol] ?? "").length));
  const widths = headers.map((h, i) => {
    if (i === nameCol) return Math.min(NAME_WIDTH.max, Math.max(NAME_WIDTH.min, Math.ceil(longestName / 1.25) + 1));
    if (i === headers.length - 1) return PROBLEMS_WIDTH;
    return i < table.header.length ? Math.min(40, Math.max(10, h.length)) : Math.max(10, h.length + 2);
  });
  const sheet = new SheetDraft(widths);
  const decimal = decimalStyle(table.units.map((u) => u.cells));
  const points = (x: number | null | undefined): ModelCell => (x === null || x === undefined ? blankCell("value") : { value: x, style: "value", format: { kind: "decimal", decimals: 2 } });
  const text = (value: string): ModelCell => ({ value, style: "unit", format: { kind: "text" } });

  sheet.rows.push(withHeight({ kind: "header", cells: headers.map((value) => ({ value, style: "header" })) }, widths));
  table.units.forEach((u, k) => {
    const s = scored[k];
    const source = table.header.map((_, i): ModelCell => {
      // the printed total as the summary counts it: a number ("64,05" read), so COUNTIFS sees it
      if (i === printed && official.rows[k].source === "printed") return points(official.rows[k].total);
      const v = u.cells[i];
      if (i === levelCol && typeof v === "string" && v.trim()) return text(levelName(v.trim()));
      return sourceCell(v, decimal);
    });
    // the grade of the total the summary counts (officialTotals), not always the computed one
    const g = official.rows[k].grade;
    const grade: ModelCell = g === null ? blankCell("value") : { value: g, style: "value", format: { kind: "text" } };
    const said = problems[k] ?? [];
    const problemCell = said.length ? text(said.join("\n")) : blankCell("unit");
    sheet.rows.push(withHeight({ kind: "data", cells: [...source, ...codes.map((c) => points(s.points[c])), ...groups.map((g) => points(s.groups[g])), points(s.total), grade, problemCell] }, widths));
  });
  const model = { ...sheet.toModel(SCORED_SHEET, { first: 0, last: 0 }), freezeRows: 1 };
  const last = Math.max(2, table.units.length + 1);
  const range = (col: number) => `${quoteSheet(SCORED_SHEET)}!$${columnLetters(col)}$2:$${columnLetters(col)}$${last}`;
  return { model, refs: { grades: range(gradeCol) } };
}

/** A row tall enough for its wrapped texts (a long name, several problems one per line); the default height when one line does. */
function withHeight<R extends { cells: ModelCell[] }>(row: R, widths: readonly number[]): R & { height?: number } {
  let lines = 1;
  row.cells.forEach((c, i) => {
    if (typeof c.value !== "string" || (c.style !== "unit" && c.style !== "header")) return;
    const need = c.value.split("\n").reduce((n, line) => n + linesNeeded(line, widths[i]), 0);
    lines = Math.max(lines, need);
  });
  return lines > 1 ? { ...row, height: lines * LINE + 3 } : row;
}
