/**
 * The readers' shortcuts for plain text (src/domain/parsing/text.ts isPlainText, number.ts
 * isWords) skip steps that, for such text, change nothing. These properties hold each shortcut
 * to the steps it skips, on random text built from what cells really hold and what trips
 * readers up: Vietnamese letters precomposed and decomposed, white space of every kind,
 * control and zero-width characters, digits, separators and the "no data" phrases.
 */
import fc from "fast-check";
import { isWords, readVietnameseNumber } from "../../../src/domain/parsing/number";
import { cellString, cleanName, cleanNameSlow, isPlainText, withoutInvisible } from "../../../src/domain/parsing/text";
import { controlCharacter } from "../../../src/domain/reading/values";

const pieces = [
  // letters: ASCII, Vietnamese precomposed (Latin-1, Extended-A/B, U+1Exx), the PDF's ƣ
  ..."aAzZđĐăÂêÔơƠưƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵƣƢ",
  // words and phrases a notes table holds, the "no data" phrases in any case
  "Ghi chú", "chưa rõ nguồn", "xem lại", "Xã", "chưa có dữ liệu", "KHÔNG CÓ SỐ LIỆU", "Chưa có số liệu", "không có dữ liệu", "N/A", "n/a",
  // combining marks (decomposed text) and letters outside the plain range or that fold case oddly
  "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "ſ", "K", "Ⱥ", "ⱥ", "ẞ", "ß", "α", "中", "😀", "\ud800",
  // signs beside the letters in Latin-1
  "×", "÷", "ª", "µ", "¡", "¬", "®", "¿",
  // digits and separators
  ..."0123456789", ".", ",", "/", "%", "-", "+", "–", "'", '"',
  // white space of every kind, zero-width and control characters
  " ", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2003", "\u2009", "\u202f", "\u205f", "\u3000", "\u2028", "\u2029", "\u180e",
  "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\ufeff", "\u00ad", "\x00", "\x01", "\x1f", "\x7f", "\x85", "\x9f",
];

/** Text from the pieces above, mostly letters and spaces so that plain text and words come up often. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join("")) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom("a", "ư", "ễ", " ", "1", "9", ".", ",", "Ghi chú", "chưa có dữ liệu"), { maxLength: 10 }).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: "binary" }) },
);

const runs = { numRuns: 20_000 };

test("cleanName is cleanNameSlow, the definition, for any text", () => {
  fc.assert(fc.property(text, (s) => cleanName(s) === cleanNameSlow(s)), runs);
});

test("plain text is left as it is by every step the readers skip for it", () => {
  fc.assert(
    fc.property(text, (s) => {
      if (!isPlainText(s)) return true;
      return cleanNameSlow(s) === s && cellString(s) === s && s.trim() === s && controlCharacter(s) === null && withoutInvisible(s) === s;
    }),
    runs,
  );
});

test("plain text comes up, and is not everything", () => {
  const samples = fc.sample(text, 5_000);
  expect(samples.filter(isPlainText).length).toBeGreaterThan(500);
  expect(samples.filter((s) => s !== "" && !isPlainText(s)).length).toBeGreaterThan(500);
});

test("words are what the full reading of a number finds in them: number.invalid with the text as it is, nothing offered", () => {
  fc.assert(
    fc.property(text, (s) => {
      if (!isWords(s)) return true;
      expect(controlCharacter(s)).toBeNull();
      expect(s.trim()).toBe(s);
      expect(readVietnameseNumber(s)).toEqual({ ok: false, code: "number.invalid", text: s });
      expect(readVietnameseNumber(s, { decimal: "." })).toEqual({ ok: false, code: "number.invalid", text: s });
      return true;
    }),
    runs,
  );
});

test("words come up, and the near misses are not words", () => {
  const samples = fc.sample(text, 5_000);
  expect(samples.filter(isWords).length).toBeGreaterThan(300);
  // what the full reading gives another answer for (no data, split digits, a ratio) is never words
  for (const s of ["chưa có dữ liệu", "KHÔNG CÓ SỐ LIỆU", "n/a", "Ghi chú 9 8", "Ghi chú 9, 8", "a/b", "Ghi chú\u00a0số", "Ghi  chú", " Ghi chú", "Ghi chú ", "Ghi\x01chú", "Ghi\u200bchú", "9 ghi chú", "", "-"]) {
    expect([s, isWords(s)]).toEqual([s, false]);
  }
  expect(isWords("chưa rõ nguồn 5")).toBe(true);
  expect(isWords("Ấp 3, xem lại 12.5")).toBe(true);
});
