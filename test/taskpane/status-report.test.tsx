/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeExcel } from "../excel/fake-excel";
import { addSeedTable, annexITable } from "../excel/seed-workbook";
import { renderApp, resetRuleSet, openTab } from "./helpers";

beforeEach(() => resetRuleSet("nhom-2023"));

// Typing into a Fluent Combobox over the whole pane costs seconds per key in jsdom; a loaded CI
// machine must not turn that into a timeout.
jest.setTimeout(120_000);

const shownUnits = (listbox: HTMLElement) => within(listbox).getAllByRole("option").map((o) => o.textContent);

/** Seed 002 annex I section 2 (a2_2023_districts.csv, 17 districts) as an imported table: rates as fractions shown as percent. */
async function districtsOnScoreScreen() {
  const user = userEvent.setup();
  const fake = new FakeExcel();
  addSeedTable(fake, "Huyện 2023", "HuyenNam2023", annexITable("a2_2023_districts"));
  renderApp(fake);
  await openTab(user, "Tính điểm");
  const section = screen.getByRole("region", { name: "Báo cáo hiện trạng" });
  const unit = within(section).getByRole("combobox", { name: "Đơn vị" });
  // the picker is filled once the chosen table is read
  await waitFor(() => expect(unit).toBeEnabled());
  return { user, fake, section, unit };
}

describe("Tính điểm: báo cáo hiện trạng", () => {
  it("writes the status report of Huyện Kbang on a new sheet in 4 syncs, and says its total", async () => {
    const { user, fake, section, unit } = await districtsOnScoreScreen();
    await user.type(unit, "kbang");
    // of the 17 districts only Kbang holds "kbang"
    expect(shownUnits(await screen.findByRole("listbox"))).toEqual(["Huyện Kbang"]);
    await user.click(screen.getByRole("option", { name: "Huyện Kbang" }));
    fake.resetLog();
    await user.click(within(section).getByRole("button", { name: "Tạo báo cáo hiện trạng" }));

    expect(await within(section).findByText("Đã tạo trang “Huyện Kbang”: báo cáo hiện trạng của Huyện Kbang.")).toBeInTheDocument();
    // a2 line 523: 97,6 | 89,44 | 0,7 | 0 | 99,4 | 22 under nhom-2023 (max 18, 20, 12, 10, 18, 22, linear):
    // 0.18×97.6 = 17.57, 0.2×89.44 = 17.89, 0.12×0.7 = 0.08, 0, 0.18×99.4 = 17.89, 0.22×22 = 4.84
    // → 58.27 (the annex prints 58,97: the group rates only estimate the portal's score), lost 100 − 58.27 = 41.73;
    // 50 ≤ 58.27 < 70 → Trung bình
    expect(within(section).getByText("Tổng điểm (ước tính): đạt 58,27/100 điểm, mất 41,73 điểm; xếp loại Trung bình.")).toBeInTheDocument();
    // two syncs read the table (its size, then its cells), two render the report (sheet names, then every write)
    expect(fake.syncCount).toBe(4);

    expect(fake.sheets.map((s) => s.name)).toEqual(["Huyện 2023", "Huyện Kbang"]);
    const sheet = fake.sheet("Huyện Kbang")!.dump();
    expect(sheet[0][0]).toBe("BÁO CÁO HIỆN TRẠNG CHỈ SỐ 766");
    expect(sheet[1][0]).toMatch(/^Đơn vị: Huyện Kbang\. Bộ quy tắc: .* \(nhom-2023\)\.$/);
    // digitization 22% of 22 points: 22 × 0.22 = 4.84, lost 22 − 4.84 = 17.16; 100% earns the maximum
    expect(sheet.find((r) => r[1] === "Tỷ lệ số hóa hồ sơ")).toEqual([6, "Tỷ lệ số hóa hồ sơ", 0.22, "4,84/22", 17.16, 1, "Mất 17,16 điểm; cần tăng tỷ lệ thêm 78 điểm % (lên 100%) để đạt điểm tối đa."]);
    expect(sheet.some((r) => r[0] === "Tổng điểm (ước tính): đạt 58,27/100 điểm, mất 41,73 điểm; xếp loại Trung bình")).toBe(true);
  });

  it("finds a unit typed without diacritics and, asked twice, never overwrites its sheet", async () => {
    const { user, fake, section, unit } = await districtsOnScoreScreen();
    // "chu pu" folds "Huyện Chư Pưh" (huyen chu puh), not Chư Păh, Chư Prông or Chư Sê
    await user.type(unit, "CHU PU");
    expect(shownUnits(await screen.findByRole("listbox"))).toEqual(["Huyện Chư Pưh"]);
    await user.click(screen.getByRole("option", { name: "Huyện Chư Pưh" }));
    const run = within(section).getByRole("button", { name: "Tạo báo cáo hiện trạng" });
    await user.click(run);
    await within(section).findByText(/^Đã tạo trang “Huyện Chư Pưh”/);
    await user.click(run);
    await within(section).findByText(/^Đã tạo trang “Huyện Chư Pưh \(2\)”/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Huyện 2023", "Huyện Chư Pưh", "Huyện Chư Pưh (2)"]);
  });

  it("asks for a unit before writing anything", async () => {
    const { user, fake, section } = await districtsOnScoreScreen();
    await user.click(within(section).getByRole("button", { name: "Tạo báo cáo hiện trạng" }));
    expect(await within(section).findByText("Hãy chọn một đơn vị trong danh sách.")).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Huyện 2023"]);
  });
});
