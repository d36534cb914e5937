/**
 * CHISO.THEOKY and CHISO.THAYDOI evaluated by HyperFormula over a real history range: the two
 * periods of Gia Lai (test/helpers/history-fixtures.ts: the edited 30/09 snapshot, then the
 * capture of 10/10/2026), with the values computed by hand there.
 */
import { historyToCells } from "../../src/domain/history/history-table";
import { columnLetters } from "../../src/domain/report/table-model";
import { twoPeriods2026 } from "../helpers/history-fixtures";
import { codedCell } from "./excel-call";
import { sheet, valueAt } from "./hyperformula-plugin";

const cells = historyToCells(twoPeriods2026());
const width = cells[0].length;
const lastCol = columnLetters(width - 1);
// a formula row below the history; the range reaches 20 rows further, room for the table to grow
const formulaRow = cells.length + 25;
const range = `$A$1:$${lastCol}$${cells.length + 20}`;

function book(history: (string | number | null)[][], formulas: string[]) {
  const rows: unknown[][] = history.map((r) => [...r]);
  while (rows.length < formulaRow - 1) rows.push([]);
  rows.push(formulas);
  return sheet(rows);
}
const at = (col: number) => `${columnLetters(col)}${formulaRow}`;

describe("over the two periods of Gia Lai", () => {
  const hf = book(cells, [
    `=CHISO.THEOKY(${range}, "H21.26", "2026-09-30")`,
    `=CHISO.THEOKY(${range}, "Sở Ngoại vụ - tỉnh Gia Lai", "2026-10-10", "TDGQ")`,
    `=CHISO.THEOKY(${range}, "Sở Ngoại vụ", "2026-10-10", "TDGQ.1")`,
    `=CHISO.THAYDOI(${range}, "H21.26")`,
    `=CHISO.THAYDOI(${range}, "H21.17", "tdgq")`,
    `=CHISO.THAYDOI(${range}, "UBND xã Vân Canh")`,
    `=CHISO.THEOKY(${range}, "H21.26", "2026-08")`,
    `=CHISO.THEOKY(${range}, "H21.26", "2026-13")`,
    `=CHISO.THEOKY(${range}, "H21.26", DATE(2026, 10, 10))`,
  ]);

  test("THEOKY: Sở Ngoại vụ's total on 30/09 is 57,60; on 10/10 its TDGQ is 9,23 (6/13 on time), by code, name or folded name", () => {
    expect(valueAt(hf, at(0))).toBe(57.6);
    expect(valueAt(hf, at(1))).toBe(9.23);
    expect(valueAt(hf, at(2))).toBe(9.23);
    expect(valueAt(hf, at(8))).toBe(48.37);
  });

  test("THAYDOI: 57,60 → 48,37 = −9,23; Sở Văn hóa's TDGQ 18,35 → 19,97 = +1,62", () => {
    expect(valueAt(hf, at(3))).toBe(-9.23);
    expect(valueAt(hf, at(4))).toBe(1.62);
  });

  test("#N/A with a message where there is no answer; #VALUE! for a period that cannot be read", () => {
    expect(valueAt(hf, at(5))).toEqual(codedCell("NA", "function.historyNotBefore", { unit: "UBND xã Vân Canh", period: "2026-09-30" }));
    expect(valueAt(hf, at(6))).toEqual(codedCell("NA", "function.historyNoPeriod", { period: "2026-08", label: "Tháng 08/2026" }));
    expect(valueAt(hf, at(7))).toEqual(codedCell("VALUE", "function.badPeriod", { text: "2026-13" }));
  });
});

test("the formulas recalculate when the history grows inside their range", () => {
  // only the 30/09 rows at first: no previous period to compare with
  const first = cells.filter((r, i) => i === 0 || r[0] === "2026-09-30");
  const hf = book(first, [`=CHISO.THAYDOI(${range}, "H21.26")`]);
  expect(valueAt(hf, at(0))).toEqual(codedCell("NA", "function.historyOnePeriod", { period: "2026-09-30" }));
  // append two rows of 10/10 below (Sở Ngoại vụ and Sở Văn hóa)
  const added = cells.filter((r) => r[0] === "2026-10-10" && (r[3] === "H21.26" || r[3] === "H21.17"));
  hf.setCellContents({ sheet: 0, row: first.length, col: 0 }, added as never);
  expect(valueAt(hf, at(0))).toBe(-9.23);
});
