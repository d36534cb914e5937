/**
 * Benchmarks print ratios measured side by side in one run: a case times its subject and
 * its baseline alternately, several rounds, and keeps the median of each, so machine noise
 * hits both sides alike. Figures land in bench/results.json as {case: {figure: number}}.
 */
export type Figures = Record<string, number>;

export interface BenchCase {
  name: string;
  /** what the goal is, printed beside the figures, e.g. "ratio ≤ 1.5" */
  goal?: string;
  run(): Promise<Figures> | Figures;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function timeMs(fn: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Alternates subject and baseline for `rounds` rounds after `warmups` warm-ups of each (one by
 * default: a first read, as a user's); medians in ms.
 */
export async function sideBySide(subject: () => unknown, baseline: () => unknown, rounds = 7, warmups = 1): Promise<{ subjectMs: number; baselineMs: number; ratio: number }> {
  for (let i = 0; i < warmups; i++) {
    await subject();
    await baseline();
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    s.push(await timeMs(subject));
    b.push(await timeMs(baseline));
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs };
}
