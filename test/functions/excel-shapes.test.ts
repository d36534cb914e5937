/**
 * How Excel calls the functions: ranges as 2-D arrays (a row or a column), null for an
 * omitted argument, "" for an empty cell; the workbook's rule set unless one is named.
 */
import { activeRuleSetId, setActiveRuleSetId } from "../../src/runtime/active-rule-set";
import { bangDiem, diem, diemThanhPhan, nhom, quyTac, xepLoai } from "../../src/functions/functions";
import { problemOf } from "../../src/functions/errors";
import { column, errorOf, isVietnameseMessage, row } from "./excel-call";

const NULL = null as never;

// nhom-2023: one rate per group, max 18, 20, 12, 10, 18, 22 (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH)
const HEADERS = ["CKMB.TL", "TDGQ.TL", "CLGQ.TL", "TTTT.TL", "MDHL.TL", "MDSH.TL"];
const RATES = [1, 0.9176, 0.149, 0, 1, 0.295]; // Xã Đăk Yă, seed 002 annex I
const ESTIMATE = 62.63; // 18 + 18.35 + 1.79 + 0 + 18 + 6.49

describe("ranges as rows or columns", () => {
  test("DIEM reads a row with a header row, and the same values as a column with a header column", () => {
    expect(diem(row(...RATES), row(...HEADERS), "nhom-2023")).toBeCloseTo(ESTIMATE, 10);
    expect(diem(column(...RATES), column(...HEADERS), "nhom-2023")).toBeCloseTo(ESTIMATE, 10);
  });

  test("headers in another order, by Vietnamese group title, with the unit-name column selected too", () => {
    const headers = ["Đơn vị", "Số hóa hồ sơ", "Mức độ hài lòng", "Tiến độ giải quyết", "Công khai minh bạch", "Tỷ lệ dịch vụ công trực tuyến", "Tỷ lệ thanh toán trực tuyến"];
    const values = ["Xã Đăk Yă", 0.295, 1, 0.9176, 1, 0.149, 0];
    expect(diem(row(...values), row(...headers), "nhom-2023")).toBeCloseTo(ESTIMATE, 10);
  });

  test("a 2-D block (several rows and columns) is #VALUE!: a unit is one row or one column", () => {
    const e = errorOf(() => diem([RATES.slice(0, 3), RATES.slice(3)], NULL, "nhom-2023"));
    expect(e).toMatchObject({ code: "#VALUE!", problem: "function.notALine", params: { argument: "values", rows: 2, columns: 3 } });
    // the sentence a user reads names the range and its shape, in Vietnamese
    expect(isVietnameseMessage(e.message)).toBe(true);
    expect(e.message).toBe("Vùng số liệu phải là một dòng hoặc một cột (đang là 2 dòng × 3 cột).");
  });

  test("headers and values of different sizes are #VALUE!", () => {
    expect(errorOf(() => diem(row(...RATES), row(...HEADERS.slice(1)), "nhom-2023"))).toMatchObject({ code: "#VALUE!", problem: "function.headerSize", params: { headers: 5, cells: 6 } });
  });

  test("without headers, a count of values that fits neither order is #VALUE! naming the expected count", () => {
    const e = errorOf(() => diem(row(...RATES.slice(1)), NULL, "nhom-2023"));
    // nhom-2023 has 6 indicators, all scored
    expect(e).toMatchObject({ code: "#VALUE!", problem: "function.valueCount", params: { count: 5, ruleSet: "nhom-2023", indicators: 6, scored: 6 } });
  });
});

describe("empty cells and bad cells", () => {
  test("an empty cell is a missing indicator: #N/A naming it, never a partial total", () => {
    const values = [...RATES];
    values[2] = "" as never;
    const e = errorOf(() => diem(row(...values), row(...HEADERS), "nhom-2023"));
    expect(e).toMatchObject({ code: "#N/A", problem: "function.missing", params: { indicators: "CLGQ.TL", ruleSet: "nhom-2023" } });
    // the groups that are complete still compute
    expect(nhom(row(...values), row(...HEADERS), "TDGQ", "nhom-2023")).toBeCloseTo(18.35, 10);
  });

  test("a misspelt header is named in the #N/A message", () => {
    const headers = [...HEADERS];
    headers[0] = "Cong khai minh bach xyz";
    const e = errorOf(() => diem(row(...RATES), row(...headers), "nhom-2023"));
    expect(e).toMatchObject({ code: "#N/A", problem: "function.missing", params: { indicators: "CKMB.TL", unknownColumns: '"Cong khai minh bach xyz"' } });
    expect(e.message).toContain('Không nhận ra cột: "Cong khai minh bach xyz"');
  });

  test("a percent typed as a plain number (91.76 instead of 91,76%) is #VALUE! explaining fractions", () => {
    const values = [...RATES];
    values[1] = 91.76;
    const e = errorOf(() => diem(row(...values), row(...HEADERS), "nhom-2023"));
    expect(e).toMatchObject({ code: "#VALUE!", problem: "rate.looksLikePercent", params: { value: 91.76 }, subject: { indicator: "TDGQ.TL" } });
    expect(e.message).toMatch(/^TDGQ\.TL: .*0,9116/);
  });

  test("text that is not a number is #VALUE! with the parser's code, about the indicator", () => {
    const e = errorOf(() => diemThanhPhan("TDGQ.1", "chín mươi", NULL, NULL));
    expect(e).toMatchObject({ code: "#VALUE!", problem: "number.invalid", params: { text: "chín mươi" }, subject: { indicator: "TDGQ.1" } });
  });

  test("an empty denominator cell is a missing count (#N/A), not a rate", () => {
    expect(errorOf(() => diemThanhPhan("TDGQ.1", 1, "", NULL))).toMatchObject({ code: "#N/A", problem: "function.missingDenominator", subject: { indicator: "TDGQ.1" } });
  });

  test("an unknown indicator or group is #VALUE! listing what exists", () => {
    const indicator = errorOf(() => diemThanhPhan("XYZ.9", 0.5, NULL, NULL));
    expect(indicator).toMatchObject({ code: "#VALUE!", problem: "function.unknownIndicator", params: { ruleSet: "dvcqg-2026", text: "XYZ.9" } });
    expect(indicator.params.codes).toMatch(/^CKMB\.1, /);
    // nhom-2023's six groups, then its composite DVCTT
    expect(errorOf(() => nhom(row(...RATES), row(...HEADERS), "ABC", "nhom-2023"))).toMatchObject({
      code: "#VALUE!",
      problem: "function.unknownGroup",
      params: { ruleSet: "nhom-2023", text: "ABC", groups: expect.stringMatching(/^CKMB, TDGQ/) },
    });
  });
});

