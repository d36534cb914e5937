import { z } from "zod";
import { shownText, type Cell } from "../reading/cell";
import { levelFromLabel, levelFromName, levelPrefixWords } from "../parsing/levels";
import { cleanName, foldVietnamese } from "../parsing/text";
import type { History, HistoryRow } from "./history-table";

/**
 * Units across periods. The 07/2025 reorganisation abolished districts and merged communes
 * and agencies, so a unit is followed: by the portal's code when both rows carry one; else
 * by name, folded (case, diacritics, "UBND", " - tỉnh Gia Lai", "và" ignored); else through
 * the user's mapping (old name → new name). What none of these links is listed, never dropped.
 */

/**
 * The mapping table the user supplies: one line per old name, several old names may merge into one.
 * Built at the first validation, not as the page loads (zod's schema objects are slow to build on old PCs).
 */
export const unitMappingSchema = z.lazy(() =>
  z
    .array(z.object({ from: z.string().trim().min(1, "tên cũ trống"), to: z.string().trim().min(1, "tên mới trống") }))
    .superRefine((pairs, ctx) => {
      const seen = new Map<string, string>();
      pairs.forEach((p, i) => {
        const k = nameKey(p.from);
        const before = seen.get(k);
        if (before !== undefined && nameKey(before) !== nameKey(p.to)) {
          ctx.addIssue({ code: "custom", path: [i], message: `"${p.from}" đã được ghép với "${before}", không thể ghép thêm với "${p.to}"` });
        }
        seen.set(k, p.to);
      });
    }),
);
export type UnitMapping = z.infer<typeof unitMappingSchema>;

/**
 * The key two names of one unit share: folded, without the council ("UBND"), the level word
 * for districts and communes ("Xã", "Phường", "Thị trấn": a commune keeps its place but can
 * change its title), a province suffix (" - tỉnh Gia Lai", " - Gia Lai") and the word "và"
 * ("Sở Giáo dục đào tạo" = "Sở Giáo dục và Đào tạo"). The level class stays in the key, so a
 * district "Thị xã An Khê" never meets a commune "Phường An Khê".
 */
export function nameKey(name: string, level?: string | null): string {
  // an ASCII hyphen with spaces introduces the province the portal appends; an en dash is part of a name
  const bare = cleanName(name).replace(/\s+-\s+(tỉnh\s+)?[^-–,]{1,25}$/i, "");
  const words = foldVietnamese(bare).split(" ").filter((w) => w !== "");
  const byName = levelFromName(bare);
  const cls = byName ?? (level ? levelFromLabel(level) : null) ?? "?";
  const skip = cls === "province" ? (words[0] === "ubnd" ? 1 : 0) : levelPrefixWords(words);
  return `${cls}:${words.slice(skip).filter((w) => w !== "va").join(" ")}`;
}

/** One unit followed over the periods. */
export interface TrackedUnit {
  /** the name in the latest period where the unit appears */
  name: string;
  code: string | null;
  level: string | null;
  district: string | null;
  /** period id → its row */
  rows: Map<string, HistoryRow>;
  /** the names of the earlier units it was formed from, when several earlier units lead to it */
  mergedFrom: string[];
}

export interface UnitLink {
  unit: string;
  period: string;
}

export interface Matching {
  /** in order of first appearance */
  units: TrackedUnit[];
  /** rows after the first period that continue no single earlier unit (new, renamed without a mapping, or a name several earlier units had) */
  unmatched: UnitLink[];
  /** units whose last period is not the last one, with that period (e.g. the districts after 07/2025) */
  gone: (UnitLink & { level: string | null })[];
  /** units several earlier ones lead to: a merger the mapping states, or names that fold alike (then also unmatched) */
  merged: (UnitLink & { from: string[] })[];
}

