import { matchHeader, type HeaderMatch } from "../domain/parsing/headers";
import { foldVietnamese } from "../domain/parsing/text";
import type { Indicator, RuleSet } from "../domain/ruleset/schema";
import { resolveRuleSet } from "../runtime/active-rule-set";
import { readText } from "./cells";
import { shownList } from "../domain/problems/problem";
import { invalid } from "./errors";

/** The rule set named by the argument, else the workbook's (chosen in the task pane). */
export function ruleSetArg(arg: unknown): RuleSet {
  if (arg !== null && arg !== undefined && typeof arg !== "string") invalid("function.ruleSetNotText");
  // an unknown id is the registry's coded refusal (ruleset.unknown), worded by `guarded`
  return resolveRuleSet(readText(arg) || null);
}

/** An indicator by code (`CKMB.1`), Vietnamese name, alias or portal field, as matchHeader reads a column title. */
export function indicatorArg(rs: RuleSet, arg: unknown): Indicator {
  const text = readText(arg);
  if (!text) invalid("function.noIndicator");
  const byCode = rs.indicators.find((i) => i.code.toUpperCase() === text.toUpperCase());
  if (byCode) return byCode;
  const match = matchHeader(rs, text);
  const found = match?.kind === "indicator" ? rs.indicators.find((i) => i.code === match.code) : undefined;
  if (!found) {
    invalid("function.unknownIndicator", { ruleSet: rs.id, text, codes: shownList(rs.indicators.map((i) => i.code), 8) });
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
  if (!text) invalid("function.noGroup");
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
  return invalid("function.unknownGroup", { ruleSet: rs.id, text, groups: codes.join(", ") });
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
