import { matchHeader, type HeaderMatch } from "../domain/parsing/headers";
import { foldVietnamese } from "../domain/parsing/text";
import type { Indicator, RuleSet } from "../domain/ruleset/schema";
import { resolveRuleSet } from "../runtime/active-rule-set";
import { readText } from "./cells";
import { invalid, listShort } from "./errors";

/** The rule set named by the argument, else the workbook's (chosen in the task pane). */
export function ruleSetArg(arg: unknown): RuleSet {
  if (arg !== null && arg !== undefined && typeof arg !== "string") invalid("Mã bộ quy tắc phải là văn bản, ví dụ \"dvcqg-2026\".");
  const id = readText(arg);
  try {
    return resolveRuleSet(id || null);
  } catch (e) {
    return invalid(e instanceof Error ? e.message : String(e));
  }
}

/** An indicator by code (`CKMB.1`), Vietnamese name, alias or portal field, as matchHeader reads a column title. */
export function indicatorArg(rs: RuleSet, arg: unknown): Indicator {
  const text = readText(arg);
  if (!text) invalid("Thiếu mã chỉ tiêu (ví dụ \"TDGQ.1\" hoặc tên chỉ tiêu).");
  const byCode = rs.indicators.find((i) => i.code.toUpperCase() === text.toUpperCase());
  if (byCode) return byCode;
  const match = matchHeader(rs, text);
  const found = match?.kind === "indicator" ? rs.indicators.find((i) => i.code === match.code) : undefined;
  if (!found) {
    invalid(`Bộ quy tắc ${rs.id} không có chỉ tiêu "${text}". Các mã: ${listShort(rs.indicators.map((i) => i.code), 8)}.`);
  }
  return found;
}

export interface GroupRef {
  code: string;
  name: string;
  max: number;
}

/** A group or a composite group (DVCTT = CLGQ + TTTT) by code, name or alias. */
export function groupArg(rs: RuleSet, arg: unknown): GroupRef {
  const text = readText(arg);
  if (!text) invalid("Thiếu mã nhóm (ví dụ \"TDGQ\" hoặc tên nhóm).");
  const key = foldVietnamese(text);
  const same = (names: string[]) => names.some((n) => foldVietnamese(n) === key);
  const group = rs.groups.find((g) => same([g.code, g.name, ...g.aliases]));
  if (group) return { code: group.code, name: group.name, max: group.max };
  const composite = rs.compositeGroups.find((c) => same([c.code, c.name]));
  if (composite) {
    const max = rs.groups.filter((g) => composite.of.includes(g.code)).reduce((s, g) => s + g.max, 0);
    return { code: composite.code, name: composite.name, max };
  }
  const codes = [...rs.groups.map((g) => g.code), ...rs.compositeGroups.map((c) => c.code)];
  return invalid(`Bộ quy tắc ${rs.id} không có nhóm "${text}". Các nhóm: ${codes.join(", ")}.`);
}

const byCode = new WeakMap<RuleSet, Map<string, Indicator>>();

/** The indicator with this exact code, without a scan of the list on every cell. */
export function indicatorByCode(rs: RuleSet, code: string): Indicator | undefined {
  let map = byCode.get(rs);
  if (!map) byCode.set(rs, (map = new Map(rs.indicators.map((i) => [i.code, i]))));
  return map.get(code);
}

// A sheet passes the same header row to every unit's formula: match each title once per rule set.
const headerCache = new WeakMap<RuleSet, Map<string, HeaderMatch | null>>();
const HEADER_CACHE_LIMIT = 5000;

/** matchHeader, remembered per rule set and title. */
export function headerRole(rs: RuleSet, title: string): HeaderMatch | null {
  let cache = headerCache.get(rs);
  if (!cache) headerCache.set(rs, (cache = new Map()));
  let role = cache.get(title);
  if (role === undefined) {
    role = matchHeader(rs, title);
    if (cache.size >= HEADER_CACHE_LIMIT) cache.clear();
    cache.set(title, role);
  }
  return role;
}
