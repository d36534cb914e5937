/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeExcel } from "../excel/fake-excel";
import { addSeedTable, annexITable } from "../excel/seed-workbook";
import { reportsAsHistoryCells } from "../domain/report/followup-reports";
import { renderApp, resetRuleSet } from "./helpers";

beforeEach(() => resetRuleSet());

/**
 * Theo dõi tiến độ, section "qua các kỳ": the three reports of test/domain/report/followup-reports.ts
 * in the sheet "Lịch sử", the annex I table as the baseline. Counts by hand in
 * test/domain/report/campaign-followup.test.ts (no mapping in the pane).
 */
it("builds Theo dõi chiến dịch from the history sheet in 4 syncs (sizes, cells, new sheet) and says the last report's share per milestone", async () => {
  const user = userEvent.setup();
  const fake = new FakeExcel();
  addSeedTable(fake, "Năm 2023", "NamGoc", annexITable());
  fake.addSheet("Lịch sử", reportsAsHistoryCells());
  fake.resetLog();
  renderApp(fake);
  await user.click(screen.getByRole("tab", { name: "Theo dõi tiến độ" }));
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả năm gốc (để tính chỉ tiêu)" })).toHaveValue("NamGoc"));
  fake.resetLog();
  await user.click(screen.getByRole("button", { name: "Tạo trang theo dõi qua các kỳ" }));

  expect(await screen.findByText("Đã tạo trang “Theo dõi chiến dịch”: 3 kỳ báo cáo đặt cạnh nhau.")).toBeInTheDocument();
  expect(fake.syncCount).toBe(4);
  // 20/04 without the mapping: 2 + 1 + 3 = 6 of 4 + 17 + 219 = 240 (2,50%); 100 days: Tài chính, Ngoại vụ → 2/240 (0,83%)
  expect(screen.getByText("Chỉ tiêu 50 ngày, kỳ cuối: 6/240 đơn vị đạt toàn bộ chỉ tiêu (2,50%).")).toBeInTheDocument();
  expect(screen.getByText("Chỉ tiêu 100 ngày và duy trì trong thời gian tiếp theo, kỳ cuối: 2/240 đơn vị đạt toàn bộ chỉ tiêu (0,83%).")).toBeInTheDocument();
  // Công an tỉnh on 10/04 and 20/04, Xã Đak Trang on 20/04
  expect(screen.getByText("3 dòng trong các báo cáo không khớp đơn vị được giao chỉ tiêu: xem ghi chú cuối trang.")).toBeInTheDocument();
  expect(fake.sheets.map((s) => s.name)).toEqual(["Năm 2023", "Lịch sử", "Theo dõi chiến dịch"]);
});
