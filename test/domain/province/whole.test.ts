import { problemText } from "../../../src/domain/problems/problem";
/**
 * Item 1 of issue 13: the province from its units, on the Gia Lai capture (test/fixtures/
 * portal-2026, 14 agencies + 135 communes, 10/10/2026) under dvcqg-2026.
 *
 * Hand calculation (sums of the metrics.csv columns numerator/denominator over the 149 units,
 * made with a spreadsheet-style column sum, not with the code under test):
 *   TDGQ.1 358 540 / 417 669 = 85,8431 % → 20 × 0,858431 = 17,1686 → 17,17 (lost 2,83)
 *   CKMB.4 358 005 / 358 005 = 100 %      → 6
 *   MDSH.1 303 940 / 417 669 = 72,7705 % → 6 × 0,727705 = 4,3662 → 4,37
 *   MDSH.2  94 422 / 417 669 = 22,6069 % → 4 × 0,226069 = 0,9043 → 0,90
 *   MDSH.3  68 743 / 417 669 = 16,4587 % → 2 × 16,4587 / 80 = 0,4115 → 0,41
 *   MDSH.4   6 564 / 417 669 =  1,5716 % → 4 × 0,015716 = 0,0629 → 0,06
 *   MDSH.5 258 690 / 417 669 = 61,9366 % → 2 × 0,619366 = 1,2387 → 1,24
 *   MDHL.3 358 281 / 417 669 = 85,7811 % → 6 × 85,7811 / 90 = 5,7187 → 5,72
 *   TTTT.3 235 195 / 255 591 (totalDossierOnlinePaymentSuccess / totalDossierFinancialObligation)
 *          = 92,0201 % → 6 × 0,920201 = 5,5212 → 5,52
 *   MDSH.7 100 % for every unit (flat) → 2
 * Known: CKMB 6/6, TDGQ 17,17/20, MDSH 4,37+0,90+0,41+0,06+1,24+2 = 8,98/20 (MDSH.6 counts
 * procedures), MDHL 5,72/6, TTTT 5,52/6, CLGQ 0/0 → 43,39 of 58.
 */
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { splitWholeRow, wholeFromParts } from "../../../src/domain/scoring/whole";
import type { UnitInput } from "../../../src/domain/scoring/score";
import { portalUnits } from "../../helpers/portal-units";

const rs = getRuleSet("dvcqg-2026");
const units = portalUnits();

const POOLED: Record<string, number> = {
  "TDGQ.1": 17.17,
  "CKMB.4": 6,
  "MDSH.1": 4.37,
  "MDSH.2": 0.9,
  "MDSH.3": 0.41,
  "MDSH.4": 0.06,
  "MDSH.5": 1.24,
  "MDHL.3": 5.72,
  "TTTT.3": 5.52,
  "MDSH.7": 2,
};

describe("the province pooled from its 149 units", () => {
  const whole = wholeFromParts(rs, units, { name: "UBND tỉnh Gia Lai" });

  test("the capture has 149 units and no province row", () => {
    expect(units).toHaveLength(149);
    expect(splitWholeRow(units).row).toBeUndefined();
    expect(whole.from).toBe("pooled");
  });

  test.each(Object.entries(POOLED))("%s: pooled points as computed by hand", (code, points) => {
    expect(whole.points[code]).toBeCloseTo(points, 6);
    expect(whole.sources[code]).toBe("pooled");
  });

  test("the pooled counts of TDGQ.1 are the sums of the units'", () => {
    expect(whole.input.values["TDGQ.1"]).toEqual({ numerator: 358540, denominator: 417669 });
  });

  test("procedure and petition indicators are never summed: null, with the reason", () => {
    for (const code of ["CKMB.1", "CKMB.2", "CKMB.3", "MDSH.6", "TTTT.1", "TTTT.2", "CLGQ.1", "CLGQ.2"]) {
      expect(whole.points[code]).toBeNull();
      expect(whole.reasons[code].code).toBe("whole.countedByProcedures");
    }
    for (const code of ["MDHL.1", "MDHL.2"]) {
      expect(whole.points[code]).toBeNull();
      expect(whole.reasons[code].code).toBe("whole.countedByPetitions");
    }
    // CLGQ.3 pools, but the capture gives online services as a group score only
    expect(whole.reasons["CLGQ.3"].code).toBe("whole.noCounts");
  });

  test("groups and total as far as known, and the total stays open with a sentence saying why", () => {
    expect(whole.groups.TDGQ).toBeCloseTo(17.17, 6);
    expect(whole.groups.CKMB).toBeNull();
    expect(whole.total).toBeNull();
    expect(whole.knownGroups.MDSH.points).toBeCloseTo(8.98, 6);
    expect(whole.knownGroups.MDSH.max).toBe(20);
    expect(whole.knownTotal.points).toBeCloseTo(43.39, 6);
    expect(whole.knownTotal.max).toBe(58);
    expect(whole.open!.code).toBe("whole.totalOpen");
    expect(String(whole.open!.params.missing).split(", ")).toEqual(expect.arrayContaining(["CLGQ.1", "TTTT.1"]));
    expect(whole.open!.params).toMatchObject({ known: 43.39, max: 58 });
    // the sentence the doors print
    expect(problemText(whole.open!)).toContain("43,39/58 điểm");
  });
});

