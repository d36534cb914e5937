/**
 * `chiso progress --campaign … FILE…` run in-process on the three reports of
 * test/domain/report/followup-reports.ts (seed 002 annex I, then documented edits), one file per
 * level and date, against the baseline a1 + a2 + a3. Counts are the hand-computed ones of
 * test/domain/report/campaign-followup.test.ts.
 */
import ExcelJS from "exceljs";
import { FOLLOWUP_USAGE } from "../../src/cli/commands/progress-followup";
import { main } from "../../src/cli/main";
import type { FollowUpJson } from "../../src/domain/report/campaign-followup";
import { refusalLine, warningLine } from "../helpers/cli-refusal";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";
import { firstReport, secondReport, thirdReport } from "../domain/report/followup-reports";
import { asCsv } from "../domain/targets/progress-current";

const BASELINE = ["a1_2023_departments", "a2_2023_districts", "a3_2023_communes"].map((t) => fixturePath("seed-tables", `${t}.csv`)).join(",");
const CAMPAIGN = "chien-dich-100-ngay-2024";

function reportFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [date, r] of [
    ["2024-03-31", firstReport()],
    ["2024-04-10", secondReport()],
    ["2024-04-20", thirdReport()],
  ] as const) {
    out[`${date}_so-nganh.csv`] = asCsv(r.departments);
    out[`${date}_huyen.csv`] = asCsv(r.districts);
    out[`${date}_xa.csv`] = asCsv(r.communes);
  }
  out["ghep-ten.csv"] = "Tên cũ,Tên mới\nXã Trang,Xã Đak Trang\n";
  return out;
}
const FILES = Object.keys(reportFiles()).filter((f) => f.startsWith("2024"));

async function run(args: string[], files = reportFiles()) {
  const m = memoryIo(files);
  const code = await main(["progress", "--baseline", BASELINE, "--campaign", CAMPAIGN, ...args], m.io);
  return { code, m };
}

