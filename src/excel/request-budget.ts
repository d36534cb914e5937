/**
 * The one request budget of every write and read of the adapter. Excel on the web refuses a
 * request (or a response) over 5 MB, counted here as 5,000,000 bytes of UTF-8 (the smaller
 * reading of "MB"; Vietnamese letters take 2–3 bytes). The data budget stays 1 MB below it, so
 * the request's envelope (object paths, one entry per call) always fits.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;
export const REQUEST_DATA_BUDGET_BYTES = 4_000_000;

/** UTF-8 length of a string, counted without TextEncoder (absent from some hosts and from jsdom). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a block of cells adds to a request, as JSON in UTF-8 (Vietnamese letters take 2–3 bytes). */
export function payloadBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

export interface RowChunk {
  start: number;
  /** exclusive */
  end: number;
  bytes: number;
}

/**
 * Splits rows into consecutive chunks whose JSON stays within `budget`. A single row over
 * the budget gets a chunk of its own (it cannot be split by rows; Excel will say so).
 */
export function planRowChunks(rows: readonly unknown[][], budget = REQUEST_DATA_BUDGET_BYTES): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  // "[" + rows + commas + "]": each row counts its own comma or the closing bracket.
  let bytes = 1;
  for (let i = 0; i < rows.length; i++) {
    const b = payloadBytes(rows[i]) + 1;
    if (i > start && bytes + b > budget) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 1;
    }
    bytes += b;
  }
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}
