/**
 * Issue 9, item 5: no message at any door prints NaN, undefined, null, [object Object] or a
 * function's text, and every message is NFC. Every code of the one catalogue is rendered with
 * fuzzed parameters (any JS value, including the ones a bug would pass) and with the parameters
 * real problems carry (the seed-002 document, the portal capture, broken rule sets and campaigns).
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { CATALOGUE, isProblemCode, problemMessage, type Problem, type ProblemCode, type ProblemParams } from "../../../src/domain/problems/problem";
import { importCsv, importText } from "../../../src/domain/reading/import";
import { readUnitTable } from "../../../src/domain/reading/table";
import { parseCsv } from "../../../src/domain/reading/csv";
import { loadRuleSetJson } from "../../../src/domain/ruleset/load";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { getCampaignPreset, loadCampaignJson } from "../../../src/domain/targets/presets";
import { scoreUnit, type ScoreProblem, type UnitInput } from "../../../src/domain/scoring/score";
import { assignTargets, type BaselineUnit } from "../../../src/domain/targets/assign";
import { followProgress } from "../../../src/domain/targets/progress";
import { readFixture } from "../../helpers/fixtures";
import { readHistoryCells } from "../../../src/domain/history/history-table";
import { ProblemError } from "../../../src/domain/problems/user-error";
import { addScores } from "../../../src/excel/score-sheet";
import { campaignRuleSet } from "../../../src/taskpane/logic/campaign-draft";
import { followUpFromCells, progressFromCells } from "../../../src/taskpane/logic/progress-flow";
import { statusFromCells } from "../../../src/taskpane/logic/status-flow";
import { errorMessage } from "../../../src/taskpane/logic/messages";
import { FakeExcel } from "../../excel/fake-excel";
import { annexITable, runOf } from "../../excel/seed-workbook";
import { reportsAsHistoryCells } from "../report/followup-reports";
import { annexIBaseline } from "../targets/annex-i-baseline";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** Code-like text a sentence must never hold (a user's own words are fuzzed without these). */
const BAD = /NaN|undefined|\bnull\b|\[object Object\]|function\s*\(|=>|Infinity/;
const CODES = Object.keys(CATALOGUE) as ProblemCode[];

/**
 * Every parameter name the catalogue reads (`p(x, "text")`, `argument(x, "part")`, `at(x)`'s "path"),
 * taken from the catalogue's module itself, so a code added later has its params fuzzed without
 * editing this list.
 */
const NAMES = [...new Set([...readFileSync(join(__dirname, "../../../src/domain/problems/problem.ts"), "utf8").matchAll(/\(\s*\w+\s*,\s*"(\w+)"\s*\)/g)].map((m) => m[1]))];

test("the parameter names are read from every entry that has parameters", () => {
  // one name from each family, old and new
  for (const name of ["text", "suggestion", "path", "ruleSet", "unknownColumns", "part", "period", "known", "argument"]) expect(NAMES).toContain(name);
});

const userText = fc.string({ maxLength: 20, unit: "grapheme" }).filter((s) => !BAD.test(s));
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  userText,
  fc.double(), // NaN, ±Infinity, -0 included
  fc.integer(),
  fc.constant(undefined),
  fc.constant(null),
  fc.constant({}),
  fc.constant(() => 1),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.boolean(),
  fc.string({ maxLength: 6 }).map((s) => `Xa\u0300 ${s}`.replace(/undefined|null|NaN/g, "")), // decomposed à
);

function assertClean(message: string): void {
  expect(message).not.toMatch(BAD);
  expect(message).toBe(message.normalize("NFC"));
  expect(message.trim().length).toBeGreaterThan(0);
}

test("every code, fuzzed parameters of any type: no code-like text, NFC, never empty", () => {
  fc.assert(
    fc.property(fc.constantFrom(...CODES), fc.dictionary(fc.constantFrom(...NAMES), anyValue, { maxKeys: 12 }), fc.nat({ max: 2000 }), userText, fc.option(fc.constantFrom("D7", "AA10")), (code, params, row, column, cell) => {
      const problem: Problem = { code, severity: "error", row, column, params: params as ProblemParams, ...(cell ? { cell } : {}) };
      assertClean(problemMessage(problem));
    }),
    { numRuns: RUNS },
  );
});

