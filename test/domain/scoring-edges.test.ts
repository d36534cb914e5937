/** Edge cases of the 766 rules, each expected value computed by hand from DOMAIN.md's rule table. */
import { indicatorProblemText } from "../../src/domain/problems/problem";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { gradeOf, ranks, scoreIndicator, scoreUnit, type IndicatorInput } from "../../src/domain/scoring";

const rs = getRuleSet("dvcqg-2026");
const ind = (code: string) => rs.indicators.find((i) => i.code === code)!;
const pts = (code: string, input: IndicatorInput) => scoreIndicator(ind(code), input, rs.pointDecimals).points;

/** Every scored indicator at `rate`, for building whole units. */
const allAt = (rate: number): Record<string, IndicatorInput> => Object.fromEntries(rs.indicators.map((i) => [i.code, rate]));

describe("grade bands (Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu < 50)", () => {
  test.each([
    [90, "Xuất sắc"],
    [89.99, "Tốt"],
    [80, "Tốt"],
    [79.999, "Khá"],
    [70, "Khá"],
    [50, "Trung bình"],
    [49.99, "Yếu"],
    [0, "Yếu"],
    [100, "Xuất sắc"],
  ])("%s → %s", (value, grade) => {
    expect(gradeOf(rs.grades, value)).toBe(grade);
  });

  test("a total landing on 90 through binary arithmetic still earns Xuất sắc", () => {
    // 18 × 0.9 / 18 × 100 = 89.99999999999999 in floating point
    expect(gradeOf(rs.grades, ((18 * 0.9) / 18) * 100)).toBe("Xuất sắc");
  });
});

describe("target rules at their thresholds", () => {
  test("CLGQ.3 (6 points, target 50): 49 → 5.88, 50 → 6, 80 → 6", () => {
    expect(pts("CLGQ.3", 49)).toBe(5.88);
    expect(pts("CLGQ.3", 50)).toBe(6);
    expect(pts("CLGQ.3", 80)).toBe(6);
  });
  test("MDSH.3 (2 points, target 80): 79 → 1.98, 80 → 2", () => {
    expect(pts("MDSH.3", 79)).toBe(1.98);
    expect(pts("MDSH.3", 80)).toBe(2);
  });
  test("MDHL.3 (6 points, target 90): 89.99 → 6 × 89.99 / 90 = 5.9993 → 6.00 shown, 90 → 6", () => {
    expect(pts("MDHL.3", 89.99)).toBe(6);
    expect(scoreIndicator(ind("MDHL.3"), 89.99, null).points).toBeCloseTo(5.99933, 5);
    expect(pts("MDHL.3", 90)).toBe(6);
  });
  test("linear TDGQ.1: 88.93% → 17.79 (seed 000 prints 17,8/20)", () => {
    expect(pts("TDGQ.1", 88.93)).toBe(17.79);
  });
});

describe("rates above 100% and broken inputs", () => {
  test("101% is clamped to 100% with a warning naming the indicator", () => {
    const s = scoreIndicator(ind("CKMB.1"), 101, 2);
    expect(s.points).toBe(6);
    expect(s.status).toBe("clamped");
    expect(s.problem).toMatchObject({ indicator: "CKMB.1", code: "score.rateAbove100", severity: "warning", params: { value: 101 } });
  });
  test("a numerator above its denominator is clamped too: 12/10 → full points", () => {
    expect(scoreIndicator(ind("CKMB.4"), { numerator: 12, denominator: 10 }, 2).status).toBe("clamped");
  });
  test("negative and non-finite rates give no points and an error", () => {
    for (const bad of [-1, NaN, Infinity]) {
      const s = scoreIndicator(ind("CKMB.1"), bad, 2);
      expect(s.points).toBeNull();
      expect(s.status).toBe("invalid");
    }
  });
  test("a positive numerator over a zero denominator is an error, not a rate", () => {
    expect(scoreIndicator(ind("TDGQ.1"), { numerator: 3, denominator: 0 }, 2).status).toBe("invalid");
  });
});

