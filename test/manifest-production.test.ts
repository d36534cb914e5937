/**
 * The manifest IT gives to staff: `npm run build` rewrites manifest.xml for CHISO_PROD_URL.
 * It must name no localhost (AppDomain included), carry a version ≥ 1.0.0.0, pass Microsoft's
 * XSDs and link the Vietnamese help page that the build ships in dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../scripts/manifest/check";
import { productionManifest } from "../scripts/manifest/production";
import { checkProductionManifest } from "../scripts/manifest/production-check";
import { find, parseXml } from "../scripts/manifest/xml";
import { validateWithXsd } from "../scripts/manifest/xsd";
import { S } from "../src/taskpane/strings.vi";

const root = path.join(__dirname, "..");
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const PROD = "https://chiso.tinh.gov.vn/addin/";
const prod = productionManifest(source, PROD);

describe("production manifest", () => {
  test("no localhost anywhere; AppDomain is the production origin", () => {
    expect(prod).not.toMatch(/localhost/i);
    const domains = [...prod.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains).toEqual(["https://chiso.tinh.gov.vn"]);
    expect(prod).toContain('<SourceLocation DefaultValue="https://chiso.tinh.gov.vn/addin/taskpane.html" />');
  });

  test("version ≥ 1.0.0.0, the version of package.json", () => {
    const version = find(parseXml(prod), "Version")!.text.trim();
    expect(version).toMatch(/^[1-9]\d*\.\d+\.\d+\.\d+$/);
    expect(version).toBe(`${(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version}.0`);
  });

  test("passes the structural checks, the production checks and Microsoft's XSDs (xmllint)", () => {
    expect(checkManifest(prod, { expectedNamespace: "CHISO", buttonLabel: "CHISO 766" }).errors).toEqual([]);
    expect(checkProductionManifest(prod)).toEqual([]);
    const xsd = validateWithXsd(prod);
    if (!xsd.ran) throw new Error("xmllint is missing: run scripts/install-test-deps.sh (libxml2-utils).");
    expect(xsd.errors).toEqual([]);
  });

  test.each([
    ["the development manifest", source, "localhost"],
    ["version 0.x", prod.replace(/<Version>[^<]*</, "<Version>0.9.0.0<"), "<Version>"],
    ["the task pane as SupportUrl", prod.replace(/<SupportUrl DefaultValue="[^"]*"/, `<SupportUrl DefaultValue="${PROD}taskpane.html"`), "help.html"],
  ])("the production checks refuse %s", (_name, xml, expected) => {
    expect(checkProductionManifest(xml).join("\n")).toContain(expected);
  });

  test.each([
    ["a version that is not a.b.c.d", prod.replace(/<Version>[^<]*</, "<Version>1.0-beta<"), "Version"],
    ["no <Id>", prod.replace(/<Id>[^<]*<\/Id>/, ""), "Id"],
    ["an element in the wrong place", prod.replace("<DefaultLocale>vi-VN</DefaultLocale>", "").replace("</Permissions>", "</Permissions><DefaultLocale>vi-VN</DefaultLocale>"), "DefaultLocale"],
  ])("the XSDs catch %s", (_name, xml, expected) => {
    const xsd = validateWithXsd(xml);
    expect(xsd.ran).toBe(true);
    expect(xsd.errors.join("\n")).toContain(expected);
  });
});

describe("the built add-in (dist/, made by `npm run build` before the tests)", () => {
  const dist = path.join(root, "dist");
  const built = (f: string) => {
    const p = path.join(dist, f);
    if (!fs.existsSync(p)) throw new Error(`dist/${f} is missing: run \`npm run build\` first.`);
    return fs.readFileSync(p, "utf8");
  };

  test("SupportUrl links the help page, which dist/ serves beside the task pane", () => {
    const manifest = built("manifest.xml");
    const support = find(parseXml(manifest), "SupportUrl")!.attributes.DefaultValue;
    const base = find(parseXml(manifest), "SourceLocation")!.attributes.DefaultValue.replace(/taskpane\.html$/, "");
    expect(support.startsWith(base)).toBe(true);
    // the production build minifies it: compare its title, not its bytes
    expect(built(support.slice(base.length))).toContain("<title>Hướng dẫn sử dụng CHISO 766</title>");
  });

  test("the help page, in Vietnamese, covers every screen, every function, how to install and whom to ask", () => {
    const help = built("help.html");
    expect(help).toMatch(/<html lang="?vi"?>/);
    expect(help.normalize("NFC")).toBe(help);
    // every tab the pane shows, as its string table names it
    for (const tab of Object.values(S.tabs)) expect(help).toContain(`<td>${tab}<`);
    const functions = (JSON.parse(built("functions.json")) as { functions: { name: string }[] }).functions.map((f) => f.name);
    expect(functions.length).toBeGreaterThanOrEqual(10);
    for (const name of functions) expect(help).toContain(`=CHISO.${name}(`);
    expect(help).toContain("Tải lên bổ trợ của tôi");
    expect(help).toContain("Danh mục Bổ trợ Tin cậy");
    expect(help).toContain("Cần hỗ trợ");
  });

  test("the task pane carries a Content-Security-Policy before any script: no inline or eval'd script", () => {
    const html = built("taskpane.html");
    const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
    const policy = Object.fromEntries(meta![1].split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"].filter((s: string) => s !== "'self'" && s !== "https://appsforoffice.microsoft.com")).toEqual([]);
    expect(policy["object-src"]).toEqual(["'none'"]);
  });
});
