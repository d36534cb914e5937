import type { ImportProblem, ImportResult } from "../../domain/reading/import";
import { problemMessage, problemText } from "../../domain/problems/problem";
import type { RuleSet } from "../../domain/ruleset/schema";
import type { SelectionData } from "../../excel/selection";
import type { ListedProblem } from "./problem-groups";

export type ImportSource = { kind: "selection"; selection: SelectionData } | { kind: "text"; text: string };

export interface ImportPreview {
  source: ImportSource;
  result: ImportResult;
  ruleSet: RuleSet;
  errors: number;
  warnings: number;
  /** "17 cấp tỉnh, 220 cấp xã" */
  levels: string;
}

/** Problems worth a user's look (not the lines recognised as titles or page numbers), with their sentences from the catalogue. */
export function visibleProblems(preview: ImportPreview): (ImportProblem & ListedProblem)[] {
  return preview.result.problems.filter((p) => p.severity !== "info").map((p) => ({ ...p, message: problemMessage(p), what: problemText(p) }));
}

/** The sheet cell a problem is about, for a selection source: its row, and its column when the header names one. */
export function problemCell(preview: ImportPreview, problem: ImportProblem): { sheet: string; row: number; column: number } | null {
  if (preview.source.kind !== "selection" || problem.row < 1) return null;
  const sel = preview.source.selection;
  const table = [...preview.result.tables].reverse().find((t) => t.row <= problem.row) ?? preview.result.tables[0];
  const index = problem.column ? (table?.columns.findIndex((c) => c.header === problem.column) ?? -1) : -1;
  return { sheet: sel.sheet, row: sel.row + problem.row - 1, column: sel.column + Math.max(0, index) };
}

/** Start and end offsets of a 1-based line of the pasted text, to select it in the text box. */
export function lineSpan(text: string, line: number): { start: number; end: number } | null {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return null;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return { start, end: end < 0 ? text.length : end };
}
