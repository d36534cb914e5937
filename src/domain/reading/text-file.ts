import type { ProblemCode, ProblemParams } from "../problems/problem";
import { parseCsv } from "./csv";

/*
 * Text files, read in one place: the bytes' encoding, then the delimiter, then cells of text.
 * The decimal style is the table's business (see decimalStyle), learned from all its numbers.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; code: ProblemCode; params: ProblemParams };

function decode(bytes: Uint8Array, encoding: TextEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** UTF-16 without a BOM: Vietnamese and ASCII text has a zero in (nearly) every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  // Without a zero byte (all UTF-8 text but NUL) neither count below can pass: one native scan
  // instead of a loop that, on a file's first read, runs in the interpreter.
  if (n < 4 || bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

const VIETNAMESE_MARKS = /^[A-Za-z][\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]{1,2}$/;

/** A letter of the Vietnamese alphabet beyond ASCII (ắ, ơ, đ…). */
function isVietnameseLetter(ch: string): boolean {
  return ch === "đ" || ch === "Đ" || VIETNAMESE_MARKS.test(ch.normalize("NFD"));
}

/** The share of non-ASCII characters that are Vietnamese letters: near 1 for real Vietnamese text. */
function vietnameseShare(text: string): number {
  let other = 0;
  let viet = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (isVietnameseLetter(ch)) viet++;
    else other++;
  }
  return viet + other === 0 ? 1 : viet / (viet + other);
}

/**
 * Text in the pre-Unicode Vietnamese fonts. VNI writes a mark byte after an ASCII vowel
 * (`Tieán`), from 0xC0 up; TCVN3 (ABC) writes one byte per accented letter, and its commonest
 * lower-case letters (đ ă â ê ô ơ ư, the a-family) sit in 0xA1–0xBF, a range VNI leaves empty.
 */
function legacyEncoding(bytes: Uint8Array): "VNI" | "TCVN3 (ABC)" {
  let high = 0;
  let tcvn = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if (bytes[i] >= 0xa1 && bytes[i] <= 0xbf) tcvn++;
  }
  return tcvn * 4 >= high ? "TCVN3 (ABC)" : "VNI";
}

/**
 * The bytes as UTF-8, or null when they are not valid UTF-8. A lenient decoder writes U+FFFD for
 * every invalid sequence and is otherwise the strict one, so text without U+FFFD is the answer;
 * only text holding one is decoded again strictly. The strict decoder alone was five times
 * slower in Node (another code path), more than splitting the file into cells.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  const lenient = decode(bytes, "utf-8");
  if (!lenient.includes("\ufffd")) return lenient;
  try {
    return decode(bytes, "utf-8", true);
  } catch {
    return null;
  }
}

/**
 * The text of a file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE (with a BOM or by its
 * zeros), else Windows-1258 when that gives Vietnamese letters; text in the legacy VNI or
 * TCVN3 fonts is refused with the name of its encoding rather than read as mojibake.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, text: decode(bytes.subarray(3), "utf-8"), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const wide = utf16WithoutBom(bytes);
  if (wide) return { ok: true, text: decode(bytes, wide), encoding: wide };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  // Windows-1258 writes tones as combining marks after the letter: NFC joins them.
  const cp1258 = decode(bytes, "windows-1258").normalize("NFC");
  if (vietnameseShare(cp1258) >= 0.9) return { ok: true, text: cp1258, encoding: "windows-1258" };
  return { ok: false, code: "file.legacyEncoding", params: { encoding: legacyEncoding(bytes) } };
}

/** The delimiter of a text table: tab, `;` (Excel in Vietnamese, whose decimal comma takes `,`) or `,`. */
export function textDelimiter(text: string): "," | ";" | "\t" {
  let tabs = 0;
  let semis = 0;
  let commas = 0;
  let lines = 0;
  let quoted = false;
  // The first 20 lines, outside quotes, from one telling character to the next (the regular
  // expression engine skips the rest natively, however long the lines).
  const telling = /["\t;,\n]/g;
  while (lines < 20 && telling.test(text)) {
    const c = text.charCodeAt(telling.lastIndex - 1);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 9) tabs++;
    else if (c === 59) semis++;
    else if (c === 44) commas++;
    else if (c === 10) lines++;
  }
  if (tabs > 0 && tabs >= semis && tabs >= commas / 4) return "\t";
  return semis > 0 && semis >= commas / 4 ? ";" : ",";
}

/** A text table's rows of text cells, split on its own delimiter. */
export function textTableCells(text: string): string[][] {
  return parseCsv(text, textDelimiter(text));
}

/** A file of text as rows of text cells, or the problem of its encoding. */
export function readTextTable(bytes: Uint8Array): { ok: true; cells: string[][]; encoding: TextEncoding } | { ok: false; code: ProblemCode; params: ProblemParams } {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, cells: textTableCells(decoded.text), encoding: decoded.encoding };
}
