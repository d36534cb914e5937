/**
 * The one reader's shapes and problems (issue 9, items 4 and 5): asserted by code. Values by
 * hand from the cells written here; rates from seed 002 annex I (Xã Đăk Yă, line 590).
 */
import { readUnitTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";

const rs = getRuleSet("nhom-2023");
const HEADER = ["Đơn vị", "Tỷ lệ công khai, minh bạch", "Tỷ lệ tiến độ giải quyết"];
const codes = (t: ReturnType<typeof readUnitTable>) => t.problems.map((p) => [p.row, p.code]);

test("a header below title rows is found; rows are numbered as given", () => {
  const t = readUnitTable(rs, [["PHỤ LỤC I"], ["Kết quả năm 2023"], [], HEADER, ["Xã Đăk Yă", "100%", "91,76%"]]);
  expect(t.headerRow).toBe(4);
  expect(t.units.map((u) => [u.row, u.input.unit, u.input.values])).toEqual([[5, "Xã Đăk Yă", { "CKMB.TL": { rate: 100 }, "TDGQ.TL": { rate: 91.76 } }]]);
  expect(t.problems).toEqual([]);
});

test("no table: an error saying what was expected and where it looked", () => {
  const t = readUnitTable(rs, [["a", "b"], ["1", "2"]]);
  expect(codes(t)).toEqual([[1, "table.noUnitColumn"]]);
  expect(t.problems[0].params).toEqual({ rows: 2 });
});

test('"Chưa có dữ liệu" is a missing value: the unit stays, its indicator is not read', () => {
  const t = readUnitTable(rs, [HEADER, ["Xã Đăk Yă", "Chưa có dữ liệu", "91,76%"]]);
  expect(t.units[0].input.values).toEqual({ "TDGQ.TL": { rate: 91.76 } });
  expect(t.problems).toEqual([]);
});

test("a dot-decimal file reads 94.672 as 94,672 %, not 94 672 %", () => {
  const t = readUnitTable(rs, [HEADER, ["Huyện Mang Yang", "97.6", "89.65"], ["Huyện Kbang", "97.6", "94.672"]]);
  expect(t.units[1].input.values["TDGQ.TL"]).toEqual({ rate: 94.672 });
});

test.each([
  ["9 8%", "number.spaceInDigits"],
  ["21/20", "points.aboveMax"],
  ["120%", "rate.outOfRange"],
  ["9\u0007%", "cell.controlCharacter"],
  ["abc", "number.invalid"],
])("%j is a problem on its cell: %s", (cell, code) => {
  const t = readUnitTable(rs, [HEADER, ["Xã Đăk Yă", cell, "91,76%"]]);
  expect(t.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, HEADER[1], code]]);
  expect(t.units[0].input.values["CKMB.TL"]).toBeUndefined();
});

test("a numerator above its denominator is a problem, and the indicator is not scored", () => {
  const t = readUnitTable(rs, [
    ["Đơn vị", "CKMB.TL tử số", "CKMB.TL mẫu số"],
    ["Xã Đăk Yă", "48", "47"],
  ]);
  expect(codes(t)).toEqual([[2, "count.numeratorAboveDenominator"]]);
  expect(t.units[0].input.values).toEqual({});
});

test("look-alike and repeated names are said, never merged", () => {
  const t = readUnitTable(rs, [HEADER, ["Xã Ia Rsươm", "1", "2"], ["Xã Ia Rsươm\u200b", "1", "2"], ["Xã Ia Rsươm", "1", "2"]]);
  expect(codes(t)).toEqual([
    [3, "row.lookAlikeName"],
    [4, "row.duplicateName"],
  ]);
  expect(t.units).toHaveLength(3);
});
