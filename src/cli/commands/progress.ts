import { problemMessage } from "../../domain/problems/problem";
import { buildProgressModel, levelCounts } from "../../domain/report/progress-model";
import { inSentence } from "../../domain/report/sentence";
import { assignTargets } from "../../domain/targets/assign";
import { followProgress, progressToJson, type NamedUnit, type ProgressReport } from "../../domain/targets/progress";
import { parseArgs } from "../args";
import { campaignRuleSet, readUnitTables, resolveCampaign } from "../campaign-input";
import { ProblemError } from "../../domain/problems/user-error";
import { type Command, UsageError } from "../io";
import { cliText } from "../messages.vi";
import { count } from "../limits";
import { emit, fileList, planOutput } from "../output";
import { tableModelToXlsx } from "../xlsx/render-table-model";
import { FOLLOWUP_USAGE, namesReports, progressFollowUp } from "./progress-followup";

function names(units: NamedUnit[]): string[] {
  return units.map((u) => (u.district ? `${u.unit} (${u.district})` : u.unit));
}

export const PROGRESS_HELP = `chiso progress --baseline TỆP[,TỆP] --current TỆP[,TỆP] --campaign <mã|tệp.json> --milestone <mốc> --out bao-cao.xlsx [--format xlsx|json]
${FOLLOWUP_USAGE}

Một kỳ (--current): so kết quả kỳ báo cáo với chỉ tiêu của một mốc (50 ngày, 100 ngày...) và ghi báo cáo tiến độ theo từng cấp.
Nhiều kỳ (các tệp báo cáo định kỳ 10 ngày): theo dõi chiến dịch qua các kỳ, so với mọi mốc; trang "Theo dõi chiến dịch"
đặt các kỳ cạnh nhau. Ngày của mỗi tệp lấy từ tên tệp (2024-04-10_so-nganh.csv), dòng tiêu đề ("đến ngày 10/4/2024")
hoặc --period (mỗi tệp một lần, theo thứ tự); các tệp cùng ngày gộp thành một kỳ. Đơn vị được ghép qua các kỳ như
\`chiso history\`: theo mã, theo tên (bỏ qua hoa thường, dấu, "UBND"), hoặc theo --mapping (tên cũ → tên mới).
  --baseline   bảng kết quả năm gốc (để tính chỉ tiêu), .csv hoặc .xlsx, nhiều tệp cách nhau bằng dấu phẩy
  --current    bảng kết quả kỳ báo cáo, như trên
  --campaign   chiến dịch mẫu hoặc tệp .json; --milestone mã mốc (xem \`chiso campaigns\`)
  --out        một kỳ: bao-cao.xlsx hoặc .json, không có --out thì cần --format json để in ra màn hình;
               nhiều kỳ: theo-doi.xlsx (in tóm tắt hoặc JSON ra màn hình như --format)
  --format     nhiều kỳ: text (mặc định) hoặc json: {campaign, dates: [{id, label}], milestones: [{id, label}],
               levels: [{level, heading, tally: {mốc: {ngày: {targeted, reported, complete, metAll}}},
               units: [{unit, district?, code, dates: {ngày: null | {reportedAs, milestones: {mốc: {met, of, noData, gaps: {chỉ tiêu: điểm %}}}}}}]}],
               districts: [{district, tally}], trends: [{milestone, points: [{date, metAll, complete, share, change}],
               short: [{unit, level, district?, gaps, noData}]}], missing: [{period, units}], unmatched: [{unit, district?, code, period}],
               excluded: [{unit, period, reason}]}
Mã thoát: 0 xong (kể cả khi có cảnh báo); 1 có lỗi dữ liệu hoặc một kỳ không đơn vị nào khớp; 2 không chạy được.
`;

/** "các sở, ban, ngành tỉnh: 3/14 đạt toàn bộ chỉ tiêu, 2 thiếu số liệu, 1 chưa có kết quả": the k/n of the sheet's summary. */
function levelLine(s: ProgressReport["sections"][number]): string {
  // the k/n exactly as the sheet's summary shows it (levelCounts), the other counts in Vietnamese digits
  const c = levelCounts(s.summary);
  const parts = [`${c.kn} đạt toàn bộ chỉ tiêu`];
  if (c.incomplete) parts.push(`${count(c.incomplete)} thiếu số liệu`);
  if (c.notReported) parts.push(`${count(c.notReported)} chưa có kết quả`);
  return `${inSentence(s.heading)}: ${parts.join(", ")}`;
}

/**
 * `chiso progress`: the results of a report period against the targets of one milestone
 * (seed 002, IV.5.1: every 10 days, at 50 and at 100 days), as the report sheet or JSON.
 */
export const progressCommand: Command = async (args, io) => {
  if (namesReports(args)) {
    if (args.some((a) => /^--(current|milestone)(=|$)/.test(a))) throw new UsageError("cli.followUpOptions", { usage: FOLLOWUP_USAGE });
    return progressFollowUp(args, io);
  }
  // no positional argument here: one would have named a report file (namesReports)
  const { options } = parseArgs(args, ["baseline", "current", "campaign", "milestone", "out", "format"]);
  const inputs = [...fileList(options.baseline, io), ...fileList(options.current, io), options.campaign];
  const plan = planOutput(options, ["xlsx", "json"] as const, "xlsx", inputs, io, "bao-cao.xlsx");
  const campaign = resolveCampaign(options.campaign, io);
  const milestones = campaign.milestones.map((m) => `${m.id} (${m.label})`);
  if (!options.milestone) throw new UsageError("cli.milestoneNeeded", { campaign: campaign.id, milestones });
  if (!campaign.milestones.some((m) => m.id === options.milestone)) {
    // the domain's refusal (the task pane's too), word for word what this command said
    throw new ProblemError("target.unknownMilestone", { campaign: campaign.id, milestone: options.milestone, milestones: milestones.join(", ") });
  }
  const ruleSet = campaignRuleSet(campaign);

  const baseline = await readUnitTables("baseline", options.baseline, campaign, ruleSet, io);
  const current = await readUnitTables("current", options.current, campaign, ruleSet, io);
  let errors = baseline.errors + current.errors;

  const assignment = assignTargets(campaign, baseline.units);
  // The annex's warnings (a target below the base year) are the annex's business; errors stop a unit.
  for (const p of assignment.problems.filter((x) => x.severity === "error")) {
    errors++;
    io.stderr(`Lỗi: ${problemMessage(p)}\n`);
  }
  const report = followProgress(assignment, current.units, options.milestone);
  for (const p of report.problems) io.stderr(`Cảnh báo: ${problemMessage(p)}\n`);
  if (report.missing.length) io.stderr(`Cảnh báo: ${cliText("cli.resultsMissing", { units: names(report.missing) })}\n`);
  if (report.unknown.length) io.stderr(`Cảnh báo: ${cliText("cli.resultsNotTargeted", { units: names(report.unknown) })}\n`);

  const reported = report.sections.reduce((n, s) => n + s.summary.reported, 0);
  if (!reported) io.stderr(`Lỗi: ${cliText("cli.resultsMatchNoUnit")}\n`);

  if (plan.format === "json") {
    emit(io, plan, JSON.stringify(progressToJson(report), null, 2) + "\n");
  } else {
    emit(io, plan, await tableModelToXlsx(buildProgressModel(report)));
    io.stdout(`Đã ghi ${options.out}: ${report.milestone.label}; ${report.sections.map(levelLine).join("; ")}.\n`);
  }
  return errors || !reported ? 1 : 0;
};
