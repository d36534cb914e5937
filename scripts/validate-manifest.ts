import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "./manifest/check";

/** `npm run validate [manifest.xml]`: offline structural checks, icons present in assets/. */
const file = process.argv[2] ?? path.join(__dirname, "..", "manifest.xml");
const { errors, facts } = checkManifest(fs.readFileSync(file, "utf8"), { expectedNamespace: "CHISO", buttonLabel: "CHISO 766" });
const assets = path.join(__dirname, "..", "assets");
for (const icon of new Set(facts.iconFiles)) {
  if (!fs.existsSync(path.join(assets, icon))) errors.push(`Biểu tượng ${icon} không có trong assets/`);
}
if (errors.length) {
  console.error(`${file}: ${errors.length} lỗi\n  - ${errors.join("\n  - ")}`);
  process.exit(1);
}
console.log(`${file}: hợp lệ (runtime ${facts.runtimeResid}, namespace ${facts.namespace}, ${facts.urls.length} URL).`);
