/**
 * The portal's JSON (docs/DOMAIN.md, "The portal's data"), in the shapes the API gives, built
 * from the capture of Gia Lai, 10/10/2026 (test/fixtures/portal-2026): the same units, points
 * and counts as its CSV tables.
 */
import { main } from "../../../src/cli/main";
import { parseCsv } from "../../../src/domain/reading/csv";
import { portalJsonCells } from "../../../src/domain/reading/portal-json";
import { readUnitTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { portalTable, readFixture } from "../../helpers/fixtures";
import { refusalLine } from "../../helpers/cli-refusal";
import { memoryIo } from "../../helpers/memory-io";

const rs = getRuleSet("dvcqg-2026");
const units = portalTable("units");
const metrics = portalTable("metrics");

/** `evaluation[]` with `groupScores`, as the national and per-province calls give it; units.csv's ONLINE is CLGQ. */
const pointsJson = {
  evaluation: units.map((u) => ({
    departmentName: u.unit,
    departmentCode: u.unit_code,
    totalScore: Number(u.total_score),
    groupScores: { CKMB: Number(u.CKMB), TDGQ: Number(u.TDGQ), CLGQ: Number(u.ONLINE), TTTT: Number(u.TTTT), MDSH: Number(u.MDSH), MDHL: Number(u.MDHL) },
  })),
};

/** `evaluation[]` with `metrics[]`, as the metric groups' calls give it. */
function metricsJson() {
  const byUnit = new Map<string, { departmentName: string; departmentCode: string; departmentLevel: string; metrics: unknown[] }>();
  const n = (s: string) => (s === "" ? null : Number(s));
  for (const m of metrics) {
    let u = byUnit.get(m.unit_code);
    if (!u) byUnit.set(m.unit_code, (u = { departmentName: m.unit, departmentCode: m.unit_code, departmentLevel: m.level, metrics: [] }));
    u.metrics.push({ code: m.metric_code, name: m.metric_name, numerator: n(m.numerator), denominator: n(m.denominator), ratio: n(m.ratio), score: n(m.score), maxScore: n(m.max_score) });
  }
  return { data: { evaluation: [...byUnit.values()] } };
}

interface Out {
  rows: { unit: string; total: number | null }[];
}

test("the points shape scores as points: every total is the printed one", async () => {
  const m = memoryIo({ "p.json": JSON.stringify(pointsJson) });
  expect(await main(["score", "p.json", "--format", "json"], m.io)).toBe(0);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.rows.map((r) => [r.unit, r.total])).toEqual(units.map((u) => [u.unit, Number(u.total_score)]));
});

test("the metrics shape reads as the long form does: 149 units with the same counts", () => {
  const fromJson = readUnitTable(rs, portalJsonCells(metricsJson())!);
  const fromCsv = readUnitTable(rs, parseCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv")));
  expect(fromJson.shape).toBe("long-form");
  expect(fromJson.units).toHaveLength(149);
  expect(fromJson.units.map((u) => u.input)).toEqual(fromCsv.units.map((u) => u.input));
});

test("JSON that is not the portal's is refused with what was expected (exit 2)", async () => {
  const m = memoryIo({ "x.json": JSON.stringify({ constructor: 1, evaluation: "?" }) });
  expect(await main(["score", "x.json"], m.io)).toBe(2);
  expect(m.stderr()).toBe(refusalLine("cli.fileUnreadable", { file: "x.json", problem: { code: "file.notPortalJson", params: {} } }));
});
