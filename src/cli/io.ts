import * as fs from "fs";

/** What a command may touch: injected so tests run commands in-process and read what they wrote. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Buffer;
  writeFile(path: string, data: string | Uint8Array): void;
  exists(path: string): boolean;
}

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => fs.readFileSync(p),
  writeFile: (p, d) => fs.writeFileSync(p, d),
  exists: (p) => fs.existsSync(p),
};

/** Exit codes: 0 done, 1 done but the data had errors, 2 the command could not run. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Thrown for a bad command line or unreadable input: printed as is, exit code 2. */
export class UsageError extends Error {}

/** Text output goes to `--out FILE` when given, else to the screen. */
export function writeOrPrint(io: CliIo, out: string | undefined, text: string): void {
  if (out) io.writeFile(out, text);
  else io.stdout(text);
}
