/**
 * The trend sheets as table models, on the two real periods of Gia Lai (test/helpers/history-fixtures.ts:
 * an edited 30/09 snapshot, then the capture of 10/10/2026). Values are the hand-computed ones of
 * test/domain/history/trends.test.ts.
 */
import { buildTrends } from "../../../src/domain/history/trends";
import { buildHistoryModel, buildMoversModel, buildProvinceRatesModel, buildTrendModel } from "../../../src/domain/report/trend-model";
import type { TableModel } from "../../../src/domain/report/table-model";
import { twoPeriods2026 } from "../../helpers/history-fixtures";

const history = twoPeriods2026();
const t = buildTrends(history);
const values = (m: TableModel) => m.rows.map((r) => r.cells.map((c) => c.value));
const rowOf = (m: TableModel, unit: string) => values(m).find((r) => r[1] === unit)!;

test("Diễn biến: a period's columns under a label naming its kind, then the changes, grade and rank", () => {
  const m = buildTrendModel(t);
  expect(m.sheetName).toBe("Diễn biến");
  const v = values(m);
  // a period inside the sentence reads as words of it, not as a label ("Từ Đến ngày …" was not Vietnamese)
  expect(v[1][0]).toBe("Từ ngày 30/09/2026 đến ngày 10/10/2026; thay đổi tính từ kỳ trước (ngày 30/09/2026) đến kỳ cuối.");
  const header = v.findIndex((r) => r[0] === "TT");
  expect(v[header].filter((x) => x !== null)).toEqual(["TT", "Đơn vị", "Cấp", "Đến ngày 30/09/2026", "Đến ngày 10/10/2026", "Thay đổi so với kỳ trước", "Thay đổi so với kỳ đầu", "Xếp loại", "Xếp hạng trong cấp", "Thứ hạng tăng (+) / giảm (−)"]);
  expect(v[header + 1].slice(3, 10)).toEqual(["Tổng điểm", "CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"]);
  // Sở Ngoại vụ: 57,60 → 48,37, TDGQ 18,46 → 9,23, −9,23, Trung bình → Yếu, 12th, one place down
  const nv = rowOf(m, "Sở Ngoại vụ - tỉnh Gia Lai");
  expect([nv[3], nv[5], nv[10], nv[12]]).toEqual([57.6, 18.46, 48.37, 9.23]);
  expect(nv.slice(-5)).toEqual([-9.23, -9.23, "Trung bình → Yếu", 12, -1]);
  // every unit is a row, even the one absent in the earlier period; it is named in the notes
  expect(v.filter((r) => typeof r[0] === "number")).toHaveLength(149);
  expect(v.some((r) => String(r[0]).startsWith("Đơn vị không ghép được với kỳ trước") && String(r[0]).includes("UBND xã Vân Canh (2026-10-10)"))).toBe(true);
});

test("Tăng giảm: the one riser and the one faller of the documented edits", () => {
  const v = values(buildMoversModel(t));
  expect(rowOf(buildMoversModel(t), "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai").slice(3)).toEqual([77.65, 79.27, 1.62, "Khá", 0]);
  expect(v.filter((r) => typeof r[0] === "number").map((r) => r[1])).toEqual(["Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai", "Sở Ngoại vụ - tỉnh Gia Lai"]);
});

test("Toàn tỉnh theo kỳ: one row per pooled indicator, rates as percent, and the change", () => {
  const m = buildProvinceRatesModel(t);
  const tdgq = rowOf(m, "TDGQ.1");
  expect(tdgq[2]).toBe("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn");
  const p = t.province.find((x) => x.indicator === "TDGQ.1")!;
  expect(tdgq.slice(3)).toEqual([p.rates["2026-09-30"], p.rates["2026-10-10"], p.change]);
  expect(m.rows.find((r) => r.cells[1].value === "TDGQ.1")!.cells[3].format).toEqual({ kind: "percent", decimals: 2 });
});

test("Lịch sử: the history table as a sheet, counts as whole numbers", () => {
  const m = buildHistoryModel(history);
  expect(m.rows).toHaveLength(1 + 148 + 149);
  const header = m.rows[0].cells.map((c) => c.value);
  const col = header.indexOf("TDGQ.1 tử số");
  const vh = m.rows.find((r) => r.cells[3].value === "H21.17" && r.cells[0].value === "2026-10-10")!;
  expect(vh.cells[col]).toEqual({ value: 653, style: "value", format: { kind: "integer" } });
});

test("Toàn quốc: per period the province's score, rank, median and gap for the total and each group", async () => {
  const { nationalTableFromCells, standingsOverTime } = await import("../../../src/domain/history/provinces");
  const { parseCsv } = await import("../../../src/domain/reading/csv");
  const { readFixture } = await import("../../helpers/fixtures");
  const { parsePeriod } = await import("../../../src/domain/history/period");
  const { buildNationalModel } = await import("../../../src/domain/report/trend-model");
  const table = nationalTableFromCells(parseCsv(readFixture("portal-national", "national_2026-09-17.csv")))!;
  const m = buildNationalModel("UBND tỉnh Gia Lai", standingsOverTime([{ period: parsePeriod("2026-09-17")!, table }], "H21"));
  expect(m.sheetName).toBe("Toàn quốc");
  const row = values(m).find((r) => r[0] === "Đến ngày 17/09/2026")!;
  // total 62,62, 12th, median 61,50, +1,12; then CKMB 11,79, 9th, 8,99, +2,80 (provinces.test.ts)
  expect(row.slice(1, 9)).toEqual([62.62, 12, 61.5, 1.12, 11.79, 9, 8.99, 2.8]);
});
