import * as zlib from "zlib";
import { UsageError } from "../errors";
import { MAX_COLUMNS, MAX_EXTRA_ROWS, MAX_UNITS, MAX_XLSX_PART_BYTES } from "../limits";

/*
 * Checks an .xlsx before exceljs reads it. exceljs trusts the file: a sheet whose one cell sits
 * at XFD1048576 makes it walk 17 billion cells, and a zip bomb fills the memory. Here the zip's
 * own directory gives each part's size, and each sheet's XML is inflated as a stream and
 * scanned for the cell addresses it uses (r="…"), stopping at the first one past the limits:
 * linear in the file, and seconds even for the largest table allowed.
 */

const MAX_ROWS = MAX_UNITS + MAX_EXTRA_ROWS;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export async function guardXlsx(file: string, data: Buffer): Promise<void> {
  const entries = zipEntries(file, data);
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw notXlsx(file);
  for (const e of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    if (!isSheet && e.name !== "xl/sharedStrings.xml") continue;
    if (e.size > MAX_XLSX_PART_BYTES) {
      throw new UsageError("cli.xlsxPartTooLarge", { file, part: e.name, megabytes: Math.round(e.size / 2 ** 20), maxMegabytes: MAX_XLSX_PART_BYTES / 2 ** 20, maxUnits: MAX_UNITS });
    }
    if (isSheet) await scanSheet(file, e, data);
  }
}

function notXlsx(file: string): UsageError {
  return new UsageError("cli.notXlsx", { file });
}

/** The zip's central directory (APPNOTE 4.3.16 and 4.3.12); anything unexpected means "not an .xlsx". */
function zipEntries(file: string, data: Buffer): ZipEntry[] {
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0 || data.readUInt32LE(0) !== 0x04034b50) throw notXlsx(file);
  const total = data.readUInt16LE(end + 10);
  let p = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < total; k++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) throw notXlsx(file);
    const nameLength = data.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      name: data.toString("utf8", p + 46, p + 46 + nameLength),
      localOffset: data.readUInt32LE(p + 42),
    };
    // 0xFFFFFFFF: the real size is in a zip64 field, i.e. over 4 GB
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) entry.size = Infinity;
    entries.push(entry);
    p += 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  return entries;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** Inflates one sheet as a stream and stops at the first cell address (or declared dimension) past the limits. */
async function scanSheet(file: string, e: ZipEntry, data: Buffer): Promise<void> {
  const p = e.localOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== 0x04034b50) throw notXlsx(file);
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const compressed = data.subarray(start, start + e.compressedSize);
  const tooBig = (rows: number, cols: number) =>
    new UsageError("cli.xlsxTooManyCells", { file, part: e.name, rows, columns: cols, maxUnits: MAX_UNITS, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS });
  // ref="A1:XFD1048576" on <dimension>, r="XFD1048576" on a cell, r="1048576" on a row
  const address = /\br(?:ef)?="(?:[A-Z]{1,3}\d+:)?([A-Z]{0,3})(\d+)"/g;
  let tail = "";
  let failure: UsageError | undefined;
  const scan = (text: string) => {
    const chunk = tail + text;
    address.lastIndex = 0;
    for (let m = address.exec(chunk); m; m = address.exec(chunk)) {
      const row = Number(m[2]);
      const col = m[1] ? columnNumber(m[1]) : 0;
      if (row > MAX_ROWS || col > MAX_COLUMNS) return tooBig(row, Math.max(col, 1));
    }
    tail = chunk.slice(-40); // an address cut between two chunks is whole in the next scan
    return undefined;
  };
  if (e.method === 0) {
    failure = scan(compressed.toString("latin1"));
  } else if (e.method === 8) {
    const inflate = zlib.createInflateRaw();
    failure = await new Promise<UsageError | undefined>((resolve) => {
      inflate.on("data", (chunk: Buffer) => {
        const f = scan(chunk.toString("latin1"));
        if (f) {
          inflate.destroy();
          resolve(f);
        }
      });
      inflate.on("end", () => resolve(undefined));
      inflate.on("error", () => resolve(notXlsx(file)));
      inflate.end(compressed);
    });
  } else throw notXlsx(file);
  if (failure) throw failure;
}
