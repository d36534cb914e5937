import { numberVi } from "../domain/report/number-format";
import { UsageError } from "./errors";

/*
 * What the CLI promises to handle, stated once and enforced before the work starts (each
 * limit is named in the message that refuses a larger input). The country has about 4 000
 * units scored by the index; MAX_UNITS is 25 times that, and the bench (bench/cases/limits.ts)
 * shows score and annex stay linear up to it.
 */
export const MAX_UNITS = 100_000;
/** Rows a table may have beyond its units: titles, headers, notes, blank lines. */
export const MAX_EXTRA_ROWS = 1_000;
/** Columns of a unit table: the widest real table has under 100. */
export const MAX_COLUMNS = 1_000;
/** Bytes of one input file (a 100 000-unit table with 60 columns is about 60 MB as CSV). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Uncompressed bytes of the sheet and shared-strings XML of an .xlsx (about 20× the CSV). */
export const MAX_XLSX_PART_BYTES = 1024 * 1024 * 1024;
/** `chiso report` without --unit writes one sheet per unit: above this, ask for --all. */
export const REPORT_ALL_NEEDED_ABOVE = 500;

/** A count in Vietnamese: 100000 → "100.000". */
export const count = (n: number) => numberVi(n, 0);

/** Refuses an input file larger than MAX_INPUT_BYTES, naming the limit. */
export function checkInputSize(file: string, bytes: number): void {
  if (bytes > MAX_INPUT_BYTES) {
    throw new UsageError("cli.fileTooLarge", { file, megabytes: Math.round(bytes / 2 ** 20), maxMegabytes: MAX_INPUT_BYTES / 2 ** 20, maxUnits: MAX_UNITS });
  }
}

/** Refuses a table of more than MAX_UNITS units (plus room for titles), naming the limit. */
export function checkRowCount(file: string, rows: number): void {
  if (rows > MAX_UNITS + MAX_EXTRA_ROWS) {
    throw new UsageError("cli.tooManyRows", { file, rows, maxUnits: MAX_UNITS });
  }
}
