import { UsageError } from "./io";

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
}

/**
 * `--name value` and `--name=value` for the `known` options, `--name` alone for the `flags`
 * (stored as "có"); unknown options are refused.
 */
export function parseArgs(args: string[], known: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (flags.includes(name) && eq < 0) {
      options[name] = "có";
      continue;
    }
    if (!known.includes(name)) {
      throw new UsageError("cli.unknownOption", { name, known: [...known, ...flags] });
    }
    const value = eq < 0 ? args[++i] : a.slice(eq + 1);
    if (value === undefined || value === "") throw new UsageError("cli.missingValue", { name });
    options[name] = value;
  }
  return { positional, options };
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError("cli.notAllowedValue", { name, allowed, value });
}
