/**
 * `chiso province` run in-process on the Gia Lai capture (test/fixtures/portal-2026) laid out
 * as a wide table of counts (test/helpers/portal-units.ts); expected values are the hand
 * calculations of test/domain/province/*.test.ts.
 */
import ExcelJS from "exceljs";
import { provinceCommand } from "../../src/cli/commands/province";
import type { UsageError } from "../../src/cli/errors";
import { main } from "../../src/cli/main";
import { refusalText } from "../../src/domain/problems/user-error";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { refusalLine } from "../helpers/cli-refusal";
import { memoryIo } from "../helpers/memory-io";
import { portalWideCsv } from "../helpers/portal-units";

const csv = portalWideCsv();

test("--format json prints the whole, the effects and the plans to the screen", async () => {
  const m = memoryIo({ "gialai.csv": csv });
  const code = await main(["province", "gialai.csv", "--rules", "dvcqg-2026", "--format", "json"], m.io);
  expect(code).toBe(0);
  const json = JSON.parse(m.stdout());
  expect(json.whole).toMatchObject({ name: "Toàn tỉnh", from: "pooled", total: null });
  // 358 540 / 417 669 → 17,17 (whole.test.ts)
  expect(json.whole.points["TDGQ.1"]).toBe(17.17);
  expect(json.whole.groups.TDGQ).toBe(17.17);
  expect(json.whole.points["CKMB.1"]).toBeNull();
  expect(json.whole.reasons["CKMB.1"]).toContain("đếm theo thủ tục hành chính");
  expect(json.whole.reasonCodes["CKMB.1"]).toBe("whole.countedByProcedures");
  expect(json.effects["TDGQ.1"][0]).toMatchObject({ unit: "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai", gain: 1.95 });
  // the portal's total 75,34 from the "Tổng điểm" column starts Vân Canh's plan (plan.test.ts)
  const vc = json.plans.find((p: { unit: string }) => p.unit === "UBND xã Vân Canh");
  expect(vc.steps.map((s: { code: string; more: number }) => [s.code, s.more])).toEqual([
    ["TDGQ.1", 77],
    ["TTTT.3", 137],
    ["MDSH.1", 121],
    ["MDSH.2", 1098],
    ["MDSH.4", 1160],
  ]);
  // the open total is said on stderr, in Vietnamese
  expect(m.stderr()).toContain("Tổng điểm chưa tính được vì thiếu");
});

test("--out x.xlsx writes the three sheets, A4 landscape, one criterion per row", async () => {
  const m = memoryIo({ "gialai.csv": csv });
  expect(await main(["province", "gialai.csv", "--rules", "dvcqg-2026", "--out", "toan-tinh.xlsx"], m.io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(m.written["toan-tinh.xlsx"] as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Toàn tỉnh", "Ai làm mất điểm", "Kế hoạch"]);
  for (const ws of wb.worksheets) {
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9); // A4
  }
  const whole = wb.getWorksheet("Toàn tỉnh")!;
  const criteria: string[] = [];
  whole.eachRow((row) => {
    const v = row.getCell(2).value;
    if (typeof v === "string" && /^[A-Z]+\.\d\. /.test(v)) criteria.push(v.split(".").slice(0, 2).join("."));
  });
  // 21 scored criteria of dvcqg-2026 (TDGQ.2 is only shown), each on its own row
  expect(criteria).toHaveLength(21);
  expect(new Set(criteria).size).toBe(21);
  const plan = wb.getWorksheet("Kế hoạch")!;
  let vanCanh: ExcelJS.Row | undefined;
  plan.eachRow((row) => {
    if (row.getCell(2).value === "UBND xã Vân Canh") vanCanh = row;
  });
  expect(vanCanh!.getCell(3).value).toBe(75.34);
  expect(vanCanh!.getCell(5).value).toBe("Tốt");
  // 77 + 137 + 121 + 1 098 + 1 160 = 2 593 dossiers
  expect(vanCanh!.getCell(7).value).toBe(2593);
});

test("a responsibilities file with a mistake is refused (exit 2), naming the field", async () => {
  const m = memoryIo({ "gialai.csv": csv, "pc.json": JSON.stringify({ name: "x", sources: ["y"], tasks: [{ id: "1", task: "Làm", lead: "" }] }) });
  expect(await main(["province", "gialai.csv", "--tasks", "pc.json", "--format", "json"], m.io)).toBe(2);
  const refusal = await provinceCommand(["gialai.csv", "--tasks", "pc.json", "--format", "json"], m.io).catch((e: unknown) => e);
  // task 1's lead is empty
  expect(refusal).toMatchObject({ code: "cli.tasksInvalid", params: { file: "pc.json", problems: [expect.objectContaining({ code: "json.empty", params: expect.objectContaining({ path: "nhiệm vụ số 1 › cơ quan chủ trì" }) })] } });
  expect(m.stderr()).toContain(refusalLine("cli.tasksInvalid", (refusal as UsageError<"cli.tasksInvalid">).params));
});

test("--campaign with --milestone adds targetGain to the effects; a campaign of group rates is said, not guessed", async () => {
  // the 2024 campaign's frame with one 2026 target: on-time dossiers 90 % (campaign-targets.test.ts)
  const campaign = JSON.parse(JSON.stringify(getCampaignPreset("chien-dich-100-ngay-2024")));
  Object.assign(campaign, { id: "dung-han-90", ruleSet: "dvcqg-2026", overrides: [] });
  campaign.indicators = [{ code: "TDGQ.1", label: "Tỷ lệ hồ sơ đúng hạn", columns: [{ milestones: ["50d", "100d"], rule: { kind: "fixed", value: 90 } }] }];
  const m = memoryIo({ "gialai.csv": csv, "dung-han-90.json": JSON.stringify(campaign) });
  expect(await main(["province", "gialai.csv", "--rules", "dvcqg-2026", "--campaign", "dung-han-90.json", "--milestone", "100d", "--format", "json"], m.io)).toBe(0);
  // 20 × (0,9 × 130 716 − 90 071) / 417 669 = 1,32
  expect(JSON.parse(m.stdout()).effects["TDGQ.1"][0]).toMatchObject({ unit: "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai", gain: 1.95, targetGain: 1.32 });

  const g = memoryIo({ "gialai.csv": csv });
  expect(await main(["province", "gialai.csv", "--rules", "dvcqg-2026", "--campaign", "chien-dich-100-ngay-2024", "--milestone", "100d", "--format", "json"], g.io)).toBe(0);
  expect(g.stderr()).toContain("không trùng mã chỉ tiêu nào");
  const w = memoryIo({ "gialai.csv": csv });
  expect(await main(["province", "gialai.csv", "--campaign", "chien-dich-100-ngay-2024", "--milestone", "7d", "--format", "json"], w.io)).toBe(2);
  // the domain's refusal, as `chiso progress` and the task pane give it
  expect(w.stderr()).toContain(`Lỗi: ${refusalText({ code: "target.unknownMilestone", params: { campaign: "chien-dich-100-ngay-2024", milestone: "7d", milestones: "50d, 100d" } })}\n`);
});
