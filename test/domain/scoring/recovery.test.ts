/**
 * The recovery view of a scored unit (points, points lost, the rate that earns the maximum)
 * checked against seed 000 annex I, the province's status report of 01/03/2026
 * (b1_2026_criteria.csv, b1_2026_groups.csv), and by hand.
 */
import fc from "fast-check";
import { builtinRuleSets, getRuleSet } from "../../../src/domain/ruleset/registry";
import { recoverUnit, type IndicatorRecovery, type UnitRecovery } from "../../../src/domain/scoring/recovery";
import { scoreUnit } from "../../../src/domain/scoring/score";
import { num, seedTable } from "../../helpers/fixtures";
import { arbitraryUnit } from "../../helpers/arbitrary-unit";
import { EXPECTED_DISAGREEMENTS, INDICATOR_OF, seed000Input } from "../../helpers/seed-000";

const rs = getRuleSet("gialai-2026-03");
const province = recoverUnit(rs, scoreUnit(rs, seed000Input()));
const indicator = (r: UnitRecovery, code: string): IndicatorRecovery => r.groups.flatMap((g) => g.indicators).find((i) => i.code === code)!;
const group = (r: UnitRecovery, code: string) => r.groups.find((g) => g.code === code)!;
const near = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 0.05;

describe("seed 000 annex I under gialai-2026-03", () => {
  test("points, maximum and points lost of every criterion as printed, but for the documented disagreements", () => {
    const disagreeing: string[] = [];
    for (const c of seedTable("b1_2026_criteria")) {
      const r = indicator(province, INDICATOR_OF[c.stt]);
      expect(r.max).toBe(num(c.max_points));
      if (!(near(r.points, num(c.points)!) && near(r.lost, num(c.points_lost)!))) disagreeing.push(c.stt);
    }
    // criteria 2 (73% → 2.92, printed 4/4) and 8 (83.72% of 7 → 5.86, printed 5/7)
    expect(disagreeing).toEqual(EXPECTED_DISAGREEMENTS["gialai-2026-03"].map((d) => d.split(":")[0]));
  });

  test("groups whose criteria the annex lists in full: points, max, lost as printed (group I off by criterion 2 alone)", () => {
    const groups = Object.fromEntries(seedTable("b1_2026_groups").map((g) => [g.group, g]));
    // annex group → rule-set group: I online services, II payment, III on-time (its rate at group level), V satisfaction
    for (const [annex, code] of [["II", "TTTT"], ["III", "TDGQ"], ["V", "MDHL"]] as const) {
      const g = group(province, code);
      expect([annex, g.max]).toEqual([annex, num(groups[annex].max_points)]);
      expect(near(g.points, num(groups[annex].points)!)).toBe(true);
      expect(near(g.lost, num(groups[annex].points_lost)!)).toBe(true);
    }
    // group I: 6 + 2.92 + 0 = 8.92 against the printed 10; the gap is criterion 2's 4 − 2.92 = 1.08
    expect(group(province, "CLGQ").points).toBe(8.92);
    expect(num(groups.I.points)! - group(province, "CLGQ").points!).toBeCloseTo(1.08, 10);
  });

  test("group IV lists 3 of its 7 criteria: no group score, the listed ones as known points (11,82 of 14)", () => {
    const g = group(province, "MDSH");
    expect(g.points).toBeNull();
    expect(g.lost).toBeNull();
    // 2 (93.75% ≥ 80) + 7 × 0.8372 = 5.86 + 5 × 0.7916 = 3.96 → 11.82 of 2 + 7 + 5 = 14 (listed_max_sum 14)
    expect(g.known).toEqual({ points: 11.82, max: 14, lost: 2.18 });
    expect(g.known.max).toBe(num(seedTable("b1_2026_groups").find((x) => x.group === "IV")!.listed_max_sum));
    expect(indicator(province, "MDSH.4")).toMatchObject({ status: "noData", points: null, rate: null, missingRate: null });
  });

  test("target rule MDHL.3 (threshold 90): 88,93% needs 90%, 1,07 điểm % more; 6 × 88.93 / 90 = 5.93, lost 0.07", () => {
    expect(indicator(province, "MDHL.3")).toMatchObject({ status: "short", rate: 88.93, points: 5.93, lost: 0.07, fullRate: 90, missingRate: 1.07 });
  });

  test("linear rule TTTT.3: 72% needs 100%, 28 điểm % more; 6 × 0.72 = 4.32, lost 1.68", () => {
    expect(indicator(province, "TTTT.3")).toMatchObject({ status: "short", rate: 72, points: 4.32, lost: 1.68, fullRate: 100, missingRate: 28 });
  });

  test("above a target's threshold: full points, and nothing missing (CLGQ.3 91,16% ≥ 50%)", () => {
    expect(indicator(province, "CLGQ.3")).toMatchObject({ status: "full", points: 6, lost: 0, fullRate: 50, missingRate: 0 });
  });

  test("the total waits for every indicator: the annex leaves out CKMB and four digitization indicators", () => {
    expect(province.total).toEqual({ points: null, max: 100, lost: null, grade: null, complete: false, estimate: false });
    expect(province.groups.flatMap((g) => g.indicators).filter((i) => i.status === "noData").map((i) => i.code)).toEqual([
      "CKMB.1", "CKMB.2", "CKMB.3", "CKMB.4", "MDSH.4", "MDSH.5", "MDSH.6", "MDSH.7",
    ]);
  });
});

