import { problemText } from "../../domain/problems/problem";
import { ProblemError } from "../../domain/problems/user-error";
import { problemMessage } from "../../domain/problems/problem";
import ExcelJS from "exceljs";
import { provinceFromTable, provinceToJson } from "../../domain/report/province/province-report";
import { buildProvinceSheets } from "../../domain/report/province/province-sheets";
import { loadResponsibilitiesJson } from "../../domain/report/province/responsibilities";
import { campaignTargets } from "../../domain/targets/unit-targets";
import { parseArgs } from "../args";
import { resolveCampaign } from "../campaign-input";
import { type Command, UsageError } from "../io";
import { count } from "../limits";
import { emit, planOutput } from "../output";
import { readScoringInput } from "../scoring-input";
import { addTableModelSheet } from "../xlsx/render-table-model";

const USAGE = "chiso province <tệp.csv|tệp.xlsx> [--rules <mã|tệp.json>] [--campaign <mã|tệp.json> --milestone <mốc>] [--tasks phan-cong.json] [--format json|xlsx] [--out TỆP]";

export const PROVINCE_HELP = `${USAGE}

Điểm của cả tỉnh (hoặc một khối bất kỳ) tính từ số liệu các đơn vị: chỉ tiêu đếm theo hồ sơ được
cộng dồn tử số, mẫu số; chỉ tiêu đếm theo thủ tục hoặc phản ánh, kiến nghị không cộng được và được
nêu lý do. Kèm theo: đơn vị nào làm tỉnh mất điểm, kế hoạch số hồ sơ cần thêm của từng đơn vị.
  --rules   bộ quy tắc (mã, xem \`chiso rules\`, hoặc tệp .json); mặc định: bộ mà tiêu đề cột khớp nhất
  --campaign, --milestone  chiến dịch và mốc: thêm điểm tỉnh được nếu mỗi đơn vị đạt chỉ tiêu được giao (targetGain)
  --tasks   tệp JSON phân công (chỉ tiêu → cơ quan chủ trì, nhiệm vụ); mặc định: Phụ lục II của văn bản 000
  --format  json (mặc định, in ra màn hình) hoặc xlsx (cần --out)
  --out     ghi vào tệp .json, hoặc .xlsx với ba trang “Toàn tỉnh”, “Ai làm mất điểm”, “Kế hoạch”
Mã thoát: 0 xong; 1 xong nhưng có lỗi dữ liệu; 2 không chạy được.
`;

/**
 * `chiso province`: the province's own score from its units, who costs it points, the plan
 * of each unit and who acts (issue 13). Without --out the JSON is printed to the screen;
 * with --out x.xlsx the sheets "Toàn tỉnh", "Ai làm mất điểm" and "Kế hoạch" are written.
 */
export const provinceCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["rules", "out", "format", "tasks", "campaign", "milestone"]);
  if (positional.length !== 1) throw new UsageError("cli.oneInputFile", { usage: USAGE });
  const plan = planOutput(options, ["json", "xlsx"] as const, "json", [positional[0], options.rules, options.tasks], io, "toan-tinh.xlsx");
  const { ruleSet, table } = await readScoringInput(positional[0], options.rules, io);
  // Its indicators' values are what this command works on: the portal's points table has group points only (the pane refuses it alike).
  if (table.shape === "points") throw new ProblemError("table.pointsOnly", { table: positional[0] });
  if (!table.units.length) throw new UsageError("cli.noUnitRows", { file: positional[0] });

  let responsibilities;
  if (options.tasks) {
    let textIn: string;
    try {
      textIn = new TextDecoder().decode(io.readFile(options.tasks));
    } catch {
      throw new UsageError("cli.tasksUnreadable", { file: options.tasks });
    }
    const loaded = loadResponsibilitiesJson(textIn);
    if (!loaded.ok) throw new UsageError("cli.tasksInvalid", { file: options.tasks, problems: loaded.problems });
    responsibilities = loaded.value;
  }

  let errors = 0;
  for (const p of table.problems) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${problemMessage(p)}\n`);
  }
  let targetOf;
  if (options.campaign) {
    const campaign = resolveCampaign(options.campaign, io);
    if (!options.milestone) throw new UsageError("cli.milestoneNeeded", { campaign: campaign.id, milestones: campaign.milestones.map((m) => m.id) });
    const targets = campaignTargets(campaign, options.milestone, table.units.map((u) => u.input), ruleSet.indicators.map((i) => i.code));
    if (!campaign.milestones.some((m) => m.id === options.milestone)) {
      const [refusal] = targets.problems; // target.unknownMilestone
      throw new ProblemError(refusal.code, refusal.params);
    }
    for (const p of targets.problems) io.stderr(`Cảnh báo: ${problemMessage(p)}\n`);
    targetOf = targets.targetOf;
  }
  const report = provinceFromTable(ruleSet, table, { responsibilities, targetOf });
  if (report.whole.open) io.stderr(`${problemText(report.whole.open)}\n`);

  if (plan.format === "json") {
    emit(io, plan, JSON.stringify(provinceToJson(report), null, 2) + "\n");
  } else {
    const wb = new ExcelJS.Workbook();
    wb.creator = "CHISO";
    for (const model of buildProvinceSheets(report)) addTableModelSheet(wb, model);
    emit(io, plan, new Uint8Array(await wb.xlsx.writeBuffer()));
    io.stdout(`Đã ghi ${plan.out}: ${report.whole.name}, ${count(report.parts)} đơn vị; ba trang tính Toàn tỉnh, Ai làm mất điểm, Kế hoạch.\n`);
  }
  return errors ? 1 : 0;
};
