import { problemMessage, problemMessages } from "../domain/problems/problem";
import { ProblemError } from "../domain/problems/user-error";
import { getRuleSet } from "../domain/ruleset/registry";
import type { RuleSet } from "../domain/ruleset/schema";
import type { BaselineUnit } from "../domain/targets/assign";
import { unknownCampaignIndicators } from "../domain/targets/check";
import { readBaseline } from "../domain/targets/baseline";
import { findCampaignPreset, listCampaignPresets, loadCampaignJson } from "../domain/targets/presets";
import type { Campaign } from "../domain/targets/schema";
import { type CliIo, UsageError } from "./io";
import { checkRowCount } from "./limits";
import { readTable } from "./read-table";

/* The campaign and unit-table options shared by `chiso annex` and `chiso progress`. */

/** `--campaign` takes a preset id or the path of a campaign JSON file. */
export function resolveCampaign(value: string | undefined, io: CliIo): Campaign {
  const known = listCampaignPresets()
    .map((c) => c.id)
    .join(", ");
  if (!value) throw new UsageError(`Cần --campaign <mã|tệp.json>. Các chiến dịch mẫu: ${known}.`);
  const preset = findCampaignPreset(value);
  if (preset) return preset;
  if (!value.toLowerCase().endsWith(".json")) throw new ProblemError("campaign.unknownPreset", { id: value, known });
  if (!io.exists(value)) throw new UsageError(`Không tìm thấy tệp chiến dịch "${value}".`);
  const loaded = loadCampaignJson(io.readFile(value).toString("utf8"));
  if (!loaded.ok) throw new UsageError(`Chiến dịch "${value}" không hợp lệ:\n  - ${problemMessages(loaded.problems).join("\n  - ")}`);
  return loaded.value;
}

export function campaignRuleSet(campaign: Campaign): RuleSet {
  let ruleSet: RuleSet;
  try {
    ruleSet = getRuleSet(campaign.ruleSet);
  } catch (e) {
    throw new UsageError(`Chiến dịch "${campaign.id}": ${(e as Error).message}`);
  }
  const unknown = unknownCampaignIndicators(campaign, ruleSet);
  if (unknown.length) throw new UsageError(`Chiến dịch "${campaign.id}": bộ quy tắc "${ruleSet.id}" không có chỉ tiêu ${unknown.map((c) => `"${c}"`).join(", ")}.`);
  return ruleSet;
}

/**
 * The units of `--name a.csv` or `--name a.csv,b.xlsx` (one level each or mixed), read with
 * the campaign's header matching. Problems go to stderr; the count of errors is returned.
 */
export async function readUnitTables(name: string, value: string | undefined, what: string, campaign: Campaign, ruleSet: RuleSet, io: CliIo): Promise<{ units: BaselineUnit[]; errors: number }> {
  if (!value) throw new UsageError(`Cần --${name} TỆP (${what}: đơn vị và tỷ lệ từng nhóm, .csv hoặc .xlsx).`);
  const files = io.exists(value) ? [value] : value.split(",").map((f) => f.trim()).filter(Boolean);
  const units: BaselineUnit[] = [];
  let errors = 0;
  for (const file of files) {
    const cells = await readTable(file, io);
    checkRowCount(file, cells.length);
    const table = readBaseline(ruleSet, cells);
    const noUnitColumn = table.problems.find((p) => p.row === 1 && p.severity === "error");
    if (noUnitColumn) throw new UsageError(`${file}: ${problemMessage(noUnitColumn)}`);
    const readable = campaign.indicators.some((i) => table.units.some((u) => Object.prototype.hasOwnProperty.call(u.values, i.code)));
    if (!readable) throw new UsageError(`${file}: không có cột nào khớp chỉ tiêu của chiến dịch (${campaign.indicators.map((i) => i.label).join(", ")}).`);
    for (const p of table.problems) {
      if (p.severity === "error") errors++;
      io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"} (${file}): ${problemMessage(p)}\n`);
    }
    for (const u of table.units) units.push(u); // not push(...units): 100 000 arguments overflow the stack
  }
  return { units, errors };
}
