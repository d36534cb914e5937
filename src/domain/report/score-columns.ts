import type { RuleSet } from "../ruleset/schema";
import type { ScoredUnit } from "../scoring/score";
import type { ScoringTable } from "../scoring/table-input";
import { compileRuleSet } from "../scoring/score";
import { scoresAsRowFormulas } from "../scoring/table-unit";
import { isLeftOutRow } from "../reading/table";
import type { OfficialTotals } from "./official-totals";
/** A cell the score columns write: what Office.js takes as a value. */
export type Cell = string | number | boolean | null;

/**
 * The columns the "Tính điểm" button adds to a table: points of indicators that share a
 * group, group scores, composite groups, total and grade, each as a CHISO.* formula (the
 * sheet stays live and follows the workbook's rule set) or as the engine's values.
 */
export interface ScoreColumns {
  headers: string[];
  formats: (string | null)[];
  /**
   * the same on every row: structured references to the row (`T[@…]`); null where the
   * table's shape has no row formulas (see scoresAsRowFormulas), whose scores go as values;
   * a null entry: that column goes as values (see gradeFormula)
   */
  formulaRow: (string | null)[] | null;
  /** one row per table body row; empty rows of the table stay empty */
  valueRows: Cell[][];
  /**
   * body rows (0-based) the reader left out (a heading, a note, a total row): they get no
   * formula either, so that no total row is scored, graded or counted by the summary
   */
  leftOutRows: ReadonlySet<number>;
  gradeHeader: string;
}

export const GRADE_HEADER = "Xếp loại";
export const TOTAL_HEADER = "Tổng điểm";
const POINTS_FORMAT = "0.00";

/** A column name inside a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
export function structuredName(header: string): string {
  return header.replace(/['#[\]]/g, "'$&");
}

const rowRef = (table: string, header: string) => `${table}[@[${structuredName(header)}]]`;

function span(table: string, first: string, last: string): { row: string; head: string } {
  const cols = first === last ? `[${structuredName(first)}]` : `[${structuredName(first)}]:[${structuredName(last)}]`;
  return { row: `${table}[@${cols}]`, head: `${table}[[#Headers],${cols}]` };
}

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;
const totalHeaderOf = (ruleSet: RuleSet) => (ruleSet.estimate ? `${TOTAL_HEADER} (ước tính)` : TOTAL_HEADER);

/** Headers the button would add, to refuse a table that already has them. */
export function scoreHeaders(ruleSet: RuleSet): string[] {
  return [totalHeaderOf(ruleSet), GRADE_HEADER];
}

/**
 * The grade column's formula: the grade of the total `official` counts, as the summary,
 * the CLI and BANGDIEM give it. On printed totals, the printed cell where it holds a number
 * within 0..max (officialTotals' test), else the computed total, as officialTotals falls back.
 * Null when a printed total officialTotals read is text ("64,05/100"), which no formula of
 * ours reads the same way: the grades then go as values.
 */
function gradeFormula(table: ScoringTable, tableName: string, official: OfficialTotals, computed: string, maxTotal: number): string | null {
  const grade = (ref: string) => `CHISO.XEPLOAI(${ref}, ${maxTotal})`;
  if (official.choice !== "printed" || official.printedColumn === null) return `=${grade(computed)}`;
  const col = table.header.indexOf(official.printedColumn);
  if (table.units.some((u, k) => official.rows[k].source === "printed" && typeof u.cells[col] !== "number")) return null;
  const p = rowRef(tableName, official.printedColumn);
  return `=IF(ISNUMBER(${p}),IF(AND(${p}>=0,${p}<=${maxTotal}),${grade(p)},${grade(computed)}),${grade(computed)})`;
}

/**
 * `official` decides the grade column (the one place a grade is decided, officialTotals):
 * on printed totals the grades follow them, as the summary's counts, k/n and ranks do.
 */
