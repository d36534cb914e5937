import { buildAnnexModel, linesNeeded } from "../../../src/domain/report/annex-model";
import { inSentence } from "../../../src/domain/report/sentence";
import { decimalsOf, percentVi } from "../../../src/domain/report/number-format";
import { a1, excelNumberFormat, excelValue, nextFreeSheetName, safeSheetName, styleBlocks, type TableModel } from "../../../src/domain/report/table-model";
import { assignTargets, type BaselineUnit } from "../../../src/domain/targets/assign";
import { getCampaignPreset } from "../../../src/domain/targets/presets";
import { annexIBaseline } from "../targets/annex-i-baseline";

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const model = buildAnnexModel(assignTargets(campaign, [...annexIBaseline("a1_2023_departments", "department"), ...annexIBaseline("a2_2023_districts", "district")]));
const text = (r: number) => model.rows[r].cells.map((c) => c.value);
const rowOf = (kind: string, value: unknown) => model.rows.findIndex((r) => r.kind === kind && r.cells.some((c) => c.value === value));
const mergeAt = (m: TableModel, row: number, col: number) => m.merges.find((x) => x.row === row && x.col === col);

describe("annex II table model (seed 002 lines 1027–1377)", () => {
  // 2 + (1 + 2) + (1 + 2) + 1 + 1 + 1 + (1 + 2) + (1 + 2) = TT, unit, and the 15 indicator columns
  test("title block: PHỤ LỤC II, subtitle, the editable 'Kèm theo' line, merged over all 17 columns", () => {
    expect(model.columnWidths).toHaveLength(17);
    expect(text(0)[0]).toBe("PHỤ LỤC II");
    expect(text(1)[0]).toBe("Giao chỉ tiêu cụ thể cho từng cơ quan, đơn vị, địa phương theo tiến độ 50 ngày, 100 ngày và thời gian thực hiện tiếp theo");
    expect(text(2)[0]).toMatch(/^\(Kèm theo Kế hoạch số .*\/KH-UBND ngày .*\/3\/2024 của UBND tỉnh\)$/);
    for (const r of [0, 1, 2]) expect(mergeAt(model, r, 0)).toEqual({ row: r, col: 0, rowSpan: 1, colSpan: 17 });
    expect(model.rows[0].cells[0].style).toBe("title");
  });

  test("sections numbered per level; the communes' one is the annex's sentence", () => {
    const sections = model.rows.filter((r) => r.kind === "section").map((r) => r.cells[0].value);
    expect(sections).toEqual([
      "1. Các sở, ban, ngành tỉnh",
      "2. Các huyện, thị xã, thành phố",
      "3. UBND các xã, phường, thị trấn: Áp dụng chung chỉ tiêu như của UBND các huyện, thị xã, thành phố.",
    ]);
  });

  test("two-row header: TT and unit merged down, indicator over its columns, then Năm 2023 | milestones", () => {
    const h = rowOf("header", "TT");
    expect(text(h).slice(0, 3)).toEqual(["TT", "Đơn vị", "Tiến độ giải quyết"]);
    expect(mergeAt(model, h, 0)).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(mergeAt(model, h, 1)).toMatchObject({ rowSpan: 2, colSpan: 1 });
    // Tỷ lệ dịch vụ công trực tuyến spans Năm 2023 | 50 ngày | 100 ngày (columns E–G)
    expect(text(h)[4]).toBe("Tỷ lệ dịch vụ công trực tuyến");
    expect(mergeAt(model, h, 4)).toMatchObject({ rowSpan: 1, colSpan: 3 });
    expect(text(h + 1).slice(2, 7)).toEqual([
      "Năm 2023",
      "Chỉ tiêu 50 ngày và duy trì trong thời gian tiếp theo",
      "Năm 2023",
      "Chỉ tiêu 50 ngày",
      "Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo",
    ]);
    expect(model.print.repeatRows).toEqual({ first: h, last: h + 1 });
    expect(text(rowOf("header", "Địa phương"))[1]).toBe("Địa phương"); // the districts' table, as printed
  });

  test("rows numbered from 1 in each section, percentages with their printed decimals", () => {
    const first = rowOf("data", "Ban Quản lý khu kinh tế");
    // seed 002 line 1135: "70% 100% 0% 30% 60% 0% 20% 55% 82,6% 100% 92,6% 100% 80% 100%"
    expect(text(first)).toEqual([1, "Ban Quản lý khu kinh tế", 70, 100, 0, 30, 60, 0, 20, 55, 82.6, 100, 92.6, 100, null, 80, 100]);
    const shown = model.rows[first].cells.slice(2).map((c) => (typeof c.value === "number" && c.format?.kind === "percent" ? percentVi(c.value, c.format.decimals) : c.value));
    expect(shown).toEqual(["70%", "100%", "0%", "30%", "60%", "0%", "20%", "55%", "82,6%", "100%", "92,6%", "100%", null, "80%", "100%"]);
    expect(text(rowOf("data", "Huyện Mang Yang"))[0]).toBe(1);
    expect(text(rowOf("data", "Huyện Krông Pa"))[0]).toBe(17);
  });

  test("overridden cells are marked with the override's reason and the rule's value", () => {
    const r = rowOf("data", "Sở Xây dựng");
    const dvc50 = model.rows[r].cells[5];
    expect(dvc50).toMatchObject({ value: 73.7, style: "marked" });
    expect(dvc50.mark).toMatch(/68,7%.*\(Theo quy tắc: 30%\.\)$/);
    const marked = model.rows.flatMap((row) => row.cells.filter((c) => c.mark));
    expect(marked).toHaveLength(7);
  });

  test("notes state the rule of III.2, the excluded units and every override", () => {
    const notes = model.rows.filter((r) => r.kind === "note").map((r) => String(r.cells[0].value));
    expect(notes[0]).toBe("Ghi chú:");
    expect(notes).toContain(
      "- Tỷ lệ dịch vụ công trực tuyến, chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo: kết quả năm 2023 thấp hơn 50% thì giao 50% + 10%; từ 50% trở lên thì giao kết quả năm 2023 + 10% (tối đa 100%).",
    );
    expect(notes).toContain("- Số hóa hồ sơ, chỉ tiêu 50 ngày: 50% cho mọi đơn vị (riêng sở, ban, ngành: 80% cho mọi đơn vị).");
    expect(notes).toContain("- Không giao chỉ tiêu cho Ban Dân tộc, Thanh tra tỉnh: không có thủ tục hành chính (Kế hoạch, mục III.2, chú thích 2).");
    expect(notes.filter((n) => n.startsWith("   + "))).toHaveLength(7);
  });

  test("print setup: A4 landscape, one page wide, Times New Roman", () => {
    expect(model.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(model.font.name).toBe("Times New Roman");
    expect(model.sheetName).toBe("Phụ lục II");
  });

  test("every row has one cell per column", () => {
    for (const r of model.rows) expect(r.cells).toHaveLength(17);
  });
});

describe("renderer helpers", () => {
  test("Vietnamese percentages", () => {
    expect(percentVi(91.16)).toBe("91,16%");
    expect(percentVi(0.2)).toBe("0,2%");
    expect(percentVi(100)).toBe("100%");
    expect(percentVi(2143)).toBe("2.143%");
    expect(decimalsOf(77.37)).toBe(2);
    expect(decimalsOf(67.37 + 5)).toBe(2); // 72.37000000000001
  });

  test("Excel formats and values: percent as a fraction, vi-VN tagged format", () => {
    expect(excelNumberFormat({ kind: "percent", decimals: 2 })).toBe("[$-42A]0.00%");
    expect(excelNumberFormat({ kind: "percent", decimals: 0 })).toBe("[$-42A]0%");
    expect(excelValue({ value: 83.93, style: "value", format: { kind: "percent", decimals: 2 } })).toBe(0.8393);
    expect(excelValue({ value: 60, style: "value", format: { kind: "percent", decimals: 0 } })).toBe(0.6);
  });

  test("addresses and free sheet names", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(9, 26)).toBe("AA10");
    expect(nextFreeSheetName(["Sheet1"], "Phụ lục II")).toBe("Phụ lục II");
    expect(nextFreeSheetName(["Phụ lục II", "phụ lục ii (2)"], "Phụ lục II")).toBe("Phụ lục II (3)");
    expect(nextFreeSheetName(["A".repeat(31)], "A".repeat(31))).toBe(`${"A".repeat(27)} (2)`);
  });

  test("wrapping estimate", () => {
    expect(linesNeeded("Sở Tư pháp", 30)).toBe(1);
    expect(linesNeeded("Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo", 11)).toBeGreaterThanOrEqual(4);
  });

  test("style blocks stay few whatever the row count (2,000 units)", () => {
    const units: BaselineUnit[] = Array.from({ length: 2000 }, (_, i) => ({ unit: `Xã Thử ${i + 1}`, level: "commune", values: { "CLGQ.TL": i % 100 } }));
    const big = buildAnnexModel(assignTargets(campaign, units));
    const blocks = styleBlocks(big);
    expect(blocks.length).toBeLessThan(60);
    // the blocks tile the sheet exactly: every cell once
    const covered = blocks.reduce((s, b) => s + b.rows * b.cols, 0);
    expect(covered).toBe(big.rows.length * big.columnWidths.length);
  });
});

