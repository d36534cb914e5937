import * as fs from "fs";
import * as path from "path";
import type { ExcelApi } from "../../scripts/excel-api/parse";
import members from "./excel-api.json";

/** Every requirement set manifest.xml declares, name → minimum version ("ExcelApi" → "1.9"). */
export function declaredSets(): Record<string, string> {
  const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
  return Object.fromEntries([...manifest.matchAll(/<Set Name="(\w+)" MinVersion="(\d+\.\d+)"/g)].map((m) => [m[1], m[2]]));
}

/** The ExcelApi version manifest.xml declares: the strict fake allows only members of sets up to it. */
export function declaredExcelApi(): string {
  const version = declaredSets().ExcelApi;
  if (!version) throw new Error("manifest.xml declares no ExcelApi set");
  return version;
}

/** What the strict fake reads from `globalThis.__EXCEL_API__`: every member of @types/office-js's Excel with its set, and the declared version. */
export function excelApiTable(): { members: ExcelApi; declared: string } {
  return { members: members as unknown as ExcelApi, declared: declaredExcelApi() };
}
