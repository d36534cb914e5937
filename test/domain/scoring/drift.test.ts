/**
 * Drift: the portal capture's printed per-metric points (Gia Lai, 10/2026) against a rule
 * set's. Under dvcqg-2026, reconstructed from that capture, nothing drifts; under
 * gialai-2026-03 (MDSH.1 max 7, MDSH.2 max 5, MDSH.4 max 2 instead of 6, 4, 4) exactly
 * those three indicators do.
 */
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { driftLine, driftProblem, findDrift, printedPointColumns } from "../../../src/domain/scoring/drift";
import { portalLongFormUnits } from "../../helpers/portal-long-form";

const units = portalLongFormUnits();

test("the long form holds the capture's 149 units", () => {
  expect(units).toHaveLength(149);
});

test("under dvcqg-2026 the printed points agree: no drift", () => {
  expect(findDrift(getRuleSet("dvcqg-2026"), units)).toEqual([]);
});

test("under gialai-2026-03: MDSH.1, MDSH.2, MDSH.4, with the units and largest differences computed by hand", () => {
  /*
   * By hand from gialai_2026-10-10_metrics.csv (points rounded to 2 decimals, differences
   * over 0,01 counted):
   * - MDSH.1 (ORIGINAL_RESULT_AVAILABLE), 7 × r instead of 6 × r: differs by r, over 0,01 for
   *   148 units (all but Thanh tra tỉnh, 0/0, no points); largest at UBND xã Canh Liên,
   *   228/229 = 99,56 %: 7 × 0,9956 = 6,97 against the printed 5,97 → 1,00.
   * - MDSH.2 (SO_HOA_GIAY_TO_GIAI_QUYET), 5 × r instead of 4 × r: 145 units; largest at
   *   Sở Văn hóa, Thể thao và Du lịch, 603/654 = 92,20 %: 5 × 0,9220 = 4,61 against 3,69 → 0,92.
   * - MDSH.4 (SYNCED_WITH_DVCQG_PERSONAL_STORAGE), 2 × r instead of 4 × r: 73 units (the
   *   others have r under 0,5 %, where halving stays within a hundredth); largest at UBND
   *   phường Hoài Nhơn Đông, 335/3483 = 9,62 %: 2 × 0,0962 = 0,19 against 0,38 → 0,19.
   */
  const drift = findDrift(getRuleSet("gialai-2026-03"), units);
  expect(drift).toEqual([
    { indicator: "MDSH.1", units: 148, maxDifference: 1 },
    { indicator: "MDSH.2", units: 145, maxDifference: 0.92 },
    { indicator: "MDSH.4", units: 73, maxDifference: 0.19 },
  ]);
  // each a catalogue problem about its indicator
  expect(drift.map(driftProblem)).toEqual([
    { code: "scoring.drift", params: { units: 148, difference: 1 }, indicator: "MDSH.1" },
    { code: "scoring.drift", params: { units: 145, difference: 0.92 }, indicator: "MDSH.2" },
    { code: "scoring.drift", params: { units: 73, difference: 0.19 }, indicator: "MDSH.4" },
  ]);
  // the lines the CLI and the pane print, in Vietnamese number format
  expect(drift.map(driftLine)).toEqual([
    "MDSH.1: 148 đơn vị lệch tới 1 điểm: quy tắc của Cổng có thể đã đổi.",
    "MDSH.2: 145 đơn vị lệch tới 0,92 điểm: quy tắc của Cổng có thể đã đổi.",
    "MDSH.4: 73 đơn vị lệch tới 0,19 điểm: quy tắc của Cổng có thể đã đổi.",
  ]);
});

test("a source without printed points has no drift; a difference of one hundredth is rounding", () => {
  const rs = getRuleSet("dvcqg-2026");
  expect(findDrift(rs, units.map((u) => ({ ...u, printed: {} })))).toEqual([]);
  // CKMB.4 max 6, 1/2 → 3 points: printed 3,01 is rounding, 3,02 is not
  const one = (printed: number) => findDrift(rs, [{ input: { unit: "A", values: { "CKMB.4": { numerator: 1, denominator: 2 } } }, printed: { "CKMB.4": printed } }]);
  expect(one(3.01)).toEqual([]);
  expect(one(3.02)).toEqual([{ indicator: "CKMB.4", units: 1, maxDifference: 0.02 }]);
});

test("printed points columns: \"Điểm MDSH.1\" and \"MDSH.1 điểm\", not \"MDSH.1 mất điểm\" nor a rate", () => {
  const rs = getRuleSet("dvcqg-2026");
  expect([...printedPointColumns(rs, ["Đơn vị", "MDSH.1", "Điểm MDSH.1", "MDSH.2 điểm", "MDSH.1 mất điểm", "Điểm XYZ.9"])]).toEqual([
    [2, "MDSH.1"],
    [3, "MDSH.2"],
  ]);
});
