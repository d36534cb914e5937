import type { Cell } from "./run";

/**
 * Excel cells hold rates as fractions shown as percent (0.9116 shown as 91.16%); the domain
 * reads rates in percent. A number under a percent format is turned back into the text the
 * user sees ("91.16%"), so the domain's parser reads it as a percent; other cells pass as they are.
 */
export function cellsAsShown(values: readonly (readonly unknown[])[], numberFormat?: readonly (readonly unknown[])[]): Cell[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v === "number" && isPercentFormat(numberFormat?.[r]?.[c])) return `${round(v * 100)}%`;
      if (v === "" || v === undefined) return null;
      return v as Cell;
    }),
  );
}

function isPercentFormat(format: unknown): boolean {
  return typeof format === "string" && format.includes("%");
}

/** 0.9116 × 100 is 91.16000000000001 in binary: shed the noise, keep every real digit. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}

/** A rate in percent as the fraction an Excel cell holds. */
export function percentToFraction(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? null : round(rate / 100);
}
