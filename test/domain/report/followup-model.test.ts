/**
 * The sheet "Theo dõi chiến dịch" of the three reports of followup-reports.ts (annex I, then
 * documented edits), with the mapping Xã Trang → Xã Đak Trang. Counts are the hand-computed
 * ones of campaign-followup.test.ts.
 */
import { followCampaign } from "../../../src/domain/report/campaign-followup";
import { ALL_LEVELS, buildFollowUpModel, CHANGE_ROW, SHARE_ROW } from "../../../src/domain/report/followup-model";
import type { TableModel } from "../../../src/domain/report/table-model";
import { assignTargets } from "../../../src/domain/targets/assign";
import { getCampaignPreset } from "../../../src/domain/targets/presets";
import { annexIBaseline } from "../targets/annex-i-baseline";
import { THIRD_REPORT_RENAMED, threeReports } from "./followup-reports";

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const assignment = assignTargets(campaign, [
  ...annexIBaseline("a1_2023_departments", "department"),
  ...annexIBaseline("a2_2023_districts", "district"),
  ...annexIBaseline("a3_2023_communes", "commune"),
]);
const model = buildFollowUpModel(followCampaign(assignment, threeReports(), [{ from: THIRD_REPORT_RENAMED.from, to: THIRD_REPORT_RENAMED.to }]));
const values = (m: TableModel, r: number) => m.rows[r].cells.map((c) => c.value);
const rowOf = (m: TableModel, name: string, from = 0) => m.rows.findIndex((r, i) => i >= from && r.kind === "data" && r.cells[1].value === name);
/** TT, name, 3 dates × 2 milestones, 2 closing columns */
const WIDTH = 10;

test("sheet name, title block, and the three report dates side by side, each over its two milestones", () => {
  expect(model.sheetName).toBe("Theo dõi chiến dịch");
  expect(model.columnWidths).toHaveLength(WIDTH);
  expect(values(model, 0)[0]).toBe("THEO DÕI THỰC HIỆN CHỈ TIÊU CHIẾN DỊCH");
  expect(values(model, 2)[0]).toBe("Các kỳ báo cáo: đến ngày 31/03/2024; đến ngày 10/04/2024; đến ngày 20/04/2024");
  const h = model.rows.findIndex((r) => r.kind === "header");
  expect(values(model, h).slice(0, 8)).toEqual(["TT", "Cấp", "Đến ngày 31/03/2024", null, "Đến ngày 10/04/2024", null, "Đến ngày 20/04/2024", null]);
  expect(values(model, h + 1).slice(2, 4)).toEqual(["Chỉ tiêu 50 ngày", "Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo"]);
  expect(model.merges).toContainEqual({ row: h, col: 4, rowSpan: 1, colSpan: 2 });
  expect(model.print.repeatRows).toEqual({ first: h, last: h + 1 });
  for (const r of model.rows) expect(r.cells).toHaveLength(WIDTH);
});

test("per level k/n per date and milestone, the change of k since the previous report, the share and its change", () => {
  // departments 0/0, 0/0 | 2/3, 1/3 | 2/4, 2/4; change 04-10 → 04-20: 50 days 2 − 2 = 0, 100 days 2 − 1 = +1
  expect(values(model, rowOf(model, "Các sở, ban, ngành tỉnh"))).toEqual([1, "Các sở, ban, ngành tỉnh", "0/0", "0/0", "2/3", "1/3", "2/4", "2/4", 0, 1]);
  // communes 1 → 3 at 50 days (Hà Đông, KDang): +2
  expect(values(model, rowOf(model, "UBND các xã, phường, thị trấn"))).toEqual([3, "UBND các xã, phường, thị trấn", "0/220", "0/220", "1/220", "0/220", "3/220", "0/220", 2, 0]);
  expect(values(model, rowOf(model, ALL_LEVELS)).slice(2)).toEqual(["0/237", "0/237", "4/240", "1/240", "6/241", "2/241", 2, 1]);
  // 4/240 = 1,67%, 1/240 = 0,42%, 6/241 = 2,49%, 2/241 = 0,83%
  const share = model.rows[rowOf(model, SHARE_ROW)].cells;
  expect(share.slice(2, 8).map((c) => c.value)).toEqual([0, 0, 1.67, 0.42, 2.49, 0.83]);
  expect(share[4].format).toEqual({ kind: "percent", decimals: 2 });
  expect(values(model, rowOf(model, CHANGE_ROW)).slice(2, 8)).toEqual([null, null, 1.67, 0.42, 0.82, 0.41]);
});

