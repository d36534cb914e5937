import { escapeCsvCell, unescapeCsvCell } from "./csv-escape";

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); a BOM is dropped. Returns rows of
 * strings, each with the formula escape of CSV that CHISO writes removed (see csv-escape).
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(unescapeCsvCell(field));
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(unescapeCsvCell(field));
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(unescapeCsvCell(field));
    rows.push(row);
  }
  return rows;
}

/** Header row + records as objects keyed by header. */
export function parseCsvRecords(text: string, delimiter = ","): Record<string, string>[] {
  const [header, ...rest] = parseCsv(text, delimiter);
  if (!header) return [];
  return rest.filter((r) => r.some((c) => c !== "")).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** CSV text; text cells a spreadsheet would take for a formula are escaped (see csv-escape). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((r) => r.map((c) => quote(c === null || c === undefined ? "" : typeof c === "string" ? escapeCsvCell(c) : String(c))).join(",")).join("\n") + "\n";
}
