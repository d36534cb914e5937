import type { Cell } from "../domain/reading/cell";
import { cellsOfRange } from "./cells";
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

/** Reads the used part of the current selection (a whole-column selection reads only its data): one sync. */
export async function readSelection(run: ExcelRun): Promise<SelectionData | null> {
  return run(async (context) => {
    const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
    used.load(["isNullObject", "address", "rowIndex", "columnIndex", "values", "numberFormat"]);
    used.worksheet.load("name");
    await context.sync();
    if (used.isNullObject) return null;
    return {
      sheet: used.worksheet.name,
      row: used.rowIndex,
      column: used.columnIndex,
      address: used.address,
      cells: cellsOfRange(used.values, used.numberFormat),
    };
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
