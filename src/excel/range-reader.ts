import type { Cell } from "../domain/reading/cell";
import { cellsOfRange } from "./cells";
import { payloadBytes, REQUEST_DATA_BUDGET_BYTES } from "./request-budget";

/** The grids a reader takes from a range: values, and the number formats the typed-cell reader needs for percents. */
export type Grid = "values" | "numberFormat";

export type RangeGrids = Record<Grid, unknown[][]>;

/*
 * How big a row's response will be is unknown until it is read. The first block of a range
 * is sized from a guess: a row of CHISO's tables is mostly numbers (some 20 bytes each in
 * JSON) with a name or two, so a row is taken as one long Vietnamese name (512 bytes, some
 * 170 letters) plus 24 bytes a value and 16 a number format. Once rows have come back, the
 * next blocks are sized from the largest row seen (the first, a header, aside), with a margin
 * for longer rows further down. The budget stays 1 MB under Excel's limit, so a guess a
 * quarter too low still passes; a sheet of many long texts a row (notes in every column) can
 * pass it in its first block, and Excel then refuses the read.
 */
const GUESSED_ROW_BYTES = 512;
const GUESSED_CELL_BYTES: Record<Grid, number> = { values: 24, numberFormat: 16 };
const LARGEST_ROW_MARGIN = 1.5;

/**
 * Queues what the chunked reader must know before reading: the range's size. Pass the other
 * properties the caller wants from the same sync (rowIndex, address…), since `load` asks once.
 */
export function loadRangeSize(range: Excel.Range, also: string[] = []): Excel.Range {
  return range.load(["rowCount", "columnCount", ...also]);
}

/** A range to read and the grids wanted from it (a history needs no number formats). */
export interface RangeRead {
  range: Excel.Range;
  grids: readonly Grid[];
}

interface Pending extends RangeRead {
  rows: number;
  columns: number;
  /** rows read so far */
  done: number;
  /** bytes one row is taken to need: the guess, then the largest row seen with its margin */
  rowBytes: number;
  largestSeen: number;
  out: RangeGrids;
}

/**
 * Reads ranges whose size was loaded ({@link loadRangeSize}, then a sync) in row blocks whose
 * response stays within `budget` bytes of UTF-8 JSON. Blocks of several ranges share a sync
 * while they fit, so small tables take one sync whatever their number, and a big one one more
 * per budget's worth of data. Returns each range's grids and the syncs taken.
 */
export async function readRangesInChunks(
  context: Excel.RequestContext,
  reads: readonly RangeRead[],
  budget = REQUEST_DATA_BUDGET_BYTES,
): Promise<{ grids: RangeGrids[]; syncs: number }> {
  const guessedRowBytes = (columns: number, grids: readonly Grid[]) => grids.reduce((n, g) => n + columns * GUESSED_CELL_BYTES[g], GUESSED_ROW_BYTES);
  const pending: Pending[] = reads.map(({ range, grids }) => ({
    range,
    grids,
    rows: range.rowCount,
    columns: range.columnCount,
    done: 0,
    rowBytes: guessedRowBytes(range.columnCount, grids),
    largestSeen: 0,
    out: { values: [], numberFormat: [] },
  }));
  let syncs = 0;
  for (;;) {
    const open = pending.filter((p) => p.columns > 0 && p.done < p.rows);
    if (!open.length) break;
    const blocks: { p: Pending; block: Excel.Range; rows: number }[] = [];
    let left = budget;
    for (const p of open) {
      // a row alone over the budget still gets read on its own: it cannot be split by rows
      const rows = Math.min(p.rows - p.done, Math.max(blocks.length ? 0 : 1, Math.floor(left / p.rowBytes)));
      if (rows === 0) break;
      const block = p.done === 0 && rows === p.rows ? p.range : p.range.getCell(p.done, 0).getResizedRange(rows - 1, p.columns - 1);
      blocks.push({ p, block: block.load([...p.grids]), rows });
      left -= rows * p.rowBytes;
      if (p.done + rows < p.rows) break;
    }
    await context.sync();
    syncs++;
    for (const { p, block, rows } of blocks) {
      for (const g of p.grids) for (const row of block[g] as unknown[][]) p.out[g].push(row);
      // the first row is left out: a table's header of long Vietnamese names says little of its data rows
      for (let i = Math.max(1, p.done); i < p.done + rows; i++) p.largestSeen = Math.max(p.largestSeen, p.grids.reduce((n, g) => n + payloadBytes(p.out[g][i]) + 1, 0));
      if (p.largestSeen) p.rowBytes = Math.ceil(p.largestSeen * LARGEST_ROW_MARGIN);
      p.done += rows;
    }
  }
  return { grids: pending.map((p) => p.out), syncs };
}

const TYPED: readonly Grid[] = ["values", "numberFormat"];

/** Ranges' cells as the domain's typed cells (a number with its percent flag), read in chunks: values and number formats. */
export async function readTypedCells(context: Excel.RequestContext, ranges: readonly Excel.Range[], budget?: number): Promise<{ cells: Cell[][][]; syncs: number }> {
  const read = await readRangesInChunks(context, ranges.map((range) => ({ range, grids: TYPED })), budget);
  return { cells: read.grids.map((g) => cellsOfRange(g.values, g.numberFormat)), syncs: read.syncs };
}
