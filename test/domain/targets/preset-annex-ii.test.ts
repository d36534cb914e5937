import { assignTargets, targetAt, type TargetAssignment } from "../../../src/domain/targets/assign";
import { getCampaignPreset } from "../../../src/domain/targets/presets";
import { num, seedTable } from "../../helpers/fixtures";
import { annexIBaseline } from "./annex-i-baseline";

/*
 * The preset against seed 002 annex II, every cell. Inputs are annex I (a1, a2, a3) and
 * the expected values are annex II as extracted in a4/a5 (seed-tables README documents the
 * columns); the units where the annex departs from the III.2 rule are listed by a6.
 */
const campaign = getCampaignPreset("chien-dich-100-ngay-2024");

/** a4/a5 prefix → indicator code */
const A4_PREFIX: Record<string, string> = {
  tien_do: "TDGQ.TL",
  dvc: "CLGQ.TL",
  thanh_toan: "TTTT.TL",
  cong_khai: "CKMB.TL",
  hai_long: "MDHL.TL",
  so_hoa: "MDSH.TL",
};

/** a4/a5 header → the (indicator, milestone) it holds; `_target` columns cover 50 days and after. */
function expectedCells(record: Record<string, string>): { column: string; code: string; milestone: string | "base"; value: number | null }[] {
  const out: { column: string; code: string; milestone: string; value: number | null }[] = [];
  for (const [column, text] of Object.entries(record)) {
    const m = /^(tien_do|dvc|thanh_toan|cong_khai|hai_long|so_hoa)_(2023|target|target_50d|target_100d)$/.exec(column);
    if (!m) continue;
    const code = A4_PREFIX[m[1]];
    const milestones = m[2] === "2023" ? ["base"] : m[2] === "target" ? ["50d", "100d"] : [m[2] === "target_50d" ? "50d" : "100d"];
    for (const milestone of milestones) out.push({ column, code, milestone, value: num(text) });
  }
  return out;
}

function compareSection(assignment: TargetAssignment, level: string, table: string, expectedCount: number): string[] {
  const section = assignment.sections.find((s) => s.level === level)!;
  const rows = seedTable(table);
  expect(section.units.map((u) => u.unit)).toEqual(rows.map((r) => r.unit));
  const differences: string[] = [];
  let cells = 0;
  rows.forEach((r, i) => {
    const unit = section.units[i];
    for (const e of expectedCells(r)) {
      const ind = campaign.indicators.find((x) => x.code === e.code)!;
      const t = unit.indicators[e.code];
      const got = e.milestone === "base" ? t.base : targetAt(campaign, ind, t, e.milestone)!.value;
      cells++;
      if (got !== e.value) differences.push(`${r.unit} ${e.column}/${e.milestone}: ${got} ≠ ${e.value}`);
    }
  });
  expect(cells).toBe(expectedCount);
  return differences;
}

