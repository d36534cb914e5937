/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { FakeExcel } from "../excel/fake-excel";
import { addSeedTable, annexITable, type SeedTable } from "../excel/seed-workbook";
import { renderApp, resetRuleSet, openTab } from "./helpers";

beforeEach(() => resetRuleSet());

/* annexITable's columns: STT, Đơn vị, Cấp, Huyện, then CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH (fractions) */
const [UNIT, CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH] = [1, 4, 5, 6, 7, 8, 9];

/**
 * The period's results, from seed 002 annex I (a1/a2/a3) with these changes only:
 * - Sở Giao thông vận tải (a1 line 457: 13,2% | 92,12% | 40,3% | 67,37% | 100% | -) reaches
 *   CKMB 100%, TDGQ 100%, online services 50%, payments 73%, digitization 80%; its targets
 *   (a4 line 1141): 50 days 100 | 100 | 50 | 72,37 | 100 | 80 (departments) → all 6 met;
 *   100 days 100 | 100 | 60 | 77,37 | 100 | 100 → 3 met (online 50 < 60, payments 73 < 77,37, digitization 80 < 100).
 *   It is the only department with a digitization rate: the 15 others reported have no data.
 * - Sở Y tế: no row (missing).
 * - Huyện Kbang: every rate 100% → every target met at both milestones (targets ≤ 100, cap 100).
 *   Every other district has TDGQ < 100% (a2), so fails the fixed 100% target.
 * - Huyện Chư Păh written "Huyện Chư Pah": missing under its name, and an unknown unit.
 * - Xã Đăk Yă (Mang Yang, a3 line 590: 100 | 91,76 | 14,9 | 0 | 100 | 29,5) reaches TDGQ 100%,
 *   online 30%, payments 20%, digitization 50%: Mang Yang's 50-day targets (a5 line 1277:
 *   100 | 100 | 30 | 20 | 100 | 50) all met; at 100 days online 60 and payments 55 are not.
 *   No other commune meets them: all but Xã Ia Yeng have digitization < 50%, and Ia Yeng has CKMB 0,1%.
 */
function currentPeriod(base: SeedTable): SeedTable {
  const rows = base.rows.map((r) => [...r]);
  const set = (unit: string, values: Record<number, number>) => Object.entries(values).forEach(([c, v]) => (rows.find((r) => r[UNIT] === unit)![Number(c)] = v));
  set("Sở Giao thông vận tải", { [CKMB]: 1, [TDGQ]: 1, [CLGQ]: 0.5, [TTTT]: 0.73, [MDSH]: 0.8 });
  set("Huyện Kbang", { [CKMB]: 1, [TDGQ]: 1, [CLGQ]: 1, [TTTT]: 1, [MDHL]: 1, [MDSH]: 1 });
  set("Xã Đăk Yă", { [TDGQ]: 1, [CLGQ]: 0.3, [TTTT]: 0.2, [MDSH]: 0.5 });
  rows.find((r) => r[UNIT] === "Huyện Chư Păh")![UNIT] = "Huyện Chư Pah";
  const kept = rows.filter((r) => r[UNIT] !== "Sở Y tế");
  return { ...base, rows: kept.map((r, i) => [i + 1, ...r.slice(1)]) };
}

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  const base = annexITable();
  addSeedTable(fake, "Năm 2023", "NamGoc", base);
  addSeedTable(fake, "Kỳ 1", "KyBaoCao", currentPeriod(base));
  fake.resetLog();
  return fake;
}

const row = (fake: FakeExcel, sheet: string, unit: string) => fake.sheet(sheet)!.dump().find((r) => r[1] === unit)!;

