import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./errors";

/** The calls writeAtomically makes, injectable so a test can fail one of them (a full disk). */
export type WriteFs = Pick<typeof fs, "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "unlinkSync">;

/**
 * Writes `data` to a temporary file beside `target`, flushes it to disk, then renames it over
 * `target`. A rename within one folder is atomic, so a full disk, a killed run or a power cut
 * leaves either the old file or the new one, never half of the new one.
 */
export function writeAtomically(target: string, data: string | Uint8Array, fsx: WriteFs = fs): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fsx.openSync(temp, "wx");
    for (let done = 0; done < bytes.length; ) done += fsx.writeSync(fd, bytes, done, Math.min(bytes.length - done, 1 << 20));
    fsx.fsyncSync(fd);
    fsx.closeSync(fd);
    fd = undefined;
    fsx.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) tryTo(() => fsx.closeSync(fd!));
    tryTo(() => fsx.unlinkSync(temp));
    throw new UsageError("cli.writeFailed", { file: target, system: (e as NodeJS.ErrnoException)?.code ?? "" });
  }
}

function tryTo(f: () => void): void {
  try {
    f();
  } catch {
    // cleaning up after a failure: the first error is the one to report
  }
}
