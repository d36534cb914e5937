/**
 * Each way a run can fail, on real files in a temporary folder: exit code 2, a Vietnamese
 * message without a stack trace, and the file --out names left as it was.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writeAtomically, type WriteFs } from "../../src/cli/atomic-write";
import { type CliIo, nodeIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { refusalLine } from "../helpers/cli-refusal";
import { fixturePath } from "../helpers/fixtures";

const OLD = "kết quả cũ, phải còn nguyên\n";
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-faults-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** nodeIo with the screen recorded; `writeFile` may be replaced to fail. */
function recordingIo(overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...overrides };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

function oldFile(name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, OLD);
  return file;
}

const DISTRICTS = fixturePath("seed-tables", "a2_2023_districts.csv");
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node_modules/);

test("a .xlsx that is not a zip: exit 2, a Vietnamese message naming the file, old output intact", async () => {
  const bad = path.join(dir, "bang.xlsx");
  fs.writeFileSync(bad, "STT,Đơn vị\n1,Sở A\n"); // a CSV renamed to .xlsx
  const out = oldFile("diem.json");
  const r = recordingIo();
  expect(await main(["score", bad, "--out", out, "--overwrite"], r.io)).toBe(2);
  expect(r.stderr()).toBe(refusalLine("cli.notXlsx", { file: bad }));
  expect(fs.readFileSync(out, "utf8")).toBe(OLD);
});

test("a zip whose sheet is truncated: exit 2, no jszip trace", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Bảng").addRow(["Đơn vị", "Tiến độ giải quyết"]);
  const whole = Buffer.from(await wb.xlsx.writeBuffer());
  const bad = path.join(dir, "hong.xlsx");
  fs.writeFileSync(bad, whole.subarray(0, whole.length - 200));
  const r = recordingIo();
  expect(await main(["score", bad], r.io)).toBe(2);
  expect(r.stderr()).toBe(refusalLine("cli.notXlsx", { file: bad }));
  noStackTrace(r.stderr());
});

test("--out into a missing folder is refused before the input is read", async () => {
  const out = path.join(dir, "khong-co", "diem.csv");
  const r = recordingIo({ readFile: () => { throw new Error("the input must not be read"); } }); // prettier-ignore
  expect(await main(["score", DISTRICTS, "--out", out], r.io)).toBe(2);
  expect(r.stderr()).toBe(refusalLine("cli.outNotWritable", { out, why: "folderMissing", path: path.dirname(out) }));
  expect(fs.existsSync(path.dirname(out))).toBe(false);
});

test("--out naming the input (even by another path) is refused and the input kept", async () => {
  const input = path.join(dir, "bang.csv");
  fs.copyFileSync(DISTRICTS, input);
  const before = fs.readFileSync(input);
  for (const out of [input, path.join(dir, ".", "..", path.basename(dir), "bang.csv")]) {
    const r = recordingIo();
    expect(await main(["score", input, "--format", "csv", "--out", out], r.io)).toBe(2);
    expect(r.stderr()).toBe(refusalLine("cli.outIsInput", { out }));
  }
  const r = recordingIo();
  expect(await main(["annex", "--baseline", input, "--campaign", "chien-dich-100-ngay-2024", "--format", "json", "--out", input.replace(/csv$/, "json")], r.io)).toBe(0);
  expect(await main(["report", input, "--out", input], recordingIo().io)).toBe(2);
  expect(fs.readFileSync(input)).toEqual(before);
});

test("a format that does not match the extension of --out is refused; the extension chooses the format", async () => {
  const r = recordingIo();
  const out = path.join(dir, "x.xlsx");
  expect(await main(["score", DISTRICTS, "--format", "json", "--out", out], r.io)).toBe(2);
  expect(r.stderr()).toBe(refusalLine("cli.formatMismatch", { format: "json", out }));
  expect(fs.existsSync(out)).toBe(false);
  expect(await main(["score", DISTRICTS, "--rules", "nhom-2023", "--out", out], recordingIo().io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  // seed 002 annex I: Mang Yang first, 58.43 (see score.test)
  const ws = wb.worksheets[0];
  const head = Array.from(ws.getRow(1).values as unknown[], (h) => String(h ?? "")); // values[0] is empty: columns count from 1
  expect(ws.getRow(2).getCell(head.findIndex((h) => h.startsWith("Tổng điểm"))).value).toBe(58.43);
  expect(ws.rowCount).toBe(18);
});

test("a full disk (the write fails half way): exit 2, old file intact, no temporary file left", async () => {
  const out = oldFile("diem.json");
  const failing: WriteFs = { ...fs, writeSync: ((fd: number, buf: Uint8Array, off: number, len: number) => {
    fs.writeSync(fd, buf, off, Math.min(len, 100));
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
  }) as unknown as WriteFs["writeSync"] }; // prettier-ignore
  const r = recordingIo({ writeFile: (p, d) => writeAtomically(p, d, failing) });
  expect(await main(["score", DISTRICTS, "--rules", "nhom-2023", "--out", out, "--overwrite"], r.io)).toBe(2);
  expect(r.stderr()).toBe(refusalLine("cli.writeFailed", { file: out, system: "ENOSPC" }));
  expect(fs.readFileSync(out, "utf8")).toBe(OLD);
  expect(fs.readdirSync(dir)).toEqual(["diem.json"]);
});

test("an existing --out is kept unless --overwrite is given; with it, it is replaced whole", async () => {
  const out = oldFile("diem.json");
  const refused = recordingIo();
  expect(await main(["score", DISTRICTS, "--rules", "nhom-2023", "--out", out], refused.io)).toBe(2);
  expect(refused.stderr()).toBe(refusalLine("cli.outExists", { out }));
  expect(fs.readFileSync(out, "utf8")).toBe(OLD);
  expect(await main(["score", DISTRICTS, "--rules", "nhom-2023", "--overwrite", "--out", out], recordingIo().io)).toBe(0);
  // the 2023 annex lists Gia Lai's 17 districts, towns and cities
  expect(JSON.parse(fs.readFileSync(out, "utf8")).rows).toHaveLength(17);
});

test("a run killed while writing leaves the old file whole", () => {
  const out = oldFile("phu-luc.json");
  // A child process writes 8 MB through writeAtomically and is killed (SIGKILL) after the first MB.
  const script = `
    const fs = require("fs");
    const { writeAtomically } = require(${JSON.stringify(path.resolve(__dirname, "../../src/cli/atomic-write.ts"))});
    let calls = 0;
    const dying = { ...fs, writeSync: (...a) => { if (++calls === 2) process.kill(process.pid, "SIGKILL"); return fs.writeSync(...a); } };
    writeAtomically(${JSON.stringify(out)}, "x".repeat(8 << 20), dying);`;
  const child = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script], { encoding: "utf8" });
  expect(child.signal).toBe("SIGKILL");
  expect(fs.readFileSync(out, "utf8")).toBe(OLD);
  // the half-written temporary file is beside it, hidden, and never under the output's name
  const left = fs.readdirSync(dir).filter((f) => f !== "phu-luc.json");
  expect(left).toHaveLength(1);
  expect(left[0]).toMatch(/^\.phu-luc\.json\..*\.tmp$/);
  expect(fs.statSync(path.join(dir, left[0])).size).toBe(1 << 20);
});

test("an unexpected error is one Vietnamese line, no stack trace", async () => {
  const r = recordingIo({ readFile: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } }); // prettier-ignore
  expect(await main(["score", DISTRICTS], r.io)).toBe(2);
  expect(r.stderr()).toBe(refusalLine("cli.unexpected", { detail: "Cannot read properties of undefined (reading 'x')" }));
});
