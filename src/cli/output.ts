import * as path from "path";
import { type CliIo, UsageError } from "./io";

export type OutFormat = "json" | "csv" | "xlsx";

const FORMAT_OF_EXTENSION: Record<string, OutFormat> = { ".json": "json", ".csv": "csv", ".xlsx": "xlsx" };

export interface OutputPlan<F extends OutFormat> {
  format: F;
  /** absent: print to the screen */
  out?: string;
}

/**
 * `--format` and `--out` decided before any work: the format is `--format`, else the extension
 * of `--out`, else `fallback`; the two must agree (JSON text in an .xlsx file helps nobody);
 * `--out` must not name an input, and its folder must be writable.
 */
export function planOutput<F extends OutFormat>(
  options: Record<string, string>,
  allowed: readonly F[],
  fallback: F,
  inputs: readonly (string | undefined)[],
  io: CliIo,
  /** the file name shown when an .xlsx needs --out */
  example = "ket-qua.xlsx",
): OutputPlan<F> {
  const asked = options.format;
  if (asked !== undefined && !(allowed as readonly string[]).includes(asked)) throw new UsageError("cli.notAllowedValue", { name: "format", allowed, value: asked });
  const out = options.out;
  if (out === undefined) {
    const format = (asked ?? fallback) as F;
    if (format === "xlsx") throw new UsageError("cli.outNeeded", { example, screenFormats: allowed.filter((f) => f !== "xlsx") });
    return { format };
  }
  const byExtension = FORMAT_OF_EXTENSION[path.extname(out).toLowerCase()];
  if (!byExtension || !(allowed as readonly string[]).includes(byExtension)) {
    throw new UsageError("cli.outExtension", { out, allowed });
  }
  if (asked !== undefined && asked !== byExtension) {
    throw new UsageError("cli.formatMismatch", { format: asked, out });
  }
  for (const input of inputs) {
    if (input !== undefined && io.exists(input) && (io.sameFile ? io.sameFile(input, out) : path.resolve(input) === path.resolve(out))) throw new UsageError("cli.outIsInput", { out });
  }
  // Nothing is overwritten without asking: a script that means it says --overwrite.
  if (!io.mayOverwrite && io.exists(out)) throw new UsageError("cli.outExists", { out });
  const notWritable = io.cannotWrite?.(out);
  if (notWritable) throw new UsageError("cli.outNotWritable", { out, ...notWritable });
  return { format: byExtension as F, out };
}

/** The command's result to `--out` (atomically) or to the screen. */
export function emit(io: CliIo, plan: OutputPlan<OutFormat>, content: string | Uint8Array): void {
  if (plan.out) io.writeFile(plan.out, content);
  else io.stdout(typeof content === "string" ? content : Buffer.from(content).toString("utf8"));
}

/** The files named by an option that takes `a.csv` or `a.csv,b.xlsx`. */
export function fileList(value: string | undefined, io: CliIo): string[] {
  if (!value) return [];
  return io.exists(value) ? [value] : value.split(",").map((f) => f.trim()).filter(Boolean);
}
