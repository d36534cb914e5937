import type { ProblemParams } from "../problems/problem";
import { cellString, formatVietnamese, PLAIN_CHARACTERS } from "./text";

/**
 * Vietnamese numbers as staff paste them: `91,16%`, `100%`, `2.143` (thousands),
 * `17,8/20` (points of a maximum), `-` (empty), `93.2%` (a dot decimal slipped in).
 * Never guessed silently: anything ambiguous or broken comes back with a catalogue code.
 */
export type ParsedNumber =
  | {
      ok: true;
      value: number | null;
      kind: "empty" | "plain" | "percent" | "ratio";
      max?: number;
      warning?: string;
      /** the decimal separator the text used, when it had a fraction */
      decimal?: "," | ".";
    }
  | {
      ok: false;
      code: "number.invalid" | "number.badRatio" | "number.spaceInDigits" | "number.nonFinite";
      /** the catalogue's parameters: the text as read, and the likely reading offered (`9,8%`) */
      params: ProblemParams;
      suggestion?: number;
    };

export interface NumberOptions {
  /**
   * The table's decimal separator. Vietnamese print uses `,` and groups thousands with `.`
   * (`2.143` = 2143); a machine export (CSV from the portal) uses `.`, where `2.143` is 2.143.
   */
  decimal?: "," | ".";
}

const EMPTY = /^(-|–|—|\.|)$/;
/** What the portal and annexes print where a unit has no data: an empty value, not a broken number. */
const NO_DATA_PHRASES = ["chưa có dữ liệu", "không có dữ liệu", "chưa có số liệu", "không có số liệu", "n/a"];
const NO_DATA = new RegExp(`^(${NO_DATA_PHRASES.join("|")})$`, "i");
/** Text of another length is none of them (ignoring case keeps the length): most notes need no test. */
const NO_DATA_LENGTHS = new Set(NO_DATA_PHRASES.map((p) => p.length));

export function isNoData(text: string): boolean {
  return text.length < 40 && NO_DATA.test(text.normalize("NFC").trim());
}

interface Bare {
  value: number;
  decimal?: "," | ".";
}

const VIET_DECIMAL = /^([+-]?\d+)(?:,(\d+))?$/;
const THOUSANDS_DOT = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const ONE_THOUSANDS_GROUP = /^[+-]?\d{1,3}\.\d{3}$/;
const DOT_DECIMAL = /^[+-]?\d+\.\d+$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Digits on both sides of white space (`9 8`): one number or two? Never guessed. */
const SPLIT_DIGITS = /\d[.,]?\s+[.,]?\d/;

/** A letter first: words ("chưa rõ nguồn 5"), not a number. */
const LETTER_FIRST = /^\p{L}/u;

/**
 * What words need a second look for: what plain text does (see isPlainText), a `/` (a ratio)
 * and digits split by white space ({@link SPLIT_DIGITS}; in plain text the only white space is
 * one plain space). One regular expression.
 */
const NOT_WORDS = new RegExp(`[^${PLAIN_CHARACTERS}]|^ | $| {2}|\\/|\\d[.,]? [.,]?\\d`);

/**
 * Words, not a number: what {@link readVietnameseNumber} concludes (`number.invalid` with the
 * text as it is, no reading offered) for plain text that starts with a letter and holds no
 * `/`, no digits split by white space and no "no data" phrase, without its other steps. A table
 * of notes has one such cell per indicator per row. Plain text holds no control character either.
 * test/domain/parsing/plain-text.test.ts holds it to the full reading.
 */
export function isWords(text: string): boolean {
  const lower = text.charCodeAt(0) | 32;
  const asciiLetter = lower >= 97 && lower <= 122;
  return (asciiLetter || LETTER_FIRST.test(text)) && !NOT_WORDS.test(text) && !(NO_DATA_LENGTHS.has(text.length) && NO_DATA.test(text));
}

