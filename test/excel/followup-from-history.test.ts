/**
 * Theo dõi chiến dịch built in Excel from the sheet "Lịch sử": the three reports of
 * test/domain/report/followup-reports.ts (annex I, then documented edits) kept as dated
 * snapshots, the baseline as the imported annex I table (annexITable). Counts are the
 * hand-computed ones of test/domain/report/campaign-followup.test.ts (no mapping in the pane:
 * Xã Trang, renamed Xã Đak Trang on 20/04, is missing that day).
 */
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { writeFollowUpFromHistory } from "../../src/excel/followup-sheet";
import { followUpFromCells } from "../../src/taskpane/logic/progress-flow";
import { reportsAsHistoryCells } from "../domain/report/followup-reports";
import { FakeExcel } from "./fake-excel";
import { addSeedTable, annexITable, runOf } from "./seed-workbook";

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const historySheet = reportsAsHistoryCells;

function workbook(history: (string | number | null)[][]): FakeExcel {
  const fake = new FakeExcel();
  addSeedTable(fake, "Năm 2023", "NamGoc", annexITable());
  fake.addSheet("Lịch sử", history);
  fake.resetLog();
  return fake;
}

test("reads the sizes, then the baseline table and the history in one sync, writes the sheet in two: the reports side by side", async () => {
  const fake = workbook(historySheet());
  const out = await writeFollowUpFromHistory(runOf(fake), "NamGoc", (b, h) => followUpFromCells(campaign, b, h).model);
  expect(out).toEqual({ sheet: "Theo dõi chiến dịch", syncs: 4 });
  expect(fake.syncCount).toBe(4);
  const rows = fake.sheet("Theo dõi chiến dịch")!.dump();
  const row = (name: string) => rows.find((r) => r[1] === name)!;
  // departments 0/0, 0/0 | 2/3, 1/3 | 2/4, 2/4; communes without the mapping: 3/219 on 20/04
  expect(row("Các sở, ban, ngành tỉnh")).toEqual([1, "Các sở, ban, ngành tỉnh", "0/0", "0/0", "2/3", "1/3", "2/4", "2/4", 0, 1]);
  expect(row("UBND các xã, phường, thị trấn").slice(2, 8)).toEqual(["0/220", "0/220", "1/220", "0/220", "3/219", "0/219"]);
  expect(row("Đak Đoa").slice(2, 8)).toEqual(["0/17", "0/17", "1/17", "0/17", "3/16", "0/16"]);
});

test("a history without dated reports is refused, nothing written", async () => {
  const cells = historySheet().map((r, i) => (i === 0 ? r : [r[0] === "2024-03-31" ? "2024-03" : r[0], ...r.slice(1)]));
  const fake = workbook(cells.filter((r, i) => i === 0 || r[0] === "2024-03"));
  await expect(writeFollowUpFromHistory(runOf(fake), "NamGoc", (b, h) => followUpFromCells(campaign, b, h).model)).rejects.toMatchObject({ code: "progress.noReports" });
  expect(fake.sheet("Theo dõi chiến dịch")).toBeUndefined();
});
