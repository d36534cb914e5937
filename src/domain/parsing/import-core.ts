import type { RuleSet } from "../ruleset/schema";
import type { HeaderMatch } from "./headers";
import type { ImportedRow, ImportProblem } from "./import-schema";
import { levelFromLabel, levelFromName, type UnitLevel } from "./levels";
import { parseVietnameseNumber } from "./number";
import { cleanName, formatVietnamese } from "./text";

/** What a spreadsheet cell can hold, as Excel gives a selection's values. */
export type Cell = string | number | boolean | null | undefined;

export interface ColumnRef {
  /** the header as the input prints it (or the indicator's name for a PDF annex) */
  label: string;
  role: HeaderMatch | null;
}

/** One unit's line, split into its parts but not yet read: both doors (cells, PDF text) produce these. */
export interface RawRecord {
  row: number;
  /** which table of the input (a new header starts a new one) */
  table: number;
  stt?: string;
  unit: string;
  district?: string;
  /** the text of a level column, if the table has one */
  levelLabel?: string;
  /** the level announced by the section title above the table */
  sectionLevel: UnitLevel | null;
  values: { column: ColumnRef; raw: Cell }[];
  extra: Record<string, string>;
}

export function cellText(c: Cell): string {
  return c === null || c === undefined ? "" : String(c).normalize("NFC").replace(/\u00a0/g, " ").trim();
}

/** Collects problems with their Vietnamese message prefixed by the row and the column. */
export class ProblemLog {
  readonly list: ImportProblem[] = [];

  add(severity: ImportProblem["severity"], row: number, column: string, value: string, message: string, suggestion?: number): void {
    const where = row > 0 ? `Dòng ${row}${column ? `, cột "${column}"` : ""}: ` : "";
    const p: ImportProblem = { row, column, value, message: where + message, severity };
    if (suggestion !== undefined) p.suggestion = suggestion;
    this.list.push(p);
  }
}

export function roleName(role: HeaderMatch | null): string | null {
  if (!role) return null;
  if (role.kind !== "indicator") return role.kind;
  return role.part === "rate" ? role.code : `${role.code}:${role.part === "numerator" ? "tử số" : "mẫu số"}`;
}

/** The candidate whose headers name the most indicator columns; the first on a tie. */
export function pickRuleSet(candidates: readonly RuleSet[], indicatorsMatched: (rs: RuleSet) => number): RuleSet {
  let best = candidates[0];
  let bestCount = -1;
  for (const rs of candidates) {
    const n = indicatorsMatched(rs);
    if (n > bestCount) {
      best = rs;
      bestCount = n;
    }
  }
  return best;
}

interface ColumnStats {
  withPercent: number;
  withoutPercent: number;
}

const COMMA_DECIMAL = /\d,\d/;
const DOT_DECIMAL = /\d\.\d/;
const THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+%?$/;

/** Per table: which decimal separator its text numbers use; per column: whether its rates print a `%`. */
function surveyNumbers(records: readonly RawRecord[]) {
  const commas = new Map<number, number>();
  const dots = new Map<number, number>();
  const columns = new Map<string, ColumnStats>();
  for (const r of records) {
    for (const { column, raw } of r.values) {
      if (typeof raw !== "string") continue;
      const s = raw.trim();
      if (s === "" || s === "-") continue;
      if (COMMA_DECIMAL.test(s)) commas.set(r.table, (commas.get(r.table) ?? 0) + 1);
      else if (DOT_DECIMAL.test(s) && !THOUSANDS.test(s)) dots.set(r.table, (dots.get(r.table) ?? 0) + 1);
      const key = `${r.table}|${column.label}`;
      const st = columns.get(key) ?? { withPercent: 0, withoutPercent: 0 };
      if (s.endsWith("%")) st.withPercent++;
      else if (!s.includes("/")) st.withoutPercent++;
      columns.set(key, st);
    }
  }
  const decimalOf = (table: number): "," | "." => ((dots.get(table) ?? 0) > (commas.get(table) ?? 0) ? "." : ",");
  const percentColumn = (table: number, label: string) => {
    const st = columns.get(`${table}|${label}`);
    return !!st && st.withPercent > st.withoutPercent;
  };
  return { decimalOf, percentColumn };
}

/** Reads every value of every record: rates in percent, totals, counts; each cell not taken is an error, each doubtful one a warning. */
export function finishRecords(records: readonly RawRecord[], log: ProblemLog): ImportedRow[] {
  const { decimalOf, percentColumn } = surveyNumbers(records);
  const rows: ImportedRow[] = [];
  for (const r of records) {
    const decimal = decimalOf(r.table);
    const unit = cleanName(r.unit);
    const row: ImportedRow = { row: r.row, unit, level: null, values: {} };
    if (r.stt) row.stt = r.stt;
    if (r.district) row.district = cleanName(r.district);
    for (const { column, raw } of r.values) {
      const role = column.role;
      if (!role || (role.kind !== "total" && role.kind !== "indicator")) continue;
      const text = cellText(raw);
      const p = parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : raw, { decimal });
      if (!p.ok) {
        log.add("error", r.row, column.label, text, p.message + " Ô này được để trống.", p.suggestion);
        continue;
      }
      if (p.value === null) continue;
      let v = p.kind === "ratio" && p.max ? (100 * p.value) / p.max : p.value;
      if (role.kind === "indicator" && role.part !== "rate") {
        if (v < 0) {
          log.add("error", r.row, column.label, text, `số lượng không thể âm (${text}). Ô này được để trống.`);
          continue;
        }
        const counts = (row.counts ??= {});
        (counts[role.code] ??= {})[role.part] = v;
        continue;
      }
      if (v < 0 || v > 100) {
        const what = role.kind === "total" ? "điểm" : "tỷ lệ";
        log.add("error", r.row, column.label, text, `${what} ${formatVietnamese(v)} nằm ngoài khoảng 0–100. Ô này được để trống.`);
        continue;
      }
      if (typeof raw === "string") {
        if (role.kind === "indicator" && p.kind === "plain" && percentColumn(r.table, column.label)) {
          log.add("warning", r.row, column.label, text, `"${text}" thiếu dấu %, đã đọc là ${formatVietnamese(v)}%.`);
        }
        if (p.decimal === "." && decimal === ",") {
          log.add("warning", r.row, column.label, text, `"${text}" dùng dấu chấm thập phân, đã đọc là ${formatVietnamese(v)}${p.kind === "percent" ? "%" : ""}.`);
        }
      }
      v = Math.round(v * 1e9) / 1e9;
      if (role.kind === "total") row.total = v;
      else row.values[role.code] = v;
    }
    const labelLevel = r.levelLabel ? levelFromLabel(r.levelLabel) : null;
    if (r.levelLabel && !labelLevel) {
      log.add("warning", r.row, "", r.levelLabel, `không hiểu cấp "${r.levelLabel}" (dùng: tỉnh, huyện, xã).`);
    }
    row.level = labelLevel ?? levelFromName(unit) ?? r.sectionLevel;
    if (!row.level) log.add("warning", r.row, "", unit, `không xác định được cấp của "${unit}" (tỉnh, huyện hay xã).`);
    if (Object.keys(r.extra).length) row.extra = { ...r.extra };
    rows.push(row);
  }
  return rows;
}
