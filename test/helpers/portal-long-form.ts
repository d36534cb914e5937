/**
 * The portal capture's long form (test/fixtures/portal-2026/*_metrics.csv, one row per unit and
 * metric) as the product reads it: the file's bytes through the one reader (text decoding, then
 * `readLongForm`), one unit per unit code with its counts and the portal's printed points beside.
 * Metrics without printed points (the raw payment counts, the online-services group) stay out.
 */
import * as fs from "fs";
import { readLongForm } from "../../src/domain/reading/portal";
import { readTextTable } from "../../src/domain/reading/text-file";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import type { PrintedPointsUnit } from "../../src/domain/scoring/drift";
import { fixturePath } from "./fixtures";

export function portalLongFormUnits(): (PrintedPointsUnit & { code: string })[] {
  const read = readTextTable(fs.readFileSync(fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv")));
  if (!read.ok) throw new Error(`metrics.csv: ${read.code}`);
  const long = readLongForm(getRuleSet("dvcqg-2026"), read.cells, 0);
  if (!long) throw new Error("metrics.csv: not read as the portal's long form");
  return long.units.map((u) => {
    const printed: Record<string, number> = {};
    const values: typeof u.values = {};
    for (const [code, p] of Object.entries(u.printed)) {
      if (p.points === null) continue;
      printed[code] = p.points;
      values[code] = u.values[code];
    }
    return { code: u.code ?? u.unit, input: { unit: u.unit, values }, printed };
  });
}
