import type { Indicator, RuleSet } from "../domain/ruleset/schema";
import { scoreUnit, type IndicatorValue, type ScoredUnit } from "../domain/scoring";
import { checkCountPair, isBlank, readCount, readLine, readRate, readText } from "./cells";
import { invalid, listShort, notAvailable } from "./errors";
import { headerRole, indicatorByCode, type GroupRef } from "./rule-args";

type Part = keyof IndicatorValue;

interface UnitCells {
  values: Record<string, IndicatorValue>;
  /** titles no indicator answers to, named when the total cannot be computed */
  unknownHeaders: string[];
}

const PART_LABEL: Record<Part, string> = { rate: "", numerator: " tử số", denominator: " mẫu số" };

function readPart(ind: Indicator, part: Part, cell: unknown): number | null {
  const what = ind.code + PART_LABEL[part];
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
    invalid(
      `Có ${cells.length} giá trị nhưng bộ quy tắc ${rs.id} có ${rs.indicators.length} chỉ tiêu ` +
        `(${scored.length} chỉ tiêu tính điểm), theo thứ tự ${listShort(rs.indicators.map((i) => i.code), 4)}. ` +
        `Hãy chọn đủ ô hoặc thêm vùng tiêu đề.`,
    );
  }
  const values: Record<string, IndicatorValue> = {};
  order.forEach((ind, k) => put(values, ind, "rate", cells[k]));
  return { values, unknownHeaders: [] };
}

const PART_BIT: Record<Part, number> = { rate: 1, numerator: 2, denominator: 4 };

function byHeaders(rs: RuleSet, cells: unknown[], headers: unknown[]): UnitCells {
  if (headers.length !== cells.length) {
    invalid(`Vùng tiêu đề có ${headers.length} ô nhưng vùng số liệu có ${cells.length} ô: hai vùng phải cùng kích thước.`);
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
      if (!match && !isBlank(cells[k])) unknownHeaders.push(title || `(cột ${k + 1} không có tiêu đề)`);
      return;
    }
    const ind = indicatorByCode(rs, match.code)!;
    const given = seen.get(ind) ?? 0;
    if (given & PART_BIT[match.part]) invalid(`Hai cột cùng là ${match.code}${PART_LABEL[match.part]}: cột "${title}" bị trùng.`);
    seen.set(ind, given | PART_BIT[match.part]);
    put(values, ind, match.part, cells[k]);
  });
  for (const [ind, given] of seen) {
    const v = values[ind.code];
    if (given & 6 && v?.numerator != null && v.denominator != null) checkCountPair(ind.code, v.numerator, v.denominator);
  }
  return { values, unknownHeaders };
}

function readUnit(rs: RuleSet, values: unknown, headers: unknown): UnitCells {
  const cells = readLine(values, "Vùng số liệu");
  if (headers === null || headers === undefined) return byPosition(rs, cells);
  return byHeaders(rs, cells, readLine(headers, "Vùng tiêu đề"));
}

export function missingMessage(rs: RuleSet, codes: readonly string[], unknownHeaders: readonly string[]): string {
  const unknown = unknownHeaders.length ? ` Không nhận ra cột: ${listShort(unknownHeaders.map((h) => `"${h}"`), 3)}.` : "";
  return `Thiếu số liệu ${listShort(codes)} (bộ quy tắc ${rs.id}): chưa tính được điểm.${unknown}`;
}

function scoreOrFail(rs: RuleSet, unit: UnitCells, codes: ReadonlySet<string> | null): ScoredUnit {
  // Every value was validated as it was read, so the engine's remaining errors are values not given yet: #N/A.
  const scored = scoreUnit(rs, { unit: "", values: unit.values });
  const missing = scored.problems
    .filter((p) => p.severity === "error" && (!codes || codes.has(p.indicator)))
    .map((p) => p.indicator);
  if (missing.length) notAvailable(missingMessage(rs, missing, unit.unknownHeaders));
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
