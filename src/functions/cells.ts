import { parseVietnameseNumber } from "../domain/parsing/number";
import { formatVietnamese } from "../domain/parsing/text";
import { roundTo, type IndicatorInput } from "../domain/scoring";
import { invalid } from "./errors";

/**
 * The door between Excel's values and the domain's. Excel cells hold rates as fractions
 * (0.9116 shown as 91,16%); the domain works in percent (91.16). Text pasted from the
 * portal or a PDF (`"91,16%"`, `"2.143"`, `"17,8/20"`) is parsed, never guessed.
 * Omitted arguments arrive as null, empty cells as "".
 */

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

// 0.29 × 100 is 28.999999999999996 in binary: shed the noise, keep every real digit.
export const percentOf = (fraction: number): number => roundTo(fraction * 100, 9);
export const fractionOf = (percent: number): number => roundTo(percent / 100, 11);

export const fmt = (n: number): string => formatVietnamese(n, 4);

function parsedText(cell: string, what: string) {
  const parsed = parseVietnameseNumber(cell);
  if (!parsed.ok) invalid(`${what}: ${parsed.message}`);
  return parsed;
}

/** `shown` is built only when there is an error to report. */
function checkPercent(percent: number, what: string, shown: () => string): number {
  if (!Number.isFinite(percent) || percent < 0) invalid(`${what}: tỷ lệ ${shown()} không hợp lệ (phải từ 0% đến 100%).`);
  if (percent > 100) {
    invalid(
      `${what}: tỷ lệ ${shown()} vượt 100%. Ô Excel ghi tỷ lệ dạng phân số (91,16% là 0,9116); ` +
        `nếu ô ghi số phần trăm, hãy định dạng ô là % hoặc chia cho 100.`,
    );
  }
  return percent;
}

/**
 * A rate in percent from a cell: a number is a fraction (0.9116), text may be `91,16%`,
 * `0,9116` or `17,8/20` (points of a maximum). Null when the cell is empty.
 */
export function readRate(cell: unknown, what: string): number | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "number") return checkPercent(percentOf(cell), what, () => fmt(cell));
  if (typeof cell !== "string") invalid(`${what}: cần một tỷ lệ (số hoặc văn bản như "91,16%").`);
  const parsed = parsedText(cell, what);
  if (parsed.value === null) return null;
  const shown = () => `"${cell.trim()}"`;
  switch (parsed.kind) {
    case "percent":
      return checkPercent(parsed.value, what, shown);
    case "ratio":
      return checkPercent((100 * parsed.value) / parsed.max!, what, shown);
    default:
      return checkPercent(percentOf(parsed.value), what, shown);
  }
}

/** A count (numerator, denominator): a non-negative number, or text like `2.143`. Null when empty. */
export function readCount(cell: unknown, what: string): number | null {
  if (isBlank(cell)) return null;
  let value: number;
  if (typeof cell === "number") value = cell;
  else if (typeof cell === "string") {
    const parsed = parsedText(cell, what);
    if (parsed.value === null) return null;
    if (parsed.kind !== "plain") invalid(`${what}: cần một số đếm, không phải "${cell.trim()}".`);
    value = parsed.value;
  } else return invalid(`${what}: cần một số.`);
  if (!Number.isFinite(value) || value < 0) invalid(`${what}: phải là số không âm (đang là ${fmt(value)}).`);
  return value;
}

/** Text of a code, a name or a rule-set id; numbers are accepted as their digits. */
export function readText(cell: unknown): string {
  if (isBlank(cell)) return "";
  // Most titles are ASCII codes (CKMB.1): normalizing those is wasted work on every recalculation.
  if (typeof cell === "string") return (/^[\x20-\x7e]*$/.test(cell) ? cell : cell.normalize("NFC")).trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}

/** A range argument as a list: Excel passes ranges as 2-D arrays; one row or one column is read in order. */
export function readLine(range: unknown, what: string): unknown[] {
  if (!Array.isArray(range)) return [range];
  if (range.length === 0) return [];
  if (!range.every(Array.isArray)) return range;
  const rows = range as unknown[][];
  if (rows.length === 1) return rows[0];
  const line: unknown[] = [];
  for (const r of rows) {
    if (r.length > 1) invalid(`${what} phải là một dòng hoặc một cột (đang là ${rows.length} dòng × ${r.length} cột).`);
    if (r.length === 1) line.push(r[0]);
  }
  return line;
}

/** A range argument as rows of cells (a table). */
export function readTable(range: unknown, what: string): unknown[][] {
  if (!Array.isArray(range) || range.length === 0) invalid(`${what} phải là một vùng ô có dòng tiêu đề.`);
  return (range as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
}

/** A numerator above its denominator, or a count over nothing, is a data error, not a rate above 100%. */
export function checkCountPair(what: string, numerator: number, denominator: number): void {
  if (numerator > denominator) {
    invalid(`${what}: tử số ${fmt(numerator)} lớn hơn mẫu số ${fmt(denominator)}.`);
  }
}

/** checkCountPair over a unit's values, `where` prefixing the message (e.g. "Dòng 5, "). */
export function checkCountPairs(values: Record<string, IndicatorInput>, where = ""): void {
  for (const [code, v] of Object.entries(values)) {
    if (v && typeof v === "object" && v.numerator != null && v.denominator != null) checkCountPair(where + code, v.numerator, v.denominator);
  }
}
