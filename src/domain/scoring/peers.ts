import { roundTo } from "./score";
import { ranks } from "./rollup";

/**
 * Standing among peers: a unit against the units of its own level (agencies with agencies,
 * communes with communes), since their dossiers and duties differ too much across levels.
 */

export interface PeerRow {
  unit: string;
  level?: string;
  total: number | null;
  groups: Record<string, number | null>;
}

export interface PeerStanding {
  unit: string;
  /** the level compared within ("" when the table has none) */
  level: string;
  /** units of the level with a total */
  of: number;
  /** Excel's RANK.EQ among them: ties share a rank */
  rank: number | null;
  /** share of the other units of the level with a lower total, in percent (best 100, worst 0) */
  percentile: number | null;
  medianTotal: number | null;
  /** total − median total */
  toMedian: number | null;
  /** per group: the level's median and this unit's distance to it */
  groups: Record<string, { median: number | null; toMedian: number | null }>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  // the mean of two middle values without binary noise: (6,6 + 6,62) / 2 is 6,61, not 6,609999999999999
  return s.length % 2 ? s[m] : roundTo((s[m - 1] + s[m]) / 2, 10);
}

const clean = (n: number) => roundTo(n, 10);
const present = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

export function peerStandings(rows: readonly PeerRow[]): PeerStanding[] {
  const byLevel = new Map<string, PeerRow[]>();
  for (const r of rows) {
    const key = r.level ?? "";
    const list = byLevel.get(key);
    if (list) list.push(r);
    else byLevel.set(key, [r]);
  }
  const out = new Map<PeerRow, PeerStanding>();
  for (const [level, list] of byLevel) {
    const totals = list.map((r) => r.total);
    const rankOf = ranks(totals);
    const scored = totals.filter(present).sort((a, b) => a - b);
    const medianTotal = median(scored);
    const groupCodes = [...new Set(list.flatMap((r) => Object.keys(r.groups)))];
    const groupMedians = Object.fromEntries(groupCodes.map((g) => [g, median(list.map((r) => r.groups[g]).filter(present))]));
    list.forEach((r, i) => {
      const t = r.total;
      let percentile: number | null = null;
      if (present(t)) {
        const below = lowerCount(scored, t);
        percentile = scored.length > 1 ? clean((100 * below) / (scored.length - 1)) : 100;
      }
      out.set(r, {
        unit: r.unit,
        level,
        of: scored.length,
        rank: rankOf[i],
        percentile,
        medianTotal,
        toMedian: present(t) && medianTotal !== null ? clean(t - medianTotal) : null,
        groups: Object.fromEntries(
          groupCodes.map((g) => {
            const m = groupMedians[g];
            const v = r.groups[g];
            return [g, { median: m, toMedian: present(v) && m !== null ? clean(v - m) : null }];
          }),
        ),
      });
    });
  }
  return rows.map((r) => out.get(r)!);
}

/** How many of the sorted values are strictly below `v`. */
function lowerCount(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
