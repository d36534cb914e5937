import { buildAnnexModel } from "../../domain/report/annex-model";
import { assignTargets } from "../../domain/targets/assign";
import { assignmentToJson } from "../../domain/targets/json";
import { oneOf, parseArgs } from "../args";
import { campaignRuleSet, readUnitTables, resolveCampaign } from "../campaign-input";
import { type Command, UsageError, writeOrPrint } from "../io";
import { tableModelToXlsx } from "../xlsx/render-table-model";

export const annexCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["baseline", "campaign", "out", "format"]);
  if (positional.length) throw new UsageError(`Không nhận tham số "${positional[0]}": dùng --baseline TỆP --campaign <mã|tệp.json> --out phu-luc.xlsx.`);
  const format = oneOf("format", options.format, ["xlsx", "json"] as const, "xlsx");
  const campaign = resolveCampaign(options.campaign, io);
  const ruleSet = campaignRuleSet(campaign);
  if (format === "xlsx" && !options.out) throw new UsageError("Cần --out phu-luc.xlsx (hoặc --format json để in ra màn hình).");

  const baseline = await readUnitTables("baseline", options.baseline, "bảng kết quả năm gốc", campaign, ruleSet, io);
  const units = baseline.units;
  let errors = baseline.errors;

  const assignment = assignTargets(campaign, units);
  for (const p of assignment.problems) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${p.message}\n`);
  }

  if (format === "json") {
    const text = JSON.stringify(assignmentToJson(assignment), null, 2) + "\n";
    writeOrPrint(io, options.out, text);
  } else {
    io.writeFile(options.out!, await tableModelToXlsx(buildAnnexModel(assignment)));
    const rows = assignment.sections.reduce((s, x) => s + x.units.length, 0);
    io.stdout(`Đã ghi ${options.out}: ${rows} đơn vị, ${assignment.overrides.length} ô điều chỉnh, ${assignment.excluded.length} đơn vị không giao chỉ tiêu.\n`);
  }
  return errors ? 1 : 0;
};
