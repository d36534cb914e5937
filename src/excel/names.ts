import { SHEET_NAME_MAX } from "./limits";

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/**
 * A worksheet name not used yet: `wanted`, else `wanted (2)`, `wanted (3)`… Excel compares
 * names without case; the suffix is kept inside the 31-character limit by shortening the stem.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.normalize("NFC").toLocaleLowerCase("vi")));
  const stem = wanted.normalize("NFC").replace(FORBIDDEN_IN_SHEET_NAME, " ").replace(/^'+|'+$/g, "").trim() || "CHISO";
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? "" : ` (${k})`;
    const name = stem.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  }
}

/** A table name not used yet in the workbook (table names are workbook-wide, ASCII here to stay safe in formulas). */
export function uniqueTableName(existing: readonly string[], stem: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = stem.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1");
  for (let k = 1; ; k++) {
    const name = `${base}${k === 1 ? "" : `_${k}`}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a cell from 0-based indexes. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** A sheet name as Excel writes it before `!`: quoted when it holds anything but letters, digits, `_` and `.`. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'Sheet 1'!B3:C4` into the sheet and the range part; a bare address has no sheet. */
export function splitAddress(address: string): { sheet?: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** 0-based row and column of the top-left cell of an A1 range (`B3:C4` → row 2, column 1). */
export function topLeftOf(range: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)/.exec(range);
  if (!m) throw new Error(`Địa chỉ ô không hợp lệ: ${range}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}
