import { problemMessage } from "../../domain/problems/problem";
import { buildAnnexModel } from "../../domain/report/annex-model";
import { assignTargets } from "../../domain/targets/assign";
import { assignmentToJson } from "../../domain/targets/json";
import { parseArgs } from "../args";
import { campaignRuleSet, readUnitTables, resolveCampaign } from "../campaign-input";
import { type Command, UsageError } from "../io";
import { count } from "../limits";
import { emit, fileList, planOutput } from "../output";
import { tableModelToXlsx } from "../xlsx/render-table-model";

export const ANNEX_HELP = `chiso annex --baseline TỆP[,TỆP] --campaign <mã|tệp.json> --out phu-luc.xlsx [--format xlsx|json]

Giao chỉ tiêu cho từng đơn vị theo chiến dịch (từ kết quả năm gốc) và ghi phụ lục giao chỉ tiêu.
  --baseline  bảng kết quả năm gốc (.csv hoặc .xlsx; nhiều tệp cách nhau bằng dấu phẩy)
  --campaign  chiến dịch mẫu (xem \`chiso campaigns\`) hoặc tệp chiến dịch .json
  --out       phu-luc.xlsx (bảng tính) hoặc .json; không có --out thì cần --format json để in ra màn hình
Mã thoát: 0 xong; 1 xong nhưng có lỗi dữ liệu; 2 không chạy được.
`;

export const annexCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["baseline", "campaign", "out", "format"]);
  if (positional.length) throw new UsageError("cli.unexpectedArgument", { argument: positional[0], usage: "--baseline TỆP --campaign <mã|tệp.json> --out phu-luc.xlsx" });
  const campaign = resolveCampaign(options.campaign, io);
  const ruleSet = campaignRuleSet(campaign);
  const plan = planOutput(options, ["xlsx", "json"] as const, "xlsx", [...fileList(options.baseline, io), options.campaign], io, "phu-luc.xlsx");

  const baseline = await readUnitTables("baseline", options.baseline, campaign, ruleSet, io);
  const units = baseline.units;
  let errors = baseline.errors;

  const assignment = assignTargets(campaign, units);
  for (const p of assignment.problems) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${problemMessage(p)}\n`);
  }

  if (plan.format === "json") {
    // the JSON keeps each problem's code and params, and the sentence composed here
    const json = assignmentToJson(assignment);
    emit(io, plan, JSON.stringify({ ...json, problems: json.problems.map((p) => ({ ...p, message: problemMessage({ ...p, column: "" }) })) }, null, 2) + "\n");
  } else {
    emit(io, plan, await tableModelToXlsx(buildAnnexModel(assignment)));
    const rows = assignment.sections.reduce((s, x) => s + x.units.length, 0);
    io.stdout(`Đã ghi ${options.out}: ${count(rows)} đơn vị, ${count(assignment.overrides.length)} ô điều chỉnh, ${count(assignment.excluded.length)} đơn vị không giao chỉ tiêu.\n`);
  }
  return errors ? 1 : 0;
};
