/** The levels of government a unit belongs to (the import schema validates the same three). */
export type UnitLevelCode = "province" | "district" | "commune";
import { foldVietnamese } from "./text";

/**
 * Administrative level of a unit: province agencies (Sở, Ban, Văn phòng, Công an…),
 * districts (Huyện, Thị xã, Thành phố; until 06/2025), communes (Xã, Phường, Thị trấn).
 */
export type UnitLevel = UnitLevelCode;

export const LEVEL_LABELS: Record<UnitLevel, string> = { province: "tỉnh", district: "huyện", commune: "xã" };

// Longest prefixes first: "thi xa" is a district, "xa" a commune.
const NAME_PREFIXES: [string, UnitLevel][] = [
  ["thi tran", "commune"],
  ["thi xa", "district"],
  ["thanh pho", "district"],
  ["huyen", "district"],
  ["quan", "district"],
  ["phuong", "commune"],
  ["xa", "commune"],
  ["tt", "commune"],
  ["so", "province"],
  ["ban", "province"],
  ["van phong", "province"],
  ["cong an", "province"],
  ["thanh tra", "province"],
  ["bo chi huy", "province"],
  ["bo doi bien phong", "province"],
  ["chi cuc", "province"],
  ["cuc", "province"],
  ["trung tam", "province"],
  ["dai phat thanh", "province"],
  ["bao hiem xa hoi", "province"],
  ["kho bac", "province"],
  ["ngan hang", "province"],
  ["toa an", "province"],
  ["vien kiem sat", "province"],
  ["lien doan", "province"],
  ["hoi", "province"],
  ["dai hoc", "province"],
  ["truong", "province"],
];

const COUNCIL = /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+/;

/** How many leading words (folded, one per printed word) name the level: `Xã` 1, `Thị trấn` 2, `UBND huyện` 2; 0 if none. */
export function levelPrefixWords(words: readonly string[]): number {
  let i = 0;
  if (words[0] === "ubnd" || words[0] === "hdnd") i = 1;
  else if ((words[0] === "uy" || words[0] === "hoi") && words[2] === "nhan" && words[3] === "dan") i = 4;
  for (const p of LOCAL_PREFIX_WORDS) {
    let k = 0;
    while (k < p.length && words[i + k] === p[k]) k++;
    if (k === p.length) return i + k;
  }
  return i;
}

const LOCAL_PREFIX_WORDS = NAME_PREFIXES.filter(([, level]) => level !== "province").map(([prefix]) => prefix.split(" "));

/** The level a unit's name states, or null when the name does not say (e.g. `Thanh tra tỉnh` says province by its tail). */
export function levelFromName(name: string): UnitLevel | null {
  let s = foldVietnamese(name);
  const council = COUNCIL.exec(s);
  if (council) {
    s = s.slice(council[0].length);
    if (s === "tinh" || s.startsWith("tinh ")) return "province";
  }
  for (const [prefix, level] of NAME_PREFIXES) {
    if (s.startsWith(prefix) && (s.length === prefix.length || s.charCodeAt(prefix.length) === 32)) return level;
  }
  // "Sở Y tế - tỉnh Gia Lai", "Thanh tra tỉnh": the province named as the owner
  if (/(^| )tinh( |$)/.test(s)) return "province";
  return null;
}

/** A level column's value: `tỉnh`, `Cấp xã`, `AGENCY`, `COMMUNE` (the portal's codes)… */
export function levelFromLabel(label: string): UnitLevel | null {
  const s = foldVietnamese(label).replace(/^cap /, "");
  if (["tinh", "province", "agency", "so ban nganh", "so nganh", "co quan", "co quan cap tinh"].includes(s)) return "province";
  if (["huyen", "district", "quan huyen", "huyen thi xa thanh pho"].includes(s)) return "district";
  if (["xa", "commune", "ward", "xa phuong", "xa phuong thi tran", "phuong"].includes(s)) return "commune";
  return null;
}

/**
 * The level a section title announces (`1. Các sở, ban, ngành tỉnh`, `2. UBND các huyện, thị xã,
 * thành phố`, `3. UBND các xã, phường, thị trấn`), or null when the line is not such a title.
 */
export function levelFromSection(line: string): UnitLevel | null {
  const s = foldVietnamese(line);
  if (!/^([0-9]+|[ivx]+|[a-d])[.)]? /.test(s) && !/^(uy ban nhan dan|ubnd)? ?cac /.test(s)) return null;
  if (s.length > 90) return null;
  if (/\bcac so\b|so ban nganh|\bco quan\b.*\btinh\b/.test(s)) return "province";
  if (/\bcac huyen\b|\bhuyen thi xa\b|cap huyen/.test(s)) return "district";
  if (/\bcac xa\b|\bxa phuong\b|cap xa/.test(s)) return "commune";
  return null;
}
