import { type CliMessageArgs, type CliMessageCode, cliText } from "../../src/cli/messages.vi";

/*
 * The lines the CLI writes for a code of its catalogue (src/cli/messages.vi.ts) and its params.
 * A test compares stderr with them, so it asserts the code (and the params) the command used,
 * not the words, which live in the catalogue.
 */

/** A refusal as main prints it (exit 2), or a data error a command writes (exit 1): "Lỗi: " and the sentence. */
export function refusalLine<C extends CliMessageCode>(code: C, ...params: CliMessageArgs<C>): string {
  return `Lỗi: ${cliText(code, ...params)}\n`;
}

/** A warning a command writes: "Cảnh báo: " and the sentence. */
export function warningLine<C extends CliMessageCode>(code: C, ...params: CliMessageArgs<C>): string {
  return `Cảnh báo: ${cliText(code, ...params)}\n`;
}
