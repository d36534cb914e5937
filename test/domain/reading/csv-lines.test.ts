/**
 * parseCsv reads a plain line (no quote, no carriage return but its CRLF's) with a shortcut
 * (src/domain/reading/csv.ts, plainLine); parseCsvByField is the parser without it, field by
 * field. On random text made of everything that matters to CSV, both give the same rows.
 */
import fc from "fast-check";
import { parseCsv, parseCsvByField } from "../../../src/domain/reading/csv";

const pieces = [
  "a", "Xã Đăk Yă", "91,16%", "chưa rõ", "1", " ", "\t", ";", ",", ",", "\n", "\n", "\r\n", "\r", '"', '""', '"a,b"', '"x\ny"', "'", "'=1", "=SUM(A1)", "+1", "-2", "@x", "\ufeff", "",
];
const csvText = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));

test.each([",", ";", "\t"])("the shortcut for plain lines gives the rows the field-by-field parser gives (delimiter %j)", (delimiter) => {
  fc.assert(
    fc.property(csvText, (text) => JSON.stringify(parseCsv(text, delimiter)) === JSON.stringify(parseCsvByField(text, delimiter))),
    { numRuns: 10_000 },
  );
});

test("plain lines, CRLF lines, a quoted line and formula escapes, as written", () => {
  const text = "\ufeffĐơn vị,Tỷ lệ\r\nXã A,'=1\r\n\"Xã, B\",2\nXã C,\n\n'-3,x";
  // by hand: the BOM dropped, CRLF and LF both end a row, the quoted comma kept, the escapes removed
  expect(parseCsv(text)).toEqual([["Đơn vị", "Tỷ lệ"], ["Xã A", "=1"], ["Xã, B", "2"], ["Xã C", ""], [""], ["-3", "x"]]);
});
