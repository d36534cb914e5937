/**
 * The members of the `Excel` namespace of @types/office-js with the API set each needs, read
 * from the `[Api set: ExcelApi 1.x]` tags of their doc comments. The strict Excel fake of the
 * tests refuses a member whose set the manifest does not declare.
 */

/** A member: the set it needs ("1.7", or the tag's whole text for other sets), property or method, and the Excel class it gives. */
export type ApiMember = [set: string, kind: "p" | "m", type: string | null];
export type ExcelApi = Record<string, Record<string, ApiMember>>;


/**
 * "ExcelApi 1.7" → "1.7". A tag naming several ("ExcelApi 1.1 for get, 1.8 for set"; "1.1 …;
 * 1.4 allows index to be optional") gives the highest: the fake then asks the most a call may need.
 */
function excelApiVersion(tag: string): string | null {
  if (!tag.startsWith("ExcelApi ")) return null;
  const versions = [...tag.matchAll(/\b(\d+)\.(\d+)\b/g)].map((m) => [Number(m[1]), Number(m[2])]);
  if (!versions.length) return null;
  const [major, minor] = versions.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a));
  return `${major}.${minor}`;
}
const ANY_API_TAG = /\[Api set: ([^\]]+)\]/;

export function parseExcelApi(dts: string): ExcelApi {
  const lines = dts.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  const end = lines.findIndex((l, i) => i > start && l === "}");
  const api: ExcelApi = {};
  const pendingTypes: [ApiMember, string][] = [];
  let cls: string | null = null;
  let tag: string | null = null;
  for (let i = start + 1; i < end; i++) {
    const line = lines[i];
    if (/^\s*\/\*\*/.test(line)) tag = null;
    const t = ANY_API_TAG.exec(line);
    if (t) tag = excelApiVersion(t[1]) ?? t[1];
    const c = /^ {4}class (\w+) extends /.exec(line);
    if (c) {
      cls = c[1];
      api[cls] ??= {};
      continue;
    }
    if (cls && line === "    }") {
      cls = null;
      continue;
    }
    if (!cls) continue;
    const prop = /^ {8}(?:readonly )?(\w+)\??: (.+);$/.exec(line);
    if (prop) {
      const member: ApiMember = [tag ?? "1.1", "p", null];
      api[cls][prop[1]] ??= member;
      pendingTypes.push([member, prop[2]]);
      tag = null;
      continue;
    }
    const method = /^ {8}(\w+)\(/.exec(line);
    if (method) {
      let signature = line;
      while (!/;\s*$/.test(signature) && i + 1 < end) signature += lines[++i].trim();
      const returns = /\):\s*([^;]+);\s*$/.exec(signature)?.[1] ?? "";
      const member: ApiMember = [tag ?? "1.1", "m", null];
      const known = api[cls][method[1]];
      // overloads: the lowest set that offers the method
      if (!known || (isVersion(member[0]) && (!isVersion(known[0]) || Number(member[0]) < Number(known[0])))) {
        api[cls][method[1]] = member;
        pendingTypes.push([member, returns]);
      }
      tag = null;
    }
  }
  for (const [member, type] of pendingTypes) {
    const name = /^(?:Excel\.)?(\w+)$/.exec(type.trim())?.[1];
    if (name && Object.prototype.hasOwnProperty.call(api, name)) member[2] = name;
  }
  return api;
}

const isVersion = (set: string) => /^\d+\.\d+$/.test(set);

/** Whether a member's set is one of ExcelApi 1.1 … `declared` (sets are cumulative). */
export function withinDeclared(set: string, declared: string): boolean {
  if (!isVersion(set)) return false;
  const [a, b] = set.split(".").map(Number);
  const [x, y] = declared.split(".").map(Number);
  return a < x || (a === x && b <= y);
}
