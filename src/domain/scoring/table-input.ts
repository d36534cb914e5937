import type { RuleSet } from "../ruleset/schema";
import { matchHeader, type HeaderMatch } from "../parsing/headers";
import { parseVietnameseNumber } from "../parsing/number";
import { cleanName } from "../parsing/text";
import type { IndicatorValue, UnitInput } from "./score";

export type TableCell = string | number | boolean | null | undefined;

export interface TableProblem {
  /** 1-based row in the table as given (the header is row 1) */
  row: number;
  /** the column's header as given */
  column: string;
  message: string;
  severity: "error" | "warning";
}

export interface TableUnit {
  /** 1-based row in the table as given */
  row: number;
  input: UnitInput;
  /** the original cells, so unknown columns pass through untouched */
  cells: TableCell[];
}

export interface ScoringTable {
  header: string[];
  roles: (HeaderMatch | null)[];
  units: TableUnit[];
  problems: TableProblem[];
}

function cellText(c: TableCell): string {
  return c === null || c === undefined ? "" : String(c).trim();
}

/**
 * Reads a table whose first row is headers into scoring inputs. Indicator columns are
 * named by code or Vietnamese title and hold a rate in percent, or `<code> tử số` /
 * `<code> mẫu số` counts. Every cell that cannot be read is named by row and column.
 */
export function readScoringTable(ruleSet: RuleSet, cells: readonly (readonly TableCell[])[]): ScoringTable {
  const header = (cells[0] ?? []).map(cellText);
  const roles = header.map((h) => matchHeader(ruleSet, h));
  const problems: TableProblem[] = [];
  const unitCol = roles.findIndex((r) => r?.kind === "unit");
  const districtCol = roles.findIndex((r) => r?.kind === "district");
  const levelCol = roles.findIndex((r) => r?.kind === "level");

  if (unitCol < 0) {
    problems.push({
      row: 1,
      column: header[0] ?? "",
      severity: "error",
      message: "Không tìm thấy cột tên đơn vị (ví dụ: \"Đơn vị\", \"Tên đơn vị\", \"Tỉnh/Thành phố\").",
    });
  }
  const seen = new Map<string, number>();
  roles.forEach((r, i) => {
    if (r?.kind !== "indicator") return;
    const key = `${r.code}|${r.part}`;
    if (seen.has(key)) {
      problems.push({ row: 1, column: header[i], severity: "error", message: `Cột "${header[i]}" trùng chỉ tiêu ${r.code} với cột "${header[seen.get(key)!]}"; chỉ dùng cột đầu.` });
    } else seen.set(key, i);
  });
  const firstColumnOf = (code: string, part: string) => seen.get(`${code}|${part}`);

  const units: TableUnit[] = [];
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r] ?? [];
    if (row.every((c) => cellText(c) === "")) continue;
    const unit = unitCol >= 0 ? cleanName(cellText(row[unitCol])) : "";
    if (unitCol >= 0 && !unit) {
      problems.push({ row: r + 1, column: header[unitCol], severity: "error", message: `Dòng ${r + 1}: thiếu tên đơn vị.` });
    }
    const values: Record<string, IndicatorValue> = {};
    roles.forEach((role, col) => {
      if (role?.kind !== "indicator" || firstColumnOf(role.code, role.part) !== col) return;
      const raw = row[col];
      const parsed = parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : raw ?? null);
      if (!parsed.ok) {
        problems.push({ row: r + 1, column: header[col], severity: "error", message: `Dòng ${r + 1}, cột "${header[col]}": ${parsed.message}` });
        return;
      }
      if (parsed.warning) {
        problems.push({ row: r + 1, column: header[col], severity: "warning", message: `Dòng ${r + 1}, cột "${header[col]}": ${parsed.warning}.` });
      }
      if (parsed.value === null) return;
      const v = (values[role.code] ??= {});
      const value = parsed.kind === "ratio" && parsed.max ? (100 * parsed.value) / parsed.max : parsed.value;
      v[role.part] = value;
    });
    units.push({
      row: r + 1,
      cells: [...row],
      input: {
        unit: unit || `(dòng ${r + 1})`,
        district: districtCol >= 0 ? cleanName(cellText(row[districtCol])) || undefined : undefined,
        level: levelCol >= 0 ? cleanName(cellText(row[levelCol])) || undefined : undefined,
        values,
      },
    });
  }
  return { header, roles, units, problems };
}
