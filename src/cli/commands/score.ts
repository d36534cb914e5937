import { indicatorProblemText, problemMessage } from "../../domain/problems/problem";
import { indicatorRow, scoreTableUnits, unitRows } from "../../domain/scoring/table-unit";
import { toCsv } from "../../domain/reading/csv";
import { officialTotals, totalsStatement, DEFAULT_TOTALS_CHOICE, type OfficialTotals } from "../../domain/report/official-totals";
import type { TableModel } from "../../domain/report/table-model";
import type { RuleSet } from "../../domain/ruleset/schema";
import { buildScoredTableModel } from "../../domain/report/scored-table-model";
import { buildSummaryModel } from "../../domain/report/summary-model";
import { ranks } from "../../domain/scoring/rollup";
import { driftLine, findDrift, printedPointsOf } from "../../domain/scoring/drift";
import type { ScoredUnit } from "../../domain/scoring/score";
import { isLeftOutRow } from "../../domain/reading/table";
import type { ScoringTable, TableProblem, TableUnit } from "../../domain/scoring/table-input";
import { oneOf, parseArgs } from "../args";
import { type Command, UsageError } from "../io";
import { cliText } from "../messages.vi";
import { emit, planOutput } from "../output";
import { count } from "../limits";
import { readScoringInput } from "../scoring-input";
import { addTableModelSheet } from "../xlsx/render-table-model";
import ExcelJS from "exceljs";

/** How the CLI names the totals switch, in the statement of which totals grade and rank. */
export const CLI_TOTALS_SWITCH = { printed: "--totals printed", computed: "--totals computed" };

export const SCORE_HELP = `chiso score <tệp.csv|tệp.xlsx> [--rules <mã|tệp.json>] [--totals computed|printed] [--format json|csv|xlsx] [--out TỆP]

Tính điểm, điểm mất, điểm nhóm, tổng điểm và xếp loại của từng đơn vị trong bảng.
  --rules   bộ quy tắc (mã, xem \`chiso rules\`, hoặc tệp .json); mặc định: bộ mà tiêu đề cột khớp nhất
  --format  json (mặc định), csv, hoặc xlsx (cần --out); có --out thì lấy theo đuôi tệp
  --out     ghi vào tệp .json, .csv hoặc .xlsx (trang “Bảng điểm” và “Tổng hợp”) thay vì in ra màn hình
  --totals  xếp loại và xếp hạng theo tổng điểm tính lại (computed, mặc định) hay tổng điểm in trong bảng nguồn (printed)
Mã thoát: 0 xong; 1 xong nhưng có đơn vị thiếu số liệu hoặc có lỗi dữ liệu; 2 không chạy được.
`;

interface ScoreRowJson {
  unit: string;
  points: Record<string, number | null>;
  lost: Record<string, number | null>;
  groups: Record<string, number | null>;
  total: number | null;
  complete: boolean;
  /** the grade of the total the summary counts (the choice of --totals), as every sheet gives it */
  grade: string | null;
  /** that total and where it comes from: the printed one, or `total` above */
  gradedTotal: { total: number | null; source: "printed" | "computed" };
  /** rank on the totals the summary counts (the choice of --totals) */
  rank: number | null;
  /** a reader's problem has its catalogue code and, in a file, its cell; the engine's name only the column */
  problems: { column: string; code?: string; cell?: string; message: string }[];
}

/** The problem's column: the header the user wrote for that indicator, else its code. */
function columnOf(code: string | undefined, header: string[], roles: ScoringTable["roles"]): string {
  if (!code) return "";
  const i = roles.findIndex((r) => r?.kind === "indicator" && r.code === code);
  return i >= 0 ? header[i] : code;
}

type RowProblem = ScoreRowJson["problems"][number];

/** Each unit's problems, from the catalogue: the reader's (coded, with their cell) and the engine's (per indicator). */
function unitProblems(table: ScoringTable, scored: readonly ScoredUnit[]): RowProblem[][] {
  const problemsByRow = new Map<number, TableProblem[]>();
  for (const p of table.problems) {
    const list = problemsByRow.get(p.row);
    if (list) list.push(p);
    else problemsByRow.set(p.row, [p]);
  }
  // a long-form unit spans several rows: its cells' problems are on any of them, and an
  // indicator's problem names that indicator's own row
  return table.units.map((u, k) => [
    ...unitRows(u).flatMap((row) => problemsByRow.get(row) ?? []).map((p) => ({ column: p.column, code: p.code, ...(p.cell ? { cell: p.cell } : {}), message: problemMessage(p) })),
    ...scored[k].problems.map((p) => ({ column: columnOf(p.indicator, table.header, table.roles), code: p.code, message: `Dòng ${indicatorRow(u, p.indicator)}: ${indicatorProblemText(p)}` })),
  ]);
}

/**
 * The two sheets of `chiso score --out x.xlsx`: the scored table, with each unit's problems
 * in its "Vấn đề" column (the sentences the JSON gives), then the summary whose counts are
 * formulas over it.
 */
export function scoreWorkbookModels(ruleSet: RuleSet, table: ScoringTable, scored: readonly ScoredUnit[], official: OfficialTotals, sourceName: string): TableModel[] {
  const problems = unitProblems(table, scored).map((list) => list.map((p) => p.message));
  const data = buildScoredTableModel(ruleSet, table, scored, official, problems);
  return [data.model, buildSummaryModel({ ruleSet, tableName: sourceName, scored, official, refs: data.refs, how: CLI_TOTALS_SWITCH })];
}

