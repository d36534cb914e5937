/**
 * Tính điểm names drift: the portal capture (Gia Lai, 10/2026) as an Excel table of counts
 * and printed points, scored under gialai-2026-03. Figures: the hand calculation of
 * test/domain/scoring/drift.test.ts.
 */
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { columnLetters } from "../../src/domain/report/table-model";
import { addScores } from "../../src/excel/score-sheet";
import { portalLongFormUnits } from "../helpers/portal-long-form";
import { FakeExcel } from "./fake-excel";
import { runOf } from "./seed-workbook";

const CODES = ["MDSH.1", "MDSH.2", "MDSH.4"];

function captureWorkbook(): FakeExcel {
  const header = ["Đơn vị", ...CODES.flatMap((c) => [`${c} tử số`, `${c} mẫu số`, `Điểm ${c}`])];
  const rows = portalLongFormUnits().map((u) => [
    u.input.unit,
    ...CODES.flatMap((c) => {
      const v = u.input.values[c] as { numerator?: number; denominator?: number } | undefined;
      return [v?.numerator ?? "", v?.denominator ?? "", u.printed[c] ?? ""];
    }),
  ]);
  const fake = new FakeExcel();
  fake.addSheet("Cổng", [header, ...rows]);
  fake.addTable("Cổng", `A1:${columnLetters(header.length - 1)}${rows.length + 1}`, "Cong");
  return fake;
}

test("under gialai-2026-03 the pane says, per indicator, where the printed points differ", async () => {
  const fake = captureWorkbook();
  const res = await addScores(runOf(fake), { tableName: "Cong", ruleSet: getRuleSet("gialai-2026-03"), mode: "values" });
  expect(res.drift).toEqual([
    "MDSH.1: 148 đơn vị lệch tới 1 điểm: quy tắc của Cổng có thể đã đổi.",
    "MDSH.2: 145 đơn vị lệch tới 0,92 điểm: quy tắc của Cổng có thể đã đổi.",
    "MDSH.4: 73 đơn vị lệch tới 0,19 điểm: quy tắc của Cổng có thể đã đổi.",
  ]);
});

test("under dvcqg-2026 nothing drifts", async () => {
  const res = await addScores(runOf(captureWorkbook()), { tableName: "Cong", ruleSet: getRuleSet("dvcqg-2026"), mode: "values" });
  expect(res.drift).toEqual([]);
});
