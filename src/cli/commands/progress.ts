import { buildProgressModel } from "../../domain/report/progress-model";
import { inSentence } from "../../domain/report/sentence";
import { assignTargets } from "../../domain/targets/assign";
import { followProgress, progressToJson, type NamedUnit } from "../../domain/targets/progress";
import { oneOf, parseArgs } from "../args";
import { campaignRuleSet, readUnitTables, resolveCampaign } from "../campaign-input";
import { type Command, UsageError, writeOrPrint } from "../io";
import { tableModelToXlsx } from "../xlsx/render-table-model";

function names(units: NamedUnit[]): string {
  return units.map((u) => (u.district ? `${u.unit} (${u.district})` : u.unit)).join(", ");
}

/**
 * `chiso progress`: the results of a report period against the targets of one milestone
 * (seed 002, IV.5.1: every 10 days, at 50 and at 100 days), as the report sheet or JSON.
 */
export const progressCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["baseline", "current", "campaign", "milestone", "out", "format"]);
  const usage = "--baseline TỆP --current TỆP --campaign <mã|tệp.json> --milestone <mốc> --out bao-cao.xlsx";
  if (positional.length) throw new UsageError(`Không nhận tham số "${positional[0]}": dùng ${usage}.`);
  const format = oneOf("format", options.format, ["xlsx", "json"] as const, "xlsx");
  const campaign = resolveCampaign(options.campaign, io);
  const milestones = campaign.milestones.map((m) => `${m.id} (${m.label})`).join(", ");
  if (!options.milestone) throw new UsageError(`Cần --milestone <mốc>. Các mốc của chiến dịch "${campaign.id}": ${milestones}.`);
  if (!campaign.milestones.some((m) => m.id === options.milestone)) {
    throw new UsageError(`Chiến dịch "${campaign.id}" không có mốc "${options.milestone}". Các mốc: ${milestones}.`);
  }
  if (format === "xlsx" && !options.out) throw new UsageError("Cần --out bao-cao.xlsx (hoặc --format json để in ra màn hình).");
  const ruleSet = campaignRuleSet(campaign);

  const baseline = await readUnitTables("baseline", options.baseline, "bảng kết quả năm gốc", campaign, ruleSet, io);
  const current = await readUnitTables("current", options.current, "bảng kết quả kỳ báo cáo", campaign, ruleSet, io);
  let errors = baseline.errors + current.errors;

  const assignment = assignTargets(campaign, baseline.units);
  // The annex's warnings (a target below the base year) are the annex's business; errors stop a unit.
  for (const p of assignment.problems.filter((x) => x.severity === "error")) {
    errors++;
    io.stderr(`Lỗi: ${p.message}\n`);
  }
  const report = followProgress(assignment, current.units, options.milestone);
  for (const p of report.problems) io.stderr(`Cảnh báo: ${p.message}\n`);
  if (report.missing.length) io.stderr(`Cảnh báo: chưa có số liệu kết quả của ${report.missing.length} đơn vị được giao chỉ tiêu: ${names(report.missing)}.\n`);
  if (report.unknown.length) io.stderr(`Cảnh báo: ${report.unknown.length} đơn vị trong bảng kết quả không được giao chỉ tiêu (kiểm tra tên, kể cả dấu): ${names(report.unknown)}.\n`);

  if (format === "json") {
    const text = JSON.stringify(progressToJson(report), null, 2) + "\n";
    writeOrPrint(io, options.out, text);
  } else {
    io.writeFile(options.out!, await tableModelToXlsx(buildProgressModel(report)));
    const levels = report.sections.map((s) => `${inSentence(s.heading)} ${s.summary.metAll}/${s.summary.complete}`).join("; ");
    io.stdout(`Đã ghi ${options.out}: ${report.milestone.label}; đạt toàn bộ chỉ tiêu: ${levels}.\n`);
  }
  return errors ? 1 : 0;
};
