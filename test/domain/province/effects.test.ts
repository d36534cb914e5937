/**
 * Item 2 of issue 13: who costs the province its points, on the Gia Lai capture
 * (test/fixtures/portal-2026) under dvcqg-2026. DOMAIN.md "The whole and its parts": for a
 * linear rule, unit u costs the province max × (den_u − num_u) / Σden.
 */
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { effectsOnWhole } from "../../../src/domain/scoring/effects";
import { wholeFromParts } from "../../../src/domain/scoring/whole";
import { portalUnits } from "../../helpers/portal-units";

const rs = getRuleSet("dvcqg-2026");
const units = portalUnits();
const whole = wholeFromParts(rs, units, { name: "UBND tỉnh Gia Lai" });
const effects = effectsOnWhole(rs, whole, units);
const of = (code: string) => effects.find((e) => e.code === code)!;

test("only dossier indicators with pooled counts have effects", () => {
  // CLGQ.3 counts dossiers but the capture has no counts for it; procedures and petitions never pool.
  expect(effects.map((e) => e.code).sort()).toEqual(["CKMB.4", "MDHL.3", "MDSH.1", "MDSH.2", "MDSH.3", "MDSH.4", "MDSH.5", "TDGQ.1", "TTTT.3"]);
});

test("TDGQ.1: Sở Nông nghiệp và Môi trường costs the province most (hand: 20 × 40 645 / 417 669 = 1,9463 → 1,95)", () => {
  const e = of("TDGQ.1");
  // its 90 071 / 130 716 on time = 68,91 %, 40 645 dossiers short of 100 %
  expect(e.effects[0]).toEqual({ unit: "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai", rate: 68.91, more: 40645, gain: 1.95 });
  // next: UBND phường Hội Phú, 442 dossiers late of its own: 20 × 442 / 417 669 = 0,0212 → 0,02
  expect(e.effects[1]).toMatchObject({ unit: "UBND phường Hội Phú", more: 442, gain: 0.02 });
  expect(e.lost).toBeCloseTo(2.83, 9);
});

test.each(["TDGQ.1", "CKMB.4", "MDSH.1", "MDSH.2", "MDSH.4", "MDSH.5", "TTTT.3"])(
  "%s (linear): each gain is max × (den_u − num_u) / Σden, and the gains add up to the lost points within 0,005 each",
  (code) => {
    const e = of(code);
    const ind = rs.indicators.find((i) => i.code === code)!;
    const w = whole.input.values[code] as { numerator: number; denominator: number };
    for (const u of units) {
      const c = u.values[code] as { numerator: number; denominator: number };
      const expected = (ind.max * (c.denominator - c.numerator)) / w.denominator;
      const got = e.effects.find((x) => x.unit === u.unit)?.gain ?? 0;
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    const sum = e.effects.reduce((s, x) => s + x.gain, 0);
    expect(Math.abs(sum - e.lost)).toBeLessThanOrEqual(0.005 * (e.effects.length + 1));
  },
);

test("a campaign target gives targetGain: a unit's gain up to its target, never above its full-points gain", () => {
  // Every unit's TDGQ.1 target 90 %. Sở Nông nghiệp và Môi trường, 90 071 / 130 716 on time (metrics.csv):
  // 0,9 × 130 716 − 90 071 = 27 573,4 more → 20 × 27 573,4 / 417 669 = 1,3203 → 1,32.
  const withTarget = effectsOnWhole(rs, whole, units, () => 90);
  const e = withTarget.find((x) => x.code === "TDGQ.1")!;
  for (const x of e.effects) expect(x.targetGain!).toBeLessThanOrEqual(x.gain + 1e-9);
  expect(e.effects[0].unit).toBe("Sở Nông nghiệp và Môi trường - tỉnh Gia Lai");
  expect(e.effects[0].targetGain).toBe(1.32);
});
