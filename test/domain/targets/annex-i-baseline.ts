import type { BaselineUnit } from "../../../src/domain/targets/assign";
import { num, seedTable } from "../../helpers/fixtures";

/** a1/a2/a3 column → indicator code of the nhom-2023 rule set the preset reads (seed-tables README). */
export const ANNEX_I_COLUMNS: Record<string, string> = {
  cong_khai_minh_bach: "CKMB.TL",
  tien_do_giai_quyet: "TDGQ.TL",
  dvc_truc_tuyen: "CLGQ.TL",
  thanh_toan_truc_tuyen: "TTTT.TL",
  muc_do_hai_long: "MDHL.TL",
  so_hoa_ho_so: "MDSH.TL",
};

/** Seed 002 annex I (a1 departments, a2 districts, a3 communes) as baseline units, without the header matcher. */
export function annexIBaseline(table: "a1_2023_departments" | "a2_2023_districts" | "a3_2023_communes", level: BaselineUnit["level"]): BaselineUnit[] {
  return seedTable(table).map((r) => ({
    unit: r.unit,
    level,
    district: r.district || undefined,
    values: Object.fromEntries(Object.entries(ANNEX_I_COLUMNS).map(([col, code]) => [code, num(r[col])])),
  }));
}
