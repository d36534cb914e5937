import type { Indicator, RuleSet } from "../domain/ruleset/schema";
import { scoreUnit, type IndicatorValue, type ScoredUnit } from "../domain/scoring";
import { checkCountPair, isBlank, readCount, readLine, readRate, readText } from "./cells";
import { problemText, shownList, type ArgumentName } from "../domain/problems/problem";
import { invalid, notAvailable, type FunctionProblem } from "./errors";
import { headerRole, indicatorByCode, type GroupRef } from "./rule-args";

type Part = keyof IndicatorValue;

interface UnitCells {
  values: Record<string, IndicatorValue>;
  /** titles no indicator answers to, named when the total cannot be computed */
  unknownHeaders: string[];
}

/** A count column names its part after the indicator ("TDGQ.1 tử số"); a rate column is the indicator itself. */
const PART_ARGUMENT: Record<Part, ArgumentName | undefined> = { rate: undefined, numerator: "numerator", denominator: "denominator" };

function readPart(ind: Indicator, part: Part, cell: unknown): number | null {
  const what = { indicator: ind.code, argument: PART_ARGUMENT[part] };
  return part === "rate" ? readRate(cell, what) : readCount(cell, what);
}

function put(values: Record<string, IndicatorValue>, ind: Indicator, part: Part, cell: unknown): void {
  // A display-only indicator (average processing days) is not a rate: its cell is shown, never read.
  if (ind.rule.kind === "none") return;
  const v = readPart(ind, part, cell);
  if (v === null) return;
  const entry = (values[ind.code] ??= {});
  // A named property each: a store keyed by `part` was the slowest line of a CHISO.DIEM call.
  if (part === "rate") entry.rate = v;
  else if (part === "numerator") entry.numerator = v;
  else entry.denominator = v;
}

/** Without headers the cells follow the rule set's order: every indicator, or only the scored ones. */
function byPosition(rs: RuleSet, cells: unknown[]): UnitCells {
  const scored = rs.indicators.filter((i) => i.rule.kind !== "none");
  const order = cells.length === rs.indicators.length ? rs.indicators : cells.length === scored.length ? scored : null;
  if (!order) {
    invalid("function.valueCount", {
      count: cells.length,
      ruleSet: rs.id,
      indicators: rs.indicators.length,
      scored: scored.length,
      order: shownList(rs.indicators.map((i) => i.code), 4),
    });
  }
  const values: Record<string, IndicatorValue> = {};
  order.forEach((ind, k) => put(values, ind, "rate", cells[k]));
  return { values, unknownHeaders: [] };
}

const PART_BIT: Record<Part, number> = { rate: 1, numerator: 2, denominator: 4 };

function byHeaders(rs: RuleSet, cells: unknown[], headers: unknown[]): UnitCells {
  if (headers.length !== cells.length) {
    invalid("function.headerSize", { headers: headers.length, cells: cells.length });
  }
  const values: Record<string, IndicatorValue> = {};
  const unknownHeaders: string[] = [];
  // which parts of each indicator a column already gave, to refuse a second column for the same thing
  const seen = new Map<Indicator, number>();
  headers.forEach((h, k) => {
    const title = readText(h);
    const match = title ? headerRole(rs, title) : null;
    if (match?.kind !== "indicator") {
      // Unit names, STT or note columns inside the selection are not data; an unknown title is reported only if the total fails.
      if (!match && !isBlank(cells[k])) unknownHeaders.push(title || problemText({ code: "function.untitledColumn", params: { column: k + 1 } }));
      return;
    }
    const ind = indicatorByCode(rs, match.code)!;
    const given = seen.get(ind) ?? 0;
    if (given & PART_BIT[match.part]) invalid("function.duplicateColumn", { indicator: match.code, part: PART_ARGUMENT[match.part] ?? "", column: title });
    seen.set(ind, given | PART_BIT[match.part]);
    put(values, ind, match.part, cells[k]);
  });
  for (const [ind, given] of seen) {
    const v = values[ind.code];
    if (given & 6 && v?.numerator != null && v.denominator != null) checkCountPair({ indicator: ind.code }, v.numerator, v.denominator);
  }
  return { values, unknownHeaders };
}

function readUnit(rs: RuleSet, values: unknown, headers: unknown): UnitCells {
  const cells = readLine(values, "values");
  if (headers === null || headers === undefined) return byPosition(rs, cells);
  return byHeaders(rs, cells, readLine(headers, "headers"));
}

/** The indicators a total still needs, and the titles no indicator answers to (perhaps the misspelt one). */
export function missingProblem(rs: RuleSet, codes: readonly string[], unknownHeaders: readonly string[]): FunctionProblem {
  const unknownColumns = shownList(unknownHeaders.map((h) => `"${h}"`), 3);
  return { code: "function.missing", params: { indicators: shownList(codes), ruleSet: rs.id, unknownColumns } };
}

function scoreOrFail(rs: RuleSet, unit: UnitCells, codes: ReadonlySet<string> | null): ScoredUnit {
  // Every value was validated as it was read, so the engine's remaining errors are values not given yet: #N/A.
  const scored = scoreUnit(rs, { unit: "", values: unit.values });
  const missing = scored.problems
    .filter((p) => p.severity === "error" && (!codes || codes.has(p.indicator)))
    .map((p) => p.indicator);
  if (missing.length) {
    const problem = missingProblem(rs, missing, unit.unknownHeaders);
    notAvailable(problem.code, problem.params);
  }
  return scored;
}

/** Total score of one unit; #N/A naming the missing indicators rather than a partial sum. */
export function unitTotal(rs: RuleSet, values: unknown, headers: unknown): number {
  const scored = scoreOrFail(rs, readUnit(rs, values, headers), null);
  return scored.total!;
}

/** One group's score (or a composite group's); only that group's indicators must be present. */
export function unitGroup(rs: RuleSet, values: unknown, headers: unknown, group: GroupRef): number {
  const composite = rs.compositeGroups.find((c) => c.code === group.code);
  const groupCodes = new Set(composite ? composite.of : [group.code]);
  const codes = new Set(rs.indicators.filter((i) => groupCodes.has(i.group)).map((i) => i.code));
  const scored = scoreOrFail(rs, readUnit(rs, values, headers), codes);
  return scored.groups[group.code]!;
}