export function planScoreColumns(ruleSet: RuleSet, table: ScoringTable, tableName: string, scored: readonly ScoredUnit[], bodyRows: number, official: OfficialTotals): ScoreColumns {
  const { header, roles } = table;
  const rowFormulas = scoresAsRowFormulas(table);
  const indicatorCols = roles.flatMap((r, i) => (r?.kind === "indicator" ? [i] : []));
  // A points table or long form has no span of rate columns for CHISO.NHOM and CHISO.DIEM to read.
  const all = rowFormulas ? span(tableName, header[indicatorCols[0]], header[indicatorCols[indicatorCols.length - 1]]) : { row: "", head: "" };
  const colOf = (code: string, part: "rate" | "numerator" | "denominator") =>
    rowFormulas ? roles.findIndex((r) => r?.kind === "indicator" && r.code === code && r.part === part) : -1;

  const cols: { header: string; format: string | null; formula: string | null; value: (s: ScoredUnit, k: number) => Cell }[] = [];
  const sharesGroup = (group: string) => ruleSet.indicators.filter((i) => i.group === group && i.rule.kind !== "none").length > 1;
  for (const ind of ruleSet.indicators) {
    if (ind.rule.kind === "none" || !sharesGroup(ind.group)) continue;
    const rate = colOf(ind.code, "rate");
    const num = colOf(ind.code, "numerator");
    const den = colOf(ind.code, "denominator");
    let args: string;
    if (num >= 0 && den >= 0) args = `${rowRef(tableName, header[num])}, ${rowRef(tableName, header[den])}`;
    else if (rate >= 0) args = rowRef(tableName, header[rate]);
    else continue;
    cols.push({ header: `Điểm ${ind.code}`, format: POINTS_FORMAT, formula: `=CHISO.DIEMTP(${quoteText(ind.code)}, ${args})`, value: (s) => s.points[ind.code] });
  }
  for (const g of ruleSet.groups) {
    cols.push({ header: `Điểm ${g.code}`, format: POINTS_FORMAT, formula: `=CHISO.NHOM(${all.row}, ${all.head}, ${quoteText(g.code)})`, value: (s) => s.groups[g.code] });
  }
  for (const c of ruleSet.compositeGroups) {
    const sum = c.of.map((part) => rowRef(tableName, `Điểm ${part}`)).join("+");
    cols.push({ header: `Điểm ${c.code}`, format: POINTS_FORMAT, formula: `=${sum}`, value: (s) => s.groups[c.code] });
  }
  const totalHeader = totalHeaderOf(ruleSet);
  cols.push({ header: totalHeader, format: POINTS_FORMAT, formula: `=CHISO.DIEM(${all.row}, ${all.head})`, value: (s) => s.total });
  const maxTotal = compileRuleSet(ruleSet).maxTotal;
  cols.push({ header: GRADE_HEADER, format: null, formula: gradeFormula(table, tableName, official, rowRef(tableName, totalHeader), maxTotal), value: (_, k) => official.rows[k].grade });

  const valueRows: Cell[][] = Array.from({ length: bodyRows }, () => cols.map(() => null));
  table.units.forEach((u, k) => {
    valueRows[u.row - 2] = cols.map((c) => c.value(scored[k], k) ?? null);
  });
  return {
    headers: cols.map((c) => c.header),
    formats: cols.map((c) => c.format),
    formulaRow: rowFormulas ? cols.map((c) => c.formula) : null,
    valueRows,
    leftOutRows: new Set(table.problems.filter(isLeftOutRow).map((p) => p.row - 2)),
    gradeHeader: GRADE_HEADER,
  };
}

/** Fill and font of each grade, best to worst; a rule set with more bands reuses the last. */
const GRADE_COLOURS = [
  { fill: "#C6EFCE", font: "#006100" },
  { fill: "#E2EFDA", font: "#375623" },
  { fill: "#FFF2CC", font: "#7F6000" },
  { fill: "#FCE4D6", font: "#843C0C" },
  { fill: "#FFC7CE", font: "#9C0006" },
];

export function gradeColours(ruleSet: RuleSet): { label: string; fill: string; font: string }[] {
  const n = ruleSet.grades.length;
  return ruleSet.grades.map((g, i) => {
    // The worst grade is always red, the best always green, whatever the number of bands.
    const k = i === n - 1 ? GRADE_COLOURS.length - 1 : Math.min(i, GRADE_COLOURS.length - 2);
    return { label: g.label, ...GRADE_COLOURS[k] };
  });
}
