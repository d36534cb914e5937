/**
 * `chiso history` and the periods of its files (README: a file's period comes from its name,
 * else its title, else from --period, once per file, in order): a --period that no file takes
 * is refused, not dropped silently; and the sheet's subtitle names the periods in Vietnamese.
 * Data: the Gia Lai capture of 10/10/2026 and the earlier snapshot of test/helpers/history-fixtures.ts.
 */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { toCsv } from "../../src/domain/reading/csv";
import { refusalLine } from "../helpers/cli-refusal";
import { editedEarlierUnits } from "../helpers/history-fixtures";
import { memoryIo } from "../helpers/memory-io";
import { portalUnits, wideCells } from "../helpers/portal-period";

const capture = toCsv(wideCells(portalUnits()));
const earlier = toCsv(wideCells(editedEarlierUnits()));

test("a --period given for a file whose name already gives another period is refused (exit 2), naming the file", async () => {
  // the QA case: a.csv's name says 10/09, b.csv has no period; two --period for two files, one per file
  const m = memoryIo({ "a_2026-09-10.csv": earlier, "b.csv": capture });
  expect(await main(["history", "a_2026-09-10.csv", "b.csv", "--period", "2026-09", "--period", "2026-10", "--format", "json"], m.io)).toBe(2);
  expect(m.stdout()).toBe("");
  expect(m.stderr()).toContain(refusalLine("cli.periodUnused", { periods: ["2026-09"], files: ["a_2026-09-10.csv"] }));
});

test("one --period too many is refused; one that agrees with the file's name is taken (nothing dropped)", async () => {
  const extra = memoryIo({ "b.csv": capture });
  expect(await main(["history", "b.csv", "--period", "2026-10-10", "--period", "2026-11", "--format", "json"], extra.io)).toBe(2);
  expect(extra.stderr()).toContain(refusalLine("cli.periodUnused", { periods: ["2026-11"], files: [] }));

  const agreeing = memoryIo({ "a_2026-09-10.csv": earlier, "b.csv": capture });
  expect(await main(["history", "a_2026-09-10.csv", "b.csv", "--period", "2026-09-10", "--period", "2026-10-10", "--format", "json"], agreeing.io)).toBe(0);
  expect(JSON.parse(agreeing.stdout()).periods).toEqual(["2026-09-10", "2026-10-10"]);

  // fewer --period than files: in order, to the files that name none (README)
  const fewer = memoryIo({ "a_2026-09-10.csv": earlier, "b.csv": capture });
  expect(await main(["history", "a_2026-09-10.csv", "b.csv", "--period", "2026-10-10", "--format", "json"], fewer.io)).toBe(0);
  expect(JSON.parse(fewer.stdout()).periods).toEqual(["2026-09-10", "2026-10-10"]);
});

test("the Diễn biến subtitle: two snapshots read 'Từ ngày 10/09/2026 đến ngày 10/10/2026', not 'Từ Đến ngày …'", async () => {
  const m = memoryIo({ "a.csv": earlier, "b.csv": capture });
  expect(await main(["history", "a.csv", "b.csv", "--period", "2026-09-10", "--period", "2026-10-10", "--out", "x.xlsx"], m.io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(m.written["x.xlsx"] as unknown as ArrayBuffer);
  const subtitle = String(wb.getWorksheet("Diễn biến")!.getCell("A2").value);
  expect(subtitle).toMatch(/^Từ ngày 10\/09\/2026 đến ngày 10\/10\/2026; /);
  expect(subtitle).not.toMatch(/Đến ngày|đến đến/);
});
