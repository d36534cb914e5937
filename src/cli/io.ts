import * as fs from "fs";
import * as path from "path";
import { writeAtomically } from "./atomic-write";
import type { NotWritable } from "./messages.vi";

/** What a command may touch: injected so tests run commands in-process and read what they wrote. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Buffer;
  /** Replaces `path` whole or not at all (see atomic-write). */
  writeFile(path: string, data: string | Uint8Array): void;
  exists(path: string): boolean;
  // Optional so that an in-memory io for tests needs only the five calls above.
  /** Why `path` cannot be written (and the path it is about, the file or its folder), or null: asked before the work starts. */
  cannotWrite?(path: string): { why: NotWritable; path: string } | null;
  /** Whether two paths name the same file (so `--out` never replaces an input); default: same resolved path. */
  sameFile?(a: string, b: string): boolean;
  /** The user said `--overwrite`: an existing `--out` file may be replaced. */
  mayOverwrite?: boolean;
}

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => fs.readFileSync(p),
  writeFile: (p, d) => writeAtomically(p, d),
  exists: (p) => fs.existsSync(p),
  cannotWrite: (p) => cannotWriteOnDisk(p),
  sameFile: (a, b) => realPath(a) === realPath(b),
};

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function cannotWriteOnDisk(file: string): { why: NotWritable; path: string } | null {
  const dir = path.dirname(path.resolve(file));
  const stat = (p: string) => fs.statSync(p, { throwIfNoEntry: false });
  const dirStat = stat(dir);
  if (!dirStat) return { why: "folderMissing", path: dir };
  if (!dirStat.isDirectory()) return { why: "notAFolder", path: dir };
  if (stat(file)?.isDirectory()) return { why: "isAFolder", path: file };
  try {
    // The output goes to a temporary file in the same folder, then is renamed: the folder must be writable.
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    return { why: "folderNotWritable", path: dir };
  }
  return null;
}

/** Exit codes: 0 done, 1 done but the data had errors, 2 the command could not run. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

export { UsageError } from "./errors";
