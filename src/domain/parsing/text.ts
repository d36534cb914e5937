/** Folded form of each non-ASCII character met so far: its base letter, lower case; "" for a combining mark; " " for anything else. */
const foldedChars = new Map<number, string>();

function foldChar(code: number): string {
  let f = foldedChars.get(code);
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    if (code >= 0x300 && code <= 0x36f) f = "";
    else if (ch === "đ" || ch === "Đ") f = "d";
    else if (ch === "ƣ" || ch === "Ƣ") f = "u";
    else {
      const base = ch.normalize("NFD")[0].toLowerCase();
      f = /^[a-z0-9]$/.test(base) ? base : " ";
    }
    foldedChars.set(code, f);
  }
  return f;
}

const folds = new Map<string, string>();

/**
 * Folds Vietnamese text for matching: lower case, no diacritics (đ → d), single spaces, no
 * punctuation but `.`, `%` and `/`. `ƣ`/`Ƣ` (U+01A3/U+01A2) stand in for `ư`/`Ư` in text
 * converted from PDFs (seed 002 "Phƣơng pháp"), so they fold to `u` as well. Names repeat
 * (districts, "Xã", "Sở"): results are remembered.
 */
export function foldVietnamese(text: string): string {
  const known = folds.get(text);
  if (known !== undefined) return known;
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let f: string;
    if (code < 0x80) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 37 || code === 47) f = text[i];
      else if (code >= 65 && code <= 90) f = String.fromCharCode(code + 32);
      else f = " ";
    } else f = foldChar(code);
    if (f === " ") space = out !== "";
    else if (f !== "") {
      if (space) out += " ";
      out += f;
      space = false;
    }
  }
  if (folds.size > 50_000) folds.clear();
  folds.set(text, out);
  return out;
}

/** Collapses runs of white space and normalizes to NFC, as every name we store must be. */
export function cleanName(text: string): string {
  let s = text.normalize("NFC");
  if (PDF_U.test(s)) s = s.replace(/[ƣƢ]/g, (c) => (c === "ƣ" ? "ư" : "Ư"));
  // most names are clean already: skip the rewrite
  return UNCLEAN_SPACE.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

const PDF_U = /[ƣƢ]/;
const UNCLEAN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * A number in Vietnamese print (`91,16`, `2.143`), for messages. Written out rather than
 * `toLocaleString("vi-VN")`, which costs more than the whole parse of a line.
 */
export function formatVietnamese(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole, frac = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const cut = frac.replace(/0+$/, "");
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (cut ? "," + cut : "");
}
