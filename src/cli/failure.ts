import type { CliMessage } from "./messages.vi";

/**
 * An error no command foresaw, told in Vietnamese without a stack trace (a script's user
 * cannot act on one): the catalogue's message for it, which main composes. CHISO_DEBUG=1
 * prints the trace for whoever fixes the cause.
 */
export function unexpectedFailure(e: unknown): CliMessage {
  if (process.env.CHISO_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  const err = e as NodeJS.ErrnoException;
  if (err?.code && err.syscall) return { code: "cli.fileOperationFailed", params: { path: err.path ?? "", system: err.code } };
  if (e instanceof RangeError) return { code: "cli.outOfMemory", params: undefined };
  return { code: "cli.unexpected", params: { detail: err?.message ? err.message.split("\n")[0] : "" } };
}
