/**
 * The sheet "Theo dõi chiến dịch" drawn by the Office.js renderer on the strict fake: the same
 * cells as the model (followup-model.test.ts), in a number of syncs that does not grow with the
 * units (the 220 communes, then 8 × as many).
 */
import { followCampaign } from "../../src/domain/report/campaign-followup";
import { buildFollowUpModel } from "../../src/domain/report/followup-model";
import { assignTargets, type BaselineUnit } from "../../src/domain/targets/assign";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-budget";
import { renderTableModel } from "../../src/excel/render-table-model";
import { annexIBaseline } from "../domain/targets/annex-i-baseline";
import { threeReports } from "../domain/report/followup-reports";
import { FakeExcel, parseA1 } from "./fake-excel";

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const departments = annexIBaseline("a1_2023_departments", "department");
const districts = annexIBaseline("a2_2023_districts", "district");
const communes = annexIBaseline("a3_2023_communes", "commune");
/** a3's communes repeated `k` times under numbered names, in the baseline and in every report */
const times = <T extends BaselineUnit>(units: readonly T[], k: number): T[] =>
  Array.from({ length: k }, (_, i) => units.map((u) => (u.level === "commune" && i > 0 ? { ...u, unit: `${u.unit} ${i + 1}` } : u))).flat().filter((u, i, all) => u.level === "commune" || all.indexOf(u) === i);

describe.each([1, 8])("Theo dõi chiến dịch on the strict Excel fake, 220 × %i communes", (k) => {
  it("writes the model's cells in 2 syncs, every request under the limit", async () => {
    const assignment = assignTargets(campaign, [...departments, ...districts, ...times(communes, k)]);
    const reports = threeReports().map((r) => ({ ...r, units: times(r.units, k) }));
    const model = buildFollowUpModel(followCampaign(assignment, reports));
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const result = await fake.run((context) => renderTableModel(context, model));
    expect(result.sheetName).toBe("Theo dõi chiến dịch");
    expect(result.syncs).toBe(2);
    expect(Math.max(...fake.requests.map((r) => r.bytes))).toBeLessThan(REQUEST_LIMIT_BYTES);
    const ws = fake.sheet("Theo dõi chiến dịch")!;
    const at = (a: string) => {
      const { row, column } = parseA1(a);
      return ws.cell(row, column)?.v;
    };
    // the departments' row of section I (Excel row 8: title block 4 rows, section, two header rows)
    expect(["A8", "B8", "C8", "E8", "F8", "G8", "H8", "I8", "J8"].map(at)).toEqual([1, "Các sở, ban, ngành tỉnh", "0/0", "2/3", "1/3", "2/4", "2/4", 0, 1]);
    // the share row, as fractions: 04-10 4/240 = 1,67%; 04-20 without the mapping Xã Trang is missing: 6/240 = 2,5%
    const shareRow = 12;
    expect(at(`B${shareRow}`)).toBe("Tỷ lệ đạt toàn bộ chỉ tiêu");
    if (k === 1) expect([at(`E${shareRow}`), at(`G${shareRow}`)]).toEqual([0.0167, 0.025]);
  });
});
