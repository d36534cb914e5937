/**
 * Issue 9, item 5: a campaign indicator coded `constructor` (a key every object inherits) is
 * refused, not accepted because `"constructor" in {}` is true. The campaign is the built-in
 * 100-day campaign of seed 002 with its first indicator's code replaced.
 */
import preset from "../../src/domain/targets/presets/chien-dich-100-ngay-2024.json";
import { main } from "../../src/cli/main";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

test.each(["constructor", "__proto__", "toString"])("an indicator coded %j is refused with exit 2, naming it", async (code) => {
  const campaign = JSON.parse(JSON.stringify(preset)) as { indicators: { code: string }[] };
  campaign.indicators[0].code = code;
  const m = memoryIo({ "c.json": JSON.stringify(campaign) });
  const exit = await main(["annex", "--baseline", fixturePath("seed-tables", "a1_2023_departments.csv"), "--campaign", "c.json", "--format", "json"], m.io);
  expect(exit).toBe(2);
  expect(m.stderr()).toBe(refusalLine("cli.campaignIndicatorsUnknown", { campaign: preset.id, ruleSet: preset.ruleSet, indicators: [code] }));
  expect(m.stdout()).toBe("");
});
