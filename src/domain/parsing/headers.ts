import type { RuleSet } from "../ruleset/schema";
import { foldVietnamese } from "./text";

export type HeaderMatch =
  | { kind: "unit" }
  | { kind: "district" }
  | { kind: "level" }
  | { kind: "stt" }
  | { kind: "total" }
  | { kind: "note" }
  | { kind: "indicator"; code: string; part: "rate" | "numerator" | "denominator" };

const KEYWORDS: [HeaderMatch, string[]][] = [
  [{ kind: "unit" }, ["don vi", "ten don vi", "tinh/thanh pho", "tinh thanh pho", "unit", "co quan", "ten co quan", "co quan don vi", "ten co quan don vi", "cap xa", "ten", "dia phuong", "ten dia phuong", "xa phuong", "don vi dia phuong"]],
  [{ kind: "district" }, ["district", "cap huyen", "huyen", "quan/huyen", "quan huyen", "huyen thi xa thanh pho", "thuoc huyen"]],
  [{ kind: "level" }, ["level", "cap", "cap don vi", "loai don vi"]],
  [{ kind: "stt" }, ["stt", "tt", "so thu tu", "so tt"]],
  [{ kind: "total" }, ["diem", "diem danh gia", "tong diem", "total", "total score", "diem tong", "tong"]],
  [{ kind: "note" }, ["ghi chu", "note"]],
];

/**
 * Abbreviations staff and the portal print in headers, expanded so that `Tỷ lệ TTHC…` and
 * `Tỷ lệ thủ tục hành chính…` meet. Applied to both sides, token by token.
 */
// A Map, not an object: a word of the user's text ("constructor") must never find an inherited property.
const ABBREVIATIONS = new Map<string, string>(Object.entries({
  tthc: "thu tuc hanh chinh",
  dvctt: "dich vu cong truc tuyen",
  dvc: "dich vu cong",
  dvcqg: "dich vu cong quoc gia",
  pakn: "phan anh kien nghi",
  tttt: "thanh toan truc tuyen",
  ckmb: "cong khai minh bach",
  tdgq: "tien do giai quyet",
  mdhl: "muc do hai long",
  mdsh: "so hoa ho so",
  hs: "ho so",
  gq: "giai quyet",
  ubnd: "uy ban nhan dan",
}));

/** Folded, abbreviations expanded, without the `Tỷ lệ` that some titles carry and others drop, nor a `(%)`. */
export function canonicalHeader(text: string): string {
  const words = foldVietnamese(text).replace(/\//g, " ").replace(/\s*%$/, "").split(" ");
  const out: string[] = [];
  for (const w of words) if (w) out.push(ABBREVIATIONS.get(w) ?? w);
  let s = out.join(" ");
  if (s.startsWith("ty le ")) s = s.slice(6);
  return s;
}

interface Dictionary {
  phrases: Map<string, HeaderMatch>;
  /** folded codes and names of composite groups, which match no column */
  composite: Set<string>;
  /** longest phrase, in words */
  longest: number;
}

const dictionaries = new WeakMap<RuleSet, Dictionary>();

/** Every title a column of this rule set can carry, canonical, mapped to what the column is. */
function dictionaryOf(ruleSet: RuleSet): Dictionary {
  const cached = dictionaries.get(ruleSet);
  if (cached) return cached;
  const phrases = new Map<string, HeaderMatch>();
  const add = (title: string, m: HeaderMatch) => {
    const key = canonicalHeader(title);
    if (key && !phrases.has(key)) phrases.set(key, m);
  };
  for (const [m, words] of KEYWORDS) for (const w of words) phrases.set(w, m);
  for (const ind of ruleSet.indicators) {
    const m: HeaderMatch = { kind: "indicator", code: ind.code, part: "rate" };
    phrases.set(ind.code.toLowerCase(), m);
    phrases.set(ind.code.toLowerCase().replace(".", " "), m);
    for (const n of [ind.name, ...ind.aliases, ...(ind.portalField ? [ind.portalField] : [])]) add(n, m);
  }
  // A group code or title names the indicator of a one-per-group rule set (nhom-2023)
  for (const g of ruleSet.groups) {
    const members = ruleSet.indicators.filter((i) => i.group === g.code);
    if (members.length !== 1) continue;
    const m: HeaderMatch = { kind: "indicator", code: members[0].code, part: "rate" };
    phrases.set(g.code.toLowerCase(), m);
    for (const n of [g.name, ...g.aliases]) add(n, m);
  }
  // A composite's code or name (DVCTT = CLGQ + TTTT) names no single column: never read it as one of its parts.
  const composite = new Set(ruleSet.compositeGroups.flatMap((c) => [c.code.toLowerCase(), foldVietnamese(c.name), canonicalHeader(c.name)]));
  for (const c of composite) phrases.delete(c);
  let longest = 1;
  for (const k of phrases.keys()) longest = Math.max(longest, k.split(" ").length);
  const dict = { phrases, longest, composite };
  dictionaries.set(ruleSet, dict);
  return dict;
}

const PART = /^(.*?)\s+(tu so|mau so|numerator|denominator)$/;

/** Recognises a column header: unit/district/level/stt/total/note columns, or an indicator by code, name, alias or abbreviation. */
export function matchHeader(ruleSet: RuleSet, header: string): HeaderMatch | null {
  const { phrases, composite } = dictionaryOf(ruleSet);
  const folded = foldVietnamese(header);
  if (!folded || composite.has(folded)) return null;
  const direct = phrases.get(folded) ?? phrases.get(canonicalHeader(header));
  if (direct) return direct;
  const part = PART.exec(folded);
  if (part) {
    const base = phrases.get(part[1]) ?? phrases.get(canonicalHeader(part[1]));
    if (base?.kind === "indicator") {
      return { ...base, part: part[2] === "tu so" || part[2] === "numerator" ? "numerator" : "denominator" };
    }
  }
  return null;
}

export interface HeaderTitle {
  match: HeaderMatch;
  /** the canonical words that matched */
  text: string;
}

/**
 * The column titles found, in reading order, in a header printed as running text (a PDF
 * annex's header, broken across lines and merged cells): the longest known title wins at
 * each word; words that start no title are skipped.
 */
export function scanHeaderText(ruleSet: RuleSet, text: string): HeaderTitle[] {
  const { phrases, longest } = dictionaryOf(ruleSet);
  const words = foldVietnamese(text)
    .split(" ")
    .flatMap((w) => (ABBREVIATIONS.get(w) ?? w).split(" "))
    .filter((w) => w && w !== "%");
  const found: HeaderTitle[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: HeaderTitle | null = null;
    let len = Math.min(longest, words.length - i);
    for (; len > 0; len--) {
      const phrase = words.slice(i, i + len).join(" ");
      const m = phrases.get(phrase);
      if (m) {
        hit = { match: m, text: phrase };
        break;
      }
    }
    if (hit) {
      found.push(hit);
      i += len;
    } else i++;
  }
  return found;
}
