import { addPeriod, EMPTY_HISTORY, historyToCells, type HistoryRow } from "../../../src/domain/history/history-table";
import { parsePeriod } from "../../../src/domain/history/period";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import type { DatedReport, ReportUnit } from "../../../src/domain/report/campaign-followup";
import { seedTable } from "../../helpers/fixtures";
import { asUnits, currentCommunes, currentDepartments, currentDistricts } from "../targets/progress-current";

/*
 * Three 10-day reports of the 2024 campaign (seed 002, IV.5.1), built from seed 002 annex I
 * (test/fixtures/seed-tables a1, a2, a3: the 2023 baseline) by documented edits only:
 * - 2024-03-31: annex I as it is (nothing has moved yet);
 * - 2024-04-10: the edits of test/domain/targets/progress-current.ts (GTVT payment 73 and
 *   số hóa 85; Ngoại vụ exactly at its 50-day targets; Tài chính exactly at its 100-day
 *   targets; Sở Y tế absent; Thanh tra tỉnh (excluded) and Công an tỉnh (no targets) added;
 *   "Huyện Chư Păh" written "Huyện Chư Pah"; Xã Ia Băng of Đak Đoa at its 50-day targets);
 * - 2024-04-20: the 04-10 report, and THIRD_REPORT_EDITS below.
 */
type Records = Record<string, string>[];
type Edits = Record<string, Record<string, string>>;

export const THIRD_REPORT_EDITS: Edits = {
  // back in the report, with số hóa 80 (its 50-day target) and a1's other rates
  "Sở Y tế": { so_hoa_ho_so: "80" },
  // at its 100-day targets: DVC 60, payment 55, số hóa 100 (công khai 100 since 04-10; tiến độ, hài lòng 100 in a1)
  "Sở Ngoại vụ": { dvc_truc_tuyen: "60", thanh_toan_truc_tuyen: "55", so_hoa_ho_so: "100" },
  // two more communes of Đak Đoa at their 50-day targets (the district's: DVC 30, payment 20, số hóa 50, others 100)
  "Xã Hà Đông|Đak Đoa": { dvc_truc_tuyen: "30", thanh_toan_truc_tuyen: "20", so_hoa_ho_so: "50" },
  "Xã KDang|Đak Đoa": { tien_do_giai_quyet: "100", muc_do_hai_long: "100", dvc_truc_tuyen: "30", thanh_toan_truc_tuyen: "20", so_hoa_ho_so: "50" },
};
/** a commune renamed in the third report: matched only through the mapping (old name → new name) */
export const THIRD_REPORT_RENAMED = { from: "Xã Trang", to: "Xã Đak Trang", district: "Đak Đoa" };

const edit = (records: Records, edits: Edits) => records.map((r) => ({ ...r, ...(edits[r.unit] ?? edits[`${r.unit}|${r.district}`] ?? {}) }));

export function firstReport(): { departments: Records; districts: Records; communes: Records } {
  return { departments: seedTable("a1_2023_departments"), districts: seedTable("a2_2023_districts"), communes: seedTable("a3_2023_communes") };
}

export function secondReport(): { departments: Records; districts: Records; communes: Records } {
  return { departments: currentDepartments(), districts: currentDistricts(), communes: currentCommunes() };
}

export function thirdReport(): { departments: Records; districts: Records; communes: Records } {
  const second = secondReport();
  const yTe = seedTable("a1_2023_departments").find((r) => r.unit === "Sở Y tế")!;
  return {
    departments: edit([...second.departments, yTe], THIRD_REPORT_EDITS),
    districts: second.districts,
    communes: edit(second.communes, THIRD_REPORT_EDITS).map((r) => (r.unit === THIRD_REPORT_RENAMED.from && r.district === THIRD_REPORT_RENAMED.district ? { ...r, unit: THIRD_REPORT_RENAMED.to } : r)),
  };
}

function units(tables: { departments: Records; districts: Records; communes: Records }): ReportUnit[] {
  return [...asUnits(tables.departments, "department"), ...asUnits(tables.districts, "district"), ...asUnits(tables.communes, "commune")];
}

export function threeReports(): DatedReport[] {
  return [
    { period: parsePeriod("2024-03-31")!, units: units(firstReport()) },
    { period: parsePeriod("2024-04-10")!, units: units(secondReport()) },
    { period: parsePeriod("2024-04-20")!, units: units(thirdReport()) },
  ];
}

const LEVEL = { department: "tỉnh", district: "huyện", commune: "xã" } as const;

/** Each report as history rows: a row per unit, its rates under the campaign's codes (nhom-2023), no points. */
export function reportsAsHistoryCells(): (string | number | null)[][] {
  let h = EMPTY_HISTORY;
  for (const r of threeReports()) {
    const rows: HistoryRow[] = r.units.map((u) => ({
      period: r.period.id,
      kind: "snapshot",
      unit: u.unit,
      code: null,
      level: LEVEL[u.level],
      district: u.district ?? null,
      total: null,
      grade: null,
      groups: {},
      indicators: Object.fromEntries(Object.entries(u.values).map(([c, rate]) => [c, { numerator: null, denominator: null, rate, points: null }])),
    }));
    h = addPeriod(h, r.period, rows, getRuleSet("nhom-2023")).history;
  }
  return historyToCells(h);
}

