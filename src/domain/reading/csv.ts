import { escapeCsvCell, unescapeCsvCell } from "./csv-escape";

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); a BOM is dropped. Returns rows of
 * strings, each with the formula escape of CSV that CHISO writes removed (see csv-escape).
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  return parse(text, delimiter, true);
}

/** {@link parseCsv} field by field, without its shortcut for plain lines: the definition it is tested against. */
export function parseCsvByField(text: string, delimiter = ","): string[][] {
  return parse(text, delimiter, false);
}

/** Where `what` next occurs in `text` from `from`, or the text's length when it does not. */
function nextOf(text: string, what: string, from: number): number {
  const at = text.indexOf(what, from);
  return at < 0 ? text.length : at;
}

function parse(text: string, delimiter: string, plainLines: boolean): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  // The next character that matters outside quotes, found by the regular expression engine:
  // a long run of plain text (an 80 000-character cell) is skipped natively, not looped over.
  const special = new RegExp(`["\r\n${delimiter.replace(/[\\\]^-]/g, "\\$&")}]`, "g");
  // A field is built from slices of the text, never a character at a time: `field` holds what
  // is done (quoted parts, a doubled quote), text[start, i) what is pending.
  let field = "";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let start = i;
  // Where the next quote, carriage return, apostrophe (a formula escape) and delimiter are, each
  // looked for again only once passed (no text is searched twice): a line before the next quote
  // and carriage return (but its CRLF's) is plain, and split at its delimiters as found.
  let quote = -1;
  let cr = -1;
  let apostrophe = -1;
  let delimiterAt = -1;
  while (i < n) {
    if (plainLines && start === i && field === "" && row.length === 0) {
      const end = nextOf(text, "\n", i);
      if (quote < i) quote = nextOf(text, '"', i);
      if (cr < i) cr = nextOf(text, "\r", i);
      // A carriage return just before the end (a CRLF's, or the text's last) ends the line; any
      // other makes it not plain.
      const lineEnd = cr === end - 1 ? cr : end;
      if (quote >= end && cr >= lineEnd) {
        if (apostrophe < i) apostrophe = nextOf(text, "'", i);
        const fields: string[] = [];
        for (let from = i; ; ) {
          if (delimiterAt < from) delimiterAt = nextOf(text, delimiter, from);
          const to = Math.min(delimiterAt, lineEnd);
          fields.push(apostrophe < lineEnd ? unescapeCsvCell(text.slice(from, to)) : text.slice(from, to));
          if (to === lineEnd) break;
          from = to + 1;
        }
        rows.push(fields);
        start = i = end + 1;
        continue;
      }
    }
    special.lastIndex = i;
    // test(), not exec(): the match is one character, found at lastIndex - 1, and no match
    // array is allocated for each of a file's delimiters.
    if (!special.test(text)) break;
    i = special.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (field !== "" || start !== i) {
        i++; // a quote inside a field is a character of it
        continue;
      }
      // A quoted part: up to the closing quote, a doubled quote standing for one.
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          field += text.slice(from);
          i = start = n;
          break;
        }
        field += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          from = q + 2;
        } else {
          i = start = q + 1;
          break;
        }
      }
    } else if (c === sep) {
      row.push(unescapeCsvCell(field + text.slice(start, i)));
      field = "";
      start = ++i;
    } else {
      row.push(unescapeCsvCell(field + text.slice(start, i)));
      rows.push(row);
      row = [];
      field = "";
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = ++i;
    }
  }
  const last = field + text.slice(start, n);
  if (last !== "" || row.length) {
    row.push(unescapeCsvCell(last));
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
