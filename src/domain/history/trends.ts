import { levelFromLabel } from "../parsing/levels";
import { listRuleSets } from "../ruleset/registry";
import type { RuleSet } from "../ruleset/schema";
import { ranks } from "../scoring/rollup";
import type { History, HistoryRow } from "./history-table";
import { matchUnits, type Matching, type UnitLink, type UnitMapping } from "./match";
import { previousPeriod, type Period } from "./period";

/**
 * The indicators whose province value is the pooled Σnumerators / Σdenominators of its units:
 * those the rule sets count in dossiers (DOMAIN.md "The whole and its parts"; `counting` in
 * src/domain/ruleset/schema.ts). A history mixes periods scored under several rule sets and
 * does not say which, so a code pools only when every given rule set that has it counts it in
 * dossiers: one rule set saying procedures, petitions or unknown is enough to leave it out.
 */
export function pooledIndicators(ruleSets: readonly RuleSet[]): string[] {
  const verdict = new Map<string, boolean>();
  for (const rs of ruleSets) {
    for (const ind of rs.indicators) verdict.set(ind.code, (verdict.get(ind.code) ?? true) && ind.counting === "dossiers");
  }
  return [...verdict].filter(([, pools]) => pools).map(([code]) => code);
}

export interface UnitTrend {
  unit: string;
  code: string | null;
  level: string | null;
  district: string | null;
  /** period id → the unit's total (null: absent that period, or no total) */
  totals: Record<string, number | null>;
  groups: Record<string, Record<string, number | null>>;
  grades: Record<string, string | null>;
  /** rank among the units of its level in each period (Excel's RANK: ties share a rank) */
  ranks: Record<string, number | null>;
  /** last period − previous period */
  change: number | null;
  /** last period − first period of the history */
  changeSinceFirst: number | null;
  groupChange: Record<string, number | null>;
  /** "Khá → Tốt" when the grade changed from the previous period to the last, else null */
  gradeChange: string | null;
  /** places gained from the previous period to the last (2 = up two places), null without both ranks */
  rankChange: number | null;
  mergedFrom: string[];
}

export interface ProvinceRate {
  indicator: string;
  /** period id → pooled rate in percent, null when no unit gave both counts */
  rates: Record<string, number | null>;
  numerators: Record<string, number | null>;
  denominators: Record<string, number | null>;
  /** percentage points, last − previous */
  change: number | null;
}

export interface Trends {
  periods: Period[];
  first: Period | null;
  last: Period | null;
  /** the period before the last (the one that ends before it), against which changes are taken */
  previous: Period | null;
  groupCodes: string[];
  units: UnitTrend[];
  /** largest rises and falls of the total, previous → last; units without both totals are left out */
  risers: UnitTrend[];
  fallers: UnitTrend[];
  province: ProvinceRate[];
  unmatched: UnitLink[];
  gone: Matching["gone"];
  merged: Matching["merged"];
}

export interface TrendOptions {
  mapping?: UnitMapping;
  /** how many risers and fallers to keep (default 10) */
  movers?: number;
  /**
   * The rule sets the periods were scored with, whose `counting` says which indicators pool
   * (default: the built-in ones and those registered; a caller holding an unregistered one adds it).
   */
  ruleSets?: readonly RuleSet[];
}

// Changes of rounded points are rounded again: 79.27 − 77.65 is 1.62, not 1.6199999999999903.
const diff = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? null : Math.round((a - b) * 1e6) / 1e6);

