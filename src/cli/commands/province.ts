import ExcelJS from "exceljs";
import { provinceFromTable, provinceToJson } from "../../domain/report/province/province-report";
import { buildProvinceSheets } from "../../domain/report/province/province-sheets";
import { loadResponsibilitiesJson } from "../../domain/report/province/responsibilities";
import { campaignTargets } from "../../domain/targets/unit-targets";
import { oneOf, parseArgs } from "../args";
import { resolveCampaign } from "../campaign-input";
import { type Command, UsageError, writeOrPrint } from "../io";
import { readScoringInput } from "../scoring-input";
import { addTableModelSheet } from "../xlsx/render-table-model";

const USAGE = "chiso province <tệp.csv|tệp.xlsx> [--rules <mã|tệp.json>] [--campaign <mã|tệp.json> --milestone <mốc>] [--tasks phan-cong.json] [--format json] [--out TỆP]";

/**
 * `chiso province`: the province's own score from its units, who costs it points, the plan
 * of each unit and who acts (issue 13). Without --out the JSON is printed to the screen;
 * with --out x.xlsx the sheets "Toàn tỉnh", "Ai làm mất điểm" and "Kế hoạch" are written.
 */
export const provinceCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["rules", "out", "format", "tasks", "campaign", "milestone"]);
  if (positional.length !== 1) throw new UsageError(`Cần đúng một tệp đầu vào: ${USAGE}.`);
  const wantsXlsx = options.out?.toLowerCase().endsWith(".xlsx") ?? false;
  const format = oneOf("format", options.format, ["xlsx", "json"] as const, wantsXlsx ? "xlsx" : "json");
  if (format === "xlsx" && !options.out) throw new UsageError("Cần --out toan-tinh.xlsx (hoặc --format json để in ra màn hình).");
  const { ruleSet, table } = await readScoringInput(positional[0], options.rules, io);
  if (!table.units.length) throw new UsageError(`Tệp "${positional[0]}" không có dòng đơn vị nào.`);

  let responsibilities;
  if (options.tasks) {
    let textIn: string;
    try {
      textIn = new TextDecoder().decode(io.readFile(options.tasks));
    } catch {
      throw new UsageError(`Không đọc được tệp phân công "${options.tasks}".`);
    }
    const loaded = loadResponsibilitiesJson(textIn);
    if (!loaded.ok) throw new UsageError(`Tệp phân công "${options.tasks}" không hợp lệ:\n${loaded.errors.map((e) => `- ${e}`).join("\n")}`);
    responsibilities = loaded.value;
  }

  let errors = 0;
  for (const p of table.problems) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${p.message}\n`);
  }
  let targetOf;
  if (options.campaign) {
    const campaign = resolveCampaign(options.campaign, io);
    if (!options.milestone) throw new UsageError(`Cần --milestone <mốc>. Các mốc của chiến dịch "${campaign.id}": ${campaign.milestones.map((m) => m.id).join(", ")}.`);
    const targets = campaignTargets(campaign, options.milestone, table.units.map((u) => u.input), ruleSet.indicators.map((i) => i.code));
    if (!campaign.milestones.some((m) => m.id === options.milestone)) throw new UsageError(targets.problems[0]);
    for (const p of targets.problems) io.stderr(`Cảnh báo: ${p}\n`);
    targetOf = targets.targetOf;
  }
  const report = provinceFromTable(ruleSet, table, { responsibilities, targetOf });
  if (report.whole.open) io.stderr(`${report.whole.open}\n`);

  if (format === "json") {
    writeOrPrint(io, options.out, JSON.stringify(provinceToJson(report), null, 2) + "\n");
  } else {
    const wb = new ExcelJS.Workbook();
    wb.creator = "CHISO";
    for (const model of buildProvinceSheets(report)) addTableModelSheet(wb, model);
    io.writeFile(options.out!, new Uint8Array(await wb.xlsx.writeBuffer()));
    io.stdout(`Đã ghi ${options.out}: ${report.whole.name}, ${report.parts} đơn vị; ba trang tính Toàn tỉnh, Ai làm mất điểm, Kế hoạch.\n`);
  }
  return errors ? 1 : 0;
};
