import type { RuleSet } from "../ruleset/schema";
import { foldVietnamese } from "./text";

export type HeaderMatch =
  | { kind: "unit" }
  | { kind: "district" }
  | { kind: "level" }
  | { kind: "stt" }
  | { kind: "total" }
  | { kind: "indicator"; code: string; part: "rate" | "numerator" | "denominator" };

const UNIT = ["don vi", "ten don vi", "tinh/thanh pho", "tinh thanh pho", "unit", "co quan", "ten co quan", "cap xa", "ten", "dia phuong"];
const DISTRICT = ["district", "cap huyen", "huyen", "quan/huyen", "huyen thi xa thanh pho"];
const LEVEL = ["level", "cap", "cap don vi", "loai don vi"];
const STT = ["stt", "tt", "so thu tu"];
const TOTAL = ["diem", "diem danh gia", "tong diem", "total", "diem tong"];

/** Recognises a column header: unit/district/level columns, or an indicator by code, name or alias. */
export function matchHeader(ruleSet: RuleSet, header: string): HeaderMatch | null {
  const folded = foldVietnamese(header);
  if (!folded) return null;
  if (UNIT.includes(folded)) return { kind: "unit" };
  if (DISTRICT.includes(folded)) return { kind: "district" };
  if (LEVEL.includes(folded)) return { kind: "level" };
  if (STT.includes(folded)) return { kind: "stt" };
  if (TOTAL.includes(folded)) return { kind: "total" };

  let part: "rate" | "numerator" | "denominator" = "rate";
  let name = folded;
  const partMatch = /^(.*?)\s+(tu so|mau so|numerator|denominator)$/.exec(folded);
  if (partMatch) {
    name = partMatch[1];
    part = partMatch[2] === "tu so" || partMatch[2] === "numerator" ? "numerator" : "denominator";
  }
  for (const ind of ruleSet.indicators) {
    const names = [ind.code, ind.name, ...ind.aliases];
    if (ind.portalField) names.push(ind.portalField);
    if (names.some((n) => foldVietnamese(n) === name)) return { kind: "indicator", code: ind.code, part };
  }
  // A group code or title names the indicator of a one-per-group rule set (nhom-2023)
  for (const g of ruleSet.groups) {
    const members = ruleSet.indicators.filter((i) => i.group === g.code);
    if (members.length !== 1) continue;
    if ([g.code, g.name, ...g.aliases].some((n) => foldVietnamese(n) === name)) {
      return { kind: "indicator", code: members[0].code, part };
    }
  }
  return null;
}
