import * as path from "path";
import ExcelJS from "exceljs";
import { historyRowsFromImport } from "../../domain/history/from-import";
import { historyRowsFromPortal, portalPeriodColumns } from "../../domain/history/from-portal";
import { portalShapeOf } from "../../domain/reading/import-shape";
import { addPeriod, EMPTY_HISTORY, findHistoryHeader, readHistoryCells, type History } from "../../domain/history/history-table";
import { readMappingCells, type UnitMapping } from "../../domain/history/match";
import type { ScoringTable } from "../../domain/reading/table";
import { periodFromFileName, periodFromTitle, periodLabel, type Period } from "../../domain/history/period";
import { nationalTableFromCells, standingsOverTime, type NationalTable, type StandingOverTime } from "../../domain/history/provinces";
import { buildTrends, type Trends } from "../../domain/history/trends";
import { importCells, importText, type ImportResult } from "../../domain/reading/import";
import { problemMessage } from "../../domain/problems/problem";
import { DEFAULT_RULE_SET_ID, getRuleSet, listRuleSets } from "../../domain/ruleset/registry";
import type { RuleSet } from "../../domain/ruleset/schema";
import { buildHistoryModel, buildMoversModel, buildNationalModel, buildProvinceRatesModel, buildTrendModel } from "../../domain/report/trend-model";
import { formatVietnamese } from "../../domain/parsing/text";
import { inSentence } from "../../domain/report/sentence";
import { oneOf, parseArgs } from "../args";
import { count } from "../limits";
import { type CliIo, type Command, UsageError } from "../io";
import { cliText } from "../messages.vi";
import { periodPerFile, takePeriods } from "../period-args";
import { shownText } from "../../domain/reading/cell";
import { emit, planOutput } from "../output";
import { filledLines, filledRows, readTable, readText, type Cell } from "../read-table";
import { resolveRulesOption } from "../rules-option";
import { addTableModelSheet } from "../xlsx/render-table-model";

export const HISTORY_USAGE =
  "  chiso history <tệp kỳ 1> <tệp kỳ 2>… [--period KỲ …] [--mapping ghep-ten.csv] [--replace] [--rules <mã|tệp.json>] [--province <mã tỉnh> với bảng toàn quốc] [--format json] [--out dien-bien.xlsx]\n";

export const HISTORY_HELP = `${HISTORY_USAGE.trim()}

Ghép các kỳ (tháng, quý, năm hoặc số liệu đến một ngày) thành bảng lịch sử, rồi ra diễn biến
tổng điểm và điểm nhóm của từng đơn vị, thay đổi xếp loại, thứ hạng, đơn vị tăng/giảm nhiều nhất,
tỷ lệ cộng dồn của cả tỉnh theo kỳ. Kỳ của mỗi tệp lấy từ tên tệp (2026-08.csv), dòng tiêu đề
("đến ngày 10/10/2026"), hoặc --period (mỗi tệp một lần, theo thứ tự).
Bảng điểm theo nhóm của Cổng: theo dõi điểm nhóm và tổng điểm như Cổng in; bảng chi tiết của Cổng
(mỗi dòng một chỉ tiêu): tính điểm từ tử số, mẫu số; cả hai theo --rules hoặc dvcqg-2026.
  --mapping  tệp .csv/.xlsx hai cột: tên cũ → tên mới (đơn vị đổi tên, sáp nhập)
  --replace  thay số liệu của một kỳ đã có (mặc định: giữ số liệu cũ và in khác biệt)
  --format   text (mặc định) hoặc json, in ra màn hình
  --out      ghi tệp .xlsx: Lịch sử, Diễn biến, Tăng giảm, Toàn tỉnh theo kỳ (không có biểu đồ)
Mã thoát: 0 xong; 1 xong nhưng có lỗi dữ liệu hoặc kỳ trùng chưa thay; 2 không chạy được.
`;

const NO_CHARTS = "Tệp .xlsx không có biểu đồ: biểu đồ đường chỉ được vẽ trong Excel (CHISO, mục Diễn biến).\n";


interface PeriodFile {
  file: string;
  cells: Cell[][] | null;
  result: ImportResult | null;
  /** a file that is itself a history table (a sheet "Lịch sử" written before) */
  history: History | null;
  /** the portal's national table (one row per province) */
  national: NationalTable | null;
  /** the portal's points table or long form, read by the one reader of tables (never as rates) */
  portal: { ruleSet: RuleSet; table: ScoringTable } | null;
  title: string;
  /** lines (rows) up to the last filled one: where the units were looked for */
  lines: number;
}

