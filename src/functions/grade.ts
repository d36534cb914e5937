import { parseVietnameseNumber } from "../domain/parsing/number";
import type { RuleSet } from "../domain/ruleset/schema";
import { gradeOf } from "../domain/scoring";
import { fractionOf, isBlank, percentOf } from "./cells";
import { invalid, notAvailable } from "./errors";

/** value and max as the grade sees them: a text `81,67%` or `17,8/20` carries its own scale. */
function scaled(value: unknown, max: unknown): { value: number; max: number } {
  const maxGiven = max !== null && max !== undefined;
  if (typeof value === "string") {
    const parsed = parseVietnameseNumber(value);
    if (!parsed.ok) invalid(parsed.code, parsed.params);
    if (parsed.value === null) notAvailable("function.gradeEmpty");
    if (parsed.kind === "percent" || parsed.kind === "ratio") {
      if (maxGiven) invalid("function.scaleGiven", { text: value.trim() });
      return parsed.kind === "percent" ? { value: parsed.value, max: 100 } : { value: parsed.value, max: parsed.max! };
    }
    value = parsed.value;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) invalid("function.gradeNotNumber");
  let m = 100;
  if (maxGiven) {
    if (typeof max !== "number" || !Number.isFinite(max) || max <= 0) invalid("function.badMax");
    m = max;
  }
  return { value, max: m };
}

/** The grade (Xuất sắc … Yếu) of value/max × 100 under the rule set's bands. */
export function gradeLabel(rs: RuleSet, value: unknown, max: unknown): string {
  if (isBlank(value)) notAvailable("function.gradeEmpty");
  const s = scaled(value, max);
  if (s.value < 0 || s.value > s.max * (1 + 1e-9)) invalid("function.gradeOutOfRange", { value: s.value, max: s.max });
  return gradeOf(rs.grades, percentOf(s.value / s.max)) ?? invalid("function.noGrades");
}

/** A number from pasted text: `91,16%` → 0.9116, `2.143` → 2143, `17,8/20` → 17.8 (the points). */
export function vietnameseNumber(text: unknown): number {
  if (typeof text === "number") {
    if (!Number.isFinite(text)) invalid("number.nonFinite");
    return text;
  }
  if (typeof text !== "string") invalid("function.needText");
  const parsed = parseVietnameseNumber(text);
  if (!parsed.ok) invalid(parsed.code, parsed.params);
  if (parsed.value === null) notAvailable("function.emptyCell");
  return parsed.kind === "percent" ? fractionOf(parsed.value) : parsed.value;
}
