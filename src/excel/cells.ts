import { fractionOf, sheetCells, type Cell } from "../domain/reading/cell";

/**
 * A range's values with their number formats, as the domain's typed cells: a number stays the
 * number Excel holds (0.9116 under `0.00%` is a percent-flagged 0.9116), never the text it shows.
 */
export function cellsOfRange(values: readonly (readonly unknown[])[], numberFormat?: readonly (readonly unknown[])[]): Cell[][] {
  return sheetCells(values, numberFormat);
}

/** A rate in percent as the fraction an Excel cell holds (the domain's one conversion). */
export function percentToFraction(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? null : fractionOf(rate);
}