describe("the province from its own row", () => {
  // The capture has no province row: build one as the portal would give it, with the
  // units' sums (the hand-computed totals above) for the dossier indicators, and the
  // province-level values the portal gives every unit for CKMB.1–3 (1/47, 43/47, 47/47).
  const row: UnitInput = {
    unit: "UBND tỉnh Gia Lai",
    values: {
      "TDGQ.1": { numerator: 358540, denominator: 417669 },
      "MDSH.1": { numerator: 303940, denominator: 417669 },
      "CKMB.1": { numerator: 1, denominator: 47 },
      "CKMB.2": { numerator: 43, denominator: 47 },
      "CKMB.3": { numerator: 47, denominator: 47 },
    },
  };

  test("the row is found in the table and taken first; what it lacks is pooled", () => {
    const split = splitWholeRow([...units.slice(0, 70), row, ...units.slice(70)]);
    expect(split.row?.unit).toBe("UBND tỉnh Gia Lai");
    expect(split.parts).toHaveLength(149);
    const whole = wholeFromParts(rs, split.parts, { name: "UBND tỉnh Gia Lai", row: split.row });
    expect(whole.from).toBe("row");
    expect(whole.sources["TDGQ.1"]).toBe("row");
    expect(whole.points["TDGQ.1"]).toBeCloseTo(17.17, 6);
    expect(whole.points["MDSH.1"]).toBeCloseTo(4.37, 6);
    // CKMB.1–3 from the row: 6 × 1/47 = 0,1277 → 0,13; 4 × 43/47 = 3,6596 → 3,66; 2 × 1 = 2
    // (the portal prints 0,13 / 3,66 / 2 for every unit); with CKMB.4 pooled at 6: CKMB = 11,79,
    // the CKMB of every unit in units.csv.
    expect(whole.groups.CKMB).toBeCloseTo(11.79, 6);
    expect(whole.sources["CKMB.4"]).toBe("pooled");
    expect(whole.reasons["CKMB.1"]).toBeUndefined();
  });

  test("agencies named after the province are parts, not the whole", () => {
    expect(splitWholeRow(units).parts).toHaveLength(149);
    expect(units.some((u) => u.unit.includes("tỉnh Gia Lai"))).toBe(true);
  });
});

test("a dossier indicator with one unit lacking counts is not pooled (no partial sum)", () => {
  const parts: UnitInput[] = [
    { unit: "Xã A", values: { "TDGQ.1": { numerator: 9, denominator: 10 } } },
    { unit: "Xã B", values: { "TDGQ.1": 80 } },
  ];
  const whole = wholeFromParts(rs, parts, { name: "Tỉnh thử" });
  expect(whole.points["TDGQ.1"]).toBeNull();
  expect(whole.reasons["TDGQ.1"]).toEqual({ code: "whole.partsWithoutCounts", params: { unit: "Xã B", others: 0 } });
  expect(problemText(whole.reasons["TDGQ.1"])).toBe("không tính được từ các đơn vị: Xã B thiếu tử số hoặc mẫu số, nên không cộng được.");
});