/** Follows every unit of `history` across its periods (already sorted by the day each ends). */
export function matchUnits(history: History, mapping: UnitMapping = []): Matching {
  const renamed = new Map<string, string>();
  for (const p of mapping) renamed.set(nameKey(p.from), nameKey(p.to));
  const mappedTo = new Set(renamed.values());
  // A row's key is computed once: folding names is the costly part (24 periods × 4 000 units).
  const keys = new Map<HistoryRow, string>();
  const keyOf = (row: HistoryRow) => {
    let k = keys.get(row);
    if (k === undefined) {
      const own = nameKey(row.unit, row.level);
      k = renamed.get(own) ?? own;
      keys.set(row, k);
    }
    return k;
  };

  const units: TrackedUnit[] = [];
  const unmatched: UnitLink[] = [];
  const merged: Matching["merged"] = [];
  // Indexes of the units met so far, kept up to date as rows are taken; a name key held by several
  // units links to none of them alone.
  const byCode = new Map<string, TrackedUnit>();
  const byName = new Map<string, TrackedUnit[]>();
  const index = (u: TrackedUnit, row: HistoryRow) => {
    if (u.code) byCode.set(u.code, u);
    const k = keyOf(row);
    const list = byName.get(k);
    if (!list) byName.set(k, [u]);
    else if (!list.includes(u)) list.push(u);
  };
  const rowsByPeriod = new Map<string, HistoryRow[]>();
  for (const r of history.rows) {
    const list = rowsByPeriod.get(r.period);
    if (list) list.push(r);
    else rowsByPeriod.set(r.period, [r]);
  }

  history.periods.forEach((period, pi) => {
    for (const row of rowsByPeriod.get(period.id) ?? []) {
      let found: TrackedUnit | undefined = row.code ? byCode.get(row.code) : undefined;
      let candidates: TrackedUnit[] = [];
      if (!found) {
        // by name only among units without a code of their own, or with the same code
        candidates = (byName.get(keyOf(row)) ?? []).filter((u) => !u.rows.has(period.id) && (!u.code || !row.code || u.code === row.code));
        if (candidates.length === 1) found = candidates[0];
      }
      if (found && !found.rows.has(period.id)) {
        found.rows.set(period.id, row);
        found.name = row.unit;
        found.code = row.code ?? found.code;
        found.level = row.level ?? found.level;
        found.district = row.district;
        index(found, row);
        continue;
      }
      const fresh: TrackedUnit = { name: row.unit, code: row.code, level: row.level, district: row.district, rows: new Map([[period.id, row]]), mergedFrom: [] };
      if (candidates.length > 1) {
        // Named with its district: two 2023 communes "Xã Ayun" (Mang Yang, Chư Sê) are two units.
        fresh.mergedFrom = candidates.map((c) => (c.district ? `${c.name} (${c.district})` : c.name));
        merged.push({ unit: row.unit, period: period.id, from: fresh.mergedFrom });
        // A merger the mapping states is a link; names that merely fold alike are for the user to settle.
        if (!mappedTo.has(keyOf(row))) unmatched.push({ unit: row.unit, period: period.id });
      } else if (pi > 0) unmatched.push({ unit: row.unit, period: period.id });
      units.push(fresh);
      index(fresh, row);
    }
  });

  const last = history.periods[history.periods.length - 1]?.id;
  const gone: Matching["gone"] = [];
  for (const u of units) {
    if (last === undefined || u.rows.has(last)) continue;
    const seen = history.periods.filter((p) => u.rows.has(p.id));
    gone.push({ unit: u.name, period: seen[seen.length - 1].id, level: u.level });
  }
  return { units, unmatched, gone, merged };
}

export interface MappingRead {
  mapping: UnitMapping;
  problems: string[];
}

/**
 * A mapping table from cells: a header row ("Tên cũ", "Tên mới", or any two columns), then one
 * pair per row. Validated with {@link unitMappingSchema}; every refused line is named.
 */
export function readMappingCells(cells: readonly (readonly Cell[])[]): MappingRead {
  const text = (c: Cell) => cleanName(shownText(c));
  const head = (cells[0] ?? []).map((c) => foldVietnamese(text(c)));
  const fromCol = Math.max(0, head.findIndex((h) => /\b(cu|truoc|old|from)\b/.test(h)));
  const toColFound = head.findIndex((h) => /\b(moi|sau|new|to)\b/.test(h));
  const toCol = toColFound >= 0 ? toColFound : fromCol + 1;
  const pairs = cells
    .slice(1)
    .map((r) => ({ from: text(r[fromCol]), to: text(r[toCol]) }))
    .filter((p) => p.from !== "" || p.to !== "");
  const parsed = unitMappingSchema.safeParse(pairs);
  if (parsed.success) return { mapping: parsed.data, problems: [] };
  return {
    mapping: [],
    problems: [...parsed.error.issues]
      .sort((a, b) => Number(a.path[0] ?? 0) - Number(b.path[0] ?? 0))
      .map((i) => `Bảng ghép tên, dòng ${typeof i.path[0] === "number" ? i.path[0] + 2 : "?"}: ${i.message}.`),
  };
}
