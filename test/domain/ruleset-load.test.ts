/** Loading a user's rule set: valid JSON round-trips; each kind of mistake is a coded problem naming the field. */
import { getRuleSet, listRuleSets, registerRuleSet } from "../../src/domain/ruleset/registry";
import { loadRuleSetJson } from "../../src/domain/ruleset/load";
import { problemMessage } from "../../src/domain/problems/problem";

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
  expect(() => registerRuleSet(getRuleSet("nhom-2023"))).toThrow(expect.objectContaining({ code: "ruleset.builtinReplaced", problem: { code: "ruleset.builtinReplaced", params: { id: "nhom-2023" } } }));
});

test("an unknown id lists the known ones", () => {
  expect(() => getRuleSet("khong-co")).toThrow(expect.objectContaining({ code: "ruleset.unknown", problem: { code: "ruleset.unknown", params: { id: "khong-co", known: expect.stringContaining("dvcqg-2026, gialai-2026-03, nhom-2023") } } }));
});

test.each([
  ["not JSON", () => "{", { code: "json.syntax" }],
  ["a missing name", () => { const r = base(); delete r.name; return JSON.stringify(r); }, { code: "json.missing", params: { path: "tên" } }],
  ["a name that is a number", () => { const r = base(); r.name = 7; return JSON.stringify(r); }, { code: "json.wrongType", params: { path: "tên", expected: "chuỗi", received: "số nguyên" } }],
  ["a negative maximum", () => { const r = base(); r.indicators[0].max = -1; return JSON.stringify(r); }, { code: "json.tooSmall", params: expect.objectContaining({ path: "chỉ tiêu số 1 (CKMB.1) › điểm tối đa", minimum: 0, value: "-1" }) }],
  // dvcqg-2026: CKMB's indicators add up to 18 (DOMAIN.md)
  ["a group maximum that is not the sum of its indicators", () => { const r = base(); r.groups[0].max = 17; return JSON.stringify(r); }, { code: "ruleset.groupMaxMismatch", params: expect.objectContaining({ group: "CKMB", max: 17, sum: 18 }) }],
  ["an unknown rule kind", () => { const r = base(); r.indicators[0].rule = { kind: "bac-thang" }; return JSON.stringify(r); }, { code: "json.notOneOf", params: { path: "chỉ tiêu số 1 (CKMB.1) › quy tắc tính điểm › loại quy tắc", value: "bac-thang", allowed: "linear, target, none" } }],
  ["a target with no threshold", () => { const r = base(); r.indicators[6].rule = { kind: "target" }; return JSON.stringify(r); }, { code: "json.missing", params: { path: "chỉ tiêu số 7 (CLGQ.1) › quy tắc tính điểm › ngưỡng" } }],
  ["an indicator in an unknown group", () => { const r = base(); r.indicators[0].group = "XYZ"; return JSON.stringify(r); }, { code: "ruleset.unknownGroup", params: expect.objectContaining({ indicator: "CKMB.1", group: "XYZ" }) }],
  ["a duplicate indicator code", () => { const r = base(); r.indicators[1].code = "CKMB.1"; return JSON.stringify(r); }, { code: "ruleset.duplicateIndicator", params: expect.objectContaining({ indicator: "CKMB.1" }) }],
  ["grade bands not in descending order", () => { const r = base(); (r.grades as { min: number }[])[1].min = 95; return JSON.stringify(r); }, { code: "ruleset.gradesNotDescending" }],
  ["a lowercase indicator code", () => { const r = base(); r.indicators[0].code = "ckmb.1"; return JSON.stringify(r); }, { code: "ruleset.badCode", params: expect.objectContaining({ value: "ckmb.1" }) }],
  ["an unknown key", () => { const r = base(); r.diem = 1; return JSON.stringify(r); }, { code: "json.unknownKeys", params: { path: "", keys: '"diem"' } }],
])("%s is refused with a coded problem naming the field", (_name, make, expected) => {
  const loaded = loadRuleSetJson(make());
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  expect(loaded.problems).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  for (const p of loaded.problems) expect(problemMessage(p)).toBe(problemMessage(p).normalize("NFC"));
});
