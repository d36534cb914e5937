import type { Cell } from "./cell";

/*
 * The portal's JSON (docs/DOMAIN.md, "The portal's data"), pasted or opened as a file, laid out
 * as the tables the same data reaches users as, so the one reader reads it: the national or
 * per-unit `evaluation[]` with `groupScores` → the points table; `evaluation[]` with
 * `metrics[]` → the long form. Numbers stay numbers (a JSON number reads as its text would:
 * points as points, a ratio in percent).
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Json, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
/** A JSON number stays a number (read as its text would be); a string is text; anything else is empty. */
const num = (v: unknown): Cell => (typeof v === "number" || typeof v === "string" ? v : null);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** `evaluation[]` wherever the capture keeps it: the response itself, its `data`, or a bare array. */
function evaluationOf(value: unknown): Json[] | null {
  if (Array.isArray(value)) return value.every(isObject) ? (value as Json[]) : null;
  if (!isObject(value)) return null;
  for (const k of ["evaluation", "data"]) {
    const inner = own(value, k);
    if (inner !== undefined && inner !== value) {
      const found = evaluationOf(inner);
      if (found) return found;
    }
  }
  return null;
}

export const PORTAL_GROUPS = ["CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"] as const;

/** The portal's JSON as cells of a table the reader knows, or null when it is not the portal's. */
export function portalJsonCells(value: unknown): Cell[][] | null {
  const rows = evaluationOf(value);
  if (!rows || rows.length === 0 || !rows.some((r) => typeof own(r, "departmentName") === "string")) return null;
  if (rows.some((r) => Array.isArray(own(r, "metrics")))) {
    const cells: Cell[][] = [["unit", "unit_code", "level", "metric_code", "numerator", "denominator", "ratio", "score", "max_score"]];
    for (const r of rows) {
      const metrics = own(r, "metrics");
      if (!Array.isArray(metrics)) continue;
      for (const m of metrics) {
        if (!isObject(m)) continue;
        cells.push([str(own(r, "departmentName")), str(own(r, "departmentCode")), str(own(r, "departmentLevel")), str(own(m, "code")), num(own(m, "numerator")), num(own(m, "denominator")), num(own(m, "ratio")), num(own(m, "score")), num(own(m, "maxScore"))]);
      }
    }
    return cells;
  }
  const cells: Cell[][] = [["Đơn vị", "Mã đơn vị", "Tổng điểm", ...PORTAL_GROUPS]];
  for (const r of rows) {
    const groups = own(r, "groupScores");
    const g = isObject(groups) ? groups : {};
    cells.push([str(own(r, "departmentName")), str(own(r, "departmentCode")), num(own(r, "totalScore")), ...PORTAL_GROUPS.map((code) => num(own(g, code)))]);
  }
  return cells;
}
