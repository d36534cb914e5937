/**
 * Accessibility of the built task pane in headless Chromium (issue #11, item 5): axe-core on
 * every screen, and the staff's workflow (import → score → annex) with the keyboard alone.
 * Same scripted host as taskpane.e2e.test.ts. Needs `npm run build` and /usr/bin/chromium.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { S } from "../../src/taskpane/strings.vi";
import { readFixture } from "../helpers/fixtures";
import { CHROMIUM, DIST, hostScript, routeToHost, serveDist } from "./pane-host";

jest.setTimeout(180_000);

// every tab the pane has, so a new screen is checked the day it lands
const TABS: string[] = Object.values(S.tabs);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// annex I of seed 002 as its PDF gives it, with one broken number ("9.,8%", Xã Diên Phú)
const seedTextAsPrinted = () => readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(414, 1026).join("\n");
const seedText = () => seedTextAsPrinted().replace("9.,8%", "9,8%");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

describe("task pane accessibility in Chromium", () => {
  let server: http.Server;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first.");
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium.`);
    server = await serveDist();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /**
   * A fresh pane; bypassCSP only so that axe-core can be injected as an inline script.
   * `bodyBackgroundColor`: the Office theme the host reports (the pane follows a dark one).
   */
  async function openPane(bodyBackgroundColor?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN", bypassCSP: true });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const host = hostScript({ bodyBackgroundColor });
    await routeToHost(page, host);
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.getByRole("tab", { name: "Nhập dữ liệu" }).waitFor();
    return page;
  }

  /**
   * axe-core over the page, leaving out Tabster's focus guards (`<i data-tabster-dummy tabindex=0
   * aria-hidden>` around Fluent's TabList): focusable and hidden on purpose, they hand the focus
   * on as soon as they get it (microsoft/tabster#288, fluentui#27517 "by design"; Accessibility
   * Insights suppresses them too). The keyboard walk below checks that Tab never rests on one.
   */
  async function axe(page: Page): Promise<AxeViolation[]> {
    if ((await page.evaluate("typeof window.axe")) !== "object") await page.addScriptTag({ content: AXE });
    return page.evaluate(async () => {
      const w = window as unknown as { axe: { run(ctx: object, o: object): Promise<{ violations: AxeViolation[] }> } };
      const r = await w.axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
  }

  /**
   * Waits until the screen shown has settled, so that axe sees what the user reads rather than
   * a moment of a change: its code has arrived (no Suspense spinner), no operation runs (no
   * progress bar; a screen that reads the workbook as it opens shows its progress bar from its
   * first render), and no CSS transition or animation is under way. The last matters: Fluent's
   * Button fades its colour in 100 ms when it is enabled again after an operation, and axe caught
   * half-way sees grey text (#bdbdbd on white, 1.9:1), a colour-contrast violation of a state that
   * lasts one frame on a quiet machine and longer on a loaded one.
   */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(
      () =>
        !!document.querySelector(".chiso-app > div:not([hidden]) > .chiso-screen") &&
        !document.querySelector('[role="progressbar"], .fui-Spinner') &&
        // getAnimations() brings styles up to date first, so a transition just triggered is in the list
        document.getAnimations().every((a) => a.playState !== "running" && !a.pending),
      undefined,
      { polling: "raf" },
    );
  }

  /** Runs axe on the settled screen, prints one line for it, and returns its serious or critical violations. */
  async function check(page: Page, screen: string): Promise<string[]> {
    await settled(page);
    const violations = await axe(page);
    const line = violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(", ") || "không có vi phạm";
    console.log(`axe ${screen}: ${line}`);
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${screen}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }

  // Office's light theme (a host without themes gives none) and its dark one ("Black": #262626
  // body), each with the pane's background under Fluent's theme (webLightTheme #ffffff, webDarkTheme #292929)
  it.each([
    ["light", undefined, "rgb(255, 255, 255)"],
    ["dark", "#262626", "rgb(41, 41, 41)"],
  ])("axe-core finds no serious or critical violation on any screen, %s theme", async (theme, bodyBackgroundColor, paneBackground) => {
    const page = await openPane(bodyBackgroundColor);
    expect(await page.locator(".fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(paneBackground);
    const serious: string[] = [];
    for (const name of TABS) {
      await page.getByRole("tab", { name }).click();
      await page.waitForFunction((n) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === n, name);
      serious.push(...(await check(page, `${name} (${theme})`)));
    }
    // the import screen with an error shown: the error text and the problem list's colours
    await page.getByRole("tab", { name: "Nhập dữ liệu" }).click();
    await page.getByLabel("Văn bản dán vào ô dưới đây").check();
    await page.getByLabel("Văn bản của bảng (mỗi đơn vị một dòng)").fill(seedTextAsPrinted());
    await page.getByRole("button", { name: "Đọc dữ liệu" }).click();
    await page.getByText("Còn 1 lỗi", { exact: false }).waitFor();
    serious.push(...(await check(page, `Nhập dữ liệu, 1 lỗi (${theme})`)));
    expect(serious).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("imports a table, scores it and makes the annex with the keyboard alone", async () => {
    const page = await openPane();
    const kb = page.keyboard;
    type Role = "button" | "radio" | "tab" | "textbox";
    /** Whether the control with this role and accessible name (as Playwright computes them) has the focus. */
    const hasFocus = (role: Role, name: string) => page.getByRole(role, { name, exact: true }).evaluate((el) => el === document.activeElement);
    // Tabster's focus guards (aria-hidden) pass the focus on at once: the walk must never rest on one
    const onDummy = () => page.evaluate(() => !!document.activeElement?.hasAttribute("data-tabster-dummy"));
    /** Presses Tab (or Shift+Tab) until the focus is on the control; fails after 80 presses. */
    async function tabTo(role: Role, name: string, back = false) {
      for (let i = 0; i < 80; i++) {
        expect(await onDummy()).toBe(false);
        if (await hasFocus(role, name)) return;
        await kb.press(back ? "Shift+Tab" : "Tab");
      }
      throw new Error(`Tab never reached ${role} ${name}`);
    }
    /** From the screen back to the tab list, then arrow keys to the tab `name`, and Enter. */
    async function openTab(from: string, name: string) {
      await tabTo("tab", from, true);
      for (let i = 0; i < TABS.length && !(await hasFocus("tab", name)); i++) await kb.press("ArrowRight");
      expect(await hasFocus("tab", name)).toBe(true);
      await kb.press("Enter");
      await page.getByRole("tab", { name, selected: true }).waitFor();
    }

    // 1. Nhập dữ liệu: the source radio by arrow key, the text typed in, then the buttons by Enter
    await tabTo("radio", "Vùng đang chọn trong trang tính");
    await kb.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Văn bản dán vào ô dưới đây" }).isChecked()).toBe(true);
    await tabTo("textbox", "Văn bản của bảng (mỗi đơn vị một dòng)");
    await kb.insertText(seedText());
    await tabTo("button", "Đọc dữ liệu");
    await kb.press("Enter");
    await page.getByText("0 lỗi", { exact: false }).waitFor();
    await tabTo("button", "Dùng bộ quy tắc này cho sổ làm việc");
    await kb.press("Enter");
    await page.getByRole("button", { name: "Dùng bộ quy tắc này cho sổ làm việc" }).waitFor({ state: "detached" });
    await tabTo("button", "Tạo bảng trong trang tính mới");
    await kb.press("Enter");
    await page.getByText("Đã tạo bảng ChiSo_DuLieu trong trang tính “Dữ liệu” với 254 đơn vị.").waitFor();

    // 2. Tính điểm
    await openTab("Nhập dữ liệu", "Tính điểm");
    await page.locator("select").filter({ hasText: "ChiSo_DuLieu" }).first().waitFor();
    await tabTo("button", "Tính điểm");
    await kb.press("Enter");
    await page.getByText("Đã thêm cột điểm cho 254 đơn vị và tạo trang “Tổng hợp”.").waitFor();

    // 3. Giao chỉ tiêu
    await openTab("Tính điểm", "Giao chỉ tiêu");
    await tabTo("button", "Tạo phụ lục");
    await kb.press("Enter");
    await page.getByText("Đã tạo trang “Phụ lục II”", { exact: false }).waitFor();

    // what the scripted host received
    const sheets = await page.evaluate("window.__fake.sheets.map(s => s.name)");
    expect(sheets).toEqual(["Sheet1", "Dữ liệu", "Tổng hợp", "Phụ lục II"]);
    expect(await page.evaluate("window.__fake.settings.get('chiso.ruleSetId')")).toBe("nhom-2023");
    const dumps = (await page.evaluate("Object.fromEntries(window.__fake.sheets.map(s => [s.name, s.dump()]))")) as Record<string, unknown[][]>;
    expect(dumps["Dữ liệu"]).toHaveLength(255);
    expect(dumps["Dữ liệu"].find((r) => r[1] === "Xã Đăk Yă")).toContain(
      "=CHISO.DIEM(ChiSo_DuLieu[@[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]], ChiSo_DuLieu[[#Headers],[Tỷ lệ công khai, minh bạch]:[Tỷ lệ số hóa hồ sơ]])",
    );
    expect(dumps["Tổng hợp"][0][0]).toBe("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766");
    expect(dumps["Phụ lục II"][0][0]).toBe("PHỤ LỤC II");

    // the screens with their results shown pass axe too
    const serious = [...(await check(page, "Giao chỉ tiêu (đã tạo phụ lục)"))];
    await openTab("Giao chỉ tiêu", "Nhập dữ liệu");
    serious.push(...(await check(page, "Nhập dữ liệu (đã tạo bảng)")));
    expect(serious).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
