import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { MAX_UNITS } from "../../src/cli/limits";
import { parseCsv, toCsv } from "../../src/domain/reading/csv";
import { sideBySide, type BenchCase } from "../harness";

/*
 * The CLI's stated limits (src/cli/limits.ts): each command at its largest input against the
 * same command at a tenth of it, side by side in one run. Linear time means a ratio near 10;
 * the goal leaves room for the garbage collector, not for a quadratic step (which shows as ~100).
 */

/** n communes of seed 002 annex II (real rates), cycled under numbered names. */
function communesCsv(n: number): string {
  const [head, ...rows] = parseCsv(fs.readFileSync(path.join(__dirname, "..", "..", "test", "fixtures", "seed-tables", "a3_2023_communes.csv"), "utf8"));
  const unit = head.indexOf("unit");
  return toCsv([head, ...Array.from({ length: n }, (_, i) => rows[i % rows.length].map((c, k) => (k === unit ? `${c} ${i + 1}` : c)))]);
}

/** The CLI in-process on one in-memory input; what it writes is dropped. */
function runner(args: (file: string) => string[], n: number): () => Promise<void> {
  const files: Record<string, Buffer> = { "in.csv": Buffer.from(communesCsv(n)) };
  const io: CliIo = { stdout: () => undefined, stderr: () => undefined, readFile: (p) => files[p], writeFile: () => undefined, exists: (p) => p in files };
  return async () => {
    const code = await main(args("in.csv"), io);
    if (code === 2) throw new Error(`chiso ${args("in.csv").join(" ")}: exit 2`);
  };
}

function linearCase(name: string, n: number, args: (file: string) => string[]): BenchCase {
  return {
    name,
    goal: "ratio ≤ 13 (10× the units)",
    async run() {
      // One round after the warm-up: at 100 000 units a round takes tens of seconds.
      const r = await sideBySide(runner(args, n), runner(args, n / 10), 1);
      return { units: n, bigMs: r.subjectMs, tenthMs: r.baselineMs, ratio: r.ratio };
    },
  };
}

export const cases: BenchCase[] = [
  linearCase(`limits: score ${MAX_UNITS} units`, MAX_UNITS, (f) => ["score", f, "--rules", "nhom-2023", "--format", "json", "--out", "diem.json"]),
  linearCase(`limits: annex ${MAX_UNITS} units`, MAX_UNITS, (f) => ["annex", "--baseline", f, "--campaign", "chien-dich-100-ngay-2024", "--out", "phu-luc.xlsx"]),
  linearCase("limits: report --all 8000 units", 8_000, (f) => ["report", f, "--rules", "nhom-2023", "--all", "--out", "bao-cao.xlsx"]),
];
