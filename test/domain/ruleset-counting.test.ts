/**
 * What each indicator counts is rule-set data (issue 13; DOMAIN.md "The whole and its parts"):
 * dossiers pool, procedures and petitions never do, MDSH.7 is flat in 2026.
 */
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { loadRuleSetJson } from "../../src/domain/ruleset/load";

// The lists as DOMAIN.md and issue 13 give them (checked on two provinces' portal captures).
const EXPECTED: Record<string, string[]> = {
  dossiers: ["TDGQ.1", "CKMB.4", "MDSH.1", "MDSH.2", "MDSH.3", "MDSH.4", "MDSH.5", "MDHL.3", "TTTT.3", "CLGQ.3"],
  procedures: ["CKMB.1", "CKMB.2", "CKMB.3", "MDSH.6", "TTTT.1", "TTTT.2", "CLGQ.1", "CLGQ.2"],
  petitions: ["MDHL.1", "MDHL.2"],
  flat: ["MDSH.7"],
};

test.each(["dvcqg-2026", "gialai-2026-03"])("%s says what each scored indicator counts", (id) => {
  const rs = getRuleSet(id);
  const byKind: Record<string, string[]> = {};
  for (const ind of rs.indicators) {
    if (ind.rule.kind === "none") continue;
    (byKind[ind.counting] ??= []).push(ind.code);
  }
  for (const kind of Object.keys(EXPECTED)) expect([...byKind[kind]].sort()).toEqual([...EXPECTED[kind]].sort());
  expect(byKind.unknown).toBeUndefined();
});

test("a user's rule set without the field loads, and then never pools (unknown)", () => {
  const raw = JSON.parse(JSON.stringify(getRuleSet("dvcqg-2026"))) as { id: string; indicators: Record<string, unknown>[] };
  raw.id = "khong-noi-cach-dem";
  for (const ind of raw.indicators) delete ind.counting;
  const loaded = loadRuleSetJson(JSON.stringify(raw));
  expect(loaded.ok).toBe(true);
  if (loaded.ok) expect(new Set(loaded.value.indicators.map((i) => i.counting))).toEqual(new Set(["unknown"]));
});

test("an unknown counting kind is refused, naming the field in Vietnamese", () => {
  const raw = JSON.parse(JSON.stringify(getRuleSet("dvcqg-2026"))) as { indicators: Record<string, unknown>[] };
  raw.indicators[4].counting = "ho-so";
  const loaded = loadRuleSetJson(JSON.stringify(raw));
  expect(loaded.ok).toBe(false);
  if (!loaded.ok) expect(loaded.problems).toEqual([expect.objectContaining({ code: "json.notOneOf", params: expect.objectContaining({ path: "chỉ tiêu số 5 (TDGQ.1) › cách đếm (hồ sơ, thủ tục, phản ánh)", value: "ho-so" }) })]);
});
