/*
 * CSV cells that a spreadsheet would run as a formula (OWASP "CSV injection"): text starting
 * with =, +, -, @, tab or carriage return gets a leading apostrophe when CHISO writes CSV.
 * Text that already starts with apostrophes before such a character gets one more, so the
 * escape is reversible: unescapeCsvCell(escapeCsvCell(x)) === x for every text x, and
 * `chiso import` → CSV → `chiso score` reads back exactly what was written.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;

/** The cell as CHISO writes it into CSV. Numbers are not text: -3 stays a number. */
export function escapeCsvCell(text: string): string {
  return NEEDS_ESCAPE.test(text) ? "'" + text : text;
}

/** The cell as it was before escapeCsvCell; every reader of CSV text calls this on each cell. */
export function unescapeCsvCell(text: string): string {
  return text.charCodeAt(0) === 0x27 && NEEDS_ESCAPE.test(text) ? text.slice(1) : text;
}
