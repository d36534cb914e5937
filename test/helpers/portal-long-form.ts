/**
 * TEST HELPER, to be replaced by the one reader (issue 9, branch `reader`): the portal
 * capture's long form (test/fixtures/portal-2026/*_metrics.csv, one row per unit and
 * metric) pivoted to one unit per row, with the portal's printed points per indicator.
 * Metric codes map to indicators through dvcqg-2026's `portalField`; rows without points
 * (the raw payment counts, the online-services group) are left out.
 */
import { getRuleSet } from "../../src/domain/ruleset/registry";
import type { IndicatorInput } from "../../src/domain/scoring/score";
import type { PrintedPointsUnit } from "../../src/domain/scoring/drift";
import { num, portalTable } from "./fixtures";

export function portalLongFormUnits(): (PrintedPointsUnit & { code: string })[] {
  const fields = new Map(getRuleSet("dvcqg-2026").indicators.filter((i) => i.portalField).map((i) => [i.portalField!, i.code]));
  const byUnit = new Map<string, PrintedPointsUnit & { code: string }>();
  for (const row of portalTable("metrics")) {
    const code = fields.get(row.metric_code);
    if (!code || row.score === "") continue;
    let u = byUnit.get(row.unit_code);
    if (!u) byUnit.set(row.unit_code, (u = { code: row.unit_code, input: { unit: row.unit, values: {} }, printed: {} }));
    const n = num(row.numerator);
    const d = num(row.denominator);
    // the certified-copy metric has no counts, only the portal's ratio
    const input: IndicatorInput = n !== null && d !== null ? { numerator: n, denominator: d } : { rate: num(row.ratio) };
    u.input.values[code] = input;
    (u.printed as Record<string, number>)[code] = Number(row.score);
  }
  return [...byUnit.values()];
}
