import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "./manifest/check";
import { productionManifest, productionUrl } from "./manifest/production";
import { checkProductionManifest } from "./manifest/production-check";
import { validateWithXsd } from "./manifest/xsd";

/**
 * `npm run validate [manifest.xml]`: the manifest as written (development) and as
 * `npm run build` rewrites it for CHISO_PROD_URL (production): offline structural checks, icons
 * present in assets/, Microsoft's XSDs through xmllint, and for production no localhost, a
 * version ≥ 1.0.0.0 and the help page as SupportUrl.
 */
const file = process.argv[2] ?? path.join(__dirname, "..", "manifest.xml");
const source = fs.readFileSync(file, "utf8");
const assets = path.join(__dirname, "..", "assets");
let failed = false;

function validate(label: string, xml: string, production: boolean) {
  const { errors, facts } = checkManifest(xml, { expectedNamespace: "CHISO", buttonLabel: "CHISO 766" });
  for (const icon of new Set(facts.iconFiles)) {
    if (!fs.existsSync(path.join(assets, icon))) errors.push(`Biểu tượng ${icon} không có trong assets/`);
  }
  if (production) errors.push(...checkProductionManifest(xml));
  const xsd = validateWithXsd(xml);
  errors.push(...xsd.errors.map((e) => `XSD: ${e}`));
  const xsdNote = xsd.ran ? "đúng XSD của Microsoft" : "chưa kiểm tra theo XSD: không có xmllint (apt-get install libxml2-utils)";
  if (errors.length) {
    failed = true;
    console.error(`${label}: ${errors.length} lỗi\n  - ${errors.join("\n  - ")}`);
  } else console.log(`${label}: hợp lệ (runtime ${facts.runtimeResid}, namespace ${facts.namespace}, ${facts.urls.length} URL; ${xsdNote}).`);
}

validate(`${file} (phát triển)`, source, false);
let url: string | undefined;
try {
  url = productionUrl();
} catch (e) {
  failed = true;
  console.error((e as Error).message);
}
if (url) validate(`${file} (bản chính thức cho ${url})`, productionManifest(source, url), true);
if (failed) process.exitCode = 1;
