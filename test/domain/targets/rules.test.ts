import fc from "fast-check";
import { assignTargets, targetAt, type BaselineUnit } from "../../../src/domain/targets/assign";
import { getCampaignPreset, loadCampaignJson, validateCampaign } from "../../../src/domain/targets/presets";
import { applyTargetRule } from "../../../src/domain/targets/rules";
import type { CampaignInput, TargetRule } from "../../../src/domain/targets/schema";

// Seed 002 III.2: DVC central 50, +10 points; payment central 45, +10; capped at 100 (a6).
const DVC: TargetRule = { kind: "uplift", central: 50, uplift: 10, cap: 100 };
const PAYMENT: TargetRule = { kind: "uplift", central: 45, uplift: 10, cap: 100 };
const value = (rule: TargetRule, base: number | null) => applyTargetRule(rule, base, "Năm 2023", 2).value;

describe("uplift rule of seed 002 III.2, edge cases (hand-computed)", () => {
  test("base just below the central target → central + 10", () => {
    expect(value(DVC, 49.99)).toBe(60);
    expect(value(PAYMENT, 44.9)).toBe(55);
  });
  test("base at the central target → its own result + 10 (= central + 10)", () => {
    expect(value(DVC, 50)).toBe(60);
    expect(value(PAYMENT, 45)).toBe(55);
  });
  test("base just above → own result + 10", () => {
    expect(value(DVC, 50.01)).toBe(60.01);
    expect(value(PAYMENT, 67.37)).toBe(77.37); // Sở Giao thông vận tải, annex II
  });
  test("cap at 100: 90,9 + 10 = 100,9 → 100 (Sở Kế hoạch và Đầu tư); 100 stays 100", () => {
    expect(value(DVC, 90.9)).toBe(100);
    expect(value(DVC, 100)).toBe(100);
    expect(applyTargetRule(DVC, 90.9, "Năm 2023", 2).basis).toBe("Năm 2023 đạt 90,9% ≥ 50% → 90,9% + 10, tối đa 100% = 100%");
  });
  test("a unit without data gets the floor the rule guarantees, and says so", () => {
    const r = applyTargetRule(DVC, null, "Năm 2023", 2);
    expect(r).toEqual({ value: 60, basis: "không có số liệu năm 2023 → 50% + 10 = 60%" });
  });
  test("steps: next step above the base; past every step → base + uplift, capped", () => {
    const steps: TargetRule = { kind: "steps", steps: [30, 50], uplift: 5, cap: 100 };
    expect(value(steps, 0)).toBe(30);
    expect(value(steps, 29.9)).toBe(30);
    expect(value(steps, 30)).toBe(50); // at a step, aim for the next one
    expect(value(steps, 40.3)).toBe(50); // Sở Giao thông vận tải, annex II: 50
    expect(value(steps, 67.37)).toBe(72.37);
    expect(value(steps, 97)).toBe(100);
    expect(value(steps, null)).toBe(30);
  });
});

describe("uplift and steps rules, properties", () => {
  const pct = fc.double({ min: 0, max: 100, noNaN: true });
  const uplift = fc.record({ central: pct, uplift: fc.double({ min: 0, max: 30, noNaN: true }), cap: fc.double({ min: 50, max: 100, noNaN: true }) });

  test("an uplift target is never above the cap, never below min(cap, central + uplift), never below min(cap, base)", () => {
    fc.assert(
      fc.property(uplift, pct, (r, base) => {
        const rule: TargetRule = { kind: "uplift", ...r };
        const v = value(rule, base);
        const eps = 0.006; // rounding to 2 decimals
        return v <= r.cap + eps && v >= Math.min(r.cap, r.central + r.uplift) - eps && v >= Math.min(r.cap, base) - eps;
      }),
    );
  });

  test("a better base never gets a lower target (uplift and steps)", () => {
    const steps = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }).map((s) => [...s].sort((a, b) => a - b));
    fc.assert(
      fc.property(uplift, steps, pct, pct, (r, st, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const up: TargetRule = { kind: "uplift", ...r };
        const stepRule: TargetRule = { kind: "steps", steps: st, uplift: r.uplift, cap: r.cap };
        return value(up, lo) <= value(up, hi) && value(stepRule, lo) <= value(stepRule, hi);
      }),
    );
  });

  test("with the preset, an interim target is never above the final one, for any base", () => {
    const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
    const level = fc.constantFrom<BaselineUnit["level"]>("department", "district", "commune");
    const rate = fc.option(pct, { nil: null });
    fc.assert(
      fc.property(level, fc.dictionary(fc.constantFrom(...campaign.indicators.map((i) => i.code)), rate), (lvl, values) => {
        const a = assignTargets(campaign, [{ unit: "Đơn vị thử", level: lvl, values }]);
        const unit = a.sections.find((s) => s.units.length)!.units[0];
        return campaign.indicators.every((ind) => {
          const t = unit.indicators[ind.code];
          return targetAt(campaign, ind, t, "50d")!.value <= targetAt(campaign, ind, t, "100d")!.value;
        });
      }),
    );
  });
});

