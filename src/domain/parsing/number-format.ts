import { fixedVietnamese } from "./text";

/** Decimals a percent needs as printed in the annexes: 70 → 0, 0,2 → 1, 83,93 → 2 (never more than `max`). */
export function decimalsOf(value: number, max = 2): number {
  for (let d = 0; d < max; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(value * f) - value * f) < 1e-6) return d;
  }
  return max;
}

/** A percent the Vietnamese way: 83.93 → "83,93%", 1234.5 → "1.234,5%". */
export function percentVi(value: number, decimals = decimalsOf(value)): string {
  return `${numberVi(value, decimals)}%`;
}

export function numberVi(value: number, decimals = decimalsOf(value)): string {
  return fixedVietnamese(value, decimals);
}
