/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Cell } from "../../src/excel/run";
import { FakeExcel } from "../excel/fake-excel";
import { addSeedTable, type SeedTable } from "../excel/seed-workbook";
import { portalTable } from "../helpers/fixtures";
import { portalUnits } from "../helpers/portal-units";
import { renderApp, resetRuleSet, openTab } from "./helpers";

beforeEach(() => resetRuleSet("dvcqg-2026"));
jest.setTimeout(120_000);

// The Gia Lai capture (test/fixtures/portal-2026) as a workbook table of counts: the portal's total,
// then numerator and denominator of five dossier indicators and of CKMB.1 (counted in procedures).
const CODES = ["TDGQ.1", "MDSH.1", "MDSH.2", "MDSH.4", "TTTT.3", "CKMB.1"];
function captureTable(n: number): SeedTable {
  const totals = new Map(portalTable("units").map((u) => [u.unit_code, Number(u.total_score)]));
  const rows: Cell[][] = portalUnits()
    .slice(0, n)
    .map((u) => [u.unit, u.level, totals.get(u.code)!, ...CODES.flatMap((c) => {
      const v = u.values[c] as { numerator: number; denominator: number };
      return [v.numerator, v.denominator];
    })]);
  return { header: ["Đơn vị", "Cấp", "Tổng điểm", ...CODES.flatMap((c) => [`${c} tử số`, `${c} mẫu số`])], rows, formats: [] };
}

async function writeProvinceSheets(n: number) {
  const user = userEvent.setup();
  const fake = new FakeExcel();
  addSeedTable(fake, "Số liệu", "SoLieu", captureTable(n));
  renderApp(fake);
  await openTab(user, "Toàn tỉnh");
  const run = screen.getByRole("button", { name: "Tạo ba trang tính toàn tỉnh" });
  await waitFor(() => expect(screen.getAllByRole("combobox").some((c) => (c as HTMLSelectElement).value === "SoLieu")).toBe(true));
  fake.resetLog();
  await user.click(run);
  await screen.findByText("Đã tạo các trang “Toàn tỉnh”, “Ai làm mất điểm”, “Kế hoạch”.");
  return fake;
}

describe("Toàn tỉnh", () => {
  it("writes the three sheets in one click and 8 syncs, with the province's points pooled from the 149 units", async () => {
    const fake = await writeProvinceSheets(149);
    // two syncs read the table (its size, then its cells), two render each of the three sheets
    expect(fake.syncCount).toBe(8);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Số liệu", "Toàn tỉnh", "Ai làm mất điểm", "Kế hoạch"]);
    const whole = fake.sheet("Toàn tỉnh")!.dump();
    // TDGQ.1 pooled: 358 540 / 417 669 = 85,84 % → 17,17 of 20, 2,83 lost (test/domain/province/whole.test.ts)
    const tdgq = whole.find((r) => typeof r[1] === "string" && r[1].startsWith("TDGQ.1. "))!;
    // the rate is held as a fraction to 4 decimals of a percent (85,8431 %), shown 85,84 %
    expect(tdgq.slice(2, 5)).toEqual([0.858431, "17,17/20", 2.83]);
    // CKMB.1 counts procedures: never summed
    expect(whole.find((r) => typeof r[1] === "string" && r[1].startsWith("CKMB.1. "))![5]).toContain("đếm theo thủ tục hành chính");
    // the total stays open (this table has no online-service counts), said on the pane
    expect(screen.getByText(/^Tổng điểm chưa tính được vì thiếu/)).toBeInTheDocument();
    expect(screen.getByText("Đơn vị làm tỉnh mất nhiều điểm nhất: Sở Nông nghiệp và Môi trường - tỉnh Gia Lai (TDGQ.1, 1,95 điểm).")).toBeInTheDocument();
  });

  it("takes the same 8 syncs for 20 units as for 149", async () => {
    const fake = await writeProvinceSheets(20);
    expect(fake.syncCount).toBe(8);
  });
});
