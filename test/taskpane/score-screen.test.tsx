/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeExcel } from "../excel/fake-excel";
import { annexI, renderApp, resetRuleSet, workbookWithImport } from "./helpers";

beforeEach(() => resetRuleSet("nhom-2023"));

describe("Tính điểm", () => {
  it("adds score formulas to the imported seed 002 table and a summary sheet", async () => {
    const user = userEvent.setup();
    const { fake, table, sheet } = await workbookWithImport(annexI());
    renderApp(fake);
    await user.click(screen.getByRole("tab", { name: "Tính điểm" }));
    const picker = await screen.findByRole("combobox", { name: "Bảng dữ liệu" });
    await waitFor(() => expect(picker).toHaveValue(table));
    await user.click(screen.getByRole("button", { name: "Tính điểm" }));
    // annex I: 17 departments + 17 districts + 220 communes
    expect(await screen.findByText("Đã thêm cột điểm cho 254 đơn vị và tạo trang “Tổng hợp”.")).toBeInTheDocument();
    // no total for the 17 departments (annex I prints "-" for their digitization rate) nor for
    // Xã Diên Phú, whose "9.,8%" (seed 002 annex I, Pleiku) the importer left empty
    expect(screen.getByText("18 đơn vị thiếu số liệu nên chưa có tổng điểm.")).toBeInTheDocument();
    const header = fake.sheet(sheet)!.dump()[0];
    expect(header.slice(-2)).toEqual(["Tổng điểm (ước tính)", "Xếp loại"]);
    const summary = fake.sheet("Tổng hợp")!.dump();
    expect(summary[0][0]).toBe("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766");
    // k/n per district: the 17 districts of annex I section 3, 220 communes between them
    const head = summary.findIndex((r) => r[0] === "Huyện");
    const districts = summary.slice(head + 1, summary.findIndex((r, i) => i > head && !r[0]));
    expect(districts).toHaveLength(17);
    expect(districts.reduce((n, r) => n + (r[1] as number), 0)).toBe(220);
  });

  it("refuses a table without indicator columns in a message bar and writes nothing", async () => {
    const user = userEvent.setup();
    const fake = new FakeExcel();
    fake.addSheet("Khác", [["Đơn vị", "Ghi chú"], ["Xã A", "x"]]);
    fake.addTable("Khác", "A1:B2", "Khac");
    renderApp(fake);
    await user.click(screen.getByRole("tab", { name: "Tính điểm" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng dữ liệu" })).toHaveValue("Khac"));
    await user.click(screen.getByRole("button", { name: "Tính điểm" }));
    expect(await screen.findByText(/không có cột nào là chỉ tiêu/)).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Khác"]);
    expect(fake.sheet("Khác")!.dump()).toEqual([["Đơn vị", "Ghi chú"], ["Xã A", "x"]]);
  });
});
