/**
 * The house rules of ARCHITECTURE.md, checked on the source: the domain core imports nothing
 * from Office, React or Node, and src/excel is the only code that calls Office.js.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "src");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const code = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");
const rel = (f: string) => path.relative(SRC, f);
// `from "x"`, `import "x"`, `import("x")`; a word "from" inside a string (`path: [i, "from"]`) is not an import.
const imports = (file: string) => [...code(file).matchAll(/\b(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => m[1]);

test("src/domain imports only zod and itself", () => {
  const offending = filesUnder(path.join(SRC, "domain")).flatMap((f) =>
    imports(f)
      .filter((m) => !m.startsWith(".") && m !== "zod")
      .map((m) => `${rel(f)} → ${m}`),
  );
  expect(offending).toEqual([]);
});

test("src/domain never reaches outside itself", () => {
  const offending = filesUnder(path.join(SRC, "domain")).flatMap((f) =>
    imports(f)
      .filter((m) => m.startsWith(".") && !path.resolve(path.dirname(f), m).startsWith(path.join(SRC, "domain")))
      .map((m) => `${rel(f)} → ${m}`),
  );
  expect(offending).toEqual([]);
});

/**
 * Inside the domain, data flows one way (ARCHITECTURE.md): a folder imports only folders
 * listed before it. Folders planned but not yet written (reading, problems, history) have
 * their place already, so a branch adding them is guarded from its first file.
 */
// problems first: the one problem type and its catalogue, which every reader (JSON validation included) reports with
const DOMAIN_LAYERS = ["problems", "validation", "ruleset", "parsing", "reading", "scoring", "targets", "history", "report"];

test("inside src/domain, imports point one way: reading → scoring → targets → report", () => {
  const domain = path.join(SRC, "domain");
  const layerOf = (file: string) => path.relative(domain, file).split(path.sep)[0];
  const offending = filesUnder(domain).flatMap((f) => {
    const from = layerOf(f);
    if (!DOMAIN_LAYERS.includes(from)) return [`${rel(f)}: folder "${from}" has no place in DOMAIN_LAYERS`];
    return imports(f)
      .filter((m) => m.startsWith("."))
      .map((m) => layerOf(path.resolve(path.dirname(f), m)))
      .filter((to) => DOMAIN_LAYERS.indexOf(to) > DOMAIN_LAYERS.indexOf(from))
      .map((to) => `${rel(f)} → ${to}`);
  });
  expect(offending).toEqual([]);
});

test("only src/excel (and the page's start-up) touches Office.js", () => {
  const officeUse = /\b(Excel\.run|context\.sync|Office\.context|Office\.onReady|Excel\.RequestContext)\b/;
  const offending = filesUnder(SRC)
    .filter((f) => !rel(f).startsWith(`excel${path.sep}`) && rel(f) !== path.join("taskpane", "index.tsx"))
    .filter((f) => officeUse.test(code(f)))
    .map(rel);
  expect(offending).toEqual([]);
});

test("the guards above see real files (a broken walk would pass vacuously)", () => {
  expect(filesUnder(path.join(SRC, "domain")).length).toBeGreaterThan(20);
  expect(filesUnder(path.join(SRC, "excel")).some((f) => /context\.sync/.test(code(f)))).toBe(true);
  // the layer guard sees imports that cross folders, both ways allowed and forbidden kinds exist
  expect(imports(path.join(SRC, "domain", "report", "annex-model.ts"))).toContain("../targets/assign");
});
