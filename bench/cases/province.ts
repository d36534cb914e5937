import * as fs from "fs";
import * as path from "path";
import { parseCsvRecords } from "../../src/domain/reading/csv";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { effectsOnWhole } from "../../src/domain/scoring/effects";
import { planUnits } from "../../src/domain/scoring/plan";
import { scoreUnits, type IndicatorInput, type UnitInput } from "../../src/domain/scoring/score";
import { wholeFromParts } from "../../src/domain/scoring/whole";
import { sideBySide, type BenchCase } from "../harness";

const FIXTURES = path.join(__dirname, "..", "..", "test", "fixtures", "portal-2026");
const rs = getRuleSet("dvcqg-2026");

/** The Gia Lai capture's 149 units with their counts, cycled to n units under numbered names (a country's communes). */
function units(n: number): { units: UnitInput[]; totals: Map<UnitInput, number> } {
  const metrics = parseCsvRecords(fs.readFileSync(path.join(FIXTURES, "gialai_2026-10-10_metrics.csv"), "utf8"));
  const official = new Map(parseCsvRecords(fs.readFileSync(path.join(FIXTURES, "gialai_2026-10-10_units.csv"), "utf8")).map((u) => [u.unit_code, Number(u.total_score)]));
  const byField = new Map(rs.indicators.filter((i) => i.portalField).map((i) => [i.portalField!, i.code]));
  const base = new Map<string, Record<string, IndicatorInput>>();
  for (const m of metrics) {
    const values = base.get(m.unit_code) ?? {};
    base.set(m.unit_code, values);
    const code = byField.get(m.metric_code);
    if (code && m.numerator !== "" && m.denominator !== "") values[code] = { numerator: Number(m.numerator), denominator: Number(m.denominator) };
    else if (code) values[code] = { rate: Number(m.ratio) };
  }
  const codes = [...base.keys()];
  const totals = new Map<UnitInput, number>();
  const list = Array.from({ length: n }, (_, i) => {
    const code = codes[i % codes.length];
    const u: UnitInput = { unit: `Xã Thử ${i + 1}`, level: "COMMUNE", values: base.get(code)! };
    totals.set(u, official.get(code)!);
    return u;
  });
  return { units: list, totals };
}

export const cases: BenchCase[] = [
  {
    // The report scores every unit once (for peers and totals); what it adds on top of that
    // scoring is measured here: the whole, the effects and the plans from the same units.
    name: "province: whole+effects+plans 4k vs scoring",
    goal: "ratio ≤ 2",
    async run() {
      const { units: parts, totals } = units(4000);
      const subject = () => {
        const whole = wholeFromParts(rs, parts, { name: "Cả nước" });
        effectsOnWhole(rs, whole, parts);
        planUnits(rs, parts, { totalOf: (u) => totals.get(u) ?? null });
      };
      const baseline = () => scoreUnits(rs, parts);
      const r = await sideBySide(subject, baseline);
      return { subjectMs: r.subjectMs, scoringMs: r.baselineMs, ratio: r.ratio };
    },
  },
];
