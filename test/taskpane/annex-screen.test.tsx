/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { annexIDepartmentsAndDistricts, renderApp, resetRuleSet, workbookWithImport } from "./helpers";

beforeEach(() => resetRuleSet());

describe("Giao chỉ tiêu", () => {
  it("builds annex II of seed 002 from the imported annex I with one button", async () => {
    const user = userEvent.setup();
    const { fake, table } = await workbookWithImport(annexIDepartmentsAndDistricts());
    renderApp(fake);
    await user.click(screen.getByRole("tab", { name: "Giao chỉ tiêu" }));
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
    await user.click(screen.getByRole("tab", { name: "Giao chỉ tiêu" }));
    await user.click(screen.getByText("Chính sách giao chỉ tiêu"));
    const value = screen.getByLabelText("Tiến độ giải quyết – Chỉ tiêu 50 ngày và duy trì trong thời gian tiếp theo: Giá trị (%)");
    await user.clear(value);
    await user.type(value, "150");
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText("Chiến dịch chưa hợp lệ, chưa ghi gì vào sổ làm việc:")).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Dữ liệu"]);
  });
});
