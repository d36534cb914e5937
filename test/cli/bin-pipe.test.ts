/**
 * bin/chiso.js as a script runs it: piped output is never cut, whatever the exit code
 * (it used to call process.exit, which dropped all but the first 64 KiB of a pipe).
 * Runs the compiled CLI of `npm run build` (build/cli).
 */
import { execFileSync, spawnSync } from "child_process";
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
