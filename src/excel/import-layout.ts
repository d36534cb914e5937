import type { ImportResult, UnitLevelCode } from "../domain/reading/import-schema";
import type { RuleSet } from "../domain/ruleset/schema";
import { percentToFraction } from "./cells";
import { indicatorHeader } from "./headers";
import type { NewTableRequest } from "./new-table-sheet";
import type { Cell } from "./run";

const LEVEL_CELL: Record<UnitLevelCode, string> = { province: "Cấp tỉnh", district: "Cấp huyện", commune: "Cấp xã" };
const PERCENT = "0.00%";

/**
 * The imported rows as a CHISO table: headers every CHISO reader recognises (Đơn vị, Cấp,
 * Huyện, Điểm, indicator names), rates as fractions under a percent format, the indicator
 * columns side by side (the score formulas take them as one span), then the columns the
 * importer did not recognise, kept as text.
 */
export function importTableLayout(ruleSet: RuleSet, result: ImportResult): Omit<NewTableRequest, "sheetName" | "tableStem"> {
  const rows = result.rows;
  const columns: { header: string; format: string | null; cell: (r: ImportResult["rows"][number], i: number) => Cell }[] = [
    { header: "STT", format: null, cell: (r, i) => (r.stt && /^\d+$/.test(r.stt) ? Number(r.stt) : (r.stt ?? i + 1)) },
    { header: "Đơn vị", format: null, cell: (r) => r.unit },
  ];
  if (rows.some((r) => r.level)) columns.push({ header: "Cấp", format: null, cell: (r) => (r.level ? LEVEL_CELL[r.level] : null) });
  if (rows.some((r) => r.district)) columns.push({ header: "Huyện", format: null, cell: (r) => r.district ?? null });
  if (rows.some((r) => r.total !== undefined)) columns.push({ header: "Điểm", format: "0.00", cell: (r) => r.total ?? null });
  for (const ind of ruleSet.indicators) {
    if (rows.some((r) => r.values[ind.code] !== undefined)) {
      columns.push({ header: indicatorHeader(ruleSet, ind), format: PERCENT, cell: (r) => percentToFraction(r.values[ind.code]) });
    }
    for (const part of ["numerator", "denominator"] as const) {
      if (rows.some((r) => r.counts?.[ind.code]?.[part] !== undefined)) {
        const label = part === "numerator" ? "tử số" : "mẫu số";
        columns.push({ header: `${ind.code} ${label}`, format: "0", cell: (r) => r.counts?.[ind.code]?.[part] ?? null });
      }
    }
  }
  const taken = new Set(columns.map((c) => c.header.toLocaleLowerCase("vi")));
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  for (const key of extras) {
    // A kept column never takes the name of one of ours: Excel tables need distinct headers.
    let header = key.trim() || "Cột khác";
    while (taken.has(header.toLocaleLowerCase("vi"))) header += " (gốc)";
    taken.add(header.toLocaleLowerCase("vi"));
    columns.push({ header, format: "@", cell: (r) => r.extra?.[key] ?? null });
  }
  return {
    header: columns.map((c) => c.header),
    formats: columns.map((c) => c.format),
    rows: rows.map((r, i) => columns.map((c) => c.cell(r, i))),
  };
}
