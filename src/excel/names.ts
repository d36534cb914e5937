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
