import { roundTo } from "../scoring/score";
import { percentVi } from "../parsing/number-format";
import type { TargetRule } from "./schema";

export interface RuleOutcome {
  value: number;
  /** how the value came about, in Vietnamese: shown as the reason of a cell */
  basis: string;
}

/**
 * One target from a unit's base (percent, null when the unit has no data). A unit without
 * data is treated as below every threshold: it gets the floor the rule guarantees.
 */
export function applyTargetRule(rule: TargetRule, base: number | null, baseLabel: string, decimals: number): RuleOutcome {
  const pct = (v: number) => percentVi(v);
  const had = base === null ? `không có số liệu ${baseLabel.toLowerCase()}` : `${baseLabel} đạt ${pct(base)}`;
  switch (rule.kind) {
    case "fixed":
      return { value: rule.value, basis: `chỉ tiêu chung ${pct(rule.value)}` };
    case "uplift": {
      if (base === null || base < rule.central) {
        const value = roundTo(Math.min(rule.cap, rule.central + rule.uplift), decimals);
        const cmp = base === null ? had : `${had} < ${pct(rule.central)}`;
        return { value, basis: `${cmp} → ${pct(rule.central)} + ${rule.uplift}${capped(rule.central + rule.uplift, rule.cap)} = ${pct(value)}` };
      }
      const value = roundTo(Math.min(rule.cap, base + rule.uplift), decimals);
      return { value, basis: `${had} ≥ ${pct(rule.central)} → ${pct(base)} + ${rule.uplift}${capped(base + rule.uplift, rule.cap)} = ${pct(value)}` };
    }
    case "steps": {
      const next = rule.steps.find((s) => base === null || s > base);
      if (next !== undefined) {
        const value = roundTo(Math.min(rule.cap, next), decimals);
        return { value, basis: `${had} → bậc kế tiếp ${pct(value)}` };
      }
      const b = base as number;
      const value = roundTo(Math.min(rule.cap, b + rule.uplift), decimals);
      return { value, basis: `${had}, đã qua mọi bậc → ${pct(b)} + ${rule.uplift}${capped(b + rule.uplift, rule.cap)} = ${pct(value)}` };
    }
  }
}

function capped(raw: number, cap: number): string {
  return raw > cap ? `, tối đa ${percentVi(cap)}` : "";
}

/** The rule as a sentence for the annex's note. */
export function describeTargetRule(rule: TargetRule, baseLabel: string): string {
  const pct = (v: number) => percentVi(v);
  const base = baseLabel.toLowerCase();
  switch (rule.kind) {
    case "fixed":
      return `${pct(rule.value)} cho mọi đơn vị`;
    case "uplift":
      return (
        `kết quả ${base} thấp hơn ${pct(rule.central)} thì giao ${pct(rule.central)} + ${rule.uplift}%; ` +
        `từ ${pct(rule.central)} trở lên thì giao kết quả ${base} + ${rule.uplift}% (tối đa ${pct(rule.cap)})`
      );
    case "steps":
      return (
        `đạt bậc kế tiếp trong các bậc ${rule.steps.map(pct).join(", ")}; ` +
        `đã vượt mọi bậc thì kết quả ${base} + ${rule.uplift}% (tối đa ${pct(rule.cap)})`
      );
  }
}
