import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { BenchCase } from "../harness";

const dist = path.join(__dirname, "..", "..", "dist");
const gzipKb = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/** Bundle sizes of the production build (built here when dist/ holds none). */
export const cases: BenchCase[] = [
  {
    name: "bundle: gzip KB",
    goal: "functions ≤ 60, task pane initial JS ≤ 350",
    run() {
      const isProduction = fs.existsSync(path.join(dist, "runtime.js")) && !fs.readFileSync(path.join(dist, "functions.js"), "utf8").includes("sourceMappingURL");
      if (!isProduction) execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore", cwd: path.join(dist, "..") });
      const runtime = gzipKb("runtime.js");
      const functions = gzipKb("functions.js");
      const taskpane = gzipKb("taskpane.js");
      // The page loads all three; the functions need only the runtime and their own bundle.
      return { functionsKb: runtime + functions, taskpaneInitialKb: runtime + functions + taskpane };
    },
  },
];
