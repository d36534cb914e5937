/** Loading a user's rule set: valid JSON round-trips; each kind of mistake gets a Vietnamese message naming the field. */
import { getRuleSet, listRuleSets, registerRuleSet } from "../../src/domain/ruleset/registry";
import { loadRuleSetJson } from "../../src/domain/ruleset/load";

const base = () => JSON.parse(JSON.stringify(getRuleSet("dvcqg-2026"))) as Record<string, unknown> & { indicators: Record<string, unknown>[]; groups: Record<string, unknown>[] };

test("a copy of a built-in set under a new id loads and registers", () => {
  const rs = base();
  rs.id = "tinh-thu-2027";
  const loaded = loadRuleSetJson(JSON.stringify(rs));
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  registerRuleSet(loaded.value);
  expect(listRuleSets().map((r) => r.id)).toContain("tinh-thu-2027");
  expect(getRuleSet("tinh-thu-2027").indicators).toHaveLength(22);
});

test("a built-in id cannot be replaced", () => {
  expect(() => registerRuleSet(getRuleSet("nhom-2023"))).toThrow("Không thể thay bộ quy tắc có sẵn");
});

test("an unknown id lists the known ones", () => {
  expect(() => getRuleSet("khong-co")).toThrow(/dvcqg-2026, gialai-2026-03, nhom-2023/);
});

test.each([
  ["not JSON", () => "{", "JSON hợp lệ"],
  ["a missing name", () => { const r = base(); delete r.name; return JSON.stringify(r); }, "tên: thiếu giá trị bắt buộc"],
  ["a negative maximum", () => { const r = base(); r.indicators[0].max = -1; return JSON.stringify(r); }, "chỉ tiêu số 1 (CKMB.1) › điểm tối đa: giá trị quá nhỏ"],
  ["a group maximum that is not the sum of its indicators", () => { const r = base(); r.groups[0].max = 17; return JSON.stringify(r); }, "Nhóm CKMB: điểm tối đa 17 khác tổng điểm các chỉ tiêu (18)"],
  ["an unknown rule kind", () => { const r = base(); r.indicators[0].rule = { kind: "bac-thang" }; return JSON.stringify(r); }, "chỉ tiêu số 1 (CKMB.1) › quy tắc tính điểm"],
  ["a target with no threshold", () => { const r = base(); r.indicators[6].rule = { kind: "target" }; return JSON.stringify(r); }, "chỉ tiêu số 7 (CLGQ.1) › quy tắc tính điểm › ngưỡng: thiếu giá trị bắt buộc"],
  ["an indicator in an unknown group", () => { const r = base(); r.indicators[0].group = "XYZ"; return JSON.stringify(r); }, "thuộc nhóm XYZ không có trong danh sách nhóm"],
  ["grade bands not in descending order", () => { const r = base(); (r.grades as { min: number }[])[1].min = 95; return JSON.stringify(r); }, "giảm dần"],
])("%s is refused with a clear message", (_name, make, expected) => {
  const loaded = loadRuleSetJson(make());
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  expect(loaded.errors.join("\n")).toContain(expected);
  for (const e of loaded.errors) expect(e).toBe(e.normalize("NFC"));
});