describe("the rule set: the workbook's, unless the argument names one", () => {
  const before = activeRuleSetId();
  afterEach(() => setActiveRuleSetId(before));

  test("MDSH.1 at 100% is worth 6 under dvcqg-2026 and 7 under gialai-2026-03 (seed 000's maximum)", () => {
    setActiveRuleSetId("dvcqg-2026");
    expect(diemThanhPhan("MDSH.1", 1, NULL, NULL)).toBe(6);
    setActiveRuleSetId("gialai-2026-03");
    expect(diemThanhPhan("MDSH.1", 1, NULL, NULL)).toBe(7);
    expect(diemThanhPhan("MDSH.1", 1, NULL, "dvcqg-2026")).toBe(6);
    expect(quyTac(NULL)).toBe("Bộ chỉ số 766 theo báo cáo tỉnh Gia Lai (số liệu 01/03/2026) (gialai-2026-03)");
  });

  test("an unknown rule set is #VALUE! listing the available ones", () => {
    const e = errorOf(() => xepLoai(50, NULL, "khong-co"));
    expect(e).toMatchObject({ code: "#VALUE!", problem: "ruleset.unknown", params: { id: "khong-co", known: expect.stringContaining("dvcqg-2026") } });
    expect(e.message).toMatch(/^Không có bộ quy tắc "khong-co"\. Các bộ có sẵn: .*dvcqg-2026/);
  });
});

describe("CHISO.BANGDIEM as Excel calls it", () => {
  const table = [
    ["STT", "Đơn vị", ...HEADERS],
    [1, "Xã Đăk Yă", ...RATES],
    ["", "", "", "", "", "", "", ""],
    [2, "Xã Thiếu Số Liệu", 1, 1, "", 1, 1, 1],
    [3, "Xã Gõ Nhầm", 1, 1, 1, 1, "chín mươi", 1],
    [4, "Xã Đủ Điểm", 1, 1, 1, 1, 1, 1],
  ];
  const out = bangDiem(table, "nhom-2023") as unknown[][];
  const header = out[0] as string[];
  const at = (r: number, title: string) => out[r][header.indexOf(title)] as { code?: string; message?: string } | string | number;

  test("one output row per input row, blank rows kept blank", () => {
    expect(out).toHaveLength(6);
    expect(out[2].every((c) => c === "")).toBe(true);
  });

  test("totals and ranks: 100 ranks 1, 62.63 ranks 2; an incomplete unit is #N/A, a bad cell #VALUE!, each with a note", () => {
    expect(at(5, "Tổng điểm (ước tính)")).toBe(100);
    expect(at(5, "Xếp loại")).toBe("Xuất sắc");
    expect(at(5, "Hạng")).toBe(1);
    expect(at(1, "Tổng điểm (ước tính)")).toBeCloseTo(ESTIMATE, 10);
    expect(at(1, "Hạng")).toBe(2);
    expect(problemOf(at(3, "Tổng điểm (ước tính)"))).toMatchObject({ code: "function.missing", params: { indicators: "CLGQ.TL" } });
    expect((at(3, "Tổng điểm (ước tính)") as { code: string }).code).toBe("#N/A");
    expect(at(3, "Ghi chú")).toMatch(/CLGQ\.TL/);
    // row 5 of the range, the MDHL.TL cell "chín mươi"
    expect(problemOf(at(4, "Xếp loại"))).toMatchObject({ code: "number.invalid", row: 5, params: { text: "chín mươi" } });
    expect((at(4, "Xếp loại") as { code: string }).code).toBe("#VALUE!");
    expect(at(4, "Ghi chú")).toMatch(/^Dòng 5.*"chín mươi"/);
  });

  test("a table without a unit column is #VALUE! as a whole", () => {
    expect(errorOf(() => bangDiem([HEADERS, RATES], "nhom-2023"))).toMatchObject({ code: "#VALUE!", problem: "table.noUnitColumn" });
  });
});

describe("duplicate columns", () => {
  test("two columns for the same indicator are #VALUE! naming the second", () => {
    const e = errorOf(() => diem(row(...RATES, 0.5), row(...HEADERS, "Tiến độ giải quyết"), "nhom-2023"));
    expect(e).toMatchObject({ code: "#VALUE!", problem: "function.duplicateColumn", params: { indicator: "TDGQ.TL", part: "", column: "Tiến độ giải quyết" } });
  });
});