describe("Theo dõi tiến độ", () => {
  it("reports seed 002's period against the 50- and 100-day targets, naming missing and unknown units", async () => {
    const user = userEvent.setup();
    const fake = workbook();
    renderApp(fake);
    await openTab(user, "Theo dõi tiến độ");
    // the oldest table is taken as the baseline, the newest (the last import) as the period's
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả kỳ báo cáo" })).toHaveValue("KyBaoCao"));
    expect(screen.getByRole("combobox", { name: "Bảng kết quả năm gốc (để tính chỉ tiêu)" })).toHaveValue("NamGoc");
    expect(screen.getByRole("combobox", { name: "So với mốc chỉ tiêu" })).toHaveValue("50d");
    fake.resetLog();
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tiến độ" }));

    expect(await screen.findByText("Đã tạo trang “Tiến độ 50d”: kết quả so với chỉ tiêu 50 ngày.")).toBeInTheDocument();
    expect(fake.syncCount).toBe(4);
    // departments: 17 targeted, 16 reported, 1 with every rate (GTVT) meeting all → 1/1, 16 without full data;
    // districts: 16 reported, Kbang alone → 1/16; communes: Đăk Yă alone → 1/220
    expect(screen.getByText("Đạt toàn bộ chỉ tiêu: các sở, ban, ngành tỉnh 1/1 (16 đơn vị chưa đủ số liệu); các huyện, thị xã, thành phố 1/16 (1 đơn vị chưa đủ số liệu); UBND các xã, phường, thị trấn 1/220.")).toBeInTheDocument();
    expect(screen.getByText("2 đơn vị được giao chỉ tiêu chưa có trong bảng kỳ báo cáo: Sở Y tế, Huyện Chư Păh.")).toBeInTheDocument();
    expect(screen.getByText("1 đơn vị trong bảng kỳ báo cáo không được giao chỉ tiêu (kiểm tra tên, kể cả dấu): Huyện Chư Pah.")).toBeInTheDocument();

    // GTVT: payments 73% ≥ 72,37% at 50 days (indicators in the campaign's order: TDGQ, CLGQ, TTTT, CKMB, MDHL, MDSH)
    expect(row(fake, "Tiến độ 50d", "Sở Giao thông vận tải").slice(2)).toEqual([1, 1, "Đạt", 0.5, 0.5, "Đạt", 0.7237, 0.73, "Đạt", 1, 1, "Đạt", 1, 1, "Đạt", 0.8, 0.8, "Đạt", "6/6"]);

    // the unknown unit is a problem of the period's table, leading to its cell
    const problems = screen.getByRole("region", { name: "Các vấn đề" });
    const unknown = within(problems).getByRole("button", { name: /Huyện Chư Pah/ });
    await user.click(unknown);
    // table rows: header 1, 16 departments 2–17, Chư Pah the 13th district → row 30, column B (Đơn vị) of "Kỳ 1"
    await waitFor(() => expect(fake.selection).toEqual({ sheet: "Kỳ 1", address: "B30" }));

    // 100 days: GTVT misses payments (73 < 77,37) and two more → 3/6; Kbang still meets all; Đăk Yă no longer
    await user.selectOptions(screen.getByRole("combobox", { name: "So với mốc chỉ tiêu" }), "100d");
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tiến độ" }));
    expect(await screen.findByText(/Đã tạo trang “Tiến độ 100d”/)).toBeInTheDocument();
    expect(screen.getByText(/các sở, ban, ngành tỉnh 0\/1 .*; các huyện, thị xã, thành phố 1\/16 .*; UBND các xã, phường, thị trấn 0\/220\./)).toBeInTheDocument();
    const gtvt = row(fake, "Tiến độ 100d", "Sở Giao thông vận tải");
    expect(gtvt.slice(2)).toEqual([1, 1, "Đạt", 0.6, 0.5, "Chưa đạt", 0.7737, 0.73, "Chưa đạt", 1, 1, "Đạt", 1, 1, "Đạt", 1, 0.8, "Chưa đạt", "3/6"]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Năm 2023", "Kỳ 1", "Tiến độ 50d", "Tiến độ 100d"]);
  });

  it("follows the campaign as edited in Giao chỉ tiêu", async () => {
    const user = userEvent.setup();
    const fake = workbook();
    renderApp(fake);
    await openTab(user, "Giao chỉ tiêu");
    await user.click(screen.getByText("Chính sách giao chỉ tiêu"));
    // the fixed 100% timeliness target lowered to 90% for both milestones
    const value = screen.getByLabelText("Tiến độ giải quyết – Chỉ tiêu 50 ngày và duy trì trong thời gian tiếp theo: Giá trị (%)");
    await user.clear(value);
    await user.type(value, "90");
    await openTab(user, "Theo dõi tiến độ");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả kỳ báo cáo" })).toHaveValue("KyBaoCao"));
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tiến độ" }));
    expect(await screen.findByText(/Đã tạo trang “Tiến độ 50d”/)).toBeInTheDocument();
    // Huyện Mang Yang: timeliness 89,65% against the edited 90% → still "Chưa đạt", target 0,9
    expect(row(fake, "Tiến độ 50d", "Huyện Mang Yang").slice(2, 5)).toEqual([0.9, 0.8965, "Chưa đạt"]);
    // Huyện Đức Cơ: 92,8% ≥ 90% → met
    expect(row(fake, "Tiến độ 50d", "Huyện Đức Cơ").slice(2, 5)).toEqual([0.9, 0.928, "Đạt"]);
  });

  it("follows a campaign loaded in Cài đặt, which becomes the chosen one", async () => {
    const user = userEvent.setup();
    const fake = workbook();
    renderApp(fake);
    // the preset with the timeliness target at 95% instead of 100%, under its own id and name
    const preset = getCampaignPreset("chien-dich-100-ngay-2024");
    const mine = {
      ...preset,
      id: "chien-dich-cua-tinh",
      name: "Chiến dịch của tỉnh",
      indicators: preset.indicators.map((i) => (i.code !== "TDGQ.TL" ? i : { ...i, columns: i.columns.map((c) => ({ ...c, rule: { kind: "fixed", value: 95 } })) })),
    };
    await openTab(user, "Cài đặt");
    await user.click(screen.getByLabelText("Nội dung JSON (dán vào, hoặc chọn tệp)"));
    await user.paste(JSON.stringify(mine));
    await user.click(screen.getByRole("button", { name: "Nạp chiến dịch" }));
    expect(await screen.findByText(/Đã nạp chiến dịch “Chiến dịch của tỉnh”/)).toBeInTheDocument();

    await openTab(user, "Theo dõi tiến độ");
    const campaign = screen.getAllByRole("combobox", { name: "Chiến dịch" }).find((el) => el.closest("[hidden]") === null)!;
    expect(campaign).toHaveDisplayValue("Chiến dịch của tỉnh");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả kỳ báo cáo" })).toHaveValue("KyBaoCao"));
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tiến độ" }));
    expect(await screen.findByText(/Đã tạo trang “Tiến độ 50d”/)).toBeInTheDocument();
    // a1: Sở Giáo dục đào tạo 99,23% ≥ 95% → met; a2: Huyện Đức Cơ 92,8% < 95% → not
    expect(row(fake, "Tiến độ 50d", "Sở Giáo dục đào tạo").slice(2, 5)).toEqual([0.95, 0.9923, "Đạt"]);
    expect(row(fake, "Tiến độ 50d", "Huyện Đức Cơ").slice(2, 5)).toEqual([0.95, 0.928, "Chưa đạt"]);
  });

  it("refuses a period table with an unreadable rate, lists it, and writes nothing", async () => {
    const user = userEvent.setup();
    const fake = workbook();
    // row 5 of the period's table (Sở Kế hoạch và Đầu tư), payments column (H)
    fake.sheet("Kỳ 1")!.cellForWrite(4, TTTT).v = "9.,8%";
    renderApp(fake);
    await openTab(user, "Theo dõi tiến độ");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng kết quả kỳ báo cáo" })).toHaveValue("KyBaoCao"));
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tiến độ" }));
    expect(await screen.findByText(/Bảng kỳ báo cáo có lỗi, chưa ghi gì vào sổ làm việc/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /9\.,8%/ }));
    await waitFor(() => expect(fake.selection).toEqual({ sheet: "Kỳ 1", address: "H5" }));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Năm 2023", "Kỳ 1"]);
  });

  it("refuses the same table as baseline and period", async () => {
    const user = userEvent.setup();
    const fake = workbook();
    renderApp(fake);
    await openTab(user, "Theo dõi tiến độ");
    const current = screen.getByRole("combobox", { name: "Bảng kết quả kỳ báo cáo" });
    await waitFor(() => expect(current).toHaveValue("KyBaoCao"));
    await user.selectOptions(current, "NamGoc");
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tiến độ" }));
    expect(await screen.findByText(/Bảng kỳ báo cáo đang trùng với bảng năm gốc/)).toBeInTheDocument();
    expect(fake.sheets).toHaveLength(2);
  });
});
