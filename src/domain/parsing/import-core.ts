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

/** A letter of any script: a unit's name has one, a number never. */
export const LETTER = /\p{L}/u;

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

const ONE_THOUSANDS_GROUP = /^[+-]?\d{1,3}\.\d{3}%?$/;

/**
 * Reads every value of every record: rates in percent, totals, counts; each cell not taken is
 * an error, each doubtful one a warning. A table's decimal separator and a column's `%` habit
 * are learned from all its cells first, so the odd one out can be named.
 */
export function finishRecords(records: readonly RawRecord[], log: ProblemLog): ImportedRow[] {
  const parsed = records.map((r) => r.values.map(({ raw }) => parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : raw)));
  const commas = new Map<number, number>();
  const dots = new Map<number, number>();
  const columns = new Map<ColumnRef, ColumnStats>();
  records.forEach((r, k) => {
    r.values.forEach(({ column, raw }, c) => {
      const p = parsed[k][c];
      if (typeof raw !== "string" || !p.ok || p.value === null) return;
      if (p.decimal === ",") commas.set(r.table, (commas.get(r.table) ?? 0) + 1);
      else if (p.decimal === ".") dots.set(r.table, (dots.get(r.table) ?? 0) + 1);
      let st = columns.get(column);
      if (!st) columns.set(column, (st = { withPercent: 0, withoutPercent: 0 }));
      if (p.kind === "percent") st.withPercent++;
      else if (p.kind === "plain") st.withoutPercent++;
    });
  });
  const decimalOf = (table: number): "," | "." => ((dots.get(table) ?? 0) > (commas.get(table) ?? 0) ? "." : ",");
  const percentColumn = (column: ColumnRef) => {
    const st = columns.get(column);
    return !!st && st.withPercent > st.withoutPercent;
  };

  const rows: ImportedRow[] = [];
  records.forEach((r, k) => {
    const decimal = decimalOf(r.table);
    const unit = cleanName(r.unit);
    const row: ImportedRow = { row: r.row, unit, level: null, values: {} };
    if (r.stt) row.stt = r.stt;
    if (r.district) row.district = cleanName(r.district);
    r.values.forEach(({ column, raw }, c) => {
      const role = column.role;
      if (!role || (role.kind !== "total" && role.kind !== "indicator")) return;
      let p = parsed[k][c];
      // In a dot-decimal table "2.143" is 2,143, not two thousand: read again with the table's habit.
      if (decimal === "." && typeof raw === "string" && ONE_THOUSANDS_GROUP.test(raw.trim())) p = parseVietnameseNumber(raw, { decimal });
      if (!p.ok) {
        log.add("error", r.row, column.label, cellText(raw), p.message + " Ô này được để trống.", p.suggestion);
        return;
      }
      if (p.value === null) return;
      let v = p.kind === "ratio" && p.max ? (100 * p.value) / p.max : p.value;
      if (role.kind === "indicator" && role.part !== "rate") {
        if (v < 0) {
          log.add("error", r.row, column.label, cellText(raw), `số lượng không thể âm (${cellText(raw)}). Ô này được để trống.`);
          return;
        }
        const counts = (row.counts ??= {});
        (counts[role.code] ??= {})[role.part] = v;
        return;
      }
      if (v < 0 || v > 100) {
        const what = role.kind === "total" ? "điểm" : "tỷ lệ";
        log.add("error", r.row, column.label, cellText(raw), `${what} ${formatVietnamese(v)} nằm ngoài khoảng 0–100. Ô này được để trống.`);
        return;
      }
      if (typeof raw === "string") {
        if (role.kind === "indicator" && p.kind === "plain" && percentColumn(column)) {
          log.add("warning", r.row, column.label, cellText(raw), `"${cellText(raw)}" thiếu dấu %, đã đọc là ${formatVietnamese(v)}%.`);
        }
        if (p.decimal === "." && decimal === ",") {
          log.add("warning", r.row, column.label, cellText(raw), `"${cellText(raw)}" dùng dấu chấm thập phân, đã đọc là ${formatVietnamese(v)}${p.kind === "percent" ? "%" : ""}.`);
        }
      }
      if (p.kind === "ratio") v = Math.round(v * 1e9) / 1e9;
      if (role.kind === "total") row.total = v;
      else row.values[role.code] = v;
    });
    const labelLevel = r.levelLabel ? levelFromLabel(r.levelLabel) : null;
    if (r.levelLabel && !labelLevel) {
      log.add("warning", r.row, "", r.levelLabel, `không hiểu cấp "${r.levelLabel}" (dùng: tỉnh, huyện, xã).`);
    }
    row.level = labelLevel ?? levelFromName(unit) ?? r.sectionLevel;
    if (!row.level) log.add("warning", r.row, "", unit, `không xác định được cấp của "${unit}" (tỉnh, huyện hay xã).`);
    for (const _ in r.extra) {
      row.extra = { ...r.extra };
      break;
    }
    rows.push(row);
  });
  return rows;
}