async function scoreWorkbook(models: readonly TableModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CHISO";
  for (const m of models) addTableModelSheet(wb, m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const scoreCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["rules", "format", "out", "totals"]);
  if (positional.length !== 1) throw new UsageError("cli.oneInputFile", { usage: "chiso score <tệp.csv|tệp.xlsx>" });
  const plan = planOutput(options, ["json", "csv", "xlsx"] as const, "json", [positional[0], options.rules], io);
  const format = plan.format;
  const choice = oneOf("totals", options.totals, ["computed", "printed"] as const, DEFAULT_TOTALS_CHOICE);
  const { ruleSet, table, lines } = await readScoringInput(positional[0], options.rules, io);

  const scoredUnits = scoreTableUnits(ruleSet, table);
  const scored: { u: TableUnit; cells: unknown[]; s: ScoredUnit }[] = table.units.map((u, k) => ({ u, cells: u.cells, s: scoredUnits[k] }));
  const official = officialTotals(ruleSet, table, scored.map((x) => x.s), choice);
  const rankOf = ranks(official.rows.map((t) => t.total));
  const statement = totalsStatement(ruleSet, official, CLI_TOTALS_SWITCH);
  const problems = unitProblems(table, scoredUnits);
  const rows: ScoreRowJson[] = scored.map(({ s }, k) => ({
    unit: s.unit,
    points: s.points,
    lost: s.lost,
    groups: s.groups,
    total: s.total,
    complete: s.complete,
    grade: official.rows[k].grade,
    gradedTotal: { total: official.rows[k].total, source: official.rows[k].source },
    rank: rankOf[k],
    problems: problems[k],
  }));

  // Rows left out (a heading, a note, a total row) have no unit to carry their problem: listed on their own.
  const skippedRows = table.problems.filter(isLeftOutRow).map((p) => ({ row: p.row, column: p.column, code: p.code, ...(p.cell ? { cell: p.cell } : {}), message: problemMessage(p) }));

  const drift = findDrift(ruleSet, printedPointsOf(ruleSet, table));
  const totals = { choice, printedColumn: official.printedColumn, printed: official.printed, computed: official.computed, statement };
  let output: string | Uint8Array;
  if (format === "json") {
    output = JSON.stringify({ ruleSet: ruleSet.id, estimate: ruleSet.estimate, totals, drift, rows, skippedRows }, null, 2) + "\n";
  } else if (format === "xlsx") {
    output = await scoreWorkbook(scoreWorkbookModels(ruleSet, table, scored.map((x) => x.s), official, positional[0].split(/[\\/]/).pop()!));
  } else {
    const codes = ruleSet.indicators.filter((i) => i.rule.kind !== "none").map((i) => i.code);
    const groupCodes = [...ruleSet.groups.map((g) => g.code), ...ruleSet.compositeGroups.map((g) => g.code)];
    const totalLabel = ruleSet.estimate ? "Tổng điểm (ước tính)" : "Tổng điểm";
    const head = [
      ...table.header,
      ...codes.map((c) => `${c} điểm`),
      ...codes.map((c) => `${c} mất điểm`),
      ...groupCodes.map((g) => `Nhóm ${g}`),
      totalLabel,
      "Xếp loại",
      "Đủ số liệu",
      "Vấn đề",
    ];
    const body = scored.map(({ cells }, k) => {
      const r = rows[k];
      return [
        ...table.header.map((_, i) => (cells[i] ?? null) as string | number | null),
        ...codes.map((c) => r.points[c]),
        ...codes.map((c) => r.lost[c]),
        ...groupCodes.map((g) => r.groups[g]),
        r.total,
        r.grade,
        r.complete ? "có" : "không",
        r.problems.map((p) => p.message).join("; "),
      ];
    });
    output = toCsv([head, ...body]);
  }
  emit(io, plan, output);
  if (plan.out && format === "xlsx") io.stdout(`Đã ghi ${plan.out}: trang “Bảng điểm” (${count(rows.length)} đơn vị) và trang “Tổng hợp”.\n`);
  if (official.printedColumn || choice === "printed") io.stderr(`Ghi chú: ${statement}\n`);
  if (drift.length) io.stderr(`Điểm in trong bảng khác điểm tính theo bộ quy tắc "${ruleSet.id}":\n${drift.map((d) => `  ${driftLine(d)}\n`).join("")}`);

  const headerProblems = table.problems.filter((p) => p.row === 1);
  for (const p of headerProblems) io.stderr(`Cảnh báo: ${problemMessage(p)}\n`);
  for (const p of skippedRows) io.stderr(`Cảnh báo: ${p.message}\n`);
  const incomplete = rows.filter((r) => !r.complete).length;
  if (incomplete) io.stderr(`${count(incomplete)}/${count(rows.length)} đơn vị thiếu số liệu: tổng điểm để trống, xem cột "Vấn đề".\n`);
  // A table of 0 units is scored as such, but "done" would be a lie: nothing matched (README, exit 1).
  if (!rows.length) {
    io.stderr(`Lỗi: ${cliText("cli.noUnitsRead", { file: positional[0], lines, headerRow: table.headerRow })}\n`);
    return 1;
  }
  return incomplete || table.problems.some((p) => p.severity === "error") ? 1 : 0;
};
