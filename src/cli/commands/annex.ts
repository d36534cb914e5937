import { buildAnnexModel } from "../../domain/report/annex-model";
import { getRuleSet } from "../../domain/ruleset/registry";
import type { BaselineUnit } from "../../domain/targets/assign";
import { assignTargets } from "../../domain/targets/assign";
import { readBaseline } from "../../domain/targets/baseline";
import { assignmentToJson } from "../../domain/targets/json";
import { findCampaignPreset, listCampaignPresets, loadCampaignJson } from "../../domain/targets/presets";
import type { Campaign } from "../../domain/targets/schema";
import { oneOf, parseArgs } from "../args";
import { type CliIo, type Command, UsageError } from "../io";
import { readTable } from "../read-table";
import { tableModelToXlsx } from "../xlsx/render-table-model";

/** `--campaign` takes a preset id or the path of a campaign JSON file. */
function resolveCampaign(value: string | undefined, io: CliIo): Campaign {
  const known = listCampaignPresets()
    .map((c) => c.id)
    .join(", ");
  if (!value) throw new UsageError(`Cần --campaign <mã|tệp.json>. Các chiến dịch mẫu: ${known}.`);
  const preset = findCampaignPreset(value);
  if (preset) return preset;
  if (!value.toLowerCase().endsWith(".json")) throw new UsageError(`Không có chiến dịch mẫu "${value}". Các mẫu có sẵn: ${known}.`);
  if (!io.exists(value)) throw new UsageError(`Không tìm thấy tệp chiến dịch "${value}".`);
  const loaded = loadCampaignJson(io.readFile(value).toString("utf8"));
  if (!loaded.ok) throw new UsageError(`Chiến dịch "${value}" không hợp lệ:\n  - ${loaded.errors.join("\n  - ")}`);
  return loaded.value;
}

/** `--baseline a.csv` or several tables at once: `--baseline so-nganh.csv,huyen.csv` (one level each or mixed). */
function baselineFiles(value: string | undefined, io: CliIo): string[] {
  if (!value) throw new UsageError("Cần --baseline TỆP (bảng kết quả năm gốc: đơn vị và tỷ lệ từng nhóm, .csv hoặc .xlsx).");
  if (io.exists(value)) return [value];
  return value.split(",").map((f) => f.trim()).filter(Boolean);
}

export const annexCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["baseline", "campaign", "out", "format"]);
  if (positional.length) throw new UsageError(`Không nhận tham số "${positional[0]}": dùng --baseline TỆP --campaign <mã|tệp.json> --out phu-luc.xlsx.`);
  const format = oneOf("format", options.format, ["xlsx", "json"] as const, "xlsx");
  const campaign = resolveCampaign(options.campaign, io);
  let ruleSet;
  try {
    ruleSet = getRuleSet(campaign.ruleSet);
  } catch (e) {
    throw new UsageError(`Chiến dịch "${campaign.id}": ${(e as Error).message}`);
  }
  if (format === "xlsx" && !options.out) throw new UsageError("Cần --out phu-luc.xlsx (hoặc --format json để in ra màn hình).");

  const units: BaselineUnit[] = [];
  let errors = 0;
  for (const file of baselineFiles(options.baseline, io)) {
    const baseline = readBaseline(ruleSet, await readTable(file, io));
    const noUnitColumn = baseline.problems.find((p) => p.row === 1 && p.severity === "error");
    if (noUnitColumn) throw new UsageError(`${file}: ${noUnitColumn.message}`);
    const readable = new Set(campaign.indicators.map((i) => i.code).filter((code) => baseline.units.some((u) => code in u.values)));
    if (!readable.size) throw new UsageError(`${file}: không có cột nào khớp chỉ tiêu của chiến dịch (${campaign.indicators.map((i) => i.label).join(", ")}).`);
    for (const p of baseline.problems) {
      if (p.severity === "error") errors++;
      io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"} (${file}): ${p.message}\n`);
    }
    units.push(...baseline.units);
  }

  const assignment = assignTargets(campaign, units);
  for (const p of assignment.problems) {
    if (p.severity === "error") errors++;
    io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${p.message}\n`);
  }

  if (format === "json") {
    const text = JSON.stringify(assignmentToJson(assignment), null, 2) + "\n";
    if (options.out) io.writeFile(options.out, text);
    else io.stdout(text);
  } else {
    io.writeFile(options.out!, await tableModelToXlsx(buildAnnexModel(assignment)));
    const rows = assignment.sections.reduce((s, x) => s + x.units.length, 0);
    io.stdout(`Đã ghi ${options.out}: ${rows} đơn vị, ${assignment.overrides.length} ô điều chỉnh, ${assignment.excluded.length} đơn vị không giao chỉ tiêu.\n`);
  }
  return errors ? 1 : 0;
};
