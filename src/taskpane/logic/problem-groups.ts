/** A problem as the lists show it: a row of the source, the column, a standalone message. */
export interface ListedProblem {
  row: number;
  column: string;
  message: string;
  severity: string;
  /** the unit on that row, when known */
  unit?: string;
  /** the problem without its row ("thiếu số liệu …"): problems alike share it */
  what?: string;
}

export interface ProblemGroup<P extends ListedProblem> {
  severity: string;
  column: string;
  what: string;
  items: P[];
}

// "Dòng 12: …", "Dòng 12 (Xã A): …", "Dòng 12, cột "X": …", and a cell's "Ô D12 (cột "X"): …" (problemPlace)
const ROW_PREFIX = /^(?:Dòng \d+(?: \([^)]*\))?(?:, cột "[^"]*")?|Ô [A-Z]+\d+(?: \(cột "[^"]*"\))?): /;

export function whatOf(p: ListedProblem): string {
  return (p.what ?? p.message.replace(ROW_PREFIX, "")).replace(/\.$/, "");
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1 };

/**
 * The same problem on many rows becomes one group (17 departments missing one rate are one
 * line, not 17); errors first, then warnings, each in the order the rows come.
 */
export function groupProblems<P extends ListedProblem>(problems: readonly P[]): ProblemGroup<P>[] {
  const groups = new Map<string, ProblemGroup<P>>();
  for (const p of problems) {
    const what = whatOf(p);
    const key = `${p.severity}\u0000${p.column}\u0000${what}`;
    const g = groups.get(key);
    if (g) g.items.push(p);
    else groups.set(key, { severity: p.severity, column: p.column, what, items: [p] });
  }
  const rank = (s: string) => SEVERITY_ORDER[s] ?? 2;
  // Array.prototype.sort is stable: groups of one severity keep the order of their first row.
  return [...groups.values()].sort((a, b) => rank(a.severity) - rank(b.severity));
}

/** "2–18, 230": rows as runs; past `maxRuns` runs, the rest is "…". */
export function rowRanges(rows: readonly number[], maxRuns = 6): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.length > maxRuns ? `${runs.slice(0, maxRuns).join(", ")}, …` : runs.join(", ");
}
