import type { RuleSet } from "../domain/ruleset/schema";
import { parseVietnameseNumber } from "../domain/parsing/number";
import { gradeOf } from "../domain/scoring/grade";
import { compileRuleSet, type ScoredUnit } from "../domain/scoring/score";
import type { ScoringTable, TableProblem } from "../domain/scoring/table-input";
import { scoreHeaders } from "./score-layout";

/** A unit's total as the summary counts it: the source's printed figure when there is one. */
export interface OfficialTotal {
  total: number | null;
  grade: string | null;
  source: "printed" | "computed";
}

export interface OfficialTotals {
  /** header of the column holding the source's own total ("Điểm", "Điểm đánh giá"…), if any */
  printedColumn: string | null;
  /** one per unit of the table, in its order */
  rows: OfficialTotal[];
  printed: number;
  computed: number;
  /** printed totals that could not be used (the computed total stands in) */
  problems: TableProblem[];
}

/**
 * The portal's (or the annex's) "Điểm đánh giá" is the official total: when the table
 * carries it, grades, k/n and ranks follow it; the rule set's computed total (an estimate
 * for group-rate rule sets) only fills in where the source printed none.
 */
export function officialTotals(ruleSet: RuleSet, table: ScoringTable, scored: readonly ScoredUnit[]): OfficialTotals {
  const ours = new Set(scoreHeaders(ruleSet));
  const col = table.roles.findIndex((r, i) => r?.kind === "total" && !ours.has(table.header[i].normalize("NFC")));
  const printedColumn = col >= 0 ? table.header[col] : null;
  const maxTotal = compileRuleSet(ruleSet).maxTotal;
  const problems: TableProblem[] = [];
  const rows = table.units.map((u, k): OfficialTotal => {
    const computed: OfficialTotal = { total: scored[k].total, grade: scored[k].grade, source: "computed" };
    if (col < 0) return computed;
    const raw = u.cells[col];
    const parsed = parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : (raw ?? null));
    if (parsed.ok && parsed.value === null) return computed;
    // "64,05/100" is a total out of 100: scaled to this rule set's maximum.
    const value = !parsed.ok || parsed.value === null || parsed.kind === "percent" ? null : parsed.kind === "ratio" && parsed.max ? (parsed.value * maxTotal) / parsed.max : parsed.value;
    if (value === null || value < 0 || value > maxTotal) {
      problems.push({
        row: u.row,
        column: printedColumn!,
        severity: "warning",
        message: `Dòng ${u.row}, cột "${printedColumn}": điểm in "${String(raw)}" không phải điểm từ 0 đến ${maxTotal}; dùng điểm tính theo bộ quy tắc.`,
      });
      return computed;
    }
    return { total: value, grade: gradeOf(ruleSet.grades, (100 * value) / maxTotal), source: "printed" };
  });
  const printed = rows.filter((r) => r.source === "printed").length;
  return { printedColumn, rows, printed, computed: rows.length - printed, problems };
}