/** The title rows above a table's header, as one line (where a period such as "đến ngày 10/10/2026" is found). */
function titleAbove(cells: readonly (readonly Cell[])[], headerRow: number): string {
  return cells
    .slice(0, Math.max(0, headerRow - 1))
    .map((r) => r.map(shownText).filter((t) => t !== "").join(" "))
    .join(" ");
}

/**
 * The portal's points table or long form, followed as `chiso score` reads them, under --rules or
 * the portal's rule set (whose groups the points are out of); null for any other table (import
 * reads it, and refuses these two).
 */
function portalPeriod(file: string, cells: Cell[][], ruleSet: RuleSet | undefined): PeriodFile | null {
  const rules = ruleSet ?? getRuleSet(DEFAULT_RULE_SET_ID);
  const table = portalShapeOf(rules, cells);
  return table ? { file, cells, result: null, history: null, national: null, portal: { ruleSet: rules, table }, title: titleAbove(cells, table.headerRow), lines: filledRows(cells) } : null;
}

async function readPeriodFile(file: string, ruleSet: RuleSet | undefined, io: CliIo): Promise<PeriodFile> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt") {
    const text = readText(file, io);
    // Tab-separated text (a table copied from Excel) may be one of the portal's shapes too.
    const portal = text.includes("\t") ? portalPeriod(file, text.split(/\r\n|\r|\n/).map((l) => l.split("\t")), ruleSet) : null;
    if (portal) return portal;
    const result = importText(text, { ruleSet });
    const header = result.tables[0]?.row ?? 0;
    return { file, cells: null, result, history: null, national: null, portal: null, title: text.split(/\r?\n/).slice(0, Math.max(0, header - 1)).join(" "), lines: filledLines(text) };
  }
  const cells = await readTable(file, io);
  const lines = filledRows(cells);
  if (findHistoryHeader(cells) >= 0) return { file, cells, result: null, history: null, national: null, portal: null, title: "", lines };
  const national = nationalTableFromCells(cells);
  if (national) return { file, cells, result: null, history: null, national, portal: null, title: "", lines };
  const portal = portalPeriod(file, cells, ruleSet);
  if (portal) return portal;
  const result = importCells(cells, { ruleSet });
  return { file, cells, result, history: null, national: null, portal: null, title: titleAbove(cells, result.tables[0]?.row ?? 0), lines };
}

export function readMapping(file: string | undefined, cellsOf: (f: string) => Promise<Cell[][]>): Promise<UnitMapping> {
  if (!file) return Promise.resolve([]);
  return cellsOf(file).then((cells) => {
    const m = readMappingCells(cells);
    if (m.problems.length) throw new UsageError("cli.mappingInvalid", { file, problems: m.problems });
    return m.mapping;
  });
}

/** The JSON of issue 14: periods, units with totals, groups and grades per period, changes previous → last, the unmatched. */
export function trendsJson(t: Trends) {
  return {
    periods: t.periods.map((p) => p.id),
    previous: t.previous?.id ?? null,
    units: t.units.map((u) => ({
      unit: u.unit,
      code: u.code,
      level: u.level,
      totals: u.totals,
      groups: u.groups,
      grades: u.grades,
      change: u.change,
      groupChange: u.groupChange,
      gradeChange: u.gradeChange,
      rankChange: u.rankChange,
    })),
    unmatched: t.unmatched,
    gone: t.gone,
    merged: t.merged,
  };
}

/** The province among provinces, per kept period: rank of N, median and gap, for the total and each group. */
function nationJson(standings: readonly StandingOverTime[]) {
  return standings.map((s) => ({ period: s.period.id, of: s.standing?.of ?? null, total: s.standing?.total ?? null, groups: s.standing?.groups ?? null, rankChange: s.rankChange }));
}

/**
 * `chiso history FILE…`: several period files side by side. Each file's period comes from its
 * name (`2026-08.csv`), else from its title row ("đến ngày 10/10/2026"), else from `--period`,
 * given once per file in order (when fewer are given, they go in order to the files that need
 * one). A file that is a history table already (the sheet "Lịch sử" of an earlier --out) is
 * read with all its periods, so a new period can be appended to it. A period given twice is
 * replaced only with `--replace`; otherwise the first is kept and the differences printed.
 * Exit 0 done, 1 done with data problems (cells not read, a replacement not confirmed), 2 could not run.
 */