describe("empty denominators follow each indicator's policy", () => {
  test("TDGQ.1 0/0 → 0 points (no dossiers handled on time)", () => {
    expect(pts("TDGQ.1", { numerator: 0, denominator: 0 })).toBe(0);
  });
  test("MDHL.1 and MDHL.2 0/0 → full 6 points (no petitions mishandled)", () => {
    expect(pts("MDHL.1", { numerator: 0, denominator: 0 })).toBe(6);
    expect(pts("MDHL.2", { numerator: 0, denominator: 0 })).toBe(6);
  });
  test("MDSH.1 0/0 → no points, but the unit's total stays complete", () => {
    const values = allAt(100);
    values["MDSH.1"] = { numerator: 0, denominator: 0 };
    const u = scoreUnit(rs, { unit: "Thanh tra tỉnh", values });
    expect(u.points["MDSH.1"]).toBeNull();
    expect(u.complete).toBe(true);
    expect(u.total).toBe(94); // 100 − MDSH.1's 6 points
    expect(u.problems.map((p) => [p.indicator, p.code])).toEqual([["MDSH.1", "score.emptyDenominatorNoPoints"]]);
  });
});

describe("a unit", () => {
  test("every indicator at 100% scores 100 and Xuất sắc; DVCTT = CLGQ + TTTT = 22", () => {
    const u = scoreUnit(rs, { unit: "A", values: allAt(100) });
    expect(u.total).toBe(100);
    expect(u.grade).toBe("Xuất sắc");
    expect(u.groups).toMatchObject({ CKMB: 18, TDGQ: 20, CLGQ: 12, TTTT: 10, MDSH: 22, MDHL: 18, DVCTT: 22 });
    expect(Object.values(u.lost).filter((l) => l !== null && l !== 0)).toEqual([]);
  });
  test("a missing indicator never counts as 0: no total, no grade, the group is empty, the others stay", () => {
    const values = allAt(100);
    delete values["TTTT.2"];
    const u = scoreUnit(rs, { unit: "B", values });
    expect(u.complete).toBe(false);
    expect(u.total).toBeNull();
    expect(u.grade).toBeNull();
    expect(u.groups.TTTT).toBeNull();
    expect(u.groups.DVCTT).toBeNull();
    expect(u.groups.CKMB).toBe(18);
    expect(u.problems.find((p) => p.indicator === "TTTT.2")).toMatchObject({ code: "score.missing", severity: "error" });
  });
  test("points lost = max − points: CKMB.1 at 2.13% loses 6 − 0.13 = 5.87 (portal capture, PUBLISH_ON_TIME 1/47)", () => {
    const s = scoreIndicator(ind("CKMB.1"), { numerator: 1, denominator: 47 }, 2);
    expect(s.points).toBe(0.13);
    expect(s.lost).toBeCloseTo(5.87, 10);
  });
  test("TDGQ.2 (average days) is shown, never scored", () => {
    const s = scoreIndicator(ind("TDGQ.2"), 3.5, 2);
    expect(s.status).toBe("display");
    expect(s.points).toBeNull();
  });
});

describe("ranks follow Excel RANK (descending, ties share, next skipped)", () => {
  test("[60.14, 58.97, 58.05, 58.05, 57.52, null] → [1, 2, 3, 3, 5, null] (annex I districts 1–6, Chư Prông and Chư Pưh tie)", () => {
    expect(ranks([60.14, 58.97, 58.05, 58.05, 57.52, null])).toEqual([1, 2, 3, 3, 5, null]);
  });
});

test("a non-finite rate is named without printing NaN or Infinity (found by the status report's property test)", () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    const s = scoreIndicator(ind("CKMB.1"), bad, 2);
    expect(s.problem).toMatchObject({ indicator: "CKMB.1", code: "score.rateNotFinite", params: {} });
    // the sentence a door prints (CLI, CHISO.* functions) names the indicator and no NaN
    expect(indicatorProblemText(s.problem!)).toBe("CKMB.1: tỷ lệ không phải là một số hữu hạn (phải từ 0% đến 100%).");
  }
  const counts = scoreIndicator(ind("CKMB.1"), { numerator: 1, denominator: Infinity }, 2).problem!;
  expect(counts.code).toBe("score.countsNotFinite");
  expect(indicatorProblemText(counts)).not.toMatch(/NaN|Infinity/);
});
