import { problemMessage, problemText } from "../domain/problems/problem";
import type { RuleSet } from "../domain/ruleset/schema";
import { hasIndicatorValues, hasScoringColumns, indicatorRow, scoreTableUnits, unitRows } from "../domain/scoring/table-unit";
import { readScoringTable, type ScoringTable, type TableProblem } from "../domain/scoring/table-input";
import { BulkWriter, formula } from "./bulk-writer";
import { ProblemError } from "../domain/problems/user-error";
import { loadRangeSize, readTypedCells } from "./range-reader";
import type { ExcelRun } from "./run";
import { gradeColours, planScoreColumns, scoreHeaders, structuredName } from "../domain/report/score-columns";
import { DEFAULT_TOTALS_CHOICE, officialTotals, type OfficialTotals, type TotalsChoice } from "../domain/report/official-totals";
import { buildSummaryModel } from "../domain/report/summary-model";
import { renderTableModel } from "./render-table-model";
import { driftLine, findDrift, printedPointsOf } from "../domain/scoring/drift";

export interface ScoreRequest {
  tableName: string;
  ruleSet: RuleSet;
  /** formulas keep the sheet live (CHISO.*); values freeze the engine's results */
  mode: "formulas" | "values";
  /** which totals grade, count and rank when the source prints its own; computed by default, as in every door */
  totals?: TotalsChoice;
  summarySheetName?: string;
}

/** How the pane names the totals switch, in the sheet's statement. */
export const PANE_TOTALS_SWITCH = { printed: "“Điểm in trong bảng nguồn” trong Tính điểm", computed: "“Điểm tính theo bộ quy tắc” trong Tính điểm" };

/** A problem of the scored table, with the unit on its row and, for a unit's score, the problem without its row. */
/** A problem of the table (coded), or of the engine's scoring of a row (its own sentence, code = indicator). */
export interface ScoreProblemRow extends Omit<TableProblem, "code" | "params"> {
  code?: TableProblem["code"];
  params?: TableProblem["params"];
  /** the sentence with its place, composed here for the pane's list */
  message: string;
  unit?: string;
  what?: string;
}

export interface ScoreResult {
  summarySheet: string;
  units: number;
  /** units without a total, printed or computed (missing or unreadable data) */
  incomplete: number;
  /** counted on the official totals (the source's printed ones where present) */
  countsByGrade: Record<string, number>;
  /** which totals the summary used */
  totals: Pick<OfficialTotals, "printedColumn" | "printed" | "computed" | "choice">;
  /** rows are 1-based rows of the table (header = 1) */
  problems: ScoreProblemRow[];
  /** where the table's printed points differ from the rule set's, one line per indicator */
  drift: string[];
  requestBytes: number[];
}

/**
 * Refuses, naming why, a table whose headers cannot be scored: an error in the header row, or
 * no indicator of `ruleSet`. `points` says whether the portal's points table will do (Tính
 * điểm grades it as its points); a unit's status and the province need indicator values.
 */
export function refuseUnscorable(ruleSet: RuleSet, tableName: string, parsed: ScoringTable, points = false): void {
  const headerErrors = parsed.problems.filter((p) => p.row === 1 && p.severity === "error");
  if (headerErrors.length) throw new ProblemError("table.cannotScore", { table: tableName }, headerErrors.map(problemMessage));
  if (parsed.shape === "points" && !points) {
    throw new ProblemError("table.pointsOnly", { table: tableName });
  }
  if (!(points ? hasScoringColumns(parsed) : hasIndicatorValues(parsed))) {
    throw new ProblemError("table.noRuleSetIndicator", { table: tableName, ruleSet: ruleSet.name });
  }
}

/**
 * Adds score columns to an Excel table, colours the grades and writes a summary sheet:
 * one sync for the table's size, one to read it, one to write (more only past the request
 * size limit, read or written).
 * Every check runs before the first write: a refused table is left untouched.
 */