describe("assignment: excluded units, units without data, levels, milestones", () => {
  const campaign = getCampaignPreset("chien-dich-100-ngay-2024");

  test("an excluded unit (footnote 2: Thanh tra tỉnh) gets no row and is listed with its reason", () => {
    const a = assignTargets(campaign, [
      { unit: "Thanh tra tỉnh", level: "department", values: { "CLGQ.TL": 0 }, row: 2 },
      { unit: "Sở Tư pháp", level: "department", values: { "CLGQ.TL": 5.5 }, row: 3 },
    ]);
    expect(a.sections[0].units.map((u) => u.unit)).toEqual(["Sở Tư pháp"]);
    expect(a.excluded).toEqual([{ unit: "Thanh tra tỉnh", reason: "Không có thủ tục hành chính (Kế hoạch, mục III.2, chú thích 2).", row: 2 }]);
  });

  test("a unit without any data still gets every target: floors for uplift, fixed values, and null bases", () => {
    const a = assignTargets(campaign, [{ unit: "Huyện Mới", level: "district", values: {} }]);
    const u = a.sections[0].units[0];
    const json = Object.fromEntries(campaign.indicators.map((ind) => [ind.code, [u.indicators[ind.code].base, ...u.indicators[ind.code].columns.map((c) => c.value)]]));
    expect(json).toEqual({
      "TDGQ.TL": [null, 100],
      "CLGQ.TL": [null, 30, 60],
      "TTTT.TL": [null, 20, 55],
      "CKMB.TL": [null, 100],
      "MDHL.TL": [null, 100],
      "MDSH.TL": [null, 50, 100],
    });
  });

  test("two levels (2026: province agencies and communes): communes without districts get the rule with the district values", () => {
    const a = assignTargets(campaign, [
      { unit: "Sở Y tế", level: "department", values: { "CLGQ.TL": 55 } },
      { unit: "Xã Ia Hrú", level: "commune", district: "", values: { "CLGQ.TL": 72, "MDSH.TL": 10 } },
    ]);
    expect(a.sections.map((s) => s.level)).toEqual(["department", "commune"]);
    // only the preset's overrides of the three other departments, absent here
    expect(a.problems.map((p) => p.unit)).toEqual(["Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Xây dựng"]);
    const xa = a.sections[1].units[0];
    expect(xa.indicators["CLGQ.TL"].columns.map((c) => c.value)).toEqual([77, 82]); // 72 + 5; 72 + 10
    expect(xa.indicators["MDSH.TL"].columns.map((c) => c.value)).toEqual([50, 100]); // district value at 50 days
    // Sở Y tế is overridden in the preset: the override follows the unit, whatever its base.
    expect(a.sections[0].units[0].indicators["CLGQ.TL"].columns.map((c) => c.value)).toEqual([92.9, 97.9]);
  });

  test("a unit at a level the campaign does not cover is an error naming its row", () => {
    const twoLevels = validateCampaign({ ...presetInput(), levels: [{ level: "department", heading: "Cơ quan cấp tỉnh" }] });
    if (!twoLevels.ok) throw new Error(JSON.stringify(twoLevels.problems));
    const a = assignTargets(twoLevels.value, [{ unit: "Xã Ia Hrú", level: "commune", values: {}, row: 7 }]);
    expect(a.problems).toEqual([
      { unit: "Xã Ia Hrú", row: 7, column: "", severity: "error", code: "target.levelNotAssigned", params: { unit: "Xã Ia Hrú", level: "cấp xã", campaign: "chien-dich-100-ngay-2024" } },
    ]);
  });

  test("other milestones: a 30/60/90-day campaign with its own rules", () => {
    const input: CampaignInput = {
      id: "thu-90-ngay",
      name: "Thử 90 ngày",
      ruleSet: "nhom-2023",
      title: "PHỤ LỤC",
      milestones: [
        { id: "30d", label: "30 ngày" },
        { id: "60d", label: "60 ngày" },
        { id: "90d", label: "90 ngày" },
      ],
      levels: [{ level: "commune", heading: "Các xã, phường" }],
      indicators: [
        {
          code: "CLGQ.TL",
          label: "DVC trực tuyến",
          columns: [
            { milestones: ["30d"], rule: { kind: "steps", steps: [20, 40], uplift: 3 } },
            { milestones: ["60d"], rule: { kind: "steps", steps: [40], uplift: 6 } },
            { milestones: ["90d"], rule: { kind: "uplift", central: 30, uplift: 5 } },
          ],
        },
      ],
    };
    const c = validateCampaign(input);
    if (!c.ok) throw new Error(JSON.stringify(c.problems));
    const a = assignTargets(c.value, [{ unit: "Phường Diên Hồng", level: "commune", values: { "CLGQ.TL": 33 } }]);
    // 33 → next step 40; → 40; 33 ≥ 30 → 38, and the later milestone caps the earlier ones at 38
    expect(a.sections[0].units[0].indicators["CLGQ.TL"].columns.map((x) => x.value)).toEqual([38, 38, 38]);
    expect(a.sections[0].units[0].indicators["CLGQ.TL"].columns[0].basis).toContain("không vượt chỉ tiêu mốc sau (38%)");
  });

  test("an override naming a unit absent from the baseline is reported, not silently dropped", () => {
    const a = assignTargets(campaign, [{ unit: "Sở Y tế", level: "department", values: {} }]);
    expect(a.problems).toContainEqual({ unit: "Sở Xây dựng", row: 0, column: "", severity: "warning", code: "target.overrideMatchesNoUnit", params: { unit: "Sở Xây dựng", indicator: "CLGQ.TL", milestone: "100d" } });
    expect(a.problems).toHaveLength(5);
    // a district-only baseline says nothing about departments' overrides
    expect(assignTargets(campaign, [{ unit: "Huyện Kbang", level: "district", values: {} }]).problems).toEqual([]);
  });

  test("Xã Ia Bang and Xã Ia Băng are two communes (names keep their diacritics)", () => {
    const a = assignTargets(campaign, [
      { unit: "Xã Ia Bang", level: "commune", district: "Chư Prông", values: {} },
      { unit: "Xã Ia Băng", level: "commune", district: "Chư Prông", values: {} },
    ]);
    expect(a.problems).toEqual([]);
    expect(a.sections[0].units).toHaveLength(2);
  });
});

describe("campaign files", () => {
  test("a campaign with a wrong milestone is refused with Vietnamese messages naming the field", () => {
    const bad = presetInput();
    bad.overrides = [{ unit: "Sở Y tế", indicator: "CLGQ.TL", milestone: "75d", value: 90, reason: "thử" }];
    bad.indicators[0].columns[0].rule = { kind: "uplift", central: 150, uplift: 10 };
    const r = loadCampaignJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.params])).toEqual(
      expect.arrayContaining([
        ["campaign.unknownOverrideMilestone", expect.objectContaining({ milestone: "75d", path: "điều chỉnh số 1 › mốc" })],
        ["json.tooBig", expect.objectContaining({ path: "chỉ tiêu số 1 (TDGQ.TL) › cột chỉ tiêu số 1 › quy tắc tính điểm › chỉ tiêu trung ương", maximum: 100, value: "150" })],
      ]),
    );
  });

  test("not JSON at all", () => {
    const r = loadCampaignJson("{ id: ");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(["json.syntax"]);
  });
});

function presetInput(): CampaignInput {
  return JSON.parse(JSON.stringify(getCampaignPreset("chien-dich-100-ngay-2024"))) as CampaignInput;
}