describe("indicators without a usable rate are said so, never given a number", () => {
  const all = (values: Record<string, unknown>) => recoverUnit(rs, scoreUnit(rs, { unit: "Thanh tra tỉnh", values: values as never }));

  test("display-only TDGQ.2 (average days) keeps its value, no points, no rate to reach", () => {
    expect(indicator(all({ "TDGQ.2": 7.5 }), "TDGQ.2")).toMatchObject({ status: "display", rate: 7.5, points: null, lost: null, fullRate: null, missingRate: null });
  });

  test("0/0 follows the rule set: TDGQ.1 zero (lost 20), MDHL.1 full, CKMB.1 empty (no points)", () => {
    const r = all({ "TDGQ.1": { numerator: 0, denominator: 0 }, "MDHL.1": { numerator: 0, denominator: 0 }, "CKMB.1": { numerator: 0, denominator: 0 } });
    expect(indicator(r, "TDGQ.1")).toMatchObject({ status: "emptyDenominator", emptyDenominator: "zero", rate: null, points: 0, lost: 20, fullRate: 100, missingRate: null });
    expect(indicator(r, "MDHL.1")).toMatchObject({ status: "emptyDenominator", emptyDenominator: "full", points: 6, lost: 0 });
    expect(indicator(r, "CKMB.1")).toMatchObject({ status: "emptyDenominator", emptyDenominator: "empty", points: null, lost: null });
  });

  test("an invalid value is noData with the scorer's reason; a rate over 100% is clamped and says so", () => {
    const r = all({ "CKMB.1": -5, "CKMB.2": 120 });
    expect(indicator(r, "CKMB.1")).toMatchObject({ status: "noData", points: null });
    expect(indicator(r, "CKMB.1").problem).toEqual({ code: "score.rateNegative", params: { value: -5 } });
    expect(indicator(r, "CKMB.2")).toMatchObject({ status: "full", rate: 100, points: 4, lost: 0 });
    expect(indicator(r, "CKMB.2").problem).toEqual({ code: "score.rateAbove100", params: { value: 120 } });
  });

  test("a complete unit: total, lost and grade; every indicator at 100% but TTTT.3 at 50% → 97, Xuất sắc", () => {
    const values = Object.fromEntries(rs.indicators.map((i) => [i.code, i.code === "TTTT.3" ? 50 : 100]));
    const r = all(values);
    // TTTT.3 linear: 6 × 0.5 = 3, lost 3
    expect(r.total).toEqual({ points: 97, max: 100, lost: 3, grade: "Xuất sắc", complete: true, estimate: false });
    expect(group(r, "TTTT")).toMatchObject({ points: 7, max: 10, lost: 3, known: { points: 7, max: 10, lost: 3 } });
  });
});

describe.each(builtinRuleSets().map((x) => [x.id, x] as const))("properties under %s", (_id, set) => {
  test("lost = max − points; the rate needed is at least the rate whenever points are lost; no NaN", () => {
    fc.assert(
      fc.property(arbitraryUnit(set), (u) => {
        const r = recoverUnit(set, scoreUnit(set, u));
        for (const g of r.groups) {
          if (g.points !== null && Math.abs(g.lost! - (g.max - g.points)) > 1e-9) return false;
          if (Math.abs(g.known.lost - (g.known.max - g.known.points)) > 1e-9) return false;
          for (const i of g.indicators) {
            if (i.points !== null && Math.abs(i.lost! - (i.max - i.points)) > 1e-9) return false;
            if (i.lost !== null && i.lost > 0 && i.rate !== null && !(i.fullRate! >= i.rate && i.missingRate! > 0)) return false;
            if (i.status === "short" && i.missingRate === null) return false;
          }
        }
        return !JSON.stringify(r, (_k, v) => (typeof v === "number" && Number.isNaN(v) ? "NaN!" : v)).includes("NaN!");
      }),
    );
  });
});
