import ExcelJS from "exceljs";
import { foldVietnamese, cleanName } from "../../domain/parsing/text";
import { inSentence } from "../../domain/report/sentence";
import { buildStatusModel, statusToJson, totalLine } from "../../domain/report/status-model";
import { recoverUnit } from "../../domain/scoring/recovery";
import { scoreUnit } from "../../domain/scoring/score";
import type { TableUnit } from "../../domain/scoring/table-input";
import { oneOf, parseArgs } from "../args";
import { type Command, UsageError, writeOrPrint } from "../io";
import { readScoringInput } from "../scoring-input";
import { addTableModelSheet } from "../xlsx/render-table-model";

const USAGE = 'chiso report <tệp.csv|tệp.xlsx> [--unit "Tên đơn vị"] [--rules <mã|tệp.json>] --out bao-cao.xlsx [--format json]';

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
  const hint = near.length ? ` Có phải: ${near.slice(0, 10).join(", ")}?` : ` Bảng có ${units.length} đơn vị, ví dụ: ${units.slice(0, 5).map((u) => u.input.unit).join(", ")}.`;
  throw new UsageError(`Không có đơn vị "${name}" trong bảng.${hint}`);
}

/**
 * `chiso report`: the status report of each unit (seed 000, Phụ lục I): per indicator its
 * rate, points, points lost and the rate that recovers them; one sheet per unit.
 */
export const reportCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["unit", "rules", "out", "format"]);
  if (positional.length !== 1) throw new UsageError(`Cần đúng một tệp đầu vào: ${USAGE}.`);
  const format = oneOf("format", options.format, ["xlsx", "json"] as const, "xlsx");
  if (format === "xlsx" && !options.out) throw new UsageError("Cần --out bao-cao.xlsx (hoặc --format json để in ra màn hình).");
  const { ruleSet, table } = await readScoringInput(positional[0], options.rules, io);
  if (!table.units.length) throw new UsageError(`Tệp "${positional[0]}" không có dòng đơn vị nào.`);

  const units = pickUnits(table.units, options.unit);
  const rows = new Set(units.map((u) => u.row));
  let errors = 0;
  for (const p of table.problems.filter((x) => x.row === 1 || rows.has(x.row))) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${p.message}\n`);
  }
  const reports = units.map((u) => recoverUnit(ruleSet, scoreUnit(ruleSet, u.input)));
  const incomplete = reports.filter((r) => !r.total.complete).length;
  if (incomplete) io.stderr(`${incomplete}/${reports.length} đơn vị thiếu số liệu: tổng điểm chưa tính được, xem cột "Nhận xét".\n`);

  if (format === "json") {
    writeOrPrint(io, options.out, JSON.stringify({ ruleSet: ruleSet.id, estimate: ruleSet.estimate, units: reports.map(statusToJson) }, null, 2) + "\n");
  } else {
    const wb = new ExcelJS.Workbook();
    wb.creator = "CHISO";
    for (const r of reports) addTableModelSheet(wb, buildStatusModel(r));
    io.writeFile(options.out!, new Uint8Array(await wb.xlsx.writeBuffer()));
    const summary = reports.length === 1 ? `${reports[0].unit}: ${inSentence(totalLine(reports[0]))}` : `${reports.length} đơn vị, mỗi đơn vị một trang tính`;
    io.stdout(`Đã ghi ${options.out}: ${summary}.\n`);
  }
  return errors || incomplete ? 1 : 0;
};
