import { getRuleSet } from "../../src/domain/ruleset/registry";
import { portalTable } from "./fixtures";

/**
 * The Gia Lai capture of 10/10/2026 (test/fixtures/portal-2026) laid out as the wide table a
 * user keeps per period: one row per unit, its code, level, the portal's total ("Điểm"), then
 * per dvcqg-2026 indicator the capture's numerator and denominator (`<code> tử số|mẫu số`).
 * TTTT.2/TTTT.3 take the capture's raw payment counts (DOMAIN.md "portal field"); MDSH.7 has
 * only the portal's rate. Nothing else is changed: the numbers are the capture's.
 */
export type WideCell = string | number | null;

const rs = getRuleSet("dvcqg-2026");
const byField = new Map<string, string>();
const pairs = new Map<string, [string, string]>();
for (const ind of rs.indicators) {
  if (!ind.portalField) continue;
  if (ind.portalField.includes("/")) pairs.set(ind.code, ind.portalField.split("/") as [string, string]);
  else byField.set(ind.portalField, ind.code);
}
/** The indicators the capture gives counts for, in rule-set order. */
export const CAPTURED_CODES = rs.indicators.filter((i) => i.portalField && i.code !== "MDSH.7" && i.rule.kind !== "none").map((i) => i.code);

export interface PortalUnit {
  unit: string;
  code: string;
  level: string;
  total: number;
  counts: Record<string, { numerator: number; denominator: number }>;
}

export function portalUnits(): PortalUnit[] {
  const metrics = portalTable("metrics");
  return portalTable("units").map((u) => {
    const mine = metrics.filter((m) => m.unit_code === u.unit_code);
    const counts: PortalUnit["counts"] = {};
    for (const m of mine) {
      const code = byField.get(m.metric_code);
      if (code && m.numerator !== "" && m.denominator !== "") counts[code] = { numerator: Number(m.numerator), denominator: Number(m.denominator) };
    }
    const raw = (field: string) => Number(mine.find((m) => m.metric_code === field)?.numerator ?? NaN);
    for (const [code, [n, d]] of pairs) counts[code] = { numerator: raw(n), denominator: raw(d) };
    return { unit: u.unit, code: u.unit_code, level: u.level, total: Number(u.total_score), counts };
  });
}

/** Units as a wide table of cells, header first (what `chiso history` reads from a .csv). */
export function wideCells(units: readonly PortalUnit[]): WideCell[][] {
  const header: WideCell[] = ["Đơn vị", "Mã đơn vị", "Cấp", "Điểm", ...CAPTURED_CODES.flatMap((c) => [`${c} tử số`, `${c} mẫu số`]), "MDSH.7"];
  return [header, ...units.map((u) => [u.unit, u.code, u.level, u.total, ...CAPTURED_CODES.flatMap((c) => [u.counts[c]?.numerator ?? null, u.counts[c]?.denominator ?? null]), 100])];
}
