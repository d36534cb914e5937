import type { CliMessageArgs, CliMessageCode } from "./messages.vi";

/**
 * Anything that stops a command (bad command line, unreadable input, failed write): exit code 2.
 * It carries the catalogue's code and params, not a sentence: main composes the sentence
 * (messages.vi.ts), tests read the code. `message` is the code, for a stack trace's reader.
 */
export class UsageError<C extends CliMessageCode = CliMessageCode> extends Error {
  readonly code: C;
  readonly params: CliMessageArgs<C>[0];
  constructor(code: C, ...params: CliMessageArgs<C>) {
    super(code);
    this.name = "UsageError";
    this.code = code;
    this.params = params[0];
  }
}
