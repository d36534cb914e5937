import { type CliMessageArgs, type CliMessageCode, cliText } from "../../src/cli/messages.vi";

/**
 * The line main prints when a command stops with this code and these params: the catalogue's
 * sentence after "Lỗi: ". A test compares stderr with it, so it asserts the code (and the
 * params) the command refused with, not the words, which live in src/cli/messages.vi.ts.
 */
export function refusalLine<C extends CliMessageCode>(code: C, ...params: CliMessageArgs<C>): string {
  return `Lỗi: ${cliText(code, ...params)}\n`;
}
