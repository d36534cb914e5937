import { indicatorProblemText, type ProblemParams } from "../problems/problem";
import type { RuleSet } from "../ruleset/schema";
import { parseVietnameseNumber } from "../parsing/number";
import { scoreUnit, type UnitInput } from "./score";
import type { ScoringTable } from "./table-input";

/** A unit as a source gives it with its own points beside its rates or counts. */
export interface PrintedPointsUnit {
  input: UnitInput;
  /** the source's points per indicator code */
  printed: Readonly<Record<string, number | null | undefined>>;
}

/** An indicator whose printed points differ from the rule set's beyond rounding. */
export interface Drift {
  indicator: string;
  /** units where it differs */
  units: number;
  /** the largest difference, in points (2 decimals) */
  maxDifference: number;
}

/**
 * Both sides are rounded to 2 decimals (the portal's points and ours), so one hundredth
 * is rounding; anything beyond is a different rule.
 */
export const DRIFT_TOLERANCE = 0.01;

/**
 * Compares a source's printed points with the rule set's, indicator by indicator, in the
 * rule set's order: how users learn that the portal changed a rule before anyone writes it
 * down. Indicators where the rule set gives no points (missing data) are not compared.
 */
export function findDrift(ruleSet: RuleSet, units: readonly PrintedPointsUnit[]): Drift[] {
  const found = new Map<string, Drift>();
  for (const u of units) {
    const scored = scoreUnit(ruleSet, u.input);
    for (const [code, printed] of Object.entries(u.printed)) {
      const ours = scored.points[code];
      if (printed === null || printed === undefined || ours === null || ours === undefined) continue;
      const difference = Math.round(Math.abs(ours - printed) * 100) / 100;
      if (difference <= DRIFT_TOLERANCE + 1e-9) continue;
      const d = found.get(code) ?? { indicator: code, units: 0, maxDifference: 0 };
      d.units++;
      d.maxDifference = Math.max(d.maxDifference, difference);
      found.set(code, d);
    }
  }
  return ruleSet.indicators.flatMap((ind) => (found.has(ind.code) ? [found.get(ind.code)!] : []));
}

/** A drift as a catalogue problem about its indicator (scoring.drift). */
export function driftProblem(d: Drift): { code: "scoring.drift"; params: ProblemParams; indicator: string } {
  return { code: "scoring.drift", params: { units: d.units, difference: d.maxDifference }, indicator: d.indicator };
}

/** One line per indicator, for the pane and the CLI, worded by the catalogue: "MDSH.2: 145 đơn vị lệch tới 0,92 điểm: …". */
export function driftLine(d: Drift): string {
  return indicatorProblemText(driftProblem(d));
}

/**
 * Columns holding a source's printed points of one indicator: "Điểm MDSH.1" or
 * "MDSH.1 điểm" (the CSV `chiso score` writes), keyed by column index.
 */
export function printedPointColumns(ruleSet: RuleSet, header: readonly string[]): Map<number, string> {
  const codes = new Set(ruleSet.indicators.filter((i) => i.rule.kind !== "none").map((i) => i.code));
  const columns = new Map<number, string>();
  header.forEach((h, i) => {
    const m = /^(?:điểm\s+(\S+)|(\S+)\s+điểm)$/iu.exec(h.normalize("NFC").trim());
    const code = m && (m[1] ?? m[2]);
    if (code && codes.has(code)) columns.set(i, code);
  });
  return columns;
}

/** The units of a read table with the points it prints in its point columns (none: no drift to find). */
export function printedPointsOf(ruleSet: RuleSet, table: ScoringTable): PrintedPointsUnit[] {
  const columns = printedPointColumns(ruleSet, table.header);
  if (!columns.size) return [];
  return table.units.map((u) => {
    const printed: Record<string, number | null> = {};
    for (const [col, code] of columns) {
      const raw = u.cells[col];
      const parsed = parseVietnameseNumber(typeof raw === "boolean" ? null : (raw ?? null));
      printed[code] = parsed.ok && parsed.kind === "plain" ? parsed.value : null;
    }
    return { input: u.input, printed };
  });
}
