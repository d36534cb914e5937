import * as fs from "fs";
import * as path from "path";
import { writeAtomically } from "./atomic-write";
import { unexpectedFailure } from "./failure";
import { cliMessageText, type NotWritable } from "./messages.vi";

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
  stdout: writerUntilReaderLeaves(process.stdout),
  stderr: writerUntilReaderLeaves(process.stderr),
  readFile: (p) => fs.readFileSync(p),
  writeFile: (p, d) => writeAtomically(p, d),
  exists: (p) => fs.existsSync(p),
  cannotWrite: (p) => cannotWriteOnDisk(p),
  sameFile: (a, b) => realPath(a) === realPath(b),
};

/**
 * Writes to `stream` until its reader goes away (`chiso score … | head -1` closes the pipe:
 * EPIPE), then writes nothing more, quietly: the reader took what it wanted, so this is no
 * error of the command, whose exit code stays the one its data gives. Without a listener Node
 * turns the EPIPE into an uncaught exception and an English stack trace.
 */
export function writerUntilReaderLeaves(stream: NodeJS.WritableStream): (text: string) => void {
  let readerGone = false;
  let listening = false;
  const onError = (e: NodeJS.ErrnoException) => {
    readerGone = true;
    if (e.code === "EPIPE") return;
    // Any other failure of the screen or the pipe: said in Vietnamese, exit 2, never a stack trace.
    if (stream !== process.stderr) process.stderr.write(`Lỗi: ${cliMessageText(unexpectedFailure(e))}\n`);
    process.exitCode = 2;
  };
  return (text) => {
    // The listener is added at the first write, not when this module loads (tests import it in-process).
    if (!listening) {
      stream.on("error", onError);
      listening = true;
    }
    if (!readerGone) stream.write(text);
  };
}

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
