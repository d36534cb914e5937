/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeExcel } from "../excel/fake-excel";
import { annexI, renderApp, resetRuleSet, workbookWithImport, openTab } from "./helpers";

beforeEach(() => resetRuleSet("nhom-2023"));

describe("Tính điểm", () => {
  it("adds score formulas to the imported seed 002 table and a summary sheet", async () => {
    const user = userEvent.setup();
    const { fake, table, sheet } = await workbookWithImport(annexI());
    renderApp(fake);
    await openTab(user, "Tính điểm");
    const picker = await screen.findByRole("combobox", { name: "Bảng dữ liệu" });
    await waitFor(() => expect(picker).toHaveValue(table));
    // the default is the computed total, as in the CLI and CHISO.BANGDIEM: the user picks the printed one
    expect(screen.getByRole("radio", { name: "Điểm tính theo bộ quy tắc" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Điểm in trong bảng nguồn" }));
    await user.click(screen.getByRole("button", { name: "Tính điểm" }));
    // annex I: 17 departments + 17 districts + 220 communes
    expect(await screen.findByText("Đã thêm cột điểm cho 254 đơn vị và tạo trang “Tổng hợp”.")).toBeInTheDocument();
    // annex I prints "Điểm" for districts and communes (17 + 220), not for the 17 departments
    expect(screen.getByText(/^Xếp loại, k\/n và xếp hạng theo Điểm đánh giá in trong bảng nguồn \(cột “Điểm”\) cho 237 đơn vị; 17 đơn vị không có điểm in/)).toBeInTheDocument();
    // the departments have no printed total, and their "-" digitization rate leaves no computed one
    expect(screen.getByText("17 đơn vị chưa có tổng điểm (thiếu số liệu).")).toBeInTheDocument();
    const header = fake.sheet(sheet)!.dump()[0];
    expect(header.slice(-2)).toEqual(["Tổng điểm (ước tính)", "Xếp loại"]);
    const summary = fake.sheet("Tổng hợp")!.dump();
    expect(summary[0][0]).toBe("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766");
    // k/n per district: the 17 districts of annex I section 3, 220 communes between them
    const head = summary.findIndex((r) => r[0] === "Huyện");
    const districts = summary.slice(head + 1, summary.findIndex((r, i) => i > head && !r[0]));
    expect(districts).toHaveLength(17);
    expect(districts.reduce((n, r) => n + (r[1] as number), 0)).toBe(220);
    // generous: importing and scoring 254 rows in jsdom takes tens of seconds on a loaded machine
  }, 120_000);

  it("groups the same problem on many rows into one line, expandable to rows that select their cell", async () => {
    const user = userEvent.setup();
    const { fake, table } = await workbookWithImport(annexI());
    renderApp(fake);
    await openTab(user, "Tính điểm");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng dữ liệu" })).toHaveValue(table));
    await user.click(screen.getByRole("button", { name: "Tính điểm" }));
    // annex I prints "-" as the digitization rate of its 17 departments (table rows 2–18), and
    // Xã Diên Phú's "9.,8%" (seed 002 line 976) was left empty by the importer: table row 230
    const line = await screen.findByText('Lỗi: 18 đơn vị thiếu số liệu "Tỷ lệ số hóa hồ sơ" (dòng 2–18, 230).');
    expect(line).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Dòng 2:/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Xem 18 dòng" }));
    expect(screen.getByRole("button", { name: "Thu gọn" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: "Dòng 2: Ban Quản lý khu kinh tế" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dòng 230: Xã Diên Phú" }));
    // the table starts at A1 of "Dữ liệu"; "Tỷ lệ số hóa hồ sơ" is its 11th column (K)
    await waitFor(() => expect(fake.selection).toEqual({ sheet: "Dữ liệu", address: "K230" }));
    // generous: 254 rows of problems rendered and clicked in jsdom take tens of seconds on a loaded machine
  }, 120_000);

  it("refuses a table without indicator columns in a message bar and writes nothing", async () => {
    const user = userEvent.setup();
    const fake = new FakeExcel();
    fake.addSheet("Khác", [["Đơn vị", "Ghi chú"], ["Xã A", "x"]]);
    fake.addTable("Khác", "A1:B2", "Khac");
    renderApp(fake);
    await openTab(user, "Tính điểm");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng dữ liệu" })).toHaveValue("Khac"));
    await user.click(screen.getByRole("button", { name: "Tính điểm" }));
    expect(await screen.findByText(/không có cột nào là chỉ tiêu/)).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Khác"]);
    expect(fake.sheet("Khác")!.dump()).toEqual([["Đơn vị", "Ghi chú"], ["Xã A", "x"]]);
  });
});
