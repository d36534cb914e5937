/**
 * What the Chromium tests share: dist/ served on loopback, and the office.js they route to a
 * scripted host (Office.onReady, Excel.run over the strict fake of test/excel/fake-excel.ts,
 * a CustomFunctions stub keeping what the functions bundle associates).
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { Page } from "playwright-core";
import * as ts from "typescript";
import { declaredSets, excelApiTable } from "../excel/excel-api";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "e2e");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
export const CHROMIUM = "/usr/bin/chromium";

/**
 * The fake workbook, transpiled for the browser, plus the globals Office would define.
 * `bodyBackgroundColor`: the Office theme the host reports (Office.context.officeTheme), none by default.
 */
export function hostScript({ bodyBackgroundColor }: { bodyBackgroundColor?: string } = {}): string {
  const source = fs.readFileSync(path.join(ROOT, "test", "excel", "fake-excel.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `
(function () {
  var exports = {};
  ${js}
  // a JSON string: V8 parses a 100 KB JSON.parse argument several times faster than the same object literal
  window.__EXCEL_API__ = JSON.parse(${JSON.stringify(JSON.stringify(excelApiTable()))});
  var declaredSets = ${JSON.stringify(declaredSets())};
  var fake = new exports.FakeExcel();
  fake.addSheet("Sheet1");
  window.__fake = fake;
  window.__functions = {};
  class CustomFunctionsError extends Error { constructor(code, message) { super(message); this.code = code; } }
  window.CustomFunctions = {
    associate: function (id, fn) { window.__functions[id] = fn; },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    // the host answers for the sets the manifest declares, no more: Excel refuses to load an add-in on a host without them
    context: { requirements: { isSetSupported: function (name, version) { var have = declaredSets[name]; if (!have) return false; if (version === undefined) return true; var a = String(version).split(".").map(Number), b = have.split(".").map(Number); return a[0] < b[0] || (a[0] === b[0] && (a[1] || 0) <= b[1]); } }, diagnostics: { version: "16.0" }${bodyBackgroundColor ? `, officeTheme: { bodyBackgroundColor: ${JSON.stringify(bodyBackgroundColor)} }` : ""} },
    onReady: function (cb) { return new Promise(function (resolve) { setTimeout(function () { if (cb) cb(info); resolve(info); }, 0); }); },
  };
  window.Excel = { run: function (batch) { return fake.run(batch); } };
})();`;
}

/**
 * A page's requests: office.js from Microsoft's CDN is `host` (the scripted host above), the
 * local server's files pass, a path ending as a key of `pages` gets that HTML, and anything else
 * is refused (tests never reach the internet) and handed to `outside`.
 */
export function routeToHost(page: Page, host: string, { pages = {}, outside }: { pages?: Record<string, string>; outside?: (url: string) => void } = {}): Promise<unknown> {
  return page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) return route.fulfill({ status: 200, contentType: "application/javascript", body: host });
    const served = Object.keys(pages).find((end) => url.endsWith(end));
    if (served) return route.fulfill({ status: 200, contentType: "text/html", body: pages[served] });
    if (url.startsWith("http://127.0.0.1:")) return route.continue();
    outside?.(url);
    return route.abort();
  });
}

/**
 * dist/ on loopback. `mounts`: other folders, each under its own first path segment ("/ref/…");
 * `pages`: HTML answered at a path, for pages that have no file.
 */
export function serveDist({ mounts = {}, pages = {} }: { mounts?: Record<string, string>; pages?: Record<string, string> } = {}): Promise<http.Server> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "application/javascript", ".json": "application/json", ".map": "application/json", ".png": "image/png", ".xml": "application/xml" };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (Object.prototype.hasOwnProperty.call(pages, pathname)) {
      res.writeHead(200, { "Content-Type": types[".html"] }).end(pages[pathname]);
      return;
    }
    const [, first, ...rest] = pathname.split("/");
    const root = Object.prototype.hasOwnProperty.call(mounts, first) ? mounts[first] : DIST;
    const file = path.join(root, root === DIST ? pathname : rest.join("/"));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