describe("preset chien-dich-100-ngay-2024 reproduces seed 002 annex II", () => {
  const assignment = assignTargets(campaign, [...annexIBaseline("a1_2023_departments", "department"), ...annexIBaseline("a2_2023_districts", "district")]);

  test("every cell of a4 (departments) is equal", () => {
    // per row: 5 bases (no số hóa in 2023) and 12 milestone targets
    expect(compareSection(assignment, "department", "a4_targets_departments", 17 * (5 + 12))).toEqual([]);
  });

  test("every cell of a5 (districts) is equal", () => {
    expect(compareSection(assignment, "district", "a5_targets_districts", 17 * (6 + 12))).toEqual([]);
  });

  test("overrides only where the annex departs from the rule, each with its reason (list printed)", () => {
    const list = assignment.overrides.map((o) => `${o.unit} | ${o.indicator} | ${o.milestone} | annex ${o.value} | rule ${o.ruleValue} | ${o.reason}`);
    console.log(`Overrides of chien-dich-100-ngay-2024 (${list.length}):\n${list.join("\n")}`);
    for (const o of assignment.overrides) {
      expect(o.reason.length).toBeGreaterThan(20);
      expect(o.value).not.toBe(o.ruleValue); // an override that equals the rule would be noise
    }
    // The 100-day overrides are exactly a6's MISMATCH rows among departments and districts.
    const mismatches = seedTable("a6_rule_check")
      .filter((r) => r.status === "MISMATCH" && r.level !== "commune")
      .map((r) => `${r.unit}|${A4_PREFIX[r.indicator]}|${num(r.annex_target)}|${num(r.rule_prediction)}`)
      .sort();
    const hundredDay = assignment.overrides
      .filter((o) => o.milestone === "100d")
      .map((o) => `${o.unit}|${o.indicator}|${o.value}|${o.ruleValue}`)
      .sort();
    expect(hundredDay).toEqual(mismatches);
    // 50 days has no rule in the text (a6): the preset's step rule departs at four cells,
    // the same three departments plus Sở Kế hoạch và Đầu tư (90,9% + 5 = 95,9%, annex 100%).
    expect(assignment.overrides.filter((o) => o.milestone === "50d").map((o) => `${o.unit} ${o.ruleValue}→${o.value}`)).toEqual([
      "Sở Kế hoạch và Đầu tư 95.9→100",
      "Sở Văn hóa, Thể thao và Du lịch 30→100",
      "Sở Xây dựng 30→73.7",
      "Sở Y tế 30→92.9",
    ]);
  });

  test("Sở Kế hoạch và Đầu tư DVC: the 100% cap (a6: 90,9 + 10 = 100,9 → 100)", () => {
    const u = assignment.sections[0].units.find((x) => x.unit === "Sở Kế hoạch và Đầu tư")!;
    expect(u.indicators["CLGQ.TL"].columns[1]).toMatchObject({ value: 100, ruleValue: 100 });
    expect(u.indicators["CLGQ.TL"].columns[1].basis).toContain("tối đa 100%");
  });

  test("communes (a3) take their district's targets; Xã Ia Yeng gets 60% below its 100% and is flagged (a6)", () => {
    const withCommunes = assignTargets(campaign, [
      ...annexIBaseline("a1_2023_departments", "department"),
      ...annexIBaseline("a2_2023_districts", "district"),
      ...annexIBaseline("a3_2023_communes", "commune"),
    ]);
    const communes = withCommunes.sections.find((s) => s.level === "commune")!;
    expect(communes.units).toHaveLength(220);
    const dvc = campaign.indicators.find((i) => i.code === "CLGQ.TL")!;
    const yeng = communes.units.find((u) => u.unit === "Xã Ia Yeng")!;
    expect(yeng.indicators["CLGQ.TL"].base).toBe(100);
    expect(targetAt(campaign, dvc, yeng.indicators["CLGQ.TL"], "100d")!.value).toBe(60); // a6_rule_check: annex 60
    expect(targetAt(campaign, dvc, yeng.indicators["CLGQ.TL"], "100d")!.basis).toBe("theo chỉ tiêu của Huyện Phú Thiện");
    expect(withCommunes.problems.some((p) => p.unit === "Xã Ia Yeng" && p.code === "target.belowBaseline" && p.params.target === 60 && p.params.base === 100)).toBe(true);
    // Every commune's số hóa 50-day target is the district value (50%), not the department one (80%).
    const sh = campaign.indicators.find((i) => i.code === "MDSH.TL")!;
    expect(new Set(communes.units.map((u) => targetAt(campaign, sh, u.indicators["MDSH.TL"], "50d")!.value))).toEqual(new Set([50]));
  });

  test("without communes in the baseline, section 3 is the annex's sentence", () => {
    const third = assignment.sections[2];
    expect(third).toMatchObject({ level: "commune", units: [], note: "Áp dụng chung chỉ tiêu như của UBND các huyện, thị xã, thành phố." });
  });
});
