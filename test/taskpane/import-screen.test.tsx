/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeExcel } from "../excel/fake-excel";
import { parseCsv } from "../../src/domain/reading/csv";
import { refusalText } from "../../src/domain/problems/user-error";
import { readFixture } from "../helpers/fixtures";
import { annexIDepartmentsAndDistricts, renderApp, resetRuleSet } from "./helpers";

beforeEach(() => resetRuleSet());

/** The pane on a workbook of one empty sheet, its source set to pasted text, the text box focused. */
async function openPasteBox() {
  const user = userEvent.setup();
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  renderApp(fake);
  await user.click(screen.getByLabelText("Văn bản dán vào ô dưới đây"));
  await user.click(screen.getByLabelText("Văn bản của bảng (mỗi đơn vị một dòng)"));
  return { user, fake };
}

describe("Nhập dữ liệu", () => {
  it("imports pasted PDF text of seed 002 annex I into a new sheet holding a table", async () => {
    const { user, fake } = await openPasteBox();
    await user.paste(annexIDepartmentsAndDistricts());
    await user.click(screen.getByRole("button", { name: "Đọc dữ liệu" }));
    // Annex I, sections 1 and 2: 17 departments and 17 districts (a1, a2).
    expect(await screen.findByText(/Đọc được 34 đơn vị \(17 cấp tỉnh, 17 cấp huyện\)/)).toBeInTheDocument();
    // the workbook still uses the default rule set: the pane offers to switch
    expect(screen.getByText(/Bảng này theo bộ quy tắc “Tỷ lệ theo nhóm/)).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);

    await user.click(screen.getByRole("button", { name: "Tạo bảng trong trang tính mới" }));
    expect(await screen.findByText("Đã tạo bảng ChiSo_DuLieu trong trang tính “Dữ liệu” với 34 đơn vị.")).toBeInTheDocument();
    const rows = fake.sheet("Dữ liệu")!.dump();
    expect(rows).toHaveLength(35);
    expect(rows[0].slice(0, 4)).toEqual(["STT", "Đơn vị", "Cấp", "Điểm"]);
    // seed 002 line 453: "2 Sở Công thương 100% 83,93% 37,3% 0% 97,8% -"
    const congThuong = rows.find((r) => r[1] === "Sở Công thương")!;
    expect(congThuong).toEqual(expect.arrayContaining(["Cấp tỉnh", 1, 0.8393, 0.373, 0, 0.978]));
  });

  it("writes a preview once: the create button waits for the data to be read again", async () => {
    const user = userEvent.setup();
    const fake = new FakeExcel();
    // seed 002 line 453 and 457 (annex I, departments), as a user would paste them from the PDF into cells
    fake.addSheet("Nguồn", [
      ["STT", "Đơn vị", "Tỷ lệ công khai, minh bạch", "Tiến độ giải quyết"],
      [2, "Sở Công thương", "100%", "83,93%"],
      [4, "Sở Giao thông vận tải", "13,2%", "92,12%"],
    ]);
    fake.select("Nguồn", "A1:D3");
    renderApp(fake);
    await user.click(screen.getByRole("button", { name: "Đọc dữ liệu" }));
    const create = await screen.findByRole("button", { name: "Tạo bảng trong trang tính mới" });
    await user.click(create);
    expect(await screen.findByText("Đã tạo bảng ChiSo_DuLieu trong trang tính “Dữ liệu” với 2 đơn vị.")).toBeInTheDocument();
    expect(create).toBeDisabled();
    expect(screen.getByText("Bảng ChiSo_DuLieu (2 đơn vị) đã được tạo trong trang tính “Dữ liệu” từ dữ liệu này. Để tạo bảng khác, bấm “Đọc dữ liệu” để đọc lại.")).toBeInTheDocument();
    await user.click(create);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Nguồn", "Dữ liệu"]);

    // read again: a new preview may be written, on a sheet of its own
    fake.select("Nguồn", "A1:D3");
    await user.click(screen.getByRole("button", { name: "Đọc dữ liệu" }));
    const again = await screen.findByRole("button", { name: "Tạo bảng trong trang tính mới" });
    expect(again).toBeEnabled();
    await user.click(again);
    expect(await screen.findByText("Đã tạo bảng ChiSo_DuLieu_2 trong trang tính “Dữ liệu (2)” với 2 đơn vị.")).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Nguồn", "Dữ liệu", "Dữ liệu (2)"]);
  });

  it("lists the problems of a selection, selects a problem's source cell, writes nothing while errors remain", async () => {
    const user = userEvent.setup();
    const fake = new FakeExcel();
    const source = [
      ["STT", "Đơn vị", "Tỷ lệ công khai, minh bạch", "Tiến độ giải quyết"],
      [1, "Sở Công thương", "100%", "83,93%"],
      [2, "Sở Nội vụ", "100%", "9.,8%"],
    ];
    fake.addSheet("Nguồn", source);
    fake.select("Nguồn", "A1:D3");
    renderApp(fake);
    await user.click(screen.getByRole("button", { name: "Đọc dữ liệu" }));
    const problem = await screen.findByRole("button", { name: /9\.,8%/ });
    expect(screen.getByRole("button", { name: "Tạo bảng trong trang tính mới" })).toBeDisabled();
    expect(screen.getByText(/Còn 1 lỗi/)).toBeInTheDocument();
    await user.click(problem);
    // row 3 of the selection, column "Tiến độ giải quyết" (D): the cell to fix
    await waitFor(() => expect(fake.selection).toEqual({ sheet: "Nguồn", address: "D3" }));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Nguồn"]);
    expect(fake.sheet("Nguồn")!.dump()).toEqual(source);
  });

  it("refuses the portal's points table pasted as text (issue 9): the domain's refusal, no preview, nothing written", async () => {
    const { user, fake } = await openPasteBox();
    // the real capture (test/fixtures/portal-2026), as Excel copies it: tab-separated
    const capture = parseCsv(readFixture("portal-2026", "gialai_2026-10-10_units.csv"));
    await user.paste(capture.map((r) => r.join("\t")).join("\n"));
    await user.click(screen.getByRole("button", { name: "Đọc dữ liệu" }));
    // 149 units; the groups in the order of nhom-2023.json, the rule set its headers (CKMB, TDGQ…) name
    const sentence = refusalText({ code: "import.pointsTable", params: { units: 149, groups: "CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH" } });
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tạo bảng trong trang tính mới" })).not.toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("says so in a message bar when the selection is empty", async () => {
    const user = userEvent.setup();
    const fake = new FakeExcel();
    fake.addSheet("Trống");
    fake.select("Trống", "A1:C9");
    renderApp(fake);
    await user.click(screen.getByRole("button", { name: "Đọc dữ liệu" }));
    expect(await screen.findByText(/Vùng đang chọn không có dữ liệu/)).toBeInTheDocument();
    expect(fake.sheets).toHaveLength(1);
  });
});
