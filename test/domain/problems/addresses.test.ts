/**
 * Issue 9, item 5: a problem names its cell (A1-style, in the sheet or file the user has open),
 * and every door shows that place. Expected addresses are counted by hand from the blocks below.
 */
import { cellAddress, columnLetter } from "../../../src/domain/problems/address";
import { problemPlace } from "../../../src/domain/problems/problem";
import { importCells, importText } from "../../../src/domain/reading/import";

const block = [
  ["Đơn vị", "Tỷ lệ công khai, minh bạch", "Tỷ lệ tiến độ giải quyết"],
  ["Sở Tư pháp", "91,16%", "9 8%"],
  ["Sở Y tế", "90%", "88%"],
];

test("column letters and addresses: A, Z, AA, AZ, BA; C5 + (row 2, column 2) is E6", () => {
  expect([0, 25, 26, 51, 52].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA"]);
  expect(cellAddress({ row: 4, column: 2 }, 2, 2)).toBe("E6");
});

test("a selection starting at C5: the broken cell is E6 of the sheet", () => {
  const r = importCells(block, { origin: { row: 4, column: 2 } });
  const p = r.problems.filter((x) => x.severity === "error");
  expect(p.map((x) => [x.code, x.row, x.cell])).toEqual([["number.spaceInDigits", 2, "E6"]]);
  expect(problemPlace(p[0])).toBe('Ô E6 (cột "Tỷ lệ tiến độ giải quyết")');
});

test("a file's block (CSV, TSV) is addressed from its A1; a PDF line by its line", () => {
  const tsv = importText(block.map((r) => r.join("\t")).join("\n"));
  expect(tsv.problems.filter((x) => x.severity === "error").map((x) => x.cell)).toEqual(["C2"]);
  const line = { row: 7, column: "", cell: undefined };
  expect(problemPlace(line)).toBe("Dòng 7");
  expect(problemPlace({ row: 0, column: "" })).toBe("");
});
