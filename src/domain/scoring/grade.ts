import type { GradeBand } from "../ruleset/schema";

// A score computed as 18 × 0.9 / 18 × 100 lands at 89.99999999999999; it earns the 90 band.
const BAND_TOLERANCE = 1e-9;

/** The grade of a percentage of the maximum (0–100), from bands sorted by descending threshold. */
export function gradeOf(bands: readonly GradeBand[], percent: number): string | null {
  if (!Number.isFinite(percent)) return null;
  for (const band of bands) {
    if (percent + BAND_TOLERANCE >= band.min) return band.label;
  }
  return bands.length ? bands[bands.length - 1].label : null;
}
