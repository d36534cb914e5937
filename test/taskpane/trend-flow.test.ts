import { historyToCells } from "../../src/domain/history/history-table";
import { ProblemError } from "../../src/domain/problems/user-error";
import { createExcelPort } from "../../src/excel/port";
import { buildTrendSheets } from "../../src/taskpane/logic/trend-flow";
import { FakeExcel } from "../excel/fake-excel";
import { runOf } from "../excel/seed-workbook";
import { twoPeriods2026 } from "../helpers/history-fixtures";

const codeOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ProblemError ? e.problem.code : e));

describe("the Diễn biến flow refuses before writing", () => {
  it("without a history table: history.noTable", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    expect(await codeOf(buildTrendSheets(createExcelPort(runOf(fake))))).toBe("history.noTable");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("with a mapping that sends one old name to two new ones: mapping.invalid, its line named", async () => {
    const fake = new FakeExcel();
    const cells = historyToCells(twoPeriods2026());
    fake.addSheet("Lịch sử", cells);
    fake.addTable("Lịch sử", `A1:A${cells.length}`, "ChiSo_LichSu");
    fake.addSheet("Ghép", [["Tên cũ", "Tên mới"], ["Xã A", "Xã B"], ["Xã A", "Xã C"]]);
    fake.addTable("Ghép", "A1:B3", "GhepTen");
    const err = await buildTrendSheets(createExcelPort(runOf(fake)), "GhepTen").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).problem).toEqual({ code: "mapping.invalid", params: { table: "GhepTen" } });
    // the third row of the table is the second pair
    expect((err as ProblemError).details).toEqual([expect.stringMatching(/^Dòng 3, cột "Tên mới": "Xã A" /)]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Lịch sử", "Ghép"]);
  });
});
