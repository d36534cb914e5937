/**
 * Offline structural checks of manifest.xml (office-addin-manifest validate needs the
 * network): the real manifest passes, and each required piece, removed, is caught.
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../scripts/manifest/check";
import { parseXml } from "../scripts/manifest/xml";

const root = path.join(__dirname, "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const opts = { expectedNamespace: "CHISO", buttonLabel: "CHISO 766" };

describe("manifest.xml", () => {
  test("passes every structural check", () => {
    const { errors, facts } = checkManifest(manifest, opts);
    expect(errors).toEqual([]);
    expect(facts.namespace).toBe("CHISO");
    expect(facts.runtimeResid).toBe("Taskpane.Url");
  });

  test("every icon it references is in assets/", () => {
    const { facts } = checkManifest(manifest, opts);
    expect(facts.iconFiles.length).toBeGreaterThanOrEqual(3);
    for (const f of facts.iconFiles) expect(fs.existsSync(path.join(root, "assets", f))).toBe(true);
  });

  test.each([
    ["no SharedRuntime requirement", (x: string) => x.replace(/<Set Name="SharedRuntime"[^>]*\/>/, ""), "SharedRuntime"],
    ["custom functions page on another runtime", (x: string) => x.replace(/<Page>\s*<SourceLocation resid="Taskpane.Url"/, '<Page><SourceLocation resid="Functions.Script.Url"'), "cùng runtime"],
    ["a resid with no resource", (x: string) => x.replace('resid="Chiso.Group.Label"', 'resid="Missing.Label"'), 'resid "Missing.Label"'],
    ["another namespace", (x: string) => x.replace('DefaultValue="CHISO" />', 'DefaultValue="CONTOSO" />'), "Namespace"],
    ["default locale en-US", (x: string) => x.replace("<DefaultLocale>vi-VN", "<DefaultLocale>en-US"), "vi-VN"],
    ["an unclosed element", (x: string) => x.replace("</Permissions>", ""), "không khớp"],
    ["plain http URL", (x: string) => x.replace('"https://localhost:3000/functions.json"', '"http://localhost:3000/functions.json"'), "HTTPS"],
  ])("catches %s", (_name, mutate, expected) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    const { errors } = checkManifest(mutated, opts);
    expect(errors.join("\n")).toContain(expected);
  });

  test("the XML reader decodes entities and keeps Vietnamese text in NFC", () => {
    const el = parseXml('<a t="x &amp; y"><b>Tính điểm &lt;766&gt;</b></a>');
    expect(el.attributes.t).toBe("x & y");
    expect(el.children[0].text).toBe("Tính điểm <766>");
    const desc = /<Description DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(desc.normalize("NFC")).toBe(desc);
  });
});

describe("production build", () => {
  const built = path.join(root, "dist", "manifest.xml");
  test("rewrites every localhost URL of the manifest (npm test builds dist/ first)", () => {
    expect(fs.existsSync(built)).toBe(true);
    const xml = fs.readFileSync(built, "utf8");
    const { errors, facts } = checkManifest(xml, opts);
    expect(errors).toEqual([]);
    expect(facts.urls.length).toBe(11);
    expect(facts.urls.filter((u) => u.includes("localhost"))).toEqual([]);
  });

  test("emits functions.json and the one shared-runtime page loading both bundles", () => {
    const html = fs.readFileSync(path.join(root, "dist", "taskpane.html"), "utf8");
    // runtime first: the two bundles share it, and with it the workbook's rule set
    const order = ["runtime.js", "functions.js", "taskpane.js"].map((f) => html.search(new RegExp(`<script[^>]+src="?[^"\\s>]*${f.replace(".", "\\.")}`)));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // until React mounts the first tab, the pane says what it is doing rather than stay blank
    expect(html).toMatch(/<div id="?root"?><p [^>]*role="?status"?[^>]*>Đang kết nối với Excel…(<\/p>)?<\/div>/);
    const meta = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(meta.functions.map((f) => f.id)).toContain("DIEM");
  });

  test("the functions bundle associates every id of functions.json (the plugin appends the calls at build time)", () => {
    const meta = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8")) as { functions: { id: string }[] };
    const bundle = fs.readFileSync(path.join(root, "dist", "functions.js"), "utf8");
    const associated = [...bundle.matchAll(/associate\("([A-Z0-9_.]+)"/g)].map((m) => m[1]);
    expect(associated.sort()).toEqual(meta.functions.map((f) => f.id).sort());
  });
});
