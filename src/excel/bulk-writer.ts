import { planRowChunks, REQUEST_DATA_BUDGET_BYTES } from "./request-budget";

import type { Cell } from "./run";
export type { Cell };

/** A cell meant as a formula: the only way a formula reaches a sheet (en-US syntax, as `range.formulas` takes it). */
export interface Formula {
  formula: string;
}
export type WriteCell = Cell | Formula;
export const formula = (text: string): Formula => ({ formula: text });
export const isFormula = (cell: unknown): cell is Formula => typeof cell === "object" && cell !== null && typeof (cell as Formula).formula === "string";

/** Excel's Text format: what a cell holds is what was typed, never a formula, a date or a number. */
export const TEXT_FORMAT = "@";

/** One number format per column (null: General), or one per cell of the block. */
export type BlockFormats = readonly (string | null)[] | ((row: number, column: number) => string | null);

/**
 * The number format a cell gets before its value is written. Excel reads a string written to
 * a General cell as a user's typing: "=…", "+…", "-…" become formulas, "1/12" a date, "001" a
 * number. Every text cell is set to Text first, so a unit named "=HYPERLINK(…)" or a label
 * "1/12" stays as written; formulas and numbers keep their column's format.
 */
export function numberFormatOf(cell: WriteCell, format: string | null): string {
  if (typeof cell === "string") return TEXT_FORMAT;
  return format ?? "General";
}

/** A block as Excel takes it: the formats to set first, then the data (formulas written through `range.formulas`). */
export function planBlock(cells: readonly (readonly WriteCell[])[], formats?: BlockFormats): { numberFormat: string[][]; data: Cell[][]; hasFormula: boolean } {
  const formatAt = typeof formats === "function" ? formats : (_r: number, c: number) => formats?.[c] ?? null;
  let hasFormula = false;
  const data = cells.map((row) =>
    row.map((cell) => {
      if (!isFormula(cell)) return cell;
      hasFormula = true;
      return cell.formula;
    }),
  );
  const numberFormat = cells.map((row, r) => row.map((cell, c) => numberFormatOf(cell, formatAt(r, c))));
  return { numberFormat, data, hasFormula };
}

/**
 * The one writer of cells: queues block writes on one request context and syncs only when
 * the next block would push the request past the budget, so a write costs one sync whatever
 * the number of units, and more only when its data passes the size Excel on the web accepts.
 * Each block's number formats go before its values (text as Text). Calculation stays
 * suspended during every request it sends.
 */
export class BulkWriter {
  private pending = 0;
  /** data bytes of every request sent so far, for tests and the bench */
  readonly requestBytes: number[] = [];

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget = REQUEST_DATA_BUDGET_BYTES,
  ) {
    this.suspendCalculation();
  }

  /** Writes a block from (row, column), 0-based: text as text, `Formula` cells as formulas, numbers under their format. */
  async write(sheet: Excel.Worksheet, row: number, column: number, cells: readonly (readonly WriteCell[])[], formats?: BlockFormats): Promise<void> {
    const width = cells[0]?.length ?? 0;
    if (!width) return;
    const block = planBlock(cells, formats);
    const rows = block.data.map((r, i) => [...r, ...block.numberFormat[i]]);
    for (const chunk of planRowChunks(rows, this.budget)) {
      await this.reserve(chunk.bytes);
      const range = sheet.getRangeByIndexes(row + chunk.start, column, chunk.end - chunk.start, width);
      // Formats first: a value lands in a cell already formatted as Text, so Excel keeps it as text.
      range.numberFormat = block.numberFormat.slice(chunk.start, chunk.end);
      const data = block.data.slice(chunk.start, chunk.end);
      if (block.hasFormula) range.formulas = data;
      else range.values = data;
    }
  }

  /** Counts bytes a caller writes itself; syncs first when they would not fit in the current request. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.send();
    this.pending += bytes;
  }

  /** bytes queued and not yet sent, for a renderer that sends them with its own last sync */
  get queuedBytes(): number {
    return this.pending;
  }

  /** Sends what is queued: the last sync of an operation. */
  async finish(): Promise<void> {
    await this.send(false);
  }

  private async send(more = true): Promise<void> {
    this.requestBytes.push(this.pending);
    this.pending = 0;
    await this.ctx.sync();
    if (more) this.suspendCalculation();
  }

  private suspendCalculation(): void {
    this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
  }
}
