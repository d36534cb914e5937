import { uniqueSheetName, uniqueTableName } from "../../src/excel/names";
import { planRowChunks, payloadBytes } from "../../src/excel/request-budget";
import { cellsOfRange } from "../../src/excel/cells";

describe("sheet and table names", () => {
  it("never reuses a sheet name: suffix (2), (3)…, compared without case", () => {
    expect(uniqueSheetName([], "Tổng hợp")).toBe("Tổng hợp");
    expect(uniqueSheetName(["tổng hợp"], "Tổng hợp")).toBe("Tổng hợp (2)");
    expect(uniqueSheetName(["Tổng hợp", "Tổng hợp (2)"], "Tổng hợp")).toBe("Tổng hợp (3)");
  });
  it("keeps the suffix within Excel's 31 characters and drops forbidden characters", () => {
    const long = "Dữ liệu chỉ số 766 tháng 10/2026 của tỉnh";
    const first = uniqueSheetName([], long);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(first).not.toMatch(/[\\/?*[\]:]/);
    const second = uniqueSheetName([first], long);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
  });
  it("gives ASCII table names unique in the workbook", () => {
    expect(uniqueTableName(["ChiSo_DuLieu"], "ChiSo_DuLieu")).toBe("ChiSo_DuLieu_2");
  });
});

describe("request chunks", () => {
  it("splits rows so that no chunk passes the budget, and loses no row", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`Xã số ${i}`, i / 7, "Trung bình"]);
    const budget = 5000;
    const chunks = planRowChunks(rows, budget);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(1000);
    chunks.forEach((c, k) => {
      expect(c.bytes).toBeLessThanOrEqual(budget);
      if (k) expect(c.start).toBe(chunks[k - 1].end);
      expect(c.bytes).toBe(payloadBytes(rows.slice(c.start, c.end)));
    });
  });
  it("counts Vietnamese letters as the UTF-8 bytes they take", () => {
    expect(payloadBytes(["Yếu"])).toBe(2 + 2 + 5);
  });
});

describe("cells of a range", () => {
  it("keeps the numbers Excel holds, flagging the percent-formatted ones, and never turns them into text", () => {
    const cells = cellsOfRange(
      [["Xã Đăk Yă", 0.12345, 64.05, "", "#N/A"]],
      [["General", "0.000%", "0.00", "General", "General"]],
    );
    expect(cells).toEqual([
      [
        "Xã Đăk Yă",
        { kind: "number", value: 0.12345, percent: true },
        { kind: "number", value: 64.05, percent: false },
        null,
        { kind: "error", code: "#N/A" },
      ],
    ]);
  });
});
