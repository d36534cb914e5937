import type { TableInfo } from "../../excel/tables";

/** The sheet cell of a table's 1-based row (header = 1) under a column named by its header (the first column when unknown). */
export function tableCell(info: TableInfo, row: number, column: string): { sheet: string; row: number; column: number } {
  return { sheet: info.sheet, row: info.row + row - 1, column: info.column + Math.max(0, info.header.indexOf(column)) };
}
