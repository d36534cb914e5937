import { getRuleSet } from "../../src/domain/ruleset/registry";
import { roundTo, scoreUnits, type ScoredUnit, type UnitInput } from "../../src/domain/scoring";
import { type BenchCase, sideBySide } from "../harness";

const rs = getRuleSet("dvcqg-2026");
const N = 100_000;

/** A deterministic PRNG (mulberry32) so every run scores the same rows. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeUnits(): UnitInput[] {
  const r = rng(766);
  return Array.from({ length: N }, (_, k) => ({
    unit: `Xã ${k}`,
    values: Object.fromEntries(rs.indicators.map((i) => [i.code, Math.round(r() * 10000) / 100])),
  }));
}

const r2 = (x: number) => roundTo(x, 2);
const MAX: Record<string, number> = Object.fromEntries(rs.indicators.map((i) => [i.code, i.max]));
const grade = (t: number) => (t >= 90 ? "Xuất sắc" : t >= 80 ? "Tốt" : t >= 70 ? "Khá" : t >= 50 ? "Trung bình" : "Yếu");

/** The dvcqg-2026 rules written out by hand, one line per indicator: the speed to aim for. */
function straightLine(u: UnitInput): ScoredUnit {
  const v = u.values as Record<string, number>;
  const p: Record<string, number | null> = {
    "CKMB.1": r2(0.06 * v["CKMB.1"]), "CKMB.2": r2(0.04 * v["CKMB.2"]), "CKMB.3": r2(0.02 * v["CKMB.3"]), "CKMB.4": r2(0.06 * v["CKMB.4"]),
    "TDGQ.1": r2(0.2 * v["TDGQ.1"]), "TDGQ.2": null,
    "CLGQ.1": r2(Math.min(2, (2 * v["CLGQ.1"]) / 80)), "CLGQ.2": r2(0.04 * v["CLGQ.2"]), "CLGQ.3": r2(Math.min(6, (6 * v["CLGQ.3"]) / 50)),
    "TTTT.1": r2(Math.min(2, (2 * v["TTTT.1"]) / 80)), "TTTT.2": r2(Math.min(2, (2 * v["TTTT.2"]) / 80)), "TTTT.3": r2(0.06 * v["TTTT.3"]),
    "MDSH.1": r2(0.06 * v["MDSH.1"]), "MDSH.2": r2(0.04 * v["MDSH.2"]), "MDSH.3": r2(Math.min(2, (2 * v["MDSH.3"]) / 80)), "MDSH.4": r2(0.04 * v["MDSH.4"]),
    "MDSH.5": r2(0.02 * v["MDSH.5"]), "MDSH.6": r2(0.02 * v["MDSH.6"]), "MDSH.7": r2(0.02 * v["MDSH.7"]),
    "MDHL.1": r2(0.06 * v["MDHL.1"]), "MDHL.2": r2(0.06 * v["MDHL.2"]), "MDHL.3": r2(Math.min(6, (6 * v["MDHL.3"]) / 90)),
  };
  const lost: Record<string, number | null> = {};
  const rates: Record<string, number | null> = {};
  for (const k in p) {
    lost[k] = p[k] === null ? null : MAX[k] - p[k]!;
    rates[k] = v[k];
  }
  const g = {
    CKMB: r2(p["CKMB.1"]! + p["CKMB.2"]! + p["CKMB.3"]! + p["CKMB.4"]!),
    TDGQ: r2(p["TDGQ.1"]!),
    CLGQ: r2(p["CLGQ.1"]! + p["CLGQ.2"]! + p["CLGQ.3"]!),
    TTTT: r2(p["TTTT.1"]! + p["TTTT.2"]! + p["TTTT.3"]!),
    MDSH: r2(p["MDSH.1"]! + p["MDSH.2"]! + p["MDSH.3"]! + p["MDSH.4"]! + p["MDSH.5"]! + p["MDSH.6"]! + p["MDSH.7"]!),
    MDHL: r2(p["MDHL.1"]! + p["MDHL.2"]! + p["MDHL.3"]!),
  };
  const total = r2(g.CKMB + g.TDGQ + g.CLGQ + g.TTTT + g.MDSH + g.MDHL);
  return { unit: u.unit, rates, points: p, lost, groups: { ...g, DVCTT: r2(g.CLGQ + g.TTTT) }, total, complete: true, estimate: false, grade: grade(total), problems: [] };
}

export const cases: BenchCase[] = [
  {
    name: "score: 100k rows dvcqg-2026",
    goal: "ratio ≤ 1.5",
    async run() {
      const units = makeUnits();
      // Both sides must agree before their speeds are compared.
      const a = scoreUnits(rs, units.slice(0, 1000));
      const b = units.slice(0, 1000).map(straightLine);
      a.forEach((x, i) => {
        if (Math.abs(x.total! - b[i].total!) > 1e-9 || x.grade !== b[i].grade) throw new Error(`engine and baseline disagree on row ${i}`);
      });
      const { subjectMs, baselineMs, ratio } = await sideBySide(() => scoreUnits(rs, units), () => units.map(straightLine), 5);
      return { engineMs: subjectMs, straightLineMs: baselineMs, ratio };
    },
  },
];
