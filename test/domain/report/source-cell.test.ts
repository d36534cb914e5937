import { sourceCell } from "../../../src/domain/report/source-cell";

/** The source cells of the scored sheet: numbers (read in the table's decimal style) become numbers, codes and words stay text. */
describe("sourceCell", () => {
  it.each([
    // the portal's export (dot decimals): gialai_2026-10-10_units.csv
    ["79.27", ".", 79.27, { kind: "decimal", decimals: 2 }],
    ["18.0", ".", 18, { kind: "decimal", decimals: 1 }],
    ["1", ".", 1, { kind: "integer" }],
    // a typed annex (comma decimals, dot thousands): seed 002
    ["91,16%", ",", 91.16, { kind: "percent", decimals: 2 }],
    ["100%", ",", 100, { kind: "percent", decimals: 0 }],
    ["2.143", ",", 2143, { kind: "integer" }],
    ["82,6", ",", 82.6, { kind: "decimal", decimals: 1 }],
  ])("%s in a table of %s decimals is the number %d", (text, decimal, value, format) => {
    expect(sourceCell(text, decimal as "," | ".")).toEqual({ value, style: "value", format });
  });

  it.each([
    ["H21.17", "a unit's code"],
    ["007", "a code with its leading zero"],
    ["1234567890123456", "16 digits, past what a double keeps"],
    ["17,8/20", "points of a maximum"],
    ["Sở Nội vụ", "a name"],
    ["9.,8%", "a broken number, which the Vấn đề column names"],
  ])("%s (%s) stays text", (text) => {
    expect(sourceCell(text, ",")).toEqual({ value: text, style: "unit", format: { kind: "text" } });
  });

  it("keeps a number the source holds, and leaves an empty cell empty", () => {
    expect(sourceCell(0.8893, ",")).toEqual({ value: 0.8893, style: "value" });
    expect(sourceCell(null, ",").value).toBeNull();
    expect(sourceCell("", ",").value).toBeNull();
  });
});
