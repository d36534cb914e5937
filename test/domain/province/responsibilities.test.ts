import { problemText } from "../../../src/domain/problems/problem";
/**
 * Item 5 of issue 13: who acts. The default is seed 000 Phụ lục II (test/fixtures/seed-tables/
 * b2_2026_tasks.csv); seed 003's table (c1_indicators_responsibility.csv, 2022 numbering) is
 * the example of a department's own split, mapped by hand in test/fixtures/responsibilities.
 */
import * as fs from "fs";
import { buildProvinceReport, provinceToJson } from "../../../src/domain/report/province/province-report";
import { DEFAULT_RESPONSIBILITIES, leadOf, loadResponsibilitiesJson, tasksOf } from "../../../src/domain/report/province/responsibilities";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { fixturePath, portalTable, seedTable } from "../../helpers/fixtures";
import { portalUnits } from "../../helpers/portal-units";

const rs = getRuleSet("dvcqg-2026");

test("the default holds every task of seed 000 Phụ lục II, word for word, with its lead and deadline", () => {
  const rows = seedTable("b2_2026_tasks");
  expect(rows).toHaveLength(32);
  expect(DEFAULT_RESPONSIBILITIES.tasks.map((t) => [t.id, t.task, t.lead, t.deadline])).toEqual(rows.map((r) => [r.stt, r.task, r.lead_agency, r.deadline]));
  // group 3 of the annex, "Hồ sơ trực tuyến", is the online-service group CLGQ; group 1 is common
  expect(tasksOf(DEFAULT_RESPONSIBILITIES, "CLGQ.3", false).map((t) => t.id)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5"]);
  expect(tasksOf(DEFAULT_RESPONSIBILITIES, "TDGQ.1").map((t) => t.id)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"]);
  // the leads of TDGQ's tasks 2.1–2.8, each agency once: seven by the agencies and communes, 2.8 by Văn phòng UBND tỉnh
  expect(leadOf(DEFAULT_RESPONSIBILITIES, "TDGQ.1")).toBe("Các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý Khu kinh tế tỉnh, UBND cấp xã, Văn phòng UBND tỉnh");
});

test("seed 003's split, 2022 numbering mapped to today's codes, loads and names each indicator's lead", () => {
  const loaded = loadResponsibilitiesJson(fs.readFileSync(fixturePath("responsibilities", "seed-003-department-2022.json"), "utf8"));
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const c1 = seedTable("c1_indicators_responsibility");
  // item 16 of 2022 (digitized dossiers synced with the personal store) is MDSH.4; item 9 (online dossiers) CLGQ.3
  expect(leadOf(loaded.value, "MDSH.4")).toBe(c1.find((r) => r.stt === "16")!.lead_unit);
  expect(leadOf(loaded.value, "CLGQ.3")).toBe("Văn phòng Sở");
  // item 6 (on-time dossiers): the lead cell is not printed in the seed; no lead is invented
  expect(leadOf(loaded.value, "TDGQ.1")).toBeNull();
  // 20 of the 21 items name an indicator (item 1 is the whole plan); TTTT.3 did not exist in 2022
  expect(loaded.value.responsible).toHaveLength(20);
  expect(loaded.value.responsible.some((r) => r.code === "TTTT.3")).toBe(false);
});

test("a user's file with a mistake is refused with a Vietnamese message naming the field", () => {
  const bad = loadResponsibilitiesJson(JSON.stringify({ name: "Phân công", sources: ["x"], tasks: [{ id: "1", task: "Làm", lead: "" }] }));
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.problems.map((p) => [p.code, p.params])).toEqual([["json.empty", { path: "nhiệm vụ số 1 › cơ quan chủ trì" }]]);
});

describe("the province report on the Gia Lai capture", () => {
  const units = portalUnits();
  const official = new Map(portalTable("units").map((u) => [u.unit, Number(u.total_score)]));
  const report = buildProvinceReport(rs, units, { name: "UBND tỉnh Gia Lai", totalOf: (u) => official.get(u.unit) ?? null });

  test("the indicators losing most, with their tasks: MDSH.4 3,94, MDSH.2 3,10, TDGQ.1 2,83 (whole.test.ts by hand)", () => {
    expect(report.priorities.map((p) => [p.code, p.lost])).toEqual([
      ["MDSH.4", 3.94],
      ["MDSH.2", 3.1],
      ["TDGQ.1", 2.83],
    ]);
    expect(report.priorities[0].tasks.map((t) => t.id)).toEqual(["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"]);
  });

  test("the JSON has the issue's shape", () => {
    const json = provinceToJson(report);
    expect(json.whole).toMatchObject({ name: "UBND tỉnh Gia Lai", from: "pooled", total: null });
    expect(json.whole.points["TDGQ.1"]).toBe(17.17);
    expect(json.whole.reasons["MDHL.1"]).toContain("phản ánh, kiến nghị");
    expect(json.effects["TDGQ.1"][0]).toMatchObject({ unit: "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai", gain: 1.95 });
    const vc = json.plans.find((p) => p.unit === "UBND xã Vân Canh")!;
    expect(vc.steps[0]).toEqual({ code: "TDGQ.1", more: 77, to: 100 });
    expect(json.plans).toHaveLength(149);
  });

  test("the province's status says why an indicator is unknown", () => {
    const ckmb1 = report.recovery.groups[0].indicators[0];
    expect(ckmb1.code).toBe("CKMB.1");
    expect(ckmb1.status).toBe("noData");
    expect(ckmb1.problem?.code).toBe("whole.countedByProcedures");
    expect(problemText(ckmb1.problem!)).toContain("đếm theo thủ tục hành chính");
  });
});
