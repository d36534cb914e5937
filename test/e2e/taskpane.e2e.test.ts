/**
 * The built task pane (dist/taskpane.html: functions + taskpane bundles in one page) in
 * headless Chromium. office.js is routed to a scripted host: Office.onReady, Excel.run over
 * the recording fake of test/excel/fake-excel.ts (transpiled and served to the page), and a
 * CustomFunctions stub that keeps what the functions bundle associates. Nothing leaves
 * 127.0.0.1. Screenshots land in test-artifacts/e2e/.
 *
 * Needs `npx webpack --mode development` (dist/) and /usr/bin/chromium.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readFixture } from "../helpers/fixtures";
import { ARTIFACTS, CHROMIUM, DIST, hostScript, routeToHost, serveDist } from "./pane-host";

jest.setTimeout(180_000);

/** A number as Excel in Vietnamese shows it under the cell's format: 0.9116 under "0.00%" is 91,16%. */
function shown(v: unknown, format: string | null): string {
  if (typeof v !== "number") return String(v ?? "");
  const decimals = format ? (/\.(0+)/.exec(format)?.[1].length ?? 0) : null;
  const n = format?.includes("%") ? v * 100 : v;
  const text = n.toLocaleString("vi-VN", decimals === null ? { maximumFractionDigits: 6 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return format?.includes("%") ? `${text}%` : text;
}

/**
 * A sheet of the fake workbook as an HTML table, to look at what the pane wrote: values under
 * their number format, and text running over the empty cells to its right, as in Excel.
 */
function sheetHtml(title: string, rows: unknown[][], formats: (string | null)[][], maxRows = 45): string {
  const esc = (v: unknown) => String(v ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = rows
    .slice(0, maxRows)
    .map((r, i) => {
      const cells: string[] = [];
      for (let c = 0; c < r.length; c++) {
        let span = 1;
        if (typeof r[c] === "string" && r[c] !== "") while (c + span < r.length && r[c + span] === "") span++;
        cells.push(`<td${span > 1 ? ` colspan="${span}" class="over"` : ""}>${esc(shown(r[c], formats[i]?.[c] ?? null))}</td>`);
        c += span - 1;
      }
      return `<tr><th>${i + 1}</th>${cells.join("")}</tr>`;
    })
    .join("");
  return `<html><head><meta charset="utf-8"><style>body{font:12px sans-serif}td,th{border:1px solid #ccc;padding:2px 4px;max-width:260px;overflow:hidden;white-space:nowrap}td.over{max-width:none}th{background:#eee}</style></head>
<body><h3>${esc(title)} (${rows.length} dòng)</h3><table>${body}</table></body></html>`;
}

const seedText = () => readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(414, 1026).join("\n");

describe("task pane in Chromium, import → score → annex → progress on seed 002", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npx webpack --mode development` first.");
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium.`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveDist();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("request", (r) => {
      if (r.resourceType() === "script" && r.url().startsWith("http://127.0.0.1:")) scripts.push(new URL(r.url()).pathname);
    });
    const host = hostScript();
    await routeToHost(page, host, { outside: (url) => outside.push(url) });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const fake = <T>(fn: string): Promise<T> => page.evaluate(fn) as Promise<T>;

  it("clicks through the staff's workflow and writes the expected sheets", async () => {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.getByRole("tab", { name: "Nhập dữ liệu" }).waitFor();
    await page.getByRole("button", { name: "Đọc dữ liệu" }).waitFor();
    // the page's own "connecting" status (taskpane.html) is gone once React has mounted the first tab
    expect(await page.getByText("Đang kết nối với Excel…").count()).toBe(0);
    // start-up fetches the first screen's code only (what it shares with the custom functions
    // comes once, in functions.js); another screen's arrives when its tab opens, the importer and
    // the Excel writers when first used
    expect(scripts).toEqual(["/runtime.js", "/functions.js", "/taskpane.js"]);
    // six tabs in a narrow pane: every one stays inside it
    for (const name of ["Nhập dữ liệu", "Tính điểm", "Giao chỉ tiêu", "Theo dõi tiến độ", "Toàn tỉnh", "Cài đặt"]) {
      const box = (await page.getByRole("tab", { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(420);
    }

    // 1. Nhập dữ liệu: the PDF text of annex I, with its one broken number
    await page.getByLabel("Văn bản dán vào ô dưới đây").check();
    const box = page.getByLabel("Văn bản của bảng (mỗi đơn vị một dòng)");
    await box.fill(seedText());
    await page.getByRole("button", { name: "Đọc dữ liệu" }).click();
    await page.getByText("Đọc được 254 đơn vị (17 cấp tỉnh, 17 cấp huyện, 220 cấp xã)", { exact: false }).waitFor();
    await page.getByText("Còn 1 lỗi", { exact: false }).waitFor();
    expect(scripts.length).toBeGreaterThan(3);
    expect(await page.getByRole("button", { name: "Tạo bảng trong trang tính mới" }).isDisabled()).toBe(true);
    await shot("01-import-preview.png");

    // clicking the error selects its line in the text box: the user corrects it there
    await page.getByRole("button", { name: /9\.,8%/ }).click();
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toContain("Xã Diên Phú");
    await box.fill(seedText().replace("9.,8%", "9,8%"));
    await page.getByRole("button", { name: "Đọc dữ liệu" }).click();
    await page.getByText("0 lỗi", { exact: false }).waitFor();

    // the table follows nhom-2023 (group rates of 2023): make it the workbook's rule set
    await page.getByRole("button", { name: "Dùng bộ quy tắc này cho sổ làm việc" }).click();
    await page.getByRole("button", { name: "Dùng bộ quy tắc này cho sổ làm việc" }).waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Tạo bảng trong trang tính mới" }).click();
    await page.getByText("Đã tạo bảng ChiSo_DuLieu trong trang tính “Dữ liệu” với 254 đơn vị.").waitFor();
    await shot("02-import-done.png");

    // 2. Tính điểm
    const scriptsBeforeScore = scripts.length;
    await page.getByRole("tab", { name: "Tính điểm" }).click();
    await page.locator("select").filter({ hasText: "ChiSo_DuLieu" }).first().waitFor();
    expect(scripts.length).toBeGreaterThan(scriptsBeforeScore);
    await page.getByRole("button", { name: "Tính điểm" }).click();
    await page.getByText("Đã thêm cột điểm cho 254 đơn vị và tạo trang “Tổng hợp”.").waitFor();
    await shot("03-score-done.png");

    // the 17 departments' "-" digitization rate (annex I section 1, table rows 2–18): one line, expandable
    await page.getByText('Lỗi: 17 đơn vị thiếu số liệu "Tỷ lệ số hóa hồ sơ" (dòng 2–18).').waitFor();
    await page.getByRole("button", { name: "Xem 17 dòng" }).click();
    await shot("03b-score-problems.png");
    await page.getByRole("button", { name: "Dòng 18: Sở Y tế" }).click();
    // "Tỷ lệ số hóa hồ sơ" is the 11th column (K) of the table at A1 of "Dữ liệu"
    await page.waitForFunction("window.__fake.selection && window.__fake.selection.address !== 'A1'");
    expect(await fake<unknown>("window.__fake.selection")).toEqual({ sheet: "Dữ liệu", address: "K18" });

    // 3. Giao chỉ tiêu
    await page.getByRole("tab", { name: "Giao chỉ tiêu" }).click();
    await page.getByText("Chính sách giao chỉ tiêu").click();
    await shot("04-annex-policies.png");
    await page.getByRole("button", { name: "Tạo phụ lục" }).click();
    await page.getByText("Đã tạo trang “Phụ lục II”", { exact: false }).waitFor();
    await shot("05-annex-done.png");

    // 4. Theo dõi tiến độ: the period's results imported as a second table, then compared at 50 days.
    // Changes to annex I (hand-made): Sở Giao thông vận tải's payments 67,37% → 73% (its 50-day target
    // 72,37%, a4 line 1141: met); "Xã Đăk Yă" written "Xã Đak Yă" (missing under its name, and unknown).
    await page.getByRole("tab", { name: "Nhập dữ liệu" }).click();
    const period = seedText()
      .replace("9.,8%", "9,8%")
      .replace("4 Sở Giao thông vận tải 13,2% 92,12% 40,3% 67,37%", "4 Sở Giao thông vận tải 13,2% 92,12% 40,3% 73%")
      .replace("Xã Đăk Yă", "Xã Đak Yă");
    await box.fill(period);
    await page.getByRole("button", { name: "Đọc dữ liệu" }).click();
    await page.getByText("Đọc được 254 đơn vị", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Tạo bảng trong trang tính mới" }).click();
    await page.getByText("Đã tạo bảng ChiSo_DuLieu_2 trong trang tính “Dữ liệu (2)” với 254 đơn vị.").waitFor();
    expect(await page.getByRole("button", { name: "Tạo bảng trong trang tính mới" }).isDisabled()).toBe(true);
    await page.getByRole("tab", { name: "Theo dõi tiến độ" }).click();
    // the oldest table is the baseline, the newest the period's
    await page.getByLabel("Bảng kết quả kỳ báo cáo").filter({ hasText: "ChiSo_DuLieu_2" }).waitFor();
    expect(await page.getByLabel("Bảng kết quả kỳ báo cáo").inputValue()).toBe("ChiSo_DuLieu_2");
    expect(await page.getByLabel("Bảng kết quả năm gốc (để tính chỉ tiêu)").inputValue()).toBe("ChiSo_DuLieu");
    await page.getByRole("button", { name: "Tạo báo cáo tiến độ" }).click();
    await page.getByText("Đã tạo trang “Tiến độ 50d”: kết quả so với chỉ tiêu 50 ngày.").waitFor();
    // annex I's departments have no digitization rate ("-"): none has every result, so 0/0
    await page.getByText("Đạt toàn bộ chỉ tiêu: các sở, ban, ngành tỉnh 0/0 (17 đơn vị chưa đủ số liệu)", { exact: false }).waitFor();
    await page.getByText("1 đơn vị được giao chỉ tiêu chưa có trong bảng kỳ báo cáo: Xã Đăk Yă (Mang Yang).").waitFor();
    await shot("07-progress-done.png");

    const sheets = await fake<string[]>("window.__fake.sheets.map(s => s.name)");
    expect(sheets).toEqual(["Sheet1", "Dữ liệu", "Tổng hợp", "Phụ lục II", "Dữ liệu (2)", "Tiến độ 50d"]);
    expect(await fake<unknown>("window.__fake.settings.get('chiso.ruleSetId')")).toBe("nhom-2023");
    expect(await fake<string[]>("window.__fake.calculations")).toEqual(["Full"]);
    expect(await fake<string[]>("window.__fake.unsent")).toEqual([]);

    const dumps = await fake<Record<string, unknown[][]>>("Object.fromEntries(window.__fake.sheets.map(s => [s.name, s.dump()]))");
    const formats = await fake<Record<string, (string | null)[][]>>(
      "Object.fromEntries(window.__fake.sheets.map(s => [s.name, s.dump().map((row, r) => row.map((_, c) => (s.cell(r, c) || {}).nf || null))]))",
    );
    const data = dumps["Dữ liệu"];
    expect(data).toHaveLength(255);
    // seed 002 line 590 (Xã Đăk Yă): its total as a live formula over its row
    const dakYa = data.find((r) => r[1] === "Xã Đăk Yă")!;
    expect(dakYa).toContain("=CHISO.DIEM(ChiSo_DuLieu[@[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]], ChiSo_DuLieu[[#Headers],[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]])");
    expect(dumps["Tổng hợp"][0][0]).toBe("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766");
    expect(dumps["Phụ lục II"][0][0]).toBe("PHỤ LỤC II");
    // TDGQ, CLGQ, TTTT…: payments target 72,37% (a4 line 1141), result 73%: met
    const gtvt = dumps["Tiến độ 50d"].find((r) => r[1] === "Sở Giao thông vận tải")!;
    expect(gtvt.slice(8, 11)).toEqual([0.7237, 0.73, "Đạt"]);

    for (const name of ["Dữ liệu", "Tổng hợp", "Phụ lục II", "Tiến độ 50d"]) {
      const view = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await view.setContent(sheetHtml(name, dumps[name], formats[name]));
      await view.screenshot({ path: path.join(ARTIFACTS, `06-sheet-${name.replace(/\s+/g, "-")}.png`) });
      await view.close();
    }
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });

  // Two bundles on one page each get their own copy of src/runtime/active-rule-set.ts unless
  // webpack shares one runtime (optimization.runtimeChunk: "single" in webpack.config.js).
  it("the custom functions read the rule set the pane chose (one shared webpack runtime)", async () => {
    const total = await page.evaluate(() => {
      const f = (window as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }).__functions;
      return f.DIEM([[1, 0.9176, 0.149, 0, 1, 0.295]], [["CKMB.TL", "TDGQ.TL", "CLGQ.TL", "TTTT.TL", "MDHL.TL", "MDSH.TL"]], null);
    });
    // Xã Đăk Yă under nhom-2023: 18 + 18,35 + 1,79 + 0 + 18 + 6,49 = 62,63 (test/excel/adapter.test.ts)
    expect(total).toBe(62.63);
  });
});
