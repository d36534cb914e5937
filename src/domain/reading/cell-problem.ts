import { cellAddress, type Origin } from "../problems/address";
import type { ProblemCode, ProblemParams } from "../problems/problem";

/*
 * A table's problems as the readers make them (the row reader, the points table's, the long
 * form's): a code and its values on a row and column, with the cell's address where the reader
 * knows where the table sits. The doors compose the sentences (problemMessage).
 */

export interface TableProblem {
  /** 1-based row in the table as given (the header's row for a problem of the whole table) */
  row: number;
  /** the column's header as given */
  column: string;
  /** A1 address of the cell in its sheet or file (the table's top-left is its origin) */
  cell?: string;
  severity: "error" | "warning";
  code: ProblemCode;
  params: ProblemParams;
}

/** A problem of a table: its code and values; the door composes the sentence (problemMessage). */
export function coded(code: ProblemCode, severity: TableProblem["severity"], row: number, column: string, params: ProblemParams = {}, cell?: string): TableProblem {
  // One literal or the other, never a property added afterwards (an extra allocation per problem).
  return cell ? { row, column, severity, code, params, cell } : { row, column, severity, code, params };
}

/** Where a table's cells are: its header's titles, and its top-left in the sheet or file. */
export interface CellPlaces {
  header: readonly string[];
  origin: Origin | null;
}

/** A problem on one cell: its row and column in the table, its address in the sheet or file. */
export function onCell(t: CellPlaces, code: ProblemCode, severity: TableProblem["severity"], row: number, col: number, params: ProblemParams = {}): TableProblem {
  return coded(code, severity, row, t.header[col] ?? "", params, t.origin ? cellAddress(t.origin, row, col) : undefined);
}
