/**
 * Trends over two real periods of Gia Lai: the capture of 10/10/2026 and an earlier snapshot
 * built from it by the documented edits of test/helpers/history-fixtures.ts (editedEarlierUnits).
 * Every expected change is computed by hand in the comments.
 */
import { buildTrends, pooledIndicators, provinceRates } from "../../../src/domain/history/trends";
import { getRuleSet, listRuleSets } from "../../../src/domain/ruleset/registry";
import { portalTable } from "../../helpers/fixtures";
import { annex2023Rows, historyOf, portalRows, twoPeriods2026 } from "../../helpers/history-fixtures";

const t = buildTrends(twoPeriods2026());
const byCode = (code: string) => t.units.find((u) => u.code === code)!;

describe("two periods of Gia Lai, 30/09 (edited) → 10/10/2026 (capture)", () => {
  test("the previous period of the last is the one that ends before it", () => {
    expect([t.first?.id, t.previous?.id, t.last?.id]).toEqual(["2026-09-30", "2026-09-30", "2026-10-10"]);
  });

  test("Sở Văn hóa: total 77,65 → 79,27 (+1,62), TDGQ 18,35 → 19,97 (+1,62), grade Khá both times, first among agencies both times", () => {
    const u = byCode("H21.17");
    expect(u.totals).toEqual({ "2026-09-30": 77.65, "2026-10-10": 79.27 });
    expect(u.change).toBe(1.62);
    expect(u.changeSinceFirst).toBe(1.62);
    expect(u.groupChange.TDGQ).toBe(1.62);
    expect(u.groupChange.CKMB).toBe(0);
    expect(u.gradeChange).toBeNull();
    expect(u.ranks).toEqual({ "2026-09-30": 1, "2026-10-10": 1 });
  });

  test("Sở Ngoại vụ: 57,60 → 48,37 (−9,23), Trung bình → Yếu, from 11th to 12th of 14 agencies", () => {
    // 09-30: 57,60 sits between Xây dựng 60,24 (10th) and Nông nghiệp và Môi trường 54,66 → 11th;
    // 10-10: the capture's group_rank 12 (units.csv).
    const u = byCode("H21.26");
    expect(u.change).toBe(-9.23);
    expect(u.groupChange.TDGQ).toBe(-9.23);
    expect(u.gradeChange).toBe("Trung bình → Yếu");
    expect(u.ranks).toEqual({ "2026-09-30": 11, "2026-10-10": 12 });
    expect(u.rankChange).toBe(-1);
    // Nông nghiệp và Môi trường moves up the one place Ngoại vụ lost
    expect(byCode("H21.24").rankChange).toBe(1);
  });

  test("ranks in the last period are the portal's own group ranks (units.csv) for every agency", () => {
    const portalRank = new Map(portalTable("units").filter((u) => u.level === "AGENCY").map((u) => [u.unit_code, Number(u.group_rank)]));
    for (const [code, rank] of portalRank) expect([code, byCode(code).ranks["2026-10-10"]]).toEqual([code, rank]);
  });

  test("risers and fallers: only the two edited units moved", () => {
    expect(t.risers.map((u) => [u.code, u.change])).toEqual([["H21.17", 1.62]]);
    expect(t.fallers.map((u) => [u.code, u.change])).toEqual([["H21.26", -9.23]]);
  });

  test("a unit absent from the earlier period has no change, and is listed as unmatched, not dropped", () => {
    const u = byCode("H21.227");
    expect(u.totals["2026-09-30"]).toBeNull();
    expect(u.change).toBeNull();
    expect(t.unmatched).toEqual([{ unit: "UBND xã Vân Canh", period: "2026-10-10" }]);
  });

  test("the province's pooled on-time rate: Σ on-time / Σ received over the 149 units, and its change", () => {
    // Sums straight from the capture's metric rows (metrics.csv, TDGQ_TienDoGiaiQuyet), not through the history.
    const rows = portalTable("metrics").filter((m) => m.metric_code === "TDGQ_TienDoGiaiQuyet");
    const sn = rows.reduce((s, m) => s + Number(m.numerator), 0);
    const sd = rows.reduce((s, m) => s + Number(m.denominator), 0);
    const tdgq = t.province.find((p) => p.indicator === "TDGQ.1")!;
    expect(tdgq.numerators["2026-10-10"]).toBe(sn);
    expect(tdgq.denominators["2026-10-10"]).toBe(sd);
    // 09-30: Sở Văn hóa −53 (600 instead of 653), Ngoại vụ +6 (12 instead of 6), Vân Canh absent
    const vc = rows.find((m) => m.unit_code === "H21.227")!;
    expect(tdgq.numerators["2026-09-30"]).toBe(sn - 53 + 6 - Number(vc.numerator));
    expect(tdgq.denominators["2026-09-30"]).toBe(sd - Number(vc.denominator));
    expect(tdgq.rates["2026-10-10"]).toBeCloseTo((100 * sn) / sd, 10);
    expect(tdgq.change).toBeCloseTo((100 * sn) / sd - (100 * (sn - 47 - Number(vc.numerator))) / (sd - Number(vc.denominator)), 5);
  });

  test("procedure-counted indicators are not pooled; an unknown code is left out", () => {
    expect(provinceRates(twoPeriods2026(), ["CKMB.1", "NOPE", "MDHL.3"]).map((p) => p.indicator)).toEqual(["CKMB.1", "MDHL.3"]);
    expect(t.province.map((p) => p.indicator)).not.toContain("CKMB.1");
  });
});

