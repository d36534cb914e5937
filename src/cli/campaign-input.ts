import { problemMessage } from "../domain/problems/problem";
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
  const presets = listCampaignPresets().map((c) => c.id);
  if (!value) throw new UsageError("cli.campaignNeeded", { presets });
  const preset = findCampaignPreset(value);
  if (preset) return preset;
  if (!value.toLowerCase().endsWith(".json")) throw new ProblemError("campaign.unknownPreset", { id: value, known: presets.join(", ") });
  if (!io.exists(value)) throw new UsageError("cli.campaignFileNotFound", { file: value });
  const loaded = loadCampaignJson(io.readFile(value).toString("utf8"));
  if (!loaded.ok) throw new UsageError("cli.campaignInvalid", { file: value, problems: loaded.problems });
  return loaded.value;
}

export function campaignRuleSet(campaign: Campaign): RuleSet {
  let ruleSet: RuleSet;
  try {
    ruleSet = getRuleSet(campaign.ruleSet);
  } catch (e) {
    if (e instanceof ProblemError) throw new UsageError("cli.campaignRuleSet", { campaign: campaign.id, refusal: e.problem });
    throw e;
  }
  const unknown = unknownCampaignIndicators(campaign, ruleSet);
  if (unknown.length) throw new UsageError("cli.campaignIndicatorsUnknown", { campaign: campaign.id, ruleSet: ruleSet.id, indicators: unknown });
  return ruleSet;
}

/**
 * The units of `--name a.csv` or `--name a.csv,b.xlsx` (one level each or mixed), read with
 * the campaign's header matching. Problems go to stderr; the count of errors is returned.
 */
export async function readUnitTables(name: "baseline" | "current", value: string | undefined, campaign: Campaign, ruleSet: RuleSet, io: CliIo): Promise<{ units: BaselineUnit[]; errors: number }> {
  if (!value) throw new UsageError("cli.unitTableNeeded", { option: name });
  const files = io.exists(value) ? [value] : value.split(",").map((f) => f.trim()).filter(Boolean);
  const units: BaselineUnit[] = [];
  let errors = 0;
  for (const file of files) {
    const cells = await readTable(file, io);
    checkRowCount(file, cells.length);
    const table = readBaseline(ruleSet, cells);
    const noUnitColumn = table.problems.find((p) => p.row === 1 && p.severity === "error");
    if (noUnitColumn) throw new UsageError("cli.fileProblem", { file, problem: noUnitColumn });
    const readable = campaign.indicators.some((i) => table.units.some((u) => Object.prototype.hasOwnProperty.call(u.values, i.code)));
    if (!readable) throw new UsageError("cli.noCampaignColumn", { file, indicators: campaign.indicators.map((i) => i.label) });
    for (const p of table.problems) {
      if (p.severity === "error") errors++;
      io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"} (${file}): ${problemMessage(p)}\n`);
    }
    for (const u of table.units) units.push(u); // not push(...units): 100 000 arguments overflow the stack
  }
  return { units, errors };
}
