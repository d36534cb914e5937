import { parsePeriod, type Period } from "../domain/history/period";
import { UsageError } from "./io";
import type { PeriodKind } from "./messages.vi";

/**
 * Every `--period` of a command line, in order, and the other arguments: the shared parser
 * keeps one value per option, while `chiso history` and `chiso progress FILE…` take one period
 * per file. Each value is read with `parsePeriod`; `kind` words the refusals in the command's
 * own terms (a period, a report date).
 */
export function takePeriods(args: readonly string[], kind: PeriodKind): { rest: string[]; periods: Period[] } {
  const rest: string[] = [];
  const periods: Period[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const text = a === "--period" ? args[++i] : a.startsWith("--period=") ? a.slice("--period=".length) : null;
    if (text === null) {
      rest.push(a);
      continue;
    }
    if (text === undefined || text === "" || (a === "--period" && text.startsWith("--"))) throw new UsageError("cli.periodMissing", { kind });
    const p = parsePeriod(text);
    if (!p) throw new UsageError("cli.periodUnreadable", { kind, text });
    periods.push(p);
  }
  return { rest, periods };
}

/**
 * The period of each file, in command-line order: the one the file names (its name, its title)
 * when it names one; else the `--period` given for it: one per file when there are as many as
 * files, otherwise the next unused one, in order.
 */
export function periodPerFile(given: readonly Period[], files: number): (index: number, named: Period | null) => Period | null {
  let next = 0;
  return (index, named) => {
    if (given.length === files) return named ?? given[index];
    return named ?? given[next++] ?? null;
  };
}
