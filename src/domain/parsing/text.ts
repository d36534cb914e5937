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

/**
 * `text.split(" ").map(foldVietnamese)`, from one fold of the whole text when that is the same
 * thing: when no character but the space folds to a space and no word folds to nothing, the
 * folded text has exactly one word per word. A PDF line's name is folded word by word (to find
 * its district); this saves a lookup per word.
 */
export function foldWords(text: string): string[] {
  let words = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) words++;
    else if (code < 0x80) {
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 46 || code === 37 || code === 47)) return text.split(" ").map(foldVietnamese);
    } else if (foldChar(code) === " ") return text.split(" ").map(foldVietnamese);
  }
  const folded = foldVietnamese(text).split(" ");
  return folded.length === words ? folded : text.split(" ").map(foldVietnamese);
}

/**
 * A code unit that may not be NFC as it stands: anything from U+0300 but Latin Extended
 * Additional (U+1E00–U+1EFF, the precomposed ế, ộ, ỹ…). Below U+0300 (ASCII, Latin-1, Latin
 * Extended-A/B with đ, ơ, ư) and in that block no character composes with a neighbour or is
 * reordered, so text without such a unit is unchanged by normalize("NFC"). A regular
 * expression rather than a loop: it runs natively from the first call (a table's first read
 * runs mostly in the interpreter, where a loop over every character costs more than the rest).
 */
const MAYBE_NOT_NFC = /[\u0300-\u1dff\u1f00-\uffff]/;

/** `\s` below U+0300 (the only white space outside {@link MAYBE_NOT_NFC}): tab to CR, space, no-break space. */
function lowWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** The PDF's `ƣ` (a look-alike of ư in some annex fonts). */
const PDF_U = /[ƣƢ]/;
/** White space to collapse or trim: at an end, doubled, or other than a plain space. */
const UNCLEAN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** What {@link cleanNameSlow} would change: any of the three above, in one test. */
const NAME_TO_CLEAN = new RegExp(`${MAYBE_NOT_NFC.source}|${PDF_U.source}|${UNCLEAN_SPACE.source}`);

/** Collapses runs of white space and normalizes to NFC, as every name we store must be. */
export function cleanName(text: string): string {
  // Most names need nothing: one test decides.
  return NAME_TO_CLEAN.test(text) ? cleanNameSlow(text) : text;
}

function cleanNameSlow(text: string): string {
  let s = text.normalize("NFC");
  if (PDF_U.test(s)) s = s.replace(/[ƣƢ]/g, (c) => (c === "ƣ" ? "ư" : "Ư"));
  // most names are clean already: skip the rewrite
  return UNCLEAN_SPACE.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/** A cell's text as a string: NFC, no-break spaces made plain, trimmed. */
export function cellString(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (!lowWhite(s.charCodeAt(0)) && !lowWhite(s.charCodeAt(n - 1)) && !MAYBE_NOT_NFC.test(s) && !s.includes("\u00a0")) return s;
  return s.normalize("NFC").replace(/\u00a0/g, " ").trim();
}

/** Digits grouped by three with dots: 1234567 → 1.234.567. */
function groupThousands(digits: string): string {
  return digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : digits;
}

/** `value` with exactly `decimals` decimals the Vietnamese way: 1234.5, 2 → "1.234,50". */
export function fixedVietnamese(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac = ""] = fixed.split(".");
  const grouped = groupThousands(whole);
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (frac ? "," + frac : "");
}

/**
 * A number in Vietnamese print (`91,16`, `2.143`), at most `decimals` decimals, for messages.
 * Written out rather than `toLocaleString("vi-VN")`, which costs more than the whole parse of a line.
 */
export function formatVietnamese(n: number, decimals = 2): string {
  // A whole number (a count, a row, most suggestions) needs no toFixed, the slow part.
  if (Number.isSafeInteger(n)) return (n < 0 ? "-" : "") + groupThousands(String(Math.abs(n)));
  const fixed = fixedVietnamese(n, decimals);
  const comma = fixed.indexOf(",");
  if (comma < 0) return fixed;
  for (let i = comma + 1; i < fixed.length; i++) {
    const c = fixed.charCodeAt(i);
    if (c < 48 || c > 57) return fixed; // 1e+40: toFixed's exponent form, left as it is
  }
  // Trailing zeros of the decimals go, and the comma with them when none is left.
  let end = fixed.length;
  while (end > comma + 1 && fixed.charCodeAt(end - 1) === 48) end--;
  return fixed.slice(0, end === comma + 1 ? comma : end);
}
