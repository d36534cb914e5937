import { spawnSync } from "child_process";
import * as path from "path";

const SCHEMA = path.join(__dirname, "xsd", "OfficeAppManifestV1_1.xsd");

export interface XsdResult {
  /** false when xmllint is not installed (Debian: libxml2-utils); then only the offline structural checks ran */
  ran: boolean;
  errors: string[];
}

/**
 * Microsoft's manifest XSDs (scripts/manifest/xsd, see its README) through xmllint. They predate
 * <Runtimes>, so that one element is removed first; checkManifest checks it instead.
 */
export function validateWithXsd(xml: string): XsdResult {
  const withoutRuntimes = xml.replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/g, "");
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], { input: withoutRuntimes, encoding: "utf8" });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") return { ran: false, errors: [] };
  if (r.status === 0) return { ran: true, errors: [] };
  const errors = r.stderr
    .split("\n")
    .filter((l) => /error/i.test(l))
    .map((l) => l.replace(/^-:/, "dòng "));
  return { ran: true, errors: errors.length ? errors : [r.stderr.trim() || `xmllint thoát với mã ${r.status}`] };
}
