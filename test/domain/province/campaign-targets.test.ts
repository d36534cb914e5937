import { refusalText } from "../../../src/domain/problems/user-error";
/**
 * A campaign reaching the province's effects and plans: the targets of each unit at a
 * milestone, for the indicators the campaign shares with the table's rule set.
 */
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { effectsOnWhole } from "../../../src/domain/scoring/effects";
import { planUnit } from "../../../src/domain/scoring/plan";
import { wholeFromParts } from "../../../src/domain/scoring/whole";
import { getCampaignPreset, validateCampaign } from "../../../src/domain/targets/presets";
import { campaignTargets } from "../../../src/domain/targets/unit-targets";
import { portalUnits } from "../../helpers/portal-units";

const rs = getRuleSet("dvcqg-2026");
const codes = rs.indicators.map((i) => i.code);
const units = portalUnits();

/** The 2024 campaign's frame with one target of the 2026 rule set: on-time dossiers 90 % at 50 and 100 days. */
function onTimeCampaign() {
  const raw = JSON.parse(JSON.stringify(getCampaignPreset("chien-dich-100-ngay-2024")));
  raw.id = "dung-han-90";
  raw.ruleSet = "dvcqg-2026";
  raw.overrides = [];
  raw.indicators = [{ code: "TDGQ.1", label: "Tỷ lệ hồ sơ đúng hạn", columns: [{ milestones: ["50d", "100d"], rule: { kind: "fixed", value: 90 } }] }];
  const v = validateCampaign(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.value;
}

test("the 2024 campaign (group rates, nhom-2023) shares no code with dvcqg-2026: said, no target", () => {
  const { targetOf, problems } = campaignTargets(getCampaignPreset("chien-dich-100-ngay-2024"), "100d", units, codes);
  expect(targetOf).toBeUndefined();
  expect(problems[0]).toMatchObject({ code: "target.noSharedIndicator", params: { campaign: "chien-dich-100-ngay-2024", ruleSet: "nhom-2023" } });
});

test("an unknown milestone is named with the campaign's milestones", () => {
  const [problem] = campaignTargets(onTimeCampaign(), "200d", units, codes).problems;
  expect(problem).toMatchObject({ code: "target.unknownMilestone", params: { campaign: "dung-han-90", milestone: "200d", milestones: "50d, 100d" } });
  expect(refusalText(problem)).toBe('Chiến dịch "dung-han-90" không có mốc "200d". Các mốc: 50d, 100d.');
});

test("a 90 % on-time target: Sở Nông nghiệp và Môi trường's targetGain and its plan's toTarget", () => {
  const { targetOf } = campaignTargets(onTimeCampaign(), "100d", units, codes);
  const so = units.find((u) => u.unit.startsWith("Sở Nông nghiệp"))!;
  expect(targetOf!(so, "TDGQ.1")).toBe(90);
  expect(targetOf!(so, "MDSH.1")).toBeNull();
  const whole = wholeFromParts(rs, units, { name: "UBND tỉnh Gia Lai" });
  const e = effectsOnWhole(rs, whole, units, targetOf).find((x) => x.code === "TDGQ.1")!;
  // 90 071 / 130 716 on time; 0,9 × 130 716 − 90 071 = 27 573,4 → 20 × 27 573,4 / 417 669 = 1,32 (effects.test.ts)
  expect(e.effects[0]).toMatchObject({ unit: so.unit, targetGain: 1.32 });
  // whole dossiers: 117 645 − 90 071 = 27 574
  expect(planUnit(rs, so, { total: 50, targetOf }).indicators.find((i) => i.code === "TDGQ.1")!.toTarget).toBe(27574);
});
