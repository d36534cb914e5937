import { foldVietnamese } from "../parsing/text";
import { TOP_LEFT, type Origin } from "../problems/address";
import type { ProblemCode, ProblemParams } from "../problems/problem";
import type { RuleSet } from "../ruleset/schema";
import { isSheetNumber, shownText, type Cell } from "./cell";
import { onCell, type TableProblem } from "./cell-problem";
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
  /**
   * The portal's printed score of each group the file cannot compute (a scored indicator of it is
   * on no row of the file: CLGQ, which the portal gives only as a group score; TTTT, whose TTTT.1
   * the capture lacks), by the rule set's group code.
   */
  printedGroups: Record<string, number>;
  /** 1-based row of each indicator's line (a payment count pair: its numerator's), and of each printed group's */
  rows: Record<string, number>;
  /** every 1-based row of the unit's lines, so a problem on any of them is the unit's */
  lines: number[];
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

/** The group a metric of group points names (`ONLINE_group`, `TTTT_group`: the capture's codes), or null. */
function groupOfMetric(ruleSet: RuleSet, metric: string): string | null {
  const m = /^(.+)_group$/i.exec(metric);
  return m ? groupOfHeader(ruleSet, m[1]) : null;
}

/**
 * The portal's long form, one row per unit and metric, as one unit per unit code (or name):
 * counts where the portal gives both, else its ratio in percent; metrics the rule set does not
 * score (raw counts such as the payment totals) are left out. The portal's printed points stay
 * beside, for a comparison. Rows keep the order of the file.
 *
 * Every cell that cannot be read (text, a negative or non-finite number), a count given without
 * its pair, and a numerator above its denominator, is a problem on its cell, and that indicator is
 * left unread: never scored from the other column (the ratio) instead. `origin` is where the cells
 * start in their sheet or file; null when the caller cannot know it.
 */
