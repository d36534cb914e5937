import { foldVietnamese } from "../parsing/text";
import type { RuleSet } from "../ruleset/schema";
import { isSheetNumber, shownText, type Cell } from "./cell";
import { readCountCell, readRateCell } from "./values";

/*
 * The shapes the national portal's data reaches users in (docs/DOMAIN.md, "The portal's
 * data"): the long table (one row per unit and metric, `…_metrics.csv`) and the points
 * table (one row per unit, group points out of 18/20/12/10/22/18 and the total, `…_units.csv`).
 */

/** A unit of the portal's long form: its counts per indicator, and the points the portal printed beside them. */
export interface PortalUnit {
  /** 1-based row of the unit's first line */
  row: number;
  unit: string;
  code?: string;
  level?: string;
  values: Record<string, { rate?: number; numerator?: number; denominator?: number }>;
  printed: Record<string, { points: number | null; max: number | null }>;
}

const column = (header: readonly string[], ...names: string[]) => {
  const wanted = names.map(foldVietnamese);
  return header.findIndex((h) => wanted.includes(foldVietnamese(h)));
};

/** The columns of the portal's long form, when the header has them. */
export function longFormColumns(header: readonly string[]) {
  const c = {
    unit: column(header, "unit", "don vi", "departmentname"),
    code: column(header, "unit_code", "ma don vi", "departmentcode"),
    level: column(header, "level", "cap", "departmentlevel"),
    metric: column(header, "metric_code", "code", "ma chi tieu"),
    numerator: column(header, "numerator", "tu so"),
    denominator: column(header, "denominator", "mau so"),
    ratio: column(header, "ratio", "ty le"),
    score: column(header, "score", "diem"),
    max: column(header, "max_score", "maxscore", "diem toi da"),
  };
  return c.unit >= 0 && c.metric >= 0 && (c.ratio >= 0 || c.numerator >= 0) ? c : null;
}

/**
 * The portal's long form, one row per unit and metric, as one unit per unit code (or name):
 * counts where the portal gives both, else its ratio in percent; metrics the rule set does not
 * score (raw counts such as the payment totals) are left out. The portal's printed points stay
 * beside, for a comparison. Rows keep the order of the file.
 */
export function readLongForm(ruleSet: RuleSet, cells: readonly (readonly Cell[])[], headerIndex: number): { units: PortalUnit[]; unknownMetrics: string[] } | null {
  const header = (cells[headerIndex] ?? []).map((c) => shownText(c).trim());
  const c = longFormColumns(header);
  if (!c) return null;
  const byField = new Map(ruleSet.indicators.filter((i) => i.portalField).map((i) => [i.portalField!, i.code]));
  // A field written "a/b" (the payment group: totalDossierOnlinePaymentSuccess/totalDossierFinancialObligation)
  // is an indicator the portal gives as two raw counts, each on its own row: a is its numerator, b its denominator.
  const countPart = new Map<string, { code: string; part: "numerator" | "denominator" }>();
  for (const [field, code] of byField) {
    const [numeratorField, denominatorField, extra] = field.split("/");
    if (!denominatorField || extra !== undefined) continue;
    countPart.set(numeratorField.trim(), { code, part: "numerator" });
    countPart.set(denominatorField.trim(), { code, part: "denominator" });
  }
  const units = new Map<string, PortalUnit>();
  const unknown = new Set<string>();
  const text = (row: readonly Cell[], j: number) => (j >= 0 ? shownText(row[j]).trim() : "");
  const count = (row: readonly Cell[], j: number) => {
    if (j < 0) return undefined;
    const r = readCountCell(row[j], { decimal: "." });
    return r.ok && r.value !== null ? r.value : undefined;
  };
  for (let r = headerIndex + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const name = text(row, c.unit);
    if (!name) continue;
    const key = text(row, c.code) || name;
    let unit = units.get(key);
    if (!unit) {
      unit = { row: r + 1, unit: name, values: {}, printed: {} };
      const code = text(row, c.code);
      const level = text(row, c.level);
      if (code) unit.code = code;
      if (level) unit.level = level;
      units.set(key, unit);
    }
    const metric = text(row, c.metric);
    const indicator = byField.get(metric);
    const part = countPart.get(metric);
    if (!indicator && part) {
      const value = count(row, c.numerator) ?? count(row, c.denominator);
      if (value !== undefined) (unit.values[part.code] ??= {})[part.part] = value;
      continue;
    }
    if (!indicator) {
      if (metric) unknown.add(metric);
      continue;
    }
    const numerator = count(row, c.numerator);
    const denominator = count(row, c.denominator);
    if (numerator !== undefined && denominator !== undefined) unit.values[indicator] = { numerator, denominator };
    else if (c.ratio >= 0) {
      // The portal's ratio is a percent (99.85), as its export writes it; a sheet that opened the
      // export holds that number unformatted, which the sheet rule would take for a fraction.
      const cell = row[c.ratio];
      const rate = readRateCell(isSheetNumber(cell) && !cell.percent ? cell.value : cell, { decimal: "." });
      if (rate.ok && rate.value !== null) unit.values[indicator] = { rate: rate.value };
    }
    unit.printed[indicator] = { points: count(row, c.score) ?? null, max: count(row, c.max) ?? null };
  }
  return { units: [...units.values()], unknownMetrics: [...unknown] };
}

/** The portal's own names for its groups where they differ from the rule set's (units.csv says ONLINE for CLGQ). */
const PORTAL_GROUP_NAMES = new Map([["online", "CLGQ"]]);

/** The group a points column stands for: its code, its name, or the portal's name for it. */
export function groupOfHeader(ruleSet: RuleSet, header: string): string | null {
  const folded = foldVietnamese(header).toLowerCase().trim();
  for (const g of ruleSet.groups) {
    if (folded === g.code.toLowerCase() || folded === foldVietnamese(g.name).toLowerCase()) return g.code;
  }
  const alias = PORTAL_GROUP_NAMES.get(folded);
  return alias && ruleSet.groups.some((g) => g.code === alias) ? alias : null;
}
