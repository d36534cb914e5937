import { getRuleSet } from "../../src/domain/ruleset/registry";
import { scoreUnit } from "../../src/domain/scoring";
import { diem } from "../../src/functions/functions";
import { sideBySide, type BenchCase } from "../harness";

const CALLS = 10_000;
const rs = getRuleSet("dvcqg-2026");
const headers = [rs.indicators.map((i) => i.code)];

// Deterministic rates (a fixed linear congruential sequence), 4 decimals as the portal prints them.
let seed = 766;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const rows: number[][][] = Array.from({ length: CALLS }, () => [rs.indicators.map(() => Math.round(next() * 10_000) / 10_000)]);
// The engine's own input for the same units: rates in percent, keyed by code.
const inputs = rows.map(([r], k) => ({ unit: `Đơn vị ${k + 1}`, values: Object.fromEntries(rs.indicators.map((ind, j) => [ind.code, r[j] * 100])) }));

export const cases: BenchCase[] = [
  {
    name: "functions: CHISO.DIEM ×10k",
    goal: "tỷ lệ ≤ 4 so với gọi thẳng bộ tính điểm",
    async run() {
      let sink = 0;
      const r = await sideBySide(
        () => {
          for (const row of rows) sink += diem(row, headers, "dvcqg-2026");
        },
        () => {
          for (const input of inputs) sink += scoreUnit(rs, input).total ?? 0;
        },
      );
      if (!Number.isFinite(sink)) throw new Error("bench produced a non-number");
      return { calls: CALLS, functionMs: r.subjectMs, engineMs: r.baselineMs, ratio: r.ratio };
    },
  },
];
