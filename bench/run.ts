import * as fs from "fs";
import * as path from "path";
import type { BenchCase, Figures } from "./harness";

/** Runs every bench/cases/*.ts (each exports `cases: BenchCase[]`); `npm run bench -- name` runs matching ones. */
async function main() {
  const filter = process.argv[2];
  const dir = path.join(__dirname, "cases");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  const out = path.join(__dirname, "results.json");
  // A filtered run updates its own cases and keeps the others' last figures.
  const results: Record<string, Figures> = filter && fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : {};
  for (const f of files) {
    const mod = (await import(path.join(dir, f))) as { cases: BenchCase[] };
    for (const c of mod.cases) {
      if (filter && !c.name.includes(filter)) continue;
      const figures = await c.run();
      results[c.name] = figures;
      const shown = Object.entries(figures)
        .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
        .join("  ");
      console.log(`${c.name.padEnd(34)} ${shown}${c.goal ? `   (mục tiêu: ${c.goal})` : ""}`);
    }
  }
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  console.log(`→ ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
