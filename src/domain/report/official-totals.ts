import type { RuleSet } from "../ruleset/schema";
import { parseVietnameseNumber } from "../parsing/number";
import { gradeOf } from "../scoring/grade";
import { compileRuleSet, type ScoredUnit } from "../scoring/score";
import { tableProblem, type ScoringTable, type TableProblem } from "../scoring/table-input";
import { scoreHeaders } from "./score-columns";

/**
 * Which totals grades, counts, k/n and ranks follow when the source prints its own
 * ("Điểm đánh giá"): the rule set's computed total, or the printed one. A user's choice,
 * with one default for every door (CLI, CHISO.BANGDIEM, the Tính điểm button): computed,
 * since BANGDIEM can only compute and a printed total that disagrees is shown as drift.
 */
export type TotalsChoice = "computed" | "printed";
export const DEFAULT_TOTALS_CHOICE: TotalsChoice = "computed";

/** A unit's total as the summary counts it. */
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
  choice: TotalsChoice;
}

/**
 * With `printed`, the portal's (or the annex's) "Điểm đánh giá" is the total where the
 * table carries it; the rule set's computed total (an estimate for group-rate rule sets)
 * only fills in where the source printed none. With `computed`, the printed column is
 * named (so the statement can offer it) but not used.
 */
export function officialTotals(ruleSet: RuleSet, table: ScoringTable, scored: readonly ScoredUnit[], choice: TotalsChoice = DEFAULT_TOTALS_CHOICE): OfficialTotals {
  const ours = new Set(scoreHeaders(ruleSet));
  const col = table.roles.findIndex((r, i) => r?.kind === "total" && !ours.has(table.header[i].normalize("NFC")));
  const printedColumn = col >= 0 ? table.header[col] : null;
  const maxTotal = compileRuleSet(ruleSet).maxTotal;
  const problems: TableProblem[] = [];
  const rows = table.units.map((u, k): OfficialTotal => {
    const computed: OfficialTotal = { total: scored[k].total, grade: scored[k].grade, source: "computed" };
    if (col < 0 || choice === "computed") return computed;
    const raw = u.cells[col];
    const parsed = parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : (raw ?? null));
    if (parsed.ok && parsed.value === null) return computed;
    // "64,05/100" is a total out of 100: scaled to this rule set's maximum.
    const value = !parsed.ok || parsed.value === null || parsed.kind === "percent" ? null : parsed.kind === "ratio" && parsed.max ? (parsed.value * maxTotal) / parsed.max : parsed.value;
    if (value === null || value < 0 || value > maxTotal) {
      problems.push(tableProblem("total.printedNotPoints", "warning", u.row, printedColumn!, { text: raw === null || raw === undefined ? "" : String(raw), max: maxTotal }));
      return computed;
    }
    return { total: value, grade: gradeOf(ruleSet.grades, (100 * value) / maxTotal), source: "printed" };
  });
  const printed = rows.filter((r) => r.source === "printed").length;
  return { printedColumn, rows, printed, computed: rows.length - printed, problems, choice };
}

/** " (ước tính)" after an estimating rule set's name, unless the name says so already. */
export function estimateMark(ruleSet: Pick<RuleSet, "name" | "estimate">): string {
  return ruleSet.estimate && !ruleSet.name.normalize("NFC").toLocaleLowerCase("vi").includes("ước tính") ? " (ước tính)" : "";
}

/**
 * The sentence saying which totals the grades, counts, k/n and ranks use, and how to
 * choose the other ones: the same words in the summary sheet, the pane and the CLI.
 * `how` names the door's switch ("--totals printed", "Điểm in trong bảng nguồn").
 */
export function totalsStatement(ruleSet: Pick<RuleSet, "name" | "estimate">, official: Pick<OfficialTotals, "printedColumn" | "printed" | "computed" | "choice">, how: { printed: string; computed: string }): string {
  const computed = `điểm tính theo bộ quy tắc “${ruleSet.name}”${estimateMark(ruleSet)}`;
  const printed = `Điểm đánh giá in trong bảng nguồn (cột “${official.printedColumn}”)`;
  const units = official.printed + official.computed;
  if (official.choice === "computed") {
    const offer = official.printedColumn ? ` Bảng nguồn có ${printed}: chọn ${how.printed} để xếp loại theo điểm đó.` : "";
    return `Xếp loại, k/n và xếp hạng theo ${computed}.${offer}`;
  }
  const back = ` Chọn ${how.computed} để xếp loại theo điểm tính.`;
  if (!official.printed) return `Xếp loại, k/n và xếp hạng theo ${computed}: bảng nguồn không in điểm đánh giá.`;
  if (!official.computed) return `Xếp loại, k/n và xếp hạng theo ${printed} của cả ${units} đơn vị.${back}`;
  return `Xếp loại, k/n và xếp hạng theo ${printed} cho ${official.printed} đơn vị; ${official.computed} đơn vị không có điểm in dùng ${computed}.${back}`;
}