export const historyCommand: Command = async (args, io) => {
  const { rest, periods: given } = takePeriods(args, "period");
  // --replace is a flag, which the shared parser takes as a value-less option
  const { positional: files, options } = parseArgs(rest, ["format", "out", "mapping", "rules", "province"], ["replace"]);
  const replace = options.replace !== undefined;
  if (files.length === 0) throw new UsageError("cli.periodFilesNeeded", { usage: HISTORY_USAGE });
  const format = oneOf("format", options.format, ["json", "text"] as const, "text");
  // The screen takes text or JSON; --out only the workbook, checked (never an input, folder writable) before the work.
  const plan = options.out === undefined ? undefined : planOutput({ out: options.out }, ["xlsx"] as const, "xlsx", [...files, options.mapping, options.rules], io, "dien-bien.xlsx");
  const ruleSet = options.rules === undefined ? undefined : resolveRulesOption(options.rules, io);
  const mapping = await readMapping(options.mapping, (f) => readTable(f, io));

  const read = await Promise.all(files.map((f) => readPeriodFile(f, ruleSet, io)));
  let history = EMPTY_HISTORY;
  let dataProblems = 0;
  const periodOf = periodPerFile(given, files.length);
  const nationals: { period: Period; table: NationalTable }[] = [];
  for (const [i, pf] of read.entries()) {
    if (pf.national) {
      const period = periodOf.of(i, pf.file, periodFromFileName(pf.file));
      if (!period) throw new UsageError("cli.nationalWithoutPeriod", { file: pf.file });
      nationals.push({ period, table: pf.national });
      io.stderr(`${pf.file}: bảng toàn quốc ${inSentence(periodLabel(period))}, ${count(pf.national.provinces.length)} tỉnh, thành phố.\n`);
      continue;
    }
    if (pf.portal) {
      const period = periodOf.of(i, pf.file, periodFromFileName(pf.file) ?? periodFromTitle(pf.title));
      if (!period) throw new UsageError("cli.fileWithoutPeriod", { file: pf.file });
      const { ruleSet: rs, table } = pf.portal;
      const errors = table.problems.filter((p) => p.severity === "error");
      for (const p of errors) io.stderr(`Lỗi: ${pf.file}: ${problemMessage(p)}\n`);
      dataProblems += errors.length;
      const out = addPeriod(history, period, historyRowsFromPortal(period, rs, table, pf.cells ?? []), portalPeriodColumns(rs, table), { replace });
      history = out.history;
      const read = { units: table.units.length, ruleSet: rs.id };
      io.stderr(`${pf.file}: ${periodLabel(period)}, ${table.shape === "points" ? cliText("cli.historyPointsTable", read) : cliText("cli.historyLongForm", read)}\n`);
      dataProblems += reportAdd(io, pf.file, period, out.status, out.differences);
      continue;
    }
    if (!pf.result) {
      const h = readHistoryCells(pf.cells ?? []);
      for (const p of h.problems) io.stderr(`Lỗi: ${pf.file}: ${problemMessage(p)}\n`);
      dataProblems += h.problems.length;
      for (const period of h.history.periods) {
        const rows = h.history.rows.filter((r) => r.period === period.id);
        const out = addPeriod(history, period, rows, h.history, { replace });
        history = out.history;
        dataProblems += reportAdd(io, pf.file, period, out.status, out.differences);
      }
      continue;
    }
    const period = periodOf.of(i, pf.file, periodFromFileName(pf.file) ?? periodFromTitle(pf.title));
    if (!period) throw new UsageError("cli.fileWithoutPeriod", { file: pf.file });
    const errors = pf.result.problems.filter((p) => p.severity === "error");
    for (const p of errors) io.stderr(`Lỗi: ${pf.file}: ${problemMessage(p)}\n`);
    dataProblems += errors.length;
    const rs = getRuleSet(pf.result.ruleSet);
    const out = addPeriod(history, period, historyRowsFromImport(period, rs, pf.result.rows), rs, { replace });
    history = out.history;
    io.stderr(`${pf.file}: ${periodLabel(period)}, ${count(pf.result.rows.length)} đơn vị (bộ quy tắc ${rs.id}).\n`);
    if (!pf.result.rows.length) {
      io.stderr(`Lỗi: ${cliText("cli.noUnitsRead", { file: pf.file, lines: pf.lines, headerRow: pf.result.tables[0]?.row || null })}\n`);
      dataProblems++;
    }
    dataProblems += reportAdd(io, pf.file, period, out.status, out.differences);
  }

  periodOf.refuseUnused();
  if (nationals.length && !options.province) throw new UsageError("cli.provinceNeeded");
  const standings: StandingOverTime[] = nationals.length ? standingsOverTime(nationals, options.province!) : [];
  for (const s of standings) if (!s.standing) io.stderr(`Lỗi: ${cliText("cli.nationalWithoutProvince", { period: inSentence(periodLabel(s.period)), province: options.province! })}\n`);
  dataProblems += standings.filter((s) => !s.standing).length;

  // A --rules file is not registered: its `counting` joins the known rule sets' here.
  const trends = buildTrends(history, { mapping, ruleSets: ruleSet ? [...listRuleSets(), ruleSet] : undefined });
  if (format === "json") io.stdout(JSON.stringify({ ...trendsJson(trends), ...(standings.length ? { nation: nationJson(standings) } : {}) }, null, 2) + "\n");
  else io.stdout(summary(trends) + nationSummary(standings));
  if (plan) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "CHISO";
    // "Lịch sử" first: `chiso history` reads the first sheet, so the file can take the next period.
    const models = [buildHistoryModel(history), buildTrendModel(trends), buildMoversModel(trends), buildProvinceRatesModel(trends)];
    if (standings.length) models.push(buildNationalModel(standings.find((s) => s.standing)?.standing?.province ?? options.province!, standings));
    for (const model of models) addTableModelSheet(wb, model);
    emit(io, plan, new Uint8Array(await wb.xlsx.writeBuffer()));
    io.stderr(`Đã ghi ${plan.out}: ${models.map((m) => m.sheetName).join(", ")}.\n`);
    io.stderr(NO_CHARTS);
  }
  return dataProblems > 0 ? 1 : 0;
};

