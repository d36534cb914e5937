import type { Cell } from "../domain/reading/cell";
import { loadRangeSize, readTypedCells } from "./range-reader";
import type { ExcelRun } from "./run";

export interface SelectionData {
  sheet: string;
  /** 0-based row and column of the first cell read */
  row: number;
  column: number;
  address: string;
  /** typed cells: numbers as Excel holds them, with their percent flag */
  cells: Cell[][];
}

/**
 * Reads the used part of the current selection (a whole-column selection reads only its
 * data): one sync for where and how big it is, one to read it (more past the request budget).
 */
export async function readSelection(run: ExcelRun): Promise<SelectionData | null> {
  return run(async (context) => {
    const used = loadRangeSize(context.workbook.getSelectedRange().getUsedRangeOrNullObject(true), ["isNullObject", "address", "rowIndex", "columnIndex"]);
    used.worksheet.load("name");
    await context.sync();
    if (used.isNullObject) return null;
    const [cells] = (await readTypedCells(context, [used])).cells;
    return { sheet: used.worksheet.name, row: used.rowIndex, column: used.columnIndex, address: used.address, cells };
  });
}

/** Selects one cell (a problem's source cell) and brings its sheet forward: one sync. */
export async function selectCell(run: ExcelRun, sheet: string, row: number, column: number): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRangeByIndexes(row, column, 1, 1).select();
    await context.sync();
  });
}
