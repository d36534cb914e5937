import { REQUEST_DATA_BUDGET_BYTES } from "./limits";

const encoder = new TextEncoder();

/** Bytes a block of cells adds to a request, as JSON in UTF-8 (Vietnamese letters take 2–3 bytes). */
export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
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
