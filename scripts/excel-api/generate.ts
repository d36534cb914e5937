import * as fs from "fs";
import * as path from "path";
import { parseExcelApi } from "./parse";

/**
 * `npx tsx scripts/excel-api/generate.ts`: writes test/excel/excel-api.json from
 * @types/office-js, the allow-list of the strict Excel fake. A test checks it is current.
 */
const root = path.join(__dirname, "..", "..");
const dts = fs.readFileSync(path.join(root, "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
const out = path.join(root, "test", "excel", "excel-api.json");
fs.writeFileSync(out, JSON.stringify(parseExcelApi(dts)) + "\n");
console.log(`${out}: ${fs.statSync(out).size} bytes`);
