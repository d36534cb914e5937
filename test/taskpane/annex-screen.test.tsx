/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { annexIDepartmentsAndDistricts, renderApp, resetRuleSet, workbookWithImport, openTab } from "./helpers";

beforeEach(() => resetRuleSet());

describe("Giao chỉ tiêu", () => {
  it("builds annex II of seed 002 from the imported annex I with one button", async () => {
    const user = userEvent.setup();
    const { fake, table } = await workbookWithImport(annexIDepartmentsAndDistricts());
    renderApp(fake);
    await openTab(user, "Giao chỉ tiêu");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả năm gốc" })).toHaveValue(table));
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText(/Đã tạo trang “Phụ lục II”: 34 đơn vị/)).toBeInTheDocument();
    const rows = fake.sheet("Phụ lục II")!.dump();
    expect(rows[0][0]).toBe("PHỤ LỤC II");
    // a4 (annex II, line 1137): Sở Công thương, online services 37,3% in 2023 → 50% at 50 days, 60% at 100 days
    const congThuong = rows.find((r) => r[1] === "Sở Công thương")!;
    expect(congThuong).toEqual(expect.arrayContaining([0.373, 0.5, 0.6]));
  });

  it("refuses an edited policy that is not valid and writes nothing", async () => {
    const user = userEvent.setup();
    const { fake } = await workbookWithImport(annexIDepartmentsAndDistricts());
    renderApp(fake);
    await openTab(user, "Giao chỉ tiêu");
    await user.click(screen.getByText("Chính sách giao chỉ tiêu"));
    const value = screen.getByLabelText("Tiến độ giải quyết – Chỉ tiêu 50 ngày và duy trì trong thời gian tiếp theo: Giá trị (%)");
    await user.clear(value);
    await user.type(value, "150");
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText("Chiến dịch chưa hợp lệ, chưa ghi gì vào sổ làm việc:")).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Dữ liệu"]);
  });

  it("reads typed numbers the Vietnamese way: 72,5 and 72.5 are 72,5%; bad text is refused in place", async () => {
    const user = userEvent.setup();
    const { fake, table } = await workbookWithImport(annexIDepartmentsAndDistricts());
    renderApp(fake);
    await openTab(user, "Giao chỉ tiêu");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả năm gốc" })).toHaveValue(table));
    await user.click(screen.getByText("Chính sách giao chỉ tiêu"));
    const value = screen.getByLabelText("Tiến độ giải quyết – Chỉ tiêu 50 ngày và duy trì trong thời gian tiếp theo: Giá trị (%)");
    await user.clear(value);
    await user.type(value, "7x");
    expect(screen.getByText(/^“7x” không phải là số \(ví dụ 72,5\)\./)).toBeInTheDocument();
    await user.clear(value);
    // typed key by key: "72," must keep its comma (it used to become 72, then 725)
    await user.type(value, "72,5");
    expect(value).toHaveValue("72,5");
    expect(screen.queryByText(/không phải là số/)).not.toBeInTheDocument();

    await user.click(screen.getByText(/^Điều chỉnh từng ô \(có lý do\)/));
    await user.click(screen.getByRole("button", { name: "Thêm điều chỉnh" }));
    const override = screen.getByLabelText("Giá trị (%) 1");
    await user.clear(override);
    await user.type(override, "72.5");
    expect(override).toHaveValue("72.5");
    // the preset's own overrides come first (typed into: override 1); the empty one added last goes
    await user.click(screen.getAllByRole("button", { name: "Xóa" }).at(-1)!);

    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText(/Đã tạo trang “Phụ lục II”: 34 đơn vị/)).toBeInTheDocument();
    const rows = fake.sheet("Phụ lục II")!.dump();
    // the 50-day on-time target of every department: 72,5% (the rule edited above), written as the fraction
    const congThuong = rows.find((r) => r[1] === "Sở Công thương")!;
    expect(congThuong).toContain(0.725);
  }, 120_000);
});
