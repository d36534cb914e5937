/**
 * The portal's payment group rounds each ratio, in percent, to 2 decimals before scoring
 * (DOMAIN.md, "Rounding"): a rule set says so as data (group `rateDecimals`), not code.
 */
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { validateRuleSet } from "../../../src/domain/ruleset/load";
import type { RuleSet } from "../../../src/domain/ruleset/schema";
import { scoreIndicator, scoreUnit } from "../../../src/domain/scoring/score";
import { sheet, valueAt } from "../../functions/hyperformula-plugin";

const rs = getRuleSet("dvcqg-2026");
const ind = (code: string) => rs.indicators.find((i) => i.code === code)!;
const decimalsOf = (set: RuleSet, group: string) => set.groups.find((g) => g.code === group)!.rateDecimals;

describe("TTTT rounds its ratio before scoring (295/377, DOMAIN.md)", () => {
  test("the portal's rule sets say so in their data; other groups use the exact ratio", () => {
    for (const id of ["dvcqg-2026", "gialai-2026-03"]) {
      const set = getRuleSet(id);
      expect([id, decimalsOf(set, "TTTT")]).toEqual([id, 2]);
      for (const g of set.groups.filter((x) => x.code !== "TTTT")) expect([id, g.code, g.rateDecimals]).toEqual([id, g.code, null]);
    }
  });

  test("TTTT.3: 295/377 = 78,249…% → 78,25% → 6 × 78,25% = 4,695 → 4,70, not 4,69", () => {
    const s = scoreIndicator(ind("TTTT.3"), { numerator: 295, denominator: 377 }, rs.pointDecimals, 2);
    expect(s.rate).toBe(78.25);
    expect(s.points).toBe(4.7);
    // without the rounding of the ratio: 6 × 0,78249… = 4,6950 − 0,00004 → 4,69
    expect(scoreIndicator(ind("TTTT.3"), { numerator: 295, denominator: 377 }, rs.pointDecimals, null).points).toBe(4.69);
  });

  test("a whole unit: TTTT takes the rounded ratio, MDSH.1 with the same counts the exact one", () => {
    const counts = { numerator: 295, denominator: 377 };
    const u = scoreUnit(rs, { unit: "Xã A", values: { "TTTT.3": counts, "MDSH.1": counts } });
    expect(u.points["TTTT.3"]).toBe(4.7);
    // MDSH.1, max 6, linear, exact ratio: 6 × 295/377 = 4,69496… → 4,69
    expect(u.points["MDSH.1"]).toBe(4.69);
  });

  test("CHISO.DIEMTP follows the rule set: =CHISO.DIEMTP(\"TTTT.3\", 295, 377) is 4,7", () => {
    const hf = sheet([['=CHISO.DIEMTP("TTTT.3", 295, 377)', '=CHISO.DIEMTP("MDSH.1", 295, 377)']]);
    expect(valueAt(hf, "A1")).toBe(4.7);
    expect(valueAt(hf, "B1")).toBe(4.69);
  });

  test("the schema takes whole decimals from 0 to 6 or null, and refuses the rest", () => {
    const withDecimals = (d: unknown) => validateRuleSet({ ...rs, groups: rs.groups.map((g) => (g.code === "TTTT" ? { ...g, rateDecimals: d } : g)) });
    expect(withDecimals(0).ok).toBe(true);
    expect(withDecimals(null).ok).toBe(true);
    expect(withDecimals(1.5).ok).toBe(false);
    expect(withDecimals(-1).ok).toBe(false);
    const { rateDecimals: _omitted, ...tttt } = rs.groups.find((g) => g.code === "TTTT")!;
    void _omitted;
    const loaded = validateRuleSet({ ...rs, groups: rs.groups.map((g) => (g.code === "TTTT" ? tttt : g)) });
    expect(loaded.ok && decimalsOf(loaded.value, "TTTT")).toBe(null);
  });
});
