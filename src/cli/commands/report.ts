import { ProblemError } from "../../domain/problems/user-error";
import { problemMessage } from "../../domain/problems/problem";
import ExcelJS from "exceljs";
import { foldVietnamese, cleanName } from "../../domain/parsing/text";
import { inSentence } from "../../domain/report/sentence";
import { buildStatusModel, statusToJson, totalLine } from "../../domain/report/status-model";
import { recoverUnit } from "../../domain/scoring/recovery";
import { scoreUnit } from "../../domain/scoring/score";
import { unitRows } from "../../domain/scoring/table-unit";
import type { TableUnit } from "../../domain/scoring/table-input";
import { parseArgs } from "../args";
import { type Command, UsageError } from "../io";
import { emit, planOutput } from "../output";
import { count, REPORT_ALL_NEEDED_ABOVE } from "../limits";
import { readScoringInput } from "../scoring-input";
import { isLeftOutRow, type TableProblem } from "../../domain/reading/table";
import { addTableModelSheet } from "../xlsx/render-table-model";

const USAGE = 'chiso report <tệp.csv|tệp.xlsx> [--unit "Tên đơn vị" | --all] [--rules <mã|tệp.json>] --out bao-cao.xlsx [--format json]';

export const REPORT_HELP = `${USAGE}

Báo cáo hiện trạng của từng đơn vị (Phụ lục I): theo từng chỉ tiêu, tỷ lệ, điểm, điểm bị mất và tỷ lệ cần đạt để lấy lại điểm; mỗi đơn vị một trang tính.
  --unit    tên đơn vị (không cần dấu, không phân biệt hoa thường); bỏ --unit để báo cáo mọi đơn vị
  --all     cần khi bảng có trên ${count(REPORT_ALL_NEEDED_ABOVE)} đơn vị và không có --unit
  --rules   bộ quy tắc (mã hoặc tệp .json); mặc định: bộ mà tiêu đề cột khớp nhất
  --out     bao-cao.xlsx hoặc .json; không có --out thì cần --format json để in ra màn hình
Mã thoát: 0 xong; 1 có đơn vị thiếu số liệu hoặc có lỗi dữ liệu; 2 không chạy được.
`;

/** The rows of `--unit`: its exact name first, else the name without diacritics or case, if that finds it. */
function pickUnits(units: TableUnit[], wanted: string | undefined): TableUnit[] {
  if (wanted === undefined) return units;
  const name = cleanName(wanted);
  const exact = units.filter((u) => u.input.unit === name);
  if (exact.length) return exact;
  const folded = foldVietnamese(name);
  const loose = units.filter((u) => foldVietnamese(u.input.unit) === folded);
  if (loose.length) return loose;
  const near = units.filter((u) => foldVietnamese(u.input.unit).includes(folded)).map((u) => u.input.unit);
  throw new UsageError("cli.unknownUnit", { name, near: near.slice(0, 10), units: units.length, examples: units.slice(0, 5).map((u) => u.input.unit) });
}

/**
 * `chiso report`: the status report of each unit (seed 000, Phụ lục I): per indicator its
 * rate, points, points lost and the rate that recovers them; one sheet per unit.
 */
export const reportCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["unit", "rules", "out", "format"], ["all"]);
  if (positional.length !== 1) throw new UsageError("cli.oneInputFile", { usage: USAGE });
  const plan = planOutput(options, ["xlsx", "json"] as const, "xlsx", [positional[0], options.rules], io, "bao-cao.xlsx");
  const { ruleSet, table } = await readScoringInput(positional[0], options.rules, io);
  // Its indicators' values are what this command works on: the portal's points table has group points only (the pane refuses it alike).
  if (table.shape === "points") throw new ProblemError("table.pointsOnly", { table: positional[0] });
  if (!table.units.length) throw new UsageError("cli.noUnitRows", { file: positional[0] });

  if (options.unit === undefined && !options.all && table.units.length > REPORT_ALL_NEEDED_ABOVE) {
    throw new UsageError("cli.reportAllNeeded", { units: table.units.length, limit: REPORT_ALL_NEEDED_ABOVE });
  }
  const units = pickUnits(table.units, options.unit);
  const rows = new Set(units.flatMap(unitRows));
  let errors = 0;
  // The rows left out of the table (a heading, a note, a total row) are said when the report covers the table.
  const said = (x: TableProblem) => x.row === 1 || rows.has(x.row) || (options.unit === undefined && isLeftOutRow(x));
  for (const p of table.problems.filter(said)) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${problemMessage(p)}\n`);
  }
  const reports = units.map((u) => recoverUnit(ruleSet, scoreUnit(ruleSet, u.input)));
  const incomplete = reports.filter((r) => !r.total.complete).length;
  if (incomplete) io.stderr(`${count(incomplete)}/${count(reports.length)} đơn vị thiếu số liệu: tổng điểm chưa tính được, xem cột "Nhận xét".\n`);

  if (plan.format === "json") {
    emit(io, plan, JSON.stringify({ ruleSet: ruleSet.id, estimate: ruleSet.estimate, units: reports.map(statusToJson) }, null, 2) + "\n");
  } else {
    const wb = new ExcelJS.Workbook();
    wb.creator = "CHISO";
    const taken = new Set<string>();
    for (const r of reports) addTableModelSheet(wb, buildStatusModel(r), taken);
    emit(io, plan, new Uint8Array(await wb.xlsx.writeBuffer()));
    const summary = reports.length === 1 ? `${reports[0].unit}: ${inSentence(totalLine(reports[0]))}` : `${count(reports.length)} đơn vị, mỗi đơn vị một trang tính`;
    io.stdout(`Đã ghi ${options.out}: ${summary}.\n`);
  }
  return errors || incomplete ? 1 : 0;
};
