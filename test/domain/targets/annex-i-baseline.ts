import type { BaselineUnit } from "../../../src/domain/targets/assign";
import { num, seedTable, ANNEX_I_RATE_COLUMNS } from "../../helpers/fixtures";

/** Seed 002 annex I (a1 departments, a2 districts, a3 communes) as baseline units, without the header matcher. */
export function annexIBaseline(table: "a1_2023_departments" | "a2_2023_districts" | "a3_2023_communes", level: BaselineUnit["level"]): BaselineUnit[] {
  return seedTable(table).map((r) => ({
    unit: r.unit,
    level,
    district: r.district || undefined,
    values: Object.fromEntries(Object.entries(ANNEX_I_RATE_COLUMNS).map(([col, code]) => [code, num(r[col])])),
  }));
}