/** Per unit over the periods, movers, and the province's pooled rates: what the sheet "Diễn biến" shows. */
export function buildTrends(history: History, options: TrendOptions = {}): Trends {
  const matching = matchUnits(history, options.mapping);
  const periods = history.periods;
  const first = periods[0] ?? null;
  const last = periods[periods.length - 1] ?? null;
  const previous = last ? previousPeriod(last, periods) : null;

  const rankOf = rankTable(history);
  const units: UnitTrend[] = matching.units.map((u) => {
    const totals: UnitTrend["totals"] = {};
    const groups: UnitTrend["groups"] = {};
    const grades: UnitTrend["grades"] = {};
    const rk: UnitTrend["ranks"] = {};
    for (const p of periods) {
      const r = u.rows.get(p.id);
      totals[p.id] = r?.total ?? null;
      groups[p.id] = Object.fromEntries(history.groupCodes.map((g) => [g, r?.groups[g] ?? null]));
      grades[p.id] = r?.grade ?? null;
      rk[p.id] = r ? (rankOf.get(r) ?? null) : null;
    }
    const lastRow = last ? u.rows.get(last.id) : undefined;
    const prevRow = previous ? u.rows.get(previous.id) : undefined;
    const firstRow = first ? u.rows.get(first.id) : undefined;
    const gradeBefore = prevRow?.grade ?? null;
    const gradeNow = lastRow?.grade ?? null;
    const rankBefore = prevRow ? rankOf.get(prevRow) : undefined;
    const rankNow = lastRow ? rankOf.get(lastRow) : undefined;
    return {
      unit: u.name,
      code: u.code,
      level: u.level,
      district: u.district,
      totals,
      groups,
      grades,
      ranks: rk,
      change: diff(lastRow?.total, prevRow?.total),
      changeSinceFirst: first === last ? null : diff(lastRow?.total, firstRow?.total),
      groupChange: Object.fromEntries(history.groupCodes.map((g) => [g, diff(lastRow?.groups[g], prevRow?.groups[g])])),
      gradeChange: gradeBefore !== null && gradeNow !== null && gradeBefore !== gradeNow ? `${gradeBefore} → ${gradeNow}` : null,
      rankChange: rankBefore !== undefined && rankNow !== undefined && rankBefore !== null && rankNow !== null ? rankBefore - rankNow : null,
      mergedFrom: u.mergedFrom,
    };
  });

  const n = options.movers ?? 10;
  const moved = units.filter((u) => u.change !== null);
  const risers = moved.filter((u) => u.change! > 0).sort((a, b) => b.change! - a.change!).slice(0, n);
  const fallers = moved.filter((u) => u.change! < 0).sort((a, b) => a.change! - b.change!).slice(0, n);

  return {
    periods,
    first,
    last,
    previous,
    groupCodes: history.groupCodes,
    units,
    risers,
    fallers,
    province: provinceRates(history, pooledIndicators(options.ruleSets ?? listRuleSets()), previous, last),
    unmatched: matching.unmatched,
    gone: matching.gone,
    merged: matching.merged,
  };
}

/** Each row's rank among the rows of its period and level (agencies and communes are ranked apart, as the portal does). */
function rankTable(history: History): Map<HistoryRow, number | null> {
  const out = new Map<HistoryRow, number | null>();
  const byKey = new Map<string, HistoryRow[]>();
  for (const r of history.rows) {
    const key = `${r.period}|${(r.level && levelFromLabel(r.level)) ?? r.level ?? ""}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  for (const list of byKey.values()) {
    const rk = ranks(list.map((r) => r.total));
    list.forEach((r, i) => out.set(r, rk[i]));
  }
  return out;
}

/**
 * The province's rate per pooled indicator and period: Σnumerators / Σdenominators over the
 * units that gave both counts; an indicator without counts in any period is left out. Procedure-counted indicators are not pooled (a procedure counts
 * once for the province however many units handle it), so they are left out, never averaged.
 */
export function provinceRates(history: History, pooled: readonly string[], previous: Period | null = null, last: Period | null = null): ProvinceRate[] {
  // in the history's column order, whatever order the list came in
  const codes = history.indicatorCodes.filter((c) => pooled.includes(c));
  const sums = new Map<string, { num: number; den: number; n: number }>();
  for (const r of history.rows) {
    for (const c of codes) {
      const v = r.indicators[c];
      if (!v || v.numerator === null || v.denominator === null) continue;
      const k = `${r.period}|${c}`;
      const s = sums.get(k) ?? { num: 0, den: 0, n: 0 };
      s.num += v.numerator;
      s.den += v.denominator;
      s.n++;
      sums.set(k, s);
    }
  }
  // An indicator no unit gave counts for in any period (CLGQ.3 in the 2026 captures: group
  // score only) would be a row of blanks and a chart series of nothing.
  const counted = codes.filter((c) => history.periods.some((p) => sums.has(`${p.id}|${c}`)));
  return counted.map((c) => {
    const rates: ProvinceRate["rates"] = {};
    const numerators: ProvinceRate["numerators"] = {};
    const denominators: ProvinceRate["denominators"] = {};
    for (const p of history.periods) {
      const s = sums.get(`${p.id}|${c}`);
      numerators[p.id] = s ? s.num : null;
      denominators[p.id] = s ? s.den : null;
      rates[p.id] = s && s.den > 0 ? (100 * s.num) / s.den : null;
    }
    const change = previous && last ? diff(rates[last.id], rates[previous.id]) : null;
    return { indicator: c, rates, numerators, denominators, change };
  });
}