/** One number, Vietnamese style first (`.` thousands, `,` decimal), dot decimals accepted when unambiguous. */
function parseBare(raw: string, decimal: "," | "."): Bare | null {
  const s = raw.trim();
  // the common case first: 91 or 91,16
  const m = VIET_DECIMAL.exec(s);
  if (m) return m[2] === undefined ? { value: Number(s) } : { value: Number(`${m[1]}.${m[2]}`), decimal: "," };
  // 1.234.567 or 2.143: dots group thousands, as Vietnamese print them
  if (THOUSANDS_DOT.test(s)) {
    if (decimal === "." && ONE_THOUSANDS_GROUP.test(s)) return { value: Number(s), decimal: "." };
    return { value: Number(s.replace(/\./g, "").replace(",", ".")), decimal: s.includes(",") ? "," : undefined };
  }
  // 93.2 cannot be thousands (those take groups of three digits): a dot decimal, read as such.
  if (DOT_DECIMAL.test(s)) return { value: Number(s), decimal: "." };
  // 1,234.5 from an English-locale export
  if (decimal === "." && THOUSANDS_COMMA.test(s)) return { value: Number(s.replace(/,/g, "")), decimal: "." };
  return null;
}

/** What {@link scanCommon} read; the caller's object is reused, so a scan allocates nothing. */
export interface CommonNumber {
  value: number;
  percent: boolean;
  /** the number had a decimal comma */
  comma: boolean;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The shape almost every cell has, `91,16%`, `100%`, `60,14`, read by a character scan into
 * `out`; anything else (thousands, dots, ratios, spaces, junk) returns false for the full parser.
 */
export function scanCommon(s: string, out: CommonNumber): boolean {
  const n = s.length;
  let i = 0;
  let whole = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
  }
  if (i === 0 || i > 15) return false;
  const comma = i < n && s.charCodeAt(i) === 44 ? i : -1;
  let scaled = whole;
  if (comma >= 0) {
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      scaled = scaled * 10 + (c - 48);
    }
    if (i === comma + 1 || i > 30) return false;
  }
  const end = i;
  const percent = i === n - 1 && s.charCodeAt(i) === 37;
  if (percent) i++;
  if (i !== n) return false;
  out.percent = percent;
  out.comma = comma >= 0;
  if (comma < 0) out.value = whole;
  // With at most 15 digits both sides of the division are exact, and one IEEE division rounds
  // the quotient as Number("91.16") rounds the decimal: the same double, without the strings.
  else if (end - 1 <= 15) out.value = scaled / POW10[end - comma - 1];
  else out.value = Number(`${s.slice(0, comma)}.${s.slice(comma + 1, end)}`);
  return true;
}

const scratch: CommonNumber = { value: 0, percent: false, comma: false };

type NumberProblem = "number.invalid" | "number.badRatio" | "number.spaceInDigits" | "number.nonFinite";

/**
 * {@link ParsedNumber} without its parameters: what the table readers need, who report a code
 * with parameters of their own (parameters built here for every text cell of a table would be
 * thrown away). `text` is the cell's text as read.
 */
export type NumberReading = Exclude<ParsedNumber, { ok: false }> | { ok: false; code: NumberProblem; text: string; suggestion?: number };

export function readVietnameseNumber(input: string | number | null | undefined, options: NumberOptions = {}): NumberReading {
  if (input === null || input === undefined) return { ok: true, value: null, kind: "empty" };
  if (typeof input === "string") {
    if (scanCommon(input, scratch)) {
      const kind = scratch.percent ? "percent" : "plain";
      return scratch.comma ? { ok: true, value: scratch.value, kind, decimal: "," } : { ok: true, value: scratch.value, kind };
    }
  }
  if (typeof input === "number") {
    return Number.isFinite(input) ? { ok: true, value: input, kind: "plain" } : { ok: false, code: "number.nonFinite", text: String(input) };
  }
  const decimal = options.decimal ?? ",";
  // NFC, no-break spaces made plain, trimmed; without normalizing text that is NFC already.
  const text = cellString(input);
  // `text` is NFC and trimmed already: isNoData's own normalizing would be done twice.
  if (EMPTY.test(text) || (text.length < 40 && NO_DATA.test(text))) return { ok: true, value: null, kind: "empty" };

  if (SPLIT_DIGITS.test(text)) return { ok: false, code: "number.spaceInDigits", text };
  // Split at the first `/` by hand: a lazy regular expression here took quadratic time on `1   …   /`.
  const slash = text.indexOf("/");
  if (slash >= 0) {
    const a = parseBare(text.slice(0, slash), decimal);
    const b = parseBare(text.slice(slash + 1), decimal);
    if (a && b && b.value > 0) return { ok: true, value: a.value, kind: "ratio", max: b.value, decimal: a.decimal ?? b.decimal };
    return { ok: false, code: "number.badRatio", text };
  }

  const isPercent = text.endsWith("%");
  const body = isPercent ? text.slice(0, -1) : text;
  // Text that starts with a letter ("chưa rõ nguồn 5") is words, not a broken number: nothing
  // in parseBare can match it (every shape starts with a sign or a digit) and no reading is
  // offered. A table of notes has one such cell per indicator per row.
  if (LETTER_FIRST.test(body)) return { ok: false, code: "number.invalid", text };
  const bare = parseBare(body, decimal);
  if (bare) return { ok: true, value: bare.value, kind: isPercent ? "percent" : "plain", decimal: bare.decimal };
  const suggestion = suggest(body);
  return suggestion === undefined ? { ok: false, code: "number.invalid", text } : { ok: false, code: "number.invalid", text, suggestion };
}