test("per district: Đak Đoa's 17 communes, 0 → 1 → 3 meeting the 50-day targets", () => {
  const r = rowOf(model, "Đak Đoa");
  expect(values(model, r).slice(2)).toEqual(["0/17", "0/17", "1/17", "0/17", "3/17", "0/17", 2, 0]);
  expect(model.rows.filter((x) => x.kind === "section").map((x) => x.cells[0].value)).toEqual([
    "I. Đơn vị đạt toàn bộ chỉ tiêu theo từng kỳ báo cáo (k/n)",
    "II. Xã, phường, thị trấn đạt toàn bộ chỉ tiêu, theo huyện (k/n)",
    "III.1. Các sở, ban, ngành tỉnh: số chỉ tiêu đạt theo từng kỳ",
    "III.2. Các huyện, thị xã, thành phố: số chỉ tiêu đạt theo từng kỳ",
    "III.3. UBND các xã, phường, thị trấn: số chỉ tiêu đạt theo từng kỳ",
  ]);
});

test("a unit's row: indicators met per date, marked with its gaps; absent on a date: “—”; what it still lacks at the last report", () => {
  // Sở Y tế: 03-31 a1 (tiến độ 83,86, DVC 3,2, payment 0, công khai 1, hài lòng 97,6, no số hóa): 0/6 at both;
  // absent 04-10; 04-20 số hóa 80 → 1/6 at 50 days, 0/6 at 100 days (100 needed)
  const r = rowOf(model, "Sở Y tế");
  const cells = model.rows[r].cells;
  expect(cells.slice(2, 8).map((c) => c.value)).toEqual(["0/6", "0/6", "—", "—", "1/6", "0/6"]);
  expect(cells[4].mark).toBe("Không có trong báo cáo kỳ này.");
  expect(cells[6].style).toBe("marked");
  // gaps by hand: 100 − 83,86; 92,9 − 3,2; 20 − 0; 100 − 1; 100 − 97,6
  expect(cells[8].value).toBe("Tiến độ giải quyết 16,14; Tỷ lệ dịch vụ công trực tuyến 89,7; Tỷ lệ thanh toán trực tuyến 20; Tỷ lệ công khai, minh bạch 99; Mức độ hài lòng 2,4");
  // Sở Tài chính meets every target from 04-10
  const tc = model.rows[rowOf(model, "Sở Tài chính")].cells;
  expect(tc.slice(4).map((c) => c.value)).toEqual(["6/6", "6/6", "6/6", "6/6", "Đạt", "Đạt"]);
  expect(tc[4].style).toBe("value");
});

test("notes: names written otherwise, the units missing per report, the rows matching no target, the excluded", () => {
  const notes = model.rows.filter((r) => r.kind === "note").map((r) => r.cells[0].value as string);
  expect(notes).toContain("- Tên trong báo cáo khác tên được giao chỉ tiêu: Huyện Chư Păh ghi là “Huyện Chư Pah”; Xã Trang (Đak Đoa) ghi là “Xã Đak Trang”.");
  expect(notes).toContain("- Không có trong báo cáo đến ngày 10/04/2024: Sở Y tế.");
  expect(notes.some((n) => n.includes("đến ngày 10/04/2024: Công an tỉnh; đến ngày 20/04/2024: Công an tỉnh."))).toBe(true);
  expect(notes.some((n) => n.startsWith("- Không giao chỉ tiêu cho Ban Dân tộc, Thanh tra tỉnh"))).toBe(true);
});