describe("2023 → 2026 across the reorganisation", () => {
  const t2 = buildTrends(historyOf(["2023", annex2023Rows(), "nhom-2023"], ["2026-10-10", portalRows("2026-10-10"), "dvcqg-2026"]));

  test("a town become a commune: Thị trấn KBang 59,73 (2023, a3) → UBND xã Kbang 72,33 (2026, units.csv): +12,6, Trung bình → Khá", () => {
    const u = t2.units.find((x) => x.code === "H21.159")!;
    expect(u.totals).toEqual({ "2023": 59.73, "2026-10-10": 72.33 });
    expect(u.change).toBe(12.6);
    expect(u.gradeChange).toBe("Trung bình → Khá");
  });

  test("a department whose 2023 row lacks a group rate has no 2023 total, so no change", () => {
    // a1, Sở Y tế: MDSH (số hóa hồ sơ) empty in 2023; no official total in the departments' table
    const u = t2.units.find((x) => x.code === "H21.19")!;
    expect(u.totals).toEqual({ "2023": null, "2026-10-10": 70.9 });
    expect(u.change).toBeNull();
  });

  test("the 17 districts are gone, with the periods they were last seen", () => {
    expect(t2.gone.filter((g) => g.level === "huyện")).toHaveLength(17);
  });
});

describe("which indicators pool: the rule sets' `counting`, not a list in the code", () => {
  // DOMAIN.md "The whole and its parts": counted in dossiers → TDGQ.1, CKMB.4, MDSH.1–5, MDHL.3,
  // TTTT.3; the rule sets add CLGQ.3 (online dossiers, test/domain/ruleset-counting.test.ts).
  const DOSSIERS = ["CKMB.4", "TDGQ.1", "CLGQ.3", "TTTT.3", "MDSH.1", "MDSH.2", "MDSH.3", "MDSH.4", "MDSH.5", "MDHL.3"];

  test.each(["dvcqg-2026", "gialai-2026-03"])("%s: the ten dossier-counted indicators", (id) => {
    expect(pooledIndicators([getRuleSet(id)]).sort()).toEqual([...DOSSIERS].sort());
  });

  test("nhom-2023 (one rate per group) pools nothing; the built-in sets together pool the ten", () => {
    expect(pooledIndicators([getRuleSet("nhom-2023")])).toEqual([]);
    expect(pooledIndicators(listRuleSets()).sort()).toEqual([...DOSSIERS].sort());
  });

  test("one rule set counting TDGQ.1 otherwise is enough to stop it pooling", () => {
    const rs = getRuleSet("dvcqg-2026");
    const other = { ...rs, id: "khac", indicators: rs.indicators.map((i) => (i.code === "TDGQ.1" ? { ...i, counting: "unknown" as const } : i)) };
    expect(pooledIndicators([rs, other])).not.toContain("TDGQ.1");
    expect(buildTrends(twoPeriods2026(), { ruleSets: [other] }).province.map((p) => p.indicator)).not.toContain("TDGQ.1");
    expect(buildTrends(twoPeriods2026(), { ruleSets: [other] }).province.map((p) => p.indicator)).toContain("MDHL.3");
  });

  test("the trends pool, in the history's column order, the dossier indicators the history has counts for", () => {
    // the capture gives CLGQ.3 as a group score only (DOMAIN.md, portal field "(group score only)"): no counts, no row
    const codes = twoPeriods2026().indicatorCodes;
    expect(codes).toContain("CLGQ.3");
    expect(t.province.map((p) => p.indicator)).toEqual(codes.filter((c) => DOSSIERS.includes(c) && c !== "CLGQ.3"));
    expect(t.province).toHaveLength(9);
  });
});