export function readLongForm(
  ruleSet: RuleSet,
  cells: readonly (readonly Cell[])[],
  headerIndex: number,
  origin: Origin | null = TOP_LEFT,
): { units: PortalUnit[]; unknownMetrics: string[]; problems: TableProblem[] } | null {
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
  const problems: TableProblem[] = [];
  /** the indicators some row of the file carries: a group with a scored indicator on no row cannot be computed */
  const carried = new Set<string>();
  /** where each payment count pair's parts were read, for the check of numerator against denominator */
  const partCells = new Map<PortalUnit, Map<string, { row: number; col: number }>>();
  const problem = (code: ProblemCode, row: number, col: number, params: ProblemParams = {}) => problems.push(onCell({ header, origin }, code, "error", row, col, params));
  const text = (row: readonly Cell[], j: number) => (j >= 0 ? shownText(row[j]).trim() : "");
  const count = (row: readonly Cell[], j: number) => {
    if (j < 0) return undefined;
    const r = readCountCell(row[j], { decimal: "." });
    return r.ok && r.value !== null ? r.value : undefined;
  };
  /** A count cell: its number, undefined when empty, or null (with a problem on the cell) when it cannot be read. */
  const countCell = (row: readonly Cell[], j: number, rowNumber: number): number | undefined | null => {
    if (j < 0) return undefined;
    const r = readCountCell(row[j], { decimal: "." });
    if (!r.ok) {
      problem(r.code, rowNumber, j, r.params);
      return null;
    }
    return r.value ?? undefined;
  };
  for (let r = headerIndex + 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const rowNumber = r + 1;
    const name = text(row, c.unit);
    if (!name) continue;
    const key = text(row, c.code) || name;
    let unit = units.get(key);
    if (!unit) {
      unit = { row: rowNumber, unit: name, values: {}, printed: {}, printedGroups: {}, rows: {}, lines: [] };
      const code = text(row, c.code);
      const level = text(row, c.level);
      if (code) unit.code = code;
      if (level) unit.level = level;
      units.set(key, unit);
    }
    unit.lines.push(rowNumber);
    const metric = text(row, c.metric);
    const indicator = byField.get(metric);
    const part = countPart.get(metric);
    if (!indicator && part) {
      carried.add(part.code);
      // The capture writes a raw count in the numerator column; the denominator column when not.
      const j = text(row, c.numerator) !== "" || c.denominator < 0 ? c.numerator : c.denominator;
      const value = countCell(row, j, rowNumber);
      if (part.part === "numerator" || unit.rows[part.code] === undefined) unit.rows[part.code] = rowNumber;
      let parts = partCells.get(unit);
      if (!parts) partCells.set(unit, (parts = new Map()));
      // An unreadable part leaves the indicator unread, whatever the other part's row says.
      if (value === null) parts.set(`${part.code}|unreadable`, { row: rowNumber, col: j });
      else if (value !== undefined) (unit.values[part.code] ??= {})[part.part] = value;
      parts.set(`${part.code}|${part.part}`, { row: rowNumber, col: j });
      continue;
    }
    if (!indicator) {
      const group = groupOfMetric(ruleSet, metric);
      const points = group ? count(row, c.score) : undefined;
      if (group && points !== undefined) {
        unit.printedGroups[group] = points;
        unit.rows[group] = rowNumber;
      } else if (metric && !group) unknown.add(metric);
      continue;
    }
    carried.add(indicator);
    unit.rows[indicator] = rowNumber;
    unit.printed[indicator] = { points: count(row, c.score) ?? null, max: count(row, c.max) ?? null };
    const numerator = countCell(row, c.numerator, rowNumber);
    const denominator = countCell(row, c.denominator, rowNumber);
    if (numerator === null || denominator === null) continue;
    if (numerator !== undefined && denominator !== undefined) {
      if (numerator > denominator) {
        // Not a rate above 100 %: a data error, so the indicator is left unread rather than scored.
        problem("count.numeratorAboveDenominator", rowNumber, c.numerator, { indicator, numerator, denominator });
        continue;
      }
      unit.values[indicator] = { numerator, denominator };
      continue;
    }
    if (numerator !== undefined || denominator !== undefined) {
      // One count alone (the other blank, or a dash): the ratio beside it is not taken instead.
      const given = numerator !== undefined ? "numerator" : "denominator";
      const missing = numerator !== undefined ? "denominator" : "numerator";
      problem("count.pairIncomplete", rowNumber, missing === "numerator" ? c.numerator : c.denominator, { indicator, given, missing });
      continue;
    }
    if (c.ratio >= 0) {
      // The portal's ratio is a percent (99.85), as its export writes it; a sheet that opened the
      // export holds that number unformatted, which the sheet rule would take for a fraction.
      const cell = row[c.ratio];
      const rate = readRateCell(isSheetNumber(cell) && !cell.percent ? cell.value : cell, { decimal: "." });
      if (!rate.ok) problem(rate.code, rowNumber, c.ratio, rate.params);
      else if (rate.value !== null) unit.values[indicator] = { rate: rate.value };
    }
  }
  for (const [unit, parts] of partCells) {
    for (const [code, v] of Object.entries(unit.values)) {
      if (parts.has(`${code}|unreadable`)) {
        delete unit.values[code];
        continue;
      }
      const at = parts.get(`${code}|numerator`);
      if (!at || v.numerator === undefined || v.denominator === undefined || !(v.numerator > v.denominator)) continue;
      problem("count.numeratorAboveDenominator", at.row, at.col, { indicator: code, numerator: v.numerator, denominator: v.denominator });
      delete unit.values[code];
    }
  }
  const uncomputable = new Set(ruleSet.indicators.filter((i) => i.rule.kind !== "none" && !carried.has(i.code)).map((i) => i.group));
  for (const unit of units.values()) {
    for (const g of Object.keys(unit.printedGroups)) {
      // A group the file can compute is computed; its printed score is the portal's, for a comparison only.
      if (!uncomputable.has(g)) {
        delete unit.printedGroups[g];
        delete unit.rows[g];
      }
    }
  }
  return { units: [...units.values()], unknownMetrics: [...unknown], problems };
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