/** The catalogue's parameters of a number that could not be read: its text, and the likely reading offered. */
export function numberProblemParams(text: string, suggestion?: number): ProblemParams {
  const t = text.trim();
  return suggestion === undefined ? { text: t } : { text: t, suggestion: formatVietnamese(suggestion, 6) + (t.endsWith("%") ? "%" : "") };
}

/** {@link readVietnameseNumber} with the parameters a door needs to word a failure from the catalogue. */
export function parseVietnameseNumber(input: string | number | null | undefined, options: NumberOptions = {}): ParsedNumber {
  const r = readVietnameseNumber(input, options);
  if (r.ok) return r;
  const params = numberProblemParams(r.text, r.suggestion);
  return r.suggestion === undefined ? { ok: false, code: r.code, params } : { ok: false, code: r.code, params, suggestion: r.suggestion };
}

/**
 * A likely reading of a broken number (`9.,8` → 9.8), offered to the user, never applied: the
 * body's digits and separators, in order, as digits, separators, digits (or digits alone).
 * Only for text that is mostly digits and separators: "5 chưa rõ" is a note, not a 5.
 * A character scan: it runs on every text cell that is not a number.
 */
function suggest(body: string): number | undefined {
  let whole = "";
  let fraction = "";
  let separated = false;
  let numeric = 0;
  let other = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (separated) fraction += body[i];
      else whole += body[i];
      numeric++;
    } else if (c === 44 || c === 46) {
      // a separator before any digit, or after the fraction's digits: no reading to offer
      if (!whole || fraction) return undefined;
      separated = true;
      numeric++;
    } else if (c !== 32) other++;
  }
  if (!whole || (separated && !fraction) || other >= numeric) return undefined;
  return Number(separated ? `${whole}.${fraction}` : whole);
}

/** Digits, `.` and `,` from `i`: where the run ends and whether it held a digit. */
function numberRun(token: string, i: number): { end: number; digits: boolean } {
  let digits = false;
  for (; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = true;
    else if (c !== 44 && c !== 46) break;
  }
  return { end: i, digits };
}

/**
 * Looks like a number cell (possibly broken, like `9.,8%`): digits with separators and an
 * optional sign and `%`, a `/max` ratio, or a dash. A character scan: it runs on every token.
 */
export function isNumberLike(token: string): boolean {
  const n = token.length;
  if (n === 1 && (token === "-" || token === "–" || token === "—")) return true;
  const c0 = token.charCodeAt(0);
  const signed = c0 === 43 || c0 === 45;
  const first = numberRun(token, signed ? 1 : 0);
  if (!first.digits) return false;
  if (first.end === n) return true;
  if (token.charCodeAt(first.end) === 47) {
    if (signed) return false;
    const second = numberRun(token, first.end + 1);
    return second.digits && second.end === n;
  }
  // what follows the digits may only be white space and one `%`: `91,16%`, `91,16 %`
  let i = first.end;
  while (i < n && WHITE.test(token[i])) i++;
  return i === n || (i === n - 1 && token.charCodeAt(i) === 37);
}

const WHITE = /\s/;
