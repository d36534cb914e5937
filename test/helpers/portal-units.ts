/**
 * The Gia Lai capture's long table (metrics.csv, one row per unit and metric) as the product
 * reads it: the file's bytes through the one reader (`readLongForm`), one UnitInput per unit with
 * numerator/denominator per indicator (TTTT.2/3 from the portal's raw payment counts, as the rule
 * set's `portalField` "a/b" says).
 */
import * as fs from "fs";
import { readLongForm } from "../../src/domain/reading/portal";
import { readTextTable } from "../../src/domain/reading/text-file";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import type { IndicatorInput, UnitInput } from "../../src/domain/scoring/score";
import { fixturePath, portalTable } from "./fixtures";

export interface PortalUnit extends UnitInput {
  code: string;
  /** the portal's childGroup: AGENCY or COMMUNE */
  level: string;
}

/** The capture's units with counts per indicator of dvcqg-2026 (TTTT.2/3 from its raw counts). */
export function portalUnits(): PortalUnit[] {
  const read = readTextTable(fs.readFileSync(fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv")));
  if (!read.ok) throw new Error(`metrics.csv: ${read.code}`);
  const long = readLongForm(getRuleSet("dvcqg-2026"), read.cells, 0);
  if (!long) throw new Error("metrics.csv: not read as the portal's long form");
  return long.units.map((u) => ({ unit: u.unit, code: u.code!, level: u.level!, values: u.values as Record<string, IndicatorInput> }));
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
