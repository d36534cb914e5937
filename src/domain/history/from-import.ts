import type { ImportedRow } from "../reading/import-schema";
import { foldVietnamese } from "../parsing/text";
import type { RuleSet } from "../ruleset/schema";
import { scoreUnit, type IndicatorValue, type UnitInput } from "../scoring/score";
import { historyRow, type HistoryRow } from "./history-table";
import type { Period } from "./period";

// Headers of a unit-code column as the portal's exports and our own sheets name it.
const CODE_HEADERS = new Set(["unit code", "ma don vi", "ma", "departmentcode", "ma co quan", "ma dvhc"]);

/** Whether a column's header names the portal's unit code (`unit_code`, "Mã đơn vị"…). */
export function isUnitCodeHeader(header: string): boolean {
  return CODE_HEADERS.has(foldVietnamese(header).replace(/_/g, " ").trim());
}

/** The portal's unit code among the columns the reader kept aside, if the table has one. */
export function unitCodeOf(row: ImportedRow): string | null {
  for (const [header, value] of Object.entries(row.extra ?? {})) {
    if (isUnitCodeHeader(header) && value.trim()) return value.trim();
  }
  return null;
}

/** A read row as the scoring engine takes it: counts where the table gives both, else the rate. */
export function unitInputOf(row: ImportedRow): UnitInput {
  const values: Record<string, IndicatorValue> = {};
  for (const [code, rate] of Object.entries(row.values)) values[code] = { rate };
  for (const [code, c] of Object.entries(row.counts ?? {})) {
    if (c.numerator !== undefined && c.denominator !== undefined) values[code] = { ...values[code], numerator: c.numerator, denominator: c.denominator };
  }
  return { unit: row.unit, district: row.district, level: row.level ?? undefined, values };
}

/** The history rows of one period from the rows of one reading, scored under `ruleSet`. */
export function historyRowsFromImport(period: Period, ruleSet: RuleSet, rows: readonly ImportedRow[]): HistoryRow[] {
  return rows.map((row) => {
    const input = unitInputOf(row);
    return historyRow(period, ruleSet, input, scoreUnit(ruleSet, input), { code: unitCodeOf(row), officialTotal: row.total ?? null });
  });
}
