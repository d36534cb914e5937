/**
 * A1-style addresses: where a problem sits, as the user finds it in Excel or in the file
 * (column letters, 1-based row). Shared by every reader so "ô D7" means the same at every door.
 */

/** The letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  if (index >= 0 && index < 26 && Number.isInteger(index)) return String.fromCharCode(65 + index); // A–Z: one letter, no loop
  let s = "";
  for (let n = Math.floor(index) + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s || "A";
}

/** Where a block of cells starts in its source: 0-based row and column of its top-left cell. */
export interface Origin {
  row: number;
  column: number;
}

export const TOP_LEFT: Origin = { row: 0, column: 0 };

/** The address of a block's cell, from its 1-based row and 0-based column in the block. */
export function cellAddress(origin: Origin, row: number, column: number): string {
  return `${columnLetter(origin.column + column)}${origin.row + row}`;
}
