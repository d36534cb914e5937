/**
 * TEST HELPER, temporary: the Gia Lai capture's long table (metrics.csv, one row per unit
 * and metric) pivoted into one UnitInput per unit with numerator/denominator per indicator.
 * The product's own reader of the long form is issue 9 (branch `reader`); once it lands,
 * tests should read the capture through it and this file goes.
 */
import { getRuleSet } from "../../src/domain/ruleset/registry";
import type { IndicatorInput, UnitInput } from "../../src/domain/scoring/score";
import { num, portalTable } from "./fixtures";

export interface PortalUnit extends UnitInput {
  code: string;
  /** the portal's childGroup: AGENCY or COMMUNE */
  level: string;
}

/** The capture's units with counts per indicator of dvcqg-2026 (TTTT.2/3 from its raw counts). */
export function portalUnits(): PortalUnit[] {
  const rs = getRuleSet("dvcqg-2026");
  const byField = new Map(rs.indicators.filter((i) => i.portalField).map((i) => [i.portalField!, i.code]));
  const units = new Map<string, PortalUnit>();
  const raw = new Map<string, Record<string, number>>();
  for (const m of portalTable("metrics")) {
    let u = units.get(m.unit_code);
    if (!u) {
      u = { unit: m.unit, code: m.unit_code, level: m.level, values: {} };
      units.set(m.unit_code, u);
      raw.set(m.unit_code, {});
    }
    if (m.group === "TTTT" && m.denominator === "" && m.numerator !== "") {
      raw.get(m.unit_code)![m.metric_code] = Number(m.numerator);
      continue;
    }
    const code = byField.get(m.metric_code);
    if (!code) continue;
    const n = num(m.numerator);
    const d = num(m.denominator);
    // The certified-copy metric (MDSH.7) has no counts, only the portal's ratio (100 everywhere).
    const v: IndicatorInput = n !== null && d !== null ? { numerator: n, denominator: d } : { rate: num(m.ratio) };
    u.values[code] = v;
  }
  for (const [code, u] of units) {
    const c = raw.get(code)!;
    u.values["TTTT.2"] = { numerator: c.totalDossierOnlineFormalityPaymentSuccess, denominator: c.totalFeeFormality };
    u.values["TTTT.3"] = { numerator: c.totalDossierOnlinePaymentSuccess, denominator: c.totalDossierFinancialObligation };
  }
  return [...units.values()];
}

/**
 * The capture as the wide table the CLI and the pane read today: one row per unit, its level,
 * the portal's total (units.csv) and `<code> tử số` / `<code> mẫu số` columns (MDSH.7 as a rate).
 */
export function portalWideCsv(): string {
  const units = portalUnits();
  const totals = new Map(portalTable("units").map((u) => [u.unit_code, u.total_score]));
  const codes = [...new Set(units.flatMap((u) => Object.keys(u.values)))];
  const counted = codes.filter((c) => units.every((u) => typeof u.values[c] === "object" && (u.values[c] as { denominator?: number }).denominator !== undefined));
  const rated = codes.filter((c) => !counted.includes(c));
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = ["Đơn vị", "Cấp", "Tổng điểm", ...counted.flatMap((c) => [`${c} tử số`, `${c} mẫu số`]), ...rated];
  const rows = units.map((u) => [
    quote(u.unit),
    u.level,
    totals.get(u.code)!,
    ...counted.flatMap((c) => {
      const v = u.values[c] as { numerator: number; denominator: number };
      return [String(v.numerator), String(v.denominator)];
    }),
    ...rated.map((c) => String((u.values[c] as { rate: number }).rate)),
  ]);
  return [header.map(quote).join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n";
}
