import { planRowChunks } from "./chunks";
import { REQUEST_DATA_BUDGET_BYTES } from "./limits";

import type { Cell } from "./run";
export type { Cell };

/**
 * Queues block writes on one request context and syncs only when the next block would
 * push the request past the budget, so a write costs one sync whatever the number of
 * units, and more only when its data passes the size Excel on the web accepts.
 * Calculation stays suspended during every request it sends.
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

  /** Writes a block from (row, column), 0-based, as values or as formulas, with one number format per column. */
  async write(sheet: Excel.Worksheet, row: number, column: number, cells: readonly Cell[][], kind: "values" | "formulas" = "values", columnFormats?: readonly (string | null)[]): Promise<void> {
    const width = cells[0]?.length ?? 0;
    if (!width) return;
    const formatRow = columnFormats?.map((f) => f ?? "General");
    const rows = formatRow ? cells.map((r) => [...r, ...formatRow]) : (cells as Cell[][]);
    for (const chunk of planRowChunks(rows, this.budget)) {
      await this.reserve(chunk.bytes);
      const range = sheet.getRangeByIndexes(row + chunk.start, column, chunk.end - chunk.start, width);
      const block = cells.slice(chunk.start, chunk.end) as Cell[][];
      if (kind === "values") range.values = block;
      else range.formulas = block;
      if (formatRow) range.numberFormat = block.map(() => formatRow);
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
