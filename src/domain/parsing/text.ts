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
  // The lookup alone, small enough to be inlined where names are read; the fold in a function of its own.
  return folds.get(text) ?? foldAndRemember(text);
}

function foldAndRemember(text: string): string {
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

/**
 * Characters that need no second look: printable ASCII, Latin-1 from U+00A1 (no soft hyphen),
 * Latin Extended-A/B and IPA (đ, ơ, ư; not the PDF's ƣ Ƣ) and the precomposed Vietnamese
 * letters (U+1E00–U+1EFF). Outside are control characters, every white space but the plain
 * space, the soft hyphen and the zero-width characters, combining marks and whatever
 * {@link MAYBE_NOT_NFC} holds. As the inside of a character class.
 */
export const PLAIN_CHARACTERS = "\\x20-\\x7e\\xa1-\\xac\\xae-\\u01a1\\u01a4-\\u02ff\\u1e00-\\u1eff";

/**
 * Another character, or a space at an end or next to another: one regular expression, which
 * runs natively (a second test, even `includes("  ")`, cost as much again).
 */
const SECOND_LOOK = new RegExp(`[^${PLAIN_CHARACTERS}]|^ | $| {2}`);

/**
 * Text as most cells hold it, with nothing that needs a second look: {@link cleanName} and
 * {@link cellString} leave it as it is, and it holds no control or invisible character, so the
 * table readers skip those checks for it.
 */
export function isPlainText(text: string): boolean {
  return text !== "" && !SECOND_LOOK.test(text);
}

/** Collapses runs of white space and normalizes to NFC, as every name we store must be. */
export function cleanName(text: string): string {
  // Most names need nothing: plain text is what cleanNameSlow gives back unchanged.
  return isPlainText(text) ? text : cleanNameSlow(text);
}

/** The definition of {@link cleanName} (test/domain/parsing/plain-text.test.ts holds the shortcut to it). */
export function cleanNameSlow(text: string): string {
  let s = text.normalize("NFC");
  if (PDF_U.test(s)) s = s.replace(/[ƣƢ]/g, (c) => (c === "ƣ" ? "ư" : "Ư"));
  // most names are clean already: skip the rewrite
  return UNCLEAN_SPACE.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad\x00-\x1f\x7f-\x9f]/g;

/** The text without its invisible characters (zero-width, soft hyphen, control): what two look-alike names are compared by. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
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