describe("chiso progress with several report files", () => {
  test("--format json: dates from the file names, levels' k/n per date and milestone, the trend, the unmatched (exit 0)", async () => {
    const { code, m } = await run([...FILES.reverse(), "--mapping", "ghep-ten.csv", "--format", "json"]);
    expect(m.stderr()).not.toContain("Lỗi");
    expect(code).toBe(0);
    const j = JSON.parse(m.stdout()) as FollowUpJson;
    expect(Object.keys(j)).toEqual(["campaign", "dates", "milestones", "levels", "districts", "trends", "missing", "unmatched", "excluded"]);
    expect(j.campaign).toBe(CAMPAIGN);
    expect(j.dates.map((d) => d.id)).toEqual(["2024-03-31", "2024-04-10", "2024-04-20"]);
    expect(j.milestones.map((x) => x.id)).toEqual(["50d", "100d"]);
    expect(j.levels.map((l) => [l.level, ["2024-03-31", "2024-04-10", "2024-04-20"].map((d) => `${l.tally["50d"][d].metAll}/${l.tally["50d"][d].complete}`)])).toEqual([
      ["department", ["0/0", "2/3", "2/4"]],
      ["district", ["0/17", "1/17", "1/17"]],
      ["commune", ["0/220", "1/220", "3/220"]],
    ]);
    // 4/240 = 1,67%; 6/241 = 2,49%
    expect(j.trends[0]).toMatchObject({ milestone: "50d", points: [{ share: 0 }, { share: 1.67, change: 1.67 }, { share: 2.49, change: 0.82 }] });
    const gtvt = j.levels[0].units.find((u) => u.unit === "Sở Giao thông vận tải")!;
    // a1 line 457 edited: payment 73 ≥ 72,37 at 50 days; 100 days: 77,37 − 73 = 4,37 missing
    expect(gtvt.dates["2024-04-10"]!.milestones["50d"]).toEqual({ met: 3, of: 6, noData: [], gaps: { "TDGQ.TL": 7.88, "CLGQ.TL": 9.7, "CKMB.TL": 86.8 } });
    expect(gtvt.dates["2024-04-10"]!.milestones["100d"].gaps["TTTT.TL"]).toBe(4.37);
    expect(j.levels[0].units.find((u) => u.unit === "Sở Y tế")!.dates["2024-04-10"]).toBeNull();
    expect(j.districts.find((d) => d.district === "Đak Đoa")!.tally["50d"]["2024-04-20"]).toEqual({ targeted: 17, reported: 17, complete: 17, metAll: 3 });
    expect(j.unmatched.map((u) => [u.unit, u.period])).toEqual([
      ["Công an tỉnh", "2024-04-10"],
      ["Công an tỉnh", "2024-04-20"],
    ]);
    expect(j.excluded.map((u) => [u.unit, u.period, typeof u.reason])).toEqual([
      ["Thanh tra tỉnh", "2024-04-10", "string"],
      ["Thanh tra tỉnh", "2024-04-20", "string"],
    ]);
    expect(j.missing).toEqual([{ period: "2024-04-10", units: [{ unit: "Sở Y tế", level: "department" }] }]);
  });

  test("--out: the sheet Theo dõi chiến dịch, read back with exceljs; a text summary on the screen", async () => {
    const { code, m } = await run([...FILES, "--mapping", "ghep-ten.csv", "--out", "theo-doi.xlsx"]);
    expect(code).toBe(0);
    expect(m.stdout()).toContain("  Đến ngày 20/04/2024: 6/241 đơn vị đạt toàn bộ chỉ tiêu (2,49%)");
    expect(m.stderr()).toContain('Đã ghi theo-doi.xlsx: trang "Theo dõi chiến dịch", 3 kỳ báo cáo.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(m.written["theo-doi.xlsx"] as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Theo dõi chiến dịch")!;
    // row 8: departments' k/n (title block 4, section, two header rows); row 12: the share, as fractions
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => ws.getRow(8).getCell(c).value)).toEqual([1, "Các sở, ban, ngành tỉnh", "0/0", "0/0", "2/3", "1/3", "2/4", "2/4", 0, 1]);
    expect(ws.getRow(12).getCell(7).value).toBe(0.0249);
    expect(ws.getRow(12).getCell(7).numFmt).toBe("[$-42A]0.00%");
  });

  test("without the mapping the renamed commune is missing and its new name unmatched: still exit 0, said on stderr", async () => {
    const { code, m } = await run([...FILES, "--format", "json"]);
    expect(code).toBe(0);
    const j = JSON.parse(m.stdout()) as FollowUpJson;
    expect(j.unmatched.map((u) => u.unit)).toContain("Xã Đak Trang");
    expect(m.stderr()).toContain(warningLine("cli.reportMissingUnits", { report: "đến ngày 20/04/2024", units: 1 }));
  });

  test("dates from --period when the names hold none; files of one date make one report", async () => {
    const files = reportFiles();
    const renamed = { "so.csv": files["2024-04-10_so-nganh.csv"], "huyen.csv": files["2024-04-10_huyen.csv"], "so-2.csv": files["2024-04-20_so-nganh.csv"] };
    const { code, m } = await run(["so.csv", "huyen.csv", "so-2.csv", "--period", "2024-04-10", "--period", "2024-04-10", "--period", "2024-04-20", "--format", "json"], renamed);
    expect(code).toBe(0);
    const j = JSON.parse(m.stdout()) as FollowUpJson;
    expect(j.dates.map((d) => d.id)).toEqual(["2024-04-10", "2024-04-20"]);
    // 04-10: departments and districts; 04-20: departments only → the districts missing that day
    expect(j.levels[1].tally["50d"]["2024-04-10"]).toMatchObject({ reported: 17, metAll: 1 });
    expect(j.levels[1].tally["50d"]["2024-04-20"]).toMatchObject({ reported: 0 });
  });

  test("exit 1: a report none of whose units is targeted; a unit given twice in one report is a warning (exit 0), as with one report", async () => {
    const files = { ...reportFiles(), "2024-04-30_la.csv": "stt,unit,cong_khai_minh_bach\n1,Sở Không Có,100\n", "2024-05-10_so.csv": reportFiles()["2024-04-10_so-nganh.csv"] + "99,Sở Tư pháp,96.2,68.73,5.5,0,92.1,\n" };
    const none = await run(["2024-04-30_la.csv", "--format", "json"], files);
    expect(none.code).toBe(1);
    expect(none.m.stderr()).toContain(refusalLine("cli.reportMatchesNoUnit", { report: "đến ngày 30/04/2024" }));
    const twice = await run(["2024-05-10_so.csv", "--format", "json"], files);
    expect(twice.code).toBe(0);
    // rows of the CSV (header row 1): 16 departments of a1 without Y tế (Tư pháp the 14th → row 15), Thanh tra,
    // Công an (rows 18, 19), then the added row 20
    expect(twice.m.stderr()).toContain(warningLine("cli.reportTwice", { report: "đến ngày 10/05/2024", problem: { code: "row.duplicateName", row: 20, column: "", params: { unit: "Sở Tư pháp", first: 15 } } }));
  });

  test("exit 2, nothing written: a file without a date, --milestone with several reports, an unreadable --period", async () => {
    const noDate = await run(["so.csv", "--format", "json"], { "so.csv": reportFiles()["2024-04-10_so-nganh.csv"] });
    expect(noDate.code).toBe(2);
    expect(noDate.m.stderr()).toContain(refusalLine("cli.reportWithoutDate", { file: "so.csv" }));
    const withMilestone = await run([...FILES, "--milestone", "50d", "--format", "json"]);
    expect(withMilestone.code).toBe(2);
    expect(withMilestone.m.stderr()).toBe(refusalLine("cli.followUpOptions", { usage: FOLLOWUP_USAGE }));
    const bad = await run([...FILES, "--period", "10/4/2024", "--out", "x.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.m.stderr()).toBe(refusalLine("cli.periodUnreadable", { kind: "reportDate", text: "10/4/2024" }));
    expect(bad.m.written["x.xlsx"]).toBeUndefined();
    expect(bad.m.stdout()).toBe("");
  });

  test("the help names both forms and the JSON shape", async () => {
    const m = memoryIo();
    await main(["help", "progress"], m.io);
    const help = m.stdout() + m.stderr();
    expect(help).toContain("<báo cáo 1> <báo cáo 2>");
    expect(help).toContain("trends: [{milestone, points: [{date, metAll, complete, share, change}]");
  });
});
