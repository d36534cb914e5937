/**
 * =CHISO.CANTHEM(numerator; denominator; targetRate) evaluated by HyperFormula, on counts of
 * the Gia Lai capture (test/fixtures/portal-2026/gialai_2026-10-10_metrics.csv), hand-checked.
 */
import { codedCell } from "./excel-call";
import { sheet, valueAt } from "./hyperformula-plugin";

describe("=CHISO.CANTHEM: dossiers to add at the current volume", () => {
  const hf = sheet([
    ["Đơn vị", "Đúng hạn", "Tiếp nhận", "Cần đạt", "Cần thêm"],
    // Sở Nông nghiệp và Môi trường, TDGQ.1 90 071 / 130 716; 90 %: 0,9 × 130 716 = 117 644,4 → 117 645 − 90 071 = 27 574
    ["Sở Nông nghiệp và Môi trường", 90071, 130716, 0.9, "=CHISO.CANTHEM(B2, C2, D2)"],
    // UBND xã Vân Canh, TDGQ.1 2 541 / 2 618 to 100 %: 77
    ["UBND xã Vân Canh", 2541, 2618, 1, "=CHISO.CANTHEM(B3, C3, D3)"],
    // the rate as text pasted from a report, MDSH.3 1 543 / 2 618 to 80 %: 2 094,4 → 2 095 − 1 543 = 552
    ["UBND xã Vân Canh (văn bản)", 1543, 2618, "80%", "=CHISO.CANTHEM(B4, C4, D4)"],
    // already there: 0
    ["Đạt rồi", 95, 100, 0.9, "=CHISO.CANTHEM(B5, C5, D5)"],
    // no dossiers: no count reaches a rate
    ["Thanh tra tỉnh", 0, 0, 0.9, "=CHISO.CANTHEM(B6, C6, D6)"],
    // a rate typed as a percent number (90 instead of 90 %)
    ["Nhập sai", 5, 10, 90, "=CHISO.CANTHEM(B7, C7, D7)"],
    ["Tử số lớn hơn", 11, 10, 0.9, "=CHISO.CANTHEM(B8, C8, D8)"],
  ]);

  test.each([
    ["E2", 27574],
    ["E3", 77],
    ["E4", 552],
    ["E5", 0],
  ])("%s = %d", (cell, expected) => {
    expect(valueAt(hf, cell)).toBe(expected);
  });

  test("no dossiers: #N/A saying why, in Vietnamese", () => {
    expect(valueAt(hf, "E6")).toEqual(codedCell("NA", "function.noDossiers"));
  });

  test("a rate above 100 % and more on time than received: #VALUE! naming the mistake", () => {
    // 90 in a cell is 9 000 %: the rate was typed as a percent number
    expect(valueAt(hf, "E7")).toEqual(codedCell("VALUE", "rate.looksLikePercent", { value: 90 }, { argument: "targetRate" }));
    expect(valueAt(hf, "E8")).toEqual(codedCell("VALUE", "count.numeratorAboveDenominator", { indicator: "số hồ sơ", numerator: 11, denominator: 10 }));
    // the sentence names the user's numbers
    expect((valueAt(hf, "E8") as { message: string }).message).toBe("Số hồ sơ: tử số 11 lớn hơn mẫu số 10.");
  });
});
