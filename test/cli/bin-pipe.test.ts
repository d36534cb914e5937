/**
 * bin/chiso.js as a script runs it: piped output is never cut, whatever the exit code
 * (it used to call process.exit, which dropped all but the first 64 KiB of a pipe).
 * Runs the compiled CLI of `npm run build` (build/cli).
 */
import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseCsv, toCsv } from "../../src/domain/reading/csv";
import { fixturePath } from "../helpers/fixtures";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "chiso.js");
let dir: string;
let big: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "build", "cli", "main.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-pipe-"));
  // seed 002 annex I departments (no số hóa rate: every unit incomplete, exit 1), 6 000 times over
  const [head, ...rows] = parseCsv(fs.readFileSync(fixturePath("seed-tables", "a1_2023_departments.csv"), "utf8"));
  big = path.join(dir, "big.csv");
  fs.writeFileSync(big, toCsv([head, ...Array.from({ length: 6000 }, (_, i) => rows[i % rows.length].map((c, k) => (k === 1 ? `${c} ${i}` : c)))]));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("`chiso score big.csv --format json | wc -c` equals the size written with --out, with exit code 1", () => {
  const out = path.join(dir, "diem.json");
  const written = spawnSync(process.execPath, [bin, "score", big, "--rules", "nhom-2023", "--out", out], { encoding: "utf8" });
  expect(written.status).toBe(1);
  const size = fs.statSync(out).size;
  expect(size).toBeGreaterThan(4 << 20);
  // a shell pipe into a slow reader, as a script would
  const piped = spawnSync("bash", ["-c", 'node "$0" score "$1" --rules nhom-2023 --format json | (sleep 1; wc -c); echo "exit ${PIPESTATUS[0]}"', bin, big], { encoding: "utf8" });
  expect(piped.stdout.trim().split(/\s+/)).toEqual([String(size), "exit", "1"]);
  expect(piped.stderr).toContain("6.000/6.000 đơn vị thiếu số liệu");
});

test("a usage error through the real binary: exit 2, one Vietnamese line", () => {
  const r = spawnSync(process.execPath, [bin, "score", path.join(dir, "khong-co.csv")], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(`Lỗi: Không tìm thấy tệp "${path.join(dir, "khong-co.csv")}".\n`);
});

/**
 * `chiso … | head -1`: the reader takes one line and closes the pipe. The CLI stops writing
 * quietly (no "write EPIPE", no Node stack trace) and its exit code stays the one its data
 * gives. Each output is far larger than a pipe's 64 KiB buffer, so the write meets the closed pipe.
 */
function firstLineThenClose(args: string[]): Promise<{ line: string; status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let line: string | null = null;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
      if (line === null && out.includes("\n")) {
        line = out.slice(0, out.indexOf("\n"));
        child.stdout.destroy();
      }
    });
    child.stderr.on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ line: line ?? "", status, stderr: err }));
  });
}

test.each([
  // gialai metrics (long form): every unit's total complete, CLGQ and TTTT from the portal's
  // printed group scores (warnings only), exit 0
  ["score", [fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv")], "{", 0],
  ["report --format json", [fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv"), "--format", "json"], "{", 0],
  // seed 002 copied from its PDF: 20 cells not read, exit 1
  ["import", [fixturePath("seeds", "002_30f9dd7e08b5a1f9.txt")], "{", 1],
])("`chiso %s … | head -1`: one line, no EPIPE stack trace, the exit code of the data", async (command, args, first, status) => {
  const r = await firstLineThenClose([command.split(" ")[0], ...args]);
  expect(r.line).toBe(first);
  expect(r.stderr).not.toMatch(/EPIPE|node:events|Unhandled| {4}at /);
  expect(r.status).toBe(status);
}, 60_000);
