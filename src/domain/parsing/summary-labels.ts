import { foldVietnamese } from "./text";

/**
 * The labels of a total row that stands for the whole province: the row a province report
 * takes as the whole's own row (scoring/whole.ts isWholeRowName).
 */
const WHOLE_TOTALS = ["toan tinh", "ca tinh", "tong cong", "tong so", "tong"];

/**
 * Every label of a summary row, folded: the whole's totals, subtotals ("Cộng" under a
 * section), the country's row and averages. Exact labels only: "Tổng công ty Điện lực"
 * (a corporation, "tong cong ty …") is a unit.
 */
const SUMMARY_LABELS = new Set([
  ...WHOLE_TOTALS,
  "cong",
  "tong cong toan tinh",
  "cong toan tinh",
  "tong toan tinh",
  "ca nuoc",
  "toan quoc",
  "tong cong ca nuoc",
  "binh quan",
  "binh quan chung",
  "trung binh",
  "trung binh chung",
  "diem trung binh",
  "diem binh quan",
]);

/** The folded label without a trailing full stop ("Tổng cộng." and "Tổng cộng:" are "tong cong"). */
function folded(name: string): string {
  return foldVietnamese(name).replace(/\.+$/, "");
}

/** A total row of the whole province ("Toàn tỉnh", "Tổng cộng"): see {@link WHOLE_TOTALS}. */
export function isWholeTotalLabel(name: string): boolean {
  return WHOLE_TOTALS.includes(folded(name));
}

/** A row that sums or averages other rows ("Tổng cộng", "Cộng", "Bình quân"): never a unit. */
export function isSummaryLabel(name: string): boolean {
  // Names longer than any label need no fold (most unit names: "UBND xã Ia Rsươm").
  return name.length < 40 && SUMMARY_LABELS.has(folded(name));
}
