import { z } from "zod";
import { isSheetNumber, shownText, type Cell } from "../reading/cell";
import { parseVietnameseNumber } from "../parsing/number";
import { cleanName, foldVietnamese } from "../parsing/text";
import { DEFAULT_RULE_SET_ID, getRuleSet } from "../ruleset/registry";
import { ranks } from "../scoring/rollup";
import { comparePeriods, type Period } from "./period";

/**
 * The province among provinces: the portal's national table (one row per province: group scores
 * and total; DOMAIN.md "The portal's data") → the province's rank, the median and the gap to the
 * median, for the total and each group, over time when several periods are kept.
 */
export interface ProvinceScore {
  province: string;
  /** the portal's departmentCode, H01…H61 */
  code: string | null;
  total: number | null;
  groups: Record<string, number | null>;
}

export interface NationalTable {
  groupCodes: string[];
  provinces: ProvinceScore[];
}

/** The portal's answer to `…/reporting/evaluation/service-results` (fields as the API names them). */
export const serviceResultsSchema = z.object({
  data: z.object({
    evaluation: z.array(
      z.object({
        departmentName: z.string(),
        departmentCode: z.string().nullable().optional(),
        totalScore: z.number().nullable(),
        groupScores: z.record(z.string(), z.number().nullable()),
      }),
    ),
  }),
});

export function nationalTableFromPortal(json: unknown): NationalTable {
  const parsed = serviceResultsSchema.parse(json);
  const groupCodes: string[] = [];
  const provinces = parsed.data.evaluation.map((e) => {
    for (const g of Object.keys(e.groupScores)) if (!groupCodes.includes(g)) groupCodes.push(g);
    return { province: cleanName(e.departmentName), code: e.departmentCode ?? null, total: e.totalScore, groups: { ...e.groupScores } };
  });
  return { groupCodes, provinces };
}

type RawCell = Cell;

/** Column titles for the province's name, code and total, folded. */
const NAME_TITLES = ["departmentname", "tinh", "tinh thanh pho", "ten tinh"];
const CODE_TITLES = ["departmentcode", "ma", "ma tinh", "ma don vi"];
const TOTAL_TITLES = ["totalscore", "tong diem", "diem", "tong"];

/**
 * The national table from cells (a sheet, a CSV of the portal's table): the header names the
 * province, optionally its code, the total and the groups by code (CKMB…) or by their names in
 * the default rule set. Returns null when no header is recognised.
 */
export function nationalTableFromCells(cells: readonly (readonly RawCell[])[]): NationalTable | null {
  const groups = getRuleSet(DEFAULT_RULE_SET_ID).groups;
  const groupOf = (title: string): string | null => {
    const f = foldVietnamese(title);
    for (const g of groups) if ([g.code, g.name, ...g.aliases].some((t) => foldVietnamese(t) === f)) return g.code;
    return null;
  };
  for (let h = 0; h < Math.min(cells.length, 20); h++) {
    const titles = (cells[h] ?? []).map(shownText);
    const folded = titles.map((t) => foldVietnamese(t));
    const nameCol = folded.findIndex((t) => NAME_TITLES.includes(t));
    const totalCol = folded.findIndex((t) => TOTAL_TITLES.includes(t));
    if (nameCol < 0 || totalCol < 0) continue;
    const codeCol = folded.findIndex((t) => CODE_TITLES.includes(t));
    const groupCols = titles.map((t, i) => [groupOf(t), i] as const).filter((x): x is [string, number] => x[0] !== null);
    const num = (c: RawCell) => {
      if (typeof c === "number") return c;
      if (isSheetNumber(c)) return Number.isFinite(c.value) ? c.value : null;
      if (typeof c !== "string") return null;
      const p = parseVietnameseNumber(c, { decimal: "." });
      return p.ok ? p.value : null;
    };
    const provinces: ProvinceScore[] = [];
    for (const row of cells.slice(h + 1)) {
      const name = cleanName(shownText(row[nameCol]));
      if (!name) continue;
      provinces.push({
        province: name,
        code: codeCol >= 0 ? cleanName(shownText(row[codeCol])) || null : null,
        total: num(row[totalCol]),
        groups: Object.fromEntries(groupCols.map(([g, i]) => [g, num(row[i])])),
      });
    }
    return { groupCodes: groupCols.map(([g]) => g), provinces };
  }
  return null;
}

export interface Standing {
  value: number | null;
  /** Excel's RANK among the provinces with a value (ties share a rank) */
  rank: number | null;
  /** the median over the provinces with a value */
  median: number | null;
  /** value − median */
  gap: number | null;
}

export interface ProvinceStanding {
  province: string;
  code: string | null;
  /** provinces in the table */
  of: number;
  total: Standing;
  groups: Record<string, Standing>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Gaps of 2-decimal scores are rounded again: 62.62 − 61.5 is 1.12, not 1.1199999999999974.
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function standingOf(values: readonly (number | null)[], at: number): Standing {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const med = median(present);
  const value = values[at] ?? null;
  return { value, rank: ranks(values)[at], median: med === null ? null : round6(med), gap: value === null || med === null ? null : round6(value - med) };
}

/** Finds the province by its code (H21) or its name, folded ("Gia Lai" finds "UBND tỉnh Gia Lai"). */
function findProvince(table: NationalTable, wanted: string): number {
  const w = wanted.trim();
  const byCode = table.provinces.findIndex((p) => p.code !== null && p.code.toUpperCase() === w.toUpperCase());
  if (byCode >= 0) return byCode;
  const f = foldVietnamese(w);
  const bare = (name: string) => foldVietnamese(name).replace(/^(ubnd |uy ban nhan dan )?(tinh |thanh pho )?/, "");
  return table.provinces.findIndex((p) => foldVietnamese(p.province) === f || bare(p.province) === bare(w));
}

/** The province's rank, the median and its gap to the median, for the total and each group; null when the table lacks it. */
export function provinceStanding(table: NationalTable, province: string): ProvinceStanding | null {
  const at = findProvince(table, province);
  if (at < 0) return null;
  const p = table.provinces[at];
  return {
    province: p.province,
    code: p.code,
    of: table.provinces.length,
    total: standingOf(table.provinces.map((x) => x.total), at),
    groups: Object.fromEntries(table.groupCodes.map((g) => [g, standingOf(table.provinces.map((x) => x.groups[g] ?? null), at)])),
  };
}

export interface StandingOverTime {
  period: Period;
  standing: ProvinceStanding | null;
  /** places gained since the previous kept period (2 = up two places) */
  rankChange: number | null;
}

/** The standing in each kept period, in period order, with the places gained since the one before. */
export function standingsOverTime(tables: readonly { period: Period; table: NationalTable }[], province: string): StandingOverTime[] {
  const sorted = [...tables].sort((a, b) => comparePeriods(a.period, b.period));
  let before: number | null = null;
  return sorted.map(({ period, table }) => {
    const standing = provinceStanding(table, province);
    const rank = standing?.total.rank ?? null;
    const rankChange = rank !== null && before !== null ? before - rank : null;
    before = rank;
    return { period, standing, rankChange };
  });
}