export async function addScores(run: ExcelRun, req: ScoreRequest): Promise<ScoreResult> {
  const { ruleSet } = req;
  return run(async (context) => {
    const table = context.workbook.tables.getItem(req.tableName);
    const range = loadRangeSize(table.getRange(), ["rowIndex", "columnIndex"]);
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const [cells] = (await readTypedCells(context, [range])).cells;

    const parsed = readScoringTable(ruleSet, cells, { row: range.rowIndex, column: range.columnIndex });
    refuseUnscorable(ruleSet, req.tableName, parsed, true);
    const existing = new Set(parsed.header.map((h) => h.normalize("NFC")));
    const clash = scoreHeaders(ruleSet).filter((h) => existing.has(h));
    if (clash.length) throw new ProblemError("table.alreadyScored", { table: req.tableName, columns: clash.map((h) => `"${h}"`).join(", ") });
    if (!parsed.units.length) throw new ProblemError("table.noRows", { table: req.tableName });

    const scored = scoreTableUnits(ruleSet, parsed);
    const bodyRows = range.rowCount - 1;
    const official = officialTotals(ruleSet, parsed, scored, req.totals ?? DEFAULT_TOTALS_CHOICE);
    const plan = planScoreColumns(ruleSet, parsed, req.tableName, scored, bodyRows, official);
    const column = (header: string | null) => (header === null ? null : `${req.tableName}[${structuredName(header)}]`);
    const summary = buildSummaryModel({
      ruleSet,
      tableName: req.tableName,
      scored,
      official,
      refs: req.mode === "formulas" ? { grades: column(plan.gradeHeader)! } : null,
      how: PANE_TOTALS_SWITCH,
    });
    if (req.summarySheetName) summary.sheetName = req.summarySheetName;

    const writer = new BulkWriter(context);
    const sheet = table.worksheet;
    for (const h of plan.headers) table.columns.add(undefined, undefined, h);
    const firstNew = range.columnIndex + range.columnCount;
    // A shape without row formulas (the portal's points, its long form) gets its values in either mode.
    const formulaRow = plan.formulaRow?.map((f) => (f === null ? null : formula(f)));
    // a column without a formula (grades on printed totals written as text) takes its values;
    // a row the reader left out (a heading, a note, a total row) gets no formula at all
    const body =
      req.mode === "formulas" && formulaRow ? plan.valueRows.map((values, i) => (plan.leftOutRows.has(i) ? values : formulaRow.map((f, c) => f ?? values[c]))) : plan.valueRows;
    await writer.write(sheet, range.rowIndex + 1, firstNew, body, plan.formats);

    const gradeRange = sheet.getRangeByIndexes(range.rowIndex + 1, firstNew + plan.headers.length - 1, bodyRows, 1);
    for (const g of gradeColours(ruleSet)) {
      const cf = gradeRange.conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = g.fill;
      cf.cellValue.format.font.color = g.font;
      cf.cellValue.rule = { formula1: `="${g.label.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
    sheet.getRangeByIndexes(range.rowIndex, firstNew, bodyRows + 1, plan.headers.length).format.autofitColumns();

    // The summary goes through the table-model renderer, whose last sync sends the columns above too.
    const queued = writer.queuedBytes;
    const rendered = await renderTableModel(context, summary, { takenSheetNames: sheets.items.map((s) => s.name), queuedBytes: queued });
    const summaryName = rendered.sheetName;

    const countsByGrade = Object.fromEntries(ruleSet.grades.map((g) => [g.label, official.rows.filter((t) => t.grade === g.label).length]));
    const headerOf = (code: string | undefined) => parsed.header[parsed.roles.findIndex((r) => r?.kind === "indicator" && r.code === code)] ?? "";
    const unitOfRow = new Map(parsed.units.flatMap((u) => unitRows(u).map((row) => [row, u.input.unit] as const)));
    const unitProblems: ScoreProblemRow[] = parsed.units.flatMap((u, k) =>
      scored[k].problems
        // the engine's errors, and where a group's score is the portal's printed one, not CHISO's
        .filter((p) => p.severity === "error" || p.code === "score.groupPrinted")
        .map((p) => {
          // the column names the indicator already: the sentence without it ("thiếu số liệu …")
          const what = problemText(p).replace(/\.$/, "");
          const row = indicatorRow(u, p.indicator);
          return { row, column: headerOf(p.indicator), unit: u.input.unit, what, message: `Dòng ${row} (${u.input.unit}): ${what}.`, severity: p.severity };
        }),
    );
    const withUnit = (p: TableProblem): ScoreProblemRow => ({ ...p, message: problemMessage(p), ...(unitOfRow.has(p.row) ? { unit: unitOfRow.get(p.row) } : {}) });
    return {
      summarySheet: summaryName,
      units: scored.length,
      incomplete: official.rows.filter((t) => t.total === null).length,
      countsByGrade,
      totals: { printedColumn: official.printedColumn, printed: official.printed, computed: official.computed, choice: official.choice },
      drift: findDrift(ruleSet, printedPointsOf(ruleSet, parsed)).map(driftLine),
      problems: [...parsed.problems, ...official.problems].map(withUnit).concat(unitProblems),
      requestBytes: [...writer.requestBytes, queued],
    };
  });
}
