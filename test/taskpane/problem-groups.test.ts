import fc from "fast-check";
import { groupProblems, rowRanges, whatOf } from "../../src/taskpane/logic/problem-groups";
import { problemMessage, problemText } from "../../src/domain/problems/problem";

/** "2–18, 230" back to its rows. */
const expand = (text: string) =>
  text.split(", ").flatMap((run) => {
    const [a, b] = run.split("–").map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });

describe("rowRanges", () => {
  it("writes runs of rows with an en dash", () => {
    // seed 002 annex I: the 17 departments are table rows 2–18, Xã Diên Phú row 230
    expect(rowRanges([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 230])).toBe("2–18, 230");
    expect(rowRanges([9, 4, 5, 4])).toBe("4–5, 9");
    expect(rowRanges([1, 3, 5, 7], 2)).toBe("1, 3, …");
  });

  it("names exactly the rows given (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }), (rows) => {
        expect(expand(rowRanges(rows, Infinity))).toEqual([...new Set(rows)].sort((a, b) => a - b));
      }),
    );
  });
});

describe("groupProblems", () => {
  const p = (row: number, severity: string, message: string, column = "") => ({ row, column, severity, message });

  it("groups a message repeated on many rows, errors before warnings", () => {
    const groups = groupProblems([
      p(3, "warning", 'Dòng 3, cột "STT": STT 4 lặp lại (đã có ở dòng 2).', "STT"),
      p(2, "error", 'Dòng 2 (Sở Nội vụ): thiếu số liệu "Tỷ lệ số hóa hồ sơ".', "Tỷ lệ số hóa hồ sơ"),
      p(5, "error", 'Dòng 5 (Sở Y tế): thiếu số liệu "Tỷ lệ số hóa hồ sơ".', "Tỷ lệ số hóa hồ sơ"),
    ]);
    expect(groups.map((g) => [g.severity, g.what, g.items.map((i) => i.row)])).toEqual([
      ["error", 'thiếu số liệu "Tỷ lệ số hóa hồ sơ"', [2, 5]],
      ["warning", "STT 4 lặp lại (đã có ở dòng 2)", [3]],
    ]);
  });

  it("keeps apart the same words in different columns", () => {
    const groups = groupProblems([p(2, "error", "Dòng 2: thiếu số liệu.", "A"), p(3, "error", "Dòng 3: thiếu số liệu.", "B")]);
    expect(groups).toHaveLength(2);
  });

  it("strips the row, the unit and the column from a message", () => {
    expect(whatOf(p(7, "error", 'Dòng 7, cột "Tiến độ giải quyết": "9.,8%" không phải số hợp lệ; có thể là 9,8%?'))).toBe('"9.,8%" không phải số hợp lệ; có thể là 9,8%?');
    expect(whatOf({ ...p(7, "error", "ignored"), what: "thiếu số liệu" })).toBe("thiếu số liệu");
    // a problem that names its cell (problemPlace): the same problem in D7 and D9 groups as one
    const place = (cell: string) => problemMessage({ code: "number.invalid", params: { text: "x" }, row: 7, column: "TDGQ.1", cell });
    expect(whatOf(p(7, "error", place("D7")))).toBe(whatOf(p(9, "error", place("D9"))));
    expect(whatOf(p(7, "error", place("AB12")))).toBe(problemText({ code: "number.invalid", params: { text: "x" } }).replace(/\.$/, ""));
  });
});