test("every code with no parameters at all still reads as a sentence", () => {
  for (const code of CODES) assertClean(problemMessage({ code, params: {}, row: 0, column: "" }));
});

/** Problems real inputs give, from every reader that emits them. */
function realProblems(): Pick<Problem, "code" | "params" | "row" | "column" | "cell">[] {
  const out: Pick<Problem, "code" | "params" | "row" | "column" | "cell">[] = [];
  // seed 002: the PDF text with its quirks (page numbers, missing %, stray dots, copied rows, notes, annex II)
  out.push(...importText(readFixture("seeds", "002_30f9dd7e08b5a1f9.txt")).problems);
  // the portal capture's tables through the scoring reader (import refuses them: see the refusals below)
  for (const name of ["gialai_2026-10-10_units.csv", "gialai_2026-10-10_metrics.csv"]) {
    const text = readFixture("portal-2026", name);
    out.push(...readUnitTable(getRuleSet("dvcqg-2026"), parseCsv(text, ",")).problems);
  }
  const broken = [["Đơn vị", "CKMB.1", "CKMB.1", "TDGQ.1 tử số", "TDGQ.1 mẫu số"], ["Sở A", "9 8%", "1", "9", "5"], ["Sở A", "21/20", "x", "-1", "∞"], ["", "#N/A", "", "", ""], ["So\u0301 A\u0007", "1e400", "", "", ""]];
  out.push(...readUnitTable(getRuleSet("dvcqg-2026"), broken).problems);
  // a history sheet with a bad period, a row without a unit, a cell that is not a number, and one without its header
  out.push(...readHistoryCells([["Kỳ", "Đơn vị", "Tổng điểm"], ["2026-13", "Xã A", 1], ["2026-10-10", "", 1], ["2026-10-10", "Xã B", "tám"]]).problems);
  out.push(...readHistoryCells([["Đơn vị"]]).problems);
  // rule sets and campaigns with each kind of mistake
  const rs = JSON.parse(JSON.stringify(getRuleSet("dvcqg-2026"))) as Record<string, unknown> & { indicators: Record<string, unknown>[]; groups: Record<string, unknown>[]; grades: Record<string, unknown>[] };
  rs.id = "Sai";
  rs.name = { a: 1 };
  rs.extra = [1];
  rs.indicators[0].max = Number.MAX_VALUE;
  rs.indicators[2].rule = { kind: "target", threshold: "cao" };
  rs.validFrom = null;
  out.push(...(loadRuleSetJson(JSON.stringify(rs)) as { problems: Problem[] }).problems);
  // the checks across fields run on a set whose fields are each well formed
  const dup = JSON.parse(JSON.stringify(getRuleSet("dvcqg-2026"))) as typeof rs;
  dup.indicators[1].code = dup.indicators[0].code;
  dup.indicators[2].group = "XYZ";
  dup.grades[1].min = 99;
  dup.groups[0].max = 17.5;
  out.push(...(loadRuleSetJson(JSON.stringify(dup)) as { problems: Problem[] }).problems);
  out.push(...(loadRuleSetJson("{ x: ") as { problems: Problem[] }).problems);
  out.push(...(loadRuleSetJson("[]") as { problems: Problem[] }).problems);
  const c = JSON.parse(JSON.stringify(getCampaignPreset("chien-dich-100-ngay-2024"))) as Record<string, unknown> & { milestones: unknown[]; overrides: unknown[] };
  c.milestones = [...c.milestones, ...c.milestones];
  c.overrides = [{ unit: "X", indicator: "constructor", milestone: "__proto__", value: 101, reason: "" }];
  c.sheetName = "a/b";
  out.push(...(loadCampaignJson(JSON.stringify(c)) as { problems: Problem[] }).problems);
  // the scoring engine: the capture's units as read (values missing), then values broken each way;
  // gialai-2026-03 has every 0/0 rule (TDGQ.1 zero, MDHL.1 full, CKMB.1 empty)
  const portal = readUnitTable(getRuleSet("dvcqg-2026"), parseCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv"), ","));
  const engine = (p: ScoreProblem) => ({ code: p.code, params: p.params, row: 0, column: p.indicator });
  for (const u of portal.units.slice(0, 5)) out.push(...scoreUnit(getRuleSet("dvcqg-2026"), u.input).problems.map(engine));
  const gl = getRuleSet("gialai-2026-03");
  const broken0: UnitInput["values"] = { "CKMB.1": { numerator: 0, denominator: 0 }, "TDGQ.1": { numerator: 0, denominator: 0 }, "MDHL.1": { numerator: 0, denominator: 0 },
    "CKMB.2": -5, "CKMB.3": 120.456, "CKMB.4": NaN, "CLGQ.2": { numerator: 3, denominator: 0 }, "MDSH.1": { numerator: -1, denominator: 2 }, "MDSH.2": { numerator: Infinity, denominator: 1 } };
  out.push(...scoreUnit(gl, { unit: "Sở A", values: broken0 }).problems.map(engine));
  out.push(...scoreUnit(gl, { unit: "Sở A", values: { "CKMB.2": {} } }).problems.map(engine));
  // a campaign's targets from the seed's annex I (Xã Ia Yeng's 60% target is below its 100%, a6), with a row
  // given twice, a commune of an absent district, and a campaign that leaves the communes out
  const preset = getCampaignPreset("chien-dich-100-ngay-2024");
  const base: BaselineUnit[] = [...annexIBaseline("a1_2023_departments", "department"), ...annexIBaseline("a2_2023_districts", "district"), ...annexIBaseline("a3_2023_communes", "commune")];
  const withMistakes: BaselineUnit[] = [...base, { ...base[0], row: 99 }, { unit: "Xã Ia Yeng", district: "Huyện Không Có", level: "commune", values: { "CLGQ.TL": 100 }, row: 100 }];
  const assigned = assignTargets(preset, withMistakes);
  out.push(...assigned.problems);
  out.push(...assignTargets({ ...preset, levels: preset.levels.filter((l) => l.level !== "commune") }, withMistakes).problems);
  out.push(...followProgress(assigned, withMistakes, "50d").problems);
  return out;
}

test("the problems real inputs carry: every code is the catalogue's, every message clean", () => {
  const problems = realProblems();
  const codes = new Set(problems.map((p) => p.code));
  // the inputs above reach these codes at least (one of each family)
  for (const code of ["import.pageNumber", "import.numberCount", "number.spaceInDigits", "points.aboveMax", "count.numeratorAboveDenominator", "json.wrongType", "json.unknownKeys", "json.syntax", "ruleset.duplicateIndicator", "ruleset.groupMaxMismatch", "ruleset.gradesNotDescending", "campaign.duplicateMilestone", "campaign.badSheetName",
    "history.badPeriod", "history.noUnit", "history.notANumber", "history.noHeader",
    "score.emptyDenominatorZero", "score.emptyDenominatorFull", "score.emptyDenominatorNoPoints", "score.rateNegative", "score.rateAbove100", "score.rateNotFinite",
    "score.numeratorWithZeroDenominator", "score.countsNegative", "score.countsNotFinite", "score.missing", "score.missingRateOrCounts",
    "target.levelNotAssigned", "target.duplicateBaselineRow", "target.duplicateResultRow", "target.districtNotFound", "target.belowBaseline"]) {
    expect(codes).toContain(code);
  }
  for (const p of problems) {
    expect(isProblemCode(p.code)).toBe(true);
    assertClean(problemMessage(p));
  }
});

/** The refusal a door's call throws, with its catalogue code and the params it really carries. */
async function refusal(act: () => unknown): Promise<ProblemError> {
  try {
    await act();
  } catch (e) {
    if (e instanceof ProblemError) return e;
    throw e;
  }
  throw new Error("no refusal");
}

test("the refusals the doors throw on real tables: coded, and worded cleanly at the pane's edge", async () => {
  const nhom = getRuleSet("nhom-2023");
  const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
  const annex = annexITable("a1_2023_departments");
  const baseline = [annex.header, ...annex.rows];
  const excel = (rows: (string | number | null)[][], range: string) => {
    const fake = new FakeExcel();
    fake.addSheet("Bảng", rows);
    fake.addTable("Bảng", range, "T");
    return fake;
  };
  const score = (fake: FakeExcel) => addScores(runOf(fake), { tableName: "T", ruleSet: nhom, mode: "values" });
  const scoredTwice = excel(baseline as (string | number | null)[][], `A1:${String.fromCharCode(64 + annex.header.length)}${baseline.length}`);
  await score(scoredTwice);
  const units = readFixture("portal-2026", "gialai_2026-10-10_units.csv");
  const unitCells = parseCsv(units, ",");
  const noDates = reportsAsHistoryCells().filter((r, i) => i === 0 || r[0] === "2024-03-31").map((r, i) => (i === 0 ? r : ["2024-03", ...r.slice(1)]));
  const current = [["Đơn vị", "Ghi chú"], ["Sở Tư pháp", "x"]];

  const refusals = [
    await refusal(() => score(excel([["Ghi chú", "Tiến độ giải quyết"], ["x", 0.5]], "A1:B2"))),
    await refusal(() => score(excel([["Đơn vị", "Ghi chú"], ["Xã A", "x"]], "A1:B2"))),
    await refusal(() => score(excel([annex.header as (string | number | null)[]], `A1:${String.fromCharCode(64 + annex.header.length)}1`))),
    await refusal(() => score(scoredTwice)),
    await refusal(() => statusFromCells(nhom, "T", unitCells, { row: 2, unit: "x", label: "x" })),
    await refusal(() => statusFromCells(nhom, "T", baseline, { row: 2, unit: "Xã Không Có", label: "Xã Không Có" })),
    await refusal(() => campaignRuleSet({ ...campaign, ruleSet: "khong-co" })),
    await refusal(() => progressFromCells(campaign, campaign.milestones[0].id, { baseline: { name: "B", cells: baseline }, current: { name: "C", cells: current } })),
    await refusal(() => followUpFromCells(campaign, baseline, noDates)),
    await refusal(() => importCsv(units)),
    await refusal(() => importCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv"))),
  ];
  expect(refusals.map((e) => e.code)).toEqual([
    "table.cannotScore",
    "table.noRuleSetIndicator",
    "table.noRows",
    "table.alreadyScored",
    "table.pointsOnly",
    "table.unitGone",
    "campaign.ruleSetMissing",
    "progress.noIndicator",
    "progress.noReports",
    "import.pointsTable",
    "import.longFormTable",
  ]);
  for (const e of refusals) {
    const shown = errorMessage(e);
    assertClean(shown.title);
    expect(shown.title).toBe(e.message);
  }
  // the params are the user's own names, in the sentence
  expect(errorMessage(refusals[1]).title).toContain(`bộ quy tắc "${nhom.name}"`);
  expect(errorMessage(refusals[3]).title).toMatch(/^Bảng T đã có cột "[^"]+"(, "[^"]+")*: bảng đã được tính điểm/);
  expect(errorMessage(refusals[5]).title).toContain("“Xã Không Có” trong bảng T");
});

test("an empty table's missing unit column says the table is empty, not that rows 1–0 were looked at", () => {
  const [empty] = readUnitTable(getRuleSet("dvcqg-2026"), []).problems;
  expect(empty.code).toBe("table.noUnitColumn");
  expect(empty.params).toEqual({ rows: 0 });
  expect(problemMessage(empty)).not.toMatch(/1–0/);
  expect(problemMessage(empty)).toMatch(/bảng trống/);
});
