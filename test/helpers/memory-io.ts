import * as fs from "fs";
import type { CliIo } from "../../src/cli/io";

/** A CliIo that reads real files (fixtures) and files written in memory, and records output. */
export function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const written: Record<string, string | Uint8Array> = { ...files };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => (p in written ? Buffer.from(written[p] as string) : fs.readFileSync(p)),
    writeFile: (p, d) => {
      written[p] = d;
    },
    exists: (p) => p in written || fs.existsSync(p),
  };
  return { io, written, stdout: () => out.join(""), stderr: () => err.join("") };
}