test("number formats: decimals and percents carry the Vietnamese locale tag so LibreOffice prints a comma", () => {
  expect(excelNumberFormat({ kind: "decimal", decimals: 2 })).toBe("[$-42A]0.00");
  expect(excelNumberFormat({ kind: "decimal", decimals: 0 })).toBe("[$-42A]0");
  expect(excelNumberFormat({ kind: "percent", decimals: 2 })).toBe("[$-42A]0.00%");
  expect(excelNumberFormat({ kind: "integer" })).toBe("0");
  expect(excelNumberFormat({ kind: "text" })).toBe("@");
});

test("sheet names Excel accepts: forbidden characters replaced, 31 characters at most, never empty", () => {
  expect(safeSheetName("Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", "x")).toBe("Sở Văn hóa, Thể thao và Du lịch");
  expect(safeSheetName("Tiến độ 50/100 [ngày]?", "x")).toBe("Tiến độ 50-100 -ngày--");
  expect(safeSheetName("  ", "Hiện trạng")).toBe("Hiện trạng");
});

test("a heading inside a sentence: first letter lowered, acronyms kept", () => {
  expect(inSentence("Chỉ tiêu 50 ngày")).toBe("chỉ tiêu 50 ngày");
  expect(inSentence("UBND các xã, phường, thị trấn")).toBe("UBND các xã, phường, thị trấn");
  expect(inSentence("Đơn vị")).toBe("đơn vị");
});
