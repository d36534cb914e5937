import { parsePeriod } from "../../src/domain/history/period";
import { followCampaign, type DatedReport } from "../../src/domain/report/campaign-followup";
import { buildFollowUpModel } from "../../src/domain/report/followup-model";
import { assignTargets, type BaselineUnit } from "../../src/domain/targets/assign";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { renderTableModel } from "../../src/excel/render-table-model";
import { annexIBaseline } from "../../test/domain/targets/annex-i-baseline";
import { timeMs, type BenchCase } from "../harness";
import { countingContext } from "../counting-context";

/**
 * A campaign over its ten 10-day reports (seed 002 IV.5.1: 100 days): annex I's departments and
 * districts, and `communes` communes (a3's 220 cycled under numbered names); each report moves
 * every rate by a small deterministic step so that units cross their targets.
 */
function campaignData(communes: number): { baseline: BaselineUnit[]; reports: DatedReport[] } {
  const a3 = annexIBaseline("a3_2023_communes", "commune");
  const many = Array.from({ length: communes }, (_, i) => ({ ...a3[i % a3.length], unit: i < a3.length ? a3[i].unit : `${a3[i % a3.length].unit} ${Math.floor(i / a3.length) + 1}` }));
  const baseline = [...annexIBaseline("a1_2023_departments", "department"), ...annexIBaseline("a2_2023_districts", "district"), ...many];
  const reports = Array.from({ length: 10 }, (_, k) => ({
    period: parsePeriod(`2024-${String(4 + Math.floor(k / 3)).padStart(2, "0")}-${String(10 * ((k % 3) + 1)).padStart(2, "0")}`)!,
    units: baseline.map((u, i) => ({ ...u, values: Object.fromEntries(Object.entries(u.values).map(([c, v]) => [c, v === null ? null : Math.min(100, v + ((i + k) % 7) * k)])) })),
  }));
  return { baseline, reports };
}

/** Syncs to write the sheet; `noSplit` lifts the request limit to show what the splits add. */
async function sheetSyncs(model: ReturnType<typeof buildFollowUpModel>, noSplit = false): Promise<number> {
  const { context, syncs } = countingContext();
  await renderTableModel(context, model, noSplit ? { maxRequestBytes: Number.MAX_SAFE_INTEGER } : {});
  return syncs();
}

export const cases: BenchCase[] = [
  {
    name: "campaign follow-up: 10 reports × 4 000 communes",
    goal: "followCampaign + sheet model ≤ 5 s; syncs the same for 220 and 4 000 communes (apart from splits at the size limit)",
    async run() {
      const large = campaignData(4000);
      const assignment = assignTargets(getCampaignPreset("chien-dich-100-ngay-2024"), large.baseline);
      let f!: ReturnType<typeof followCampaign>;
      const followMs = await timeMs(() => (f = followCampaign(assignment, large.reports)));
      let model!: ReturnType<typeof buildFollowUpModel>;
      const modelMs = await timeMs(() => (model = buildFollowUpModel(f)));
      const small = campaignData(220);
      const smallModel = buildFollowUpModel(followCampaign(assignTargets(getCampaignPreset("chien-dich-100-ngay-2024"), small.baseline), small.reports));
      return { units: large.baseline.length, reports: large.reports.length, followMs, modelMs, rows: model.rows.length, syncs4000: await sheetSyncs(model), syncs220: await sheetSyncs(smallModel), syncs4000NoSplit: await sheetSyncs(model, true), syncs220NoSplit: await sheetSyncs(smallModel, true) };
    },
  },
];
