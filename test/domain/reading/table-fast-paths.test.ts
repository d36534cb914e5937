/**
 * The table reader's shortcuts (src/domain/reading/table.ts) held to what they stand for, on
 * random tables: the decimal style skips text that starts with a word, and a row is skipped
 * as blank without building the text of every cell.
 */
import fc from "fast-check";
import { sheetNumber, shownText, type Cell } from "../../../src/domain/reading/cell";
import { decimalShown, decimalStyle, readUnitTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";

const rs = getRuleSet("nhom-2023");
const HEADER = ["Đơn vị", "Tỷ lệ công khai, minh bạch", "Tỷ lệ tiến độ giải quyết"];

const spaces = ["", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2003", "\u202f", "\u3000", "\u2028", "\ufeff", "\u200b", "\x00", "\x85"];
const words = ["Ghi chú", "chưa rõ", "Xã", "đạt", "a", "Z", "~", "#", "%", "'", "ư", "ễ"];
const numbers = ["89.65", "94.672", "1.5", "91,16", "91,16%", "-3.25", "+7,5", "2.143", "100%", "0", "1.234.567", "12.3456", "9 8", "17,8/20"];

/** Text cells as files hold them: numbers of both styles, words, white space of every kind around them. */
const text = fc
  .tuple(fc.constantFrom(...spaces), fc.constantFrom(...numbers, ...words, ""), fc.constantFrom(...spaces), fc.constantFrom(...numbers, ...words, ""))
  .map(([a, b, c, d]) => a + b + c + d);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(null, undefined, true, 0, sheetNumber(0.5, true), sheetNumber(2023), { kind: "error", code: "#N/A" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 45, unit: "binary" }) },
);
const rows = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 });

test("the decimal style is the majority of decimalShown over every cell", () => {
  fc.assert(
    fc.property(rows, (cells) => {
      let dots = 0;
      let commas = 0;
      for (const c of cells.flat()) {
        if (decimalShown(c) === ".") dots++;
        if (decimalShown(c) === ",") commas++;
      }
      return decimalStyle(cells) === (dots > commas ? "." : ",");
    }),
    { numRuns: 5_000 },
  );
});

test("the decimal style counts what it should (not a property that holds of anything)", () => {
  expect(decimalStyle([["89.65", " 94.672 ", "Ghi chú 1.5"]])).toBe(".");
  expect(decimalStyle([["89.65", "91,16", "\u00a01,5"]])).toBe(",");
});

test("a row is skipped silently exactly when every cell shows only white space", () => {
  fc.assert(
    fc.property(rows, (body) => {
      const t = readUnitTable(rs, [HEADER, ...body]);
      const kept = body.flatMap((row, i) => (row.every((c) => shownText(c).trim() === "") ? [] : [i + 2]));
      // Every other row is a unit, or left out with its one warning (a heading, a note, a total).
      const leftOut = t.problems.filter((p) => p.code === "row.notAUnit" || p.code === "row.summaryRow").map((p) => p.row);
      const accounted = [...t.units.map((u) => u.row), ...leftOut].sort((a, b) => a - b);
      return JSON.stringify(accounted) === JSON.stringify(kept);
    }),
    { numRuns: 3_000 },
  );
});