/** The province among provinces, one line per period of the national table (the text twin of the sheet "Toàn quốc"). */
function nationSummary(standings: readonly StandingOverTime[]): string {
  const points = (v: number | null) => (v === null ? "(trống)" : formatVietnamese(v, 2));
  const gap = (v: number | null) => (v === null ? "(trống)" : `${v > 0 ? "+" : ""}${formatVietnamese(v, 2)}`);
  return standings
    .flatMap(({ period, standing: s }) =>
      s ? [`Toàn quốc, ${inSentence(periodLabel(period))}: ${s.province} xếp hạng ${s.total.rank ?? "(trống)"}/${count(s.of)}, tổng điểm ${points(s.total.value)} (trung vị ${points(s.total.median)}, chênh ${gap(s.total.gap)}).\n`] : [],
    )
    .join("");
}

const valueText = (v: number | string | null) => (v === null ? "(trống)" : typeof v === "number" ? formatVietnamese(v, 4) : v);

/** Says what happened to a period offered again; returns 1 when a replacement waits for --replace. */
function reportAdd(io: CliIo, file: string, period: Period, status: string, differences: readonly { unit: string; field: string; before: number | string | null; after: number | string | null }[]): number {
  if (status === "unchanged") io.stderr(`${file}: ${periodLabel(period)} đã có, số liệu không đổi.\n`);
  if (status === "confirm" || status === "replaced") {
    const shown = differences.slice(0, 20).map((d) => `  ${d.unit}, ${d.field}: ${valueText(d.before)} → ${valueText(d.after)}\n`);
    const more = differences.length > 20 ? `  … và ${count(differences.length - 20)} khác biệt khác.\n` : "";
    const head =
      status === "confirm"
        ? `${file}: ${periodLabel(period)} đã có với số liệu khác (${count(differences.length)} khác biệt); giữ số liệu cũ. Thêm --replace để thay.\n`
        : `${file}: đã thay ${inSentence(periodLabel(period))} (${count(differences.length)} khác biệt).\n`;
    io.stderr(head + shown.join("") + more);
  }
  return status === "confirm" ? 1 : 0;
}

function summary(t: Trends): string {
  // Only the national table given: no period of units to list (not "Các kỳ: ." and "0 đơn vị").
  if (!t.periods.length) return "Không có tệp kỳ nào của các đơn vị trong tỉnh: chỉ so với toàn quốc.\n";
  const lines = [`Các kỳ: ${t.periods.map(periodLabel).join("; ")}.`, `Số đơn vị: ${count(t.units.length)}.`];
  const mv = (u: Trends["risers"][number]) => `  ${u.unit}: ${u.change! > 0 ? "+" : ""}${formatVietnamese(u.change!, 2)}`;
  if (t.risers.length) lines.push("Tăng nhiều nhất:", ...t.risers.map(mv));
  if (t.fallers.length) lines.push("Giảm nhiều nhất:", ...t.fallers.map(mv));
  if (t.unmatched.length) lines.push(`Không ghép được với kỳ trước: ${count(t.unmatched.length)} đơn vị (xem --format json hoặc trang Diễn biến).`);
  if (t.gone.length) lines.push(`Không còn ở kỳ cuối: ${count(t.gone.length)} đơn vị.`);
  return lines.join("\n") + "\n";
}
