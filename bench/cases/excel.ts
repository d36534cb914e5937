import { getRuleSet } from "../../src/domain/ruleset/registry";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { writeAnnexFromTable } from "../../src/excel/annex-sheet";
import { writeNewTableSheet } from "../../src/excel/new-table-sheet";
import type { ExcelRun } from "../../src/excel/run";
import { writeReportFromTables } from "../../src/excel/report-sheet";
import { addScores } from "../../src/excel/score-sheet";
import { annexModelFromCells } from "../../src/taskpane/logic/campaign-draft";
import { progressFromCells } from "../../src/taskpane/logic/progress-flow";
// The strict fake takes its API allow-list from this global, as the jest setup gives it.
import "../../test/setup/excel-api-global";
import { FakeExcel } from "../../test/excel/fake-excel";
import { communeTable } from "../../test/excel/seed-workbook";
import { timeMs, type BenchCase } from "../harness";

/**
 * The task pane's four writes (import table, score columns + summary, annex, progress report
 * from two tables) on the recording fake of Excel, for 17, 220 and 2,000 communes of seed 002:
 * syncs, the largest request and the largest read response (the reads learn a table's size,
 * then read it in blocks under the budget: src/excel/range-reader.ts). The sync count must not
 * grow with the units, except for the blocks the bytes need; no request or response may pass
 * the 4 MB data budget.
 */
async function measure(n: number) {
  const fake = new FakeExcel();
  const run = fake.run as unknown as ExcelRun;
  const figures: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    fake.resetLog();
    figures[`${name}_ms`] = await timeMs(work);
    figures[`${name}_syncs`] = fake.syncCount;
    figures[`${name}_maxKB`] = Math.round(fake.maxRequestBytes / 1024);
    figures[`${name}_maxReadKB`] = Math.round(fake.maxResponseBytes / 1024);
  };
  const t = communeTable(n);
  let table = "";
  await step("import", async () => {
    table = (await writeNewTableSheet(run, { sheetName: "Dữ liệu", tableStem: "ChiSo_DuLieu", ...t })).table;
  });
  await step("score", () => addScores(run, { tableName: table, ruleSet: getRuleSet("nhom-2023"), mode: "formulas" }));
  // the annex reads the scored table as its baseline: the score columns are ignored by the reader
  const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
  await step("annex", () => writeAnnexFromTable(run, table, (cells) => annexModelFromCells(campaign, cells).model));
  // the period's results: the same communes imported again as a second table, then both read in one batch
  const current = (await writeNewTableSheet(run, { sheetName: "Kỳ báo cáo", tableStem: "ChiSo_DuLieu", ...t })).table;
  await step("progress", () =>
    writeReportFromTables(run, [table, current], ([b, c]) => progressFromCells(campaign, "50d", { baseline: { name: table, cells: b }, current: { name: current, cells: c } }).model),
  );
  return figures;
}

export const cases: BenchCase[] = [17, 220, 2000].map((n) => ({
  name: `excel adapter, ${n} units`,
  // progress at 2,000 units reads two tables in two blocks: the fake hands the scored table's formulas back as their text (3.4 MB)
  goal: "syncs ≤ 4 each (import 2, score 3, annex and progress 4) + 1 per extra read block, maxKB and maxReadKB ≤ 4096",
  run: () => measure(n),
}));
