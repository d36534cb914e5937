/**
 * decodeTextFile decodes UTF-8 leniently and decodes again strictly only when the text holds
 * U+FFFD (src/domain/reading/text-file.ts, strictUtf8): the answer must stay the strict
 * decoder's, byte for byte, on valid and broken UTF-8 alike, a real U+FFFD in the file included.
 */
import fc from "fast-check";
import { decodeTextFile } from "../../../src/domain/reading/text-file";

const strict = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

// No NUL (that would read as UTF-16 without a BOM) and a leading "x" (no BOM): the UTF-8 branch is the one decided.
const text = fc.string({ unit: fc.oneof(fc.constantFrom("ạ", "ư", "đ", "ế", "\ufffd", ",", "\n", "91,16%"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 }).map((s) => "x" + s.replace(/\0/g, " "));
/** The text's UTF-8, maybe with one byte overwritten by a byte that may break its sequence. */
const bytesOf = fc.tuple(text, fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })))).map(([s, hit]) => {
  const b = new TextEncoder().encode(s);
  if (hit && b.length > 1) b[1 + (hit[0] % (b.length - 1))] = hit[1];
  return b;
});

test("the text is the strict decoder's when the bytes are UTF-8, and never UTF-8 when they are not", () => {
  fc.assert(
    fc.property(bytesOf, (bytes) => {
      const decoded = decodeTextFile(bytes);
      const expected = strict(bytes);
      if (expected !== null) return decoded.ok && decoded.encoding === "utf-8" && decoded.text === expected;
      return !decoded.ok || decoded.encoding !== "utf-8";
    }),
    { numRuns: 3000 },
  );
});

test("a file that holds U+FFFD itself is still UTF-8; one broken byte is not", () => {
  expect(decodeTextFile(new TextEncoder().encode("Đơn vị,Ghi chú\nXã A,\ufffd"))).toEqual({ ok: true, text: "Đơn vị,Ghi chú\nXã A,\ufffd", encoding: "utf-8" });
  const broken = new TextEncoder().encode("Đơn vị,Tỷ lệ\nXã A,91");
  broken[1] = 0x41; // Đ is C4 90: its continuation byte replaced by "A"
  expect(decodeTextFile(broken)).not.toMatchObject({ encoding: "utf-8" });
});
