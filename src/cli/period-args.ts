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

/** The periods of a command's files, each asked once, and the `--period` values none of them took. */
export interface PeriodsPerFile {
  /** The period of file `index`: the one it names (`named`: its name, its title), else the `--period` given for it. */
  of(index: number, file: string, named: Period | null): Period | null;
  /** After every file: refuses a `--period` no file took, rather than drop it silently. */
  refuseUnused(): void;
}

/**
 * The period of each file, in command-line order (README): the one the file names when it
 * names one; else the `--period` given for it: one per file when there are as many as files,
 * otherwise the next unused one, in order. A `--period` that no file takes (given for a file
 * that names another period, or one too many) is refused: the user meant it for something.
 */
export function periodPerFile(given: readonly Period[], files: number): PeriodsPerFile {
  const taken = new Set<number>();
  const ownPeriod: string[] = [];
  let next = 0;
  return {
    of(index, file, named) {
      if (named) ownPeriod.push(file);
      const mine = given.length === files ? index : named ? -1 : next++;
      const period = mine >= 0 ? given[mine] : undefined;
      // A --period that agrees with the file's own period is taken too: nothing was dropped.
      if (period && (!named || named.id === period.id)) taken.add(mine);
      return named ?? period ?? null;
    },
    refuseUnused() {
      const unused = given.filter((_, i) => !taken.has(i)).map((p) => p.id);
      if (unused.length) throw new UsageError("cli.periodUnused", { periods: unused, files: ownPeriod });
    },
  };
}
