/** @jest-environment jsdom */
import { problemText } from "../../src/domain/problems/problem";
import { refusalText } from "../../src/domain/problems/user-error";
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { activeRuleSetId } from "../../src/runtime/active-rule-set";
import { FakeExcel } from "../excel/fake-excel";
import { renderApp, resetRuleSet, openTab } from "./helpers";

beforeEach(() => resetRuleSet());

async function openSettings(fake: FakeExcel) {
  const user = userEvent.setup();
  renderApp(fake);
  await openTab(user, "Cài đặt");
  return user;
}

describe("Cài đặt", () => {
  it("stores the chosen rule set in the workbook, makes it the functions' rule set, recalculates", async () => {
    const fake = new FakeExcel();
    const user = await openSettings(fake);
    await user.selectOptions(screen.getByRole("combobox", { name: "Bộ quy tắc" }), "nhom-2023");
    await user.click(screen.getByRole("button", { name: "Áp dụng cho sổ làm việc" }));
    expect(await screen.findByText(/Sổ làm việc dùng bộ quy tắc “Tỷ lệ theo nhóm/)).toBeInTheDocument();
    expect(fake.settings.get("chiso.ruleSetId")).toBe("nhom-2023");
    expect(fake.calculations).toEqual(["Full"]);
    expect(activeRuleSetId()).toBe("nhom-2023");
  });

  it("takes the workbook's rule set when the pane opens", async () => {
    const fake = new FakeExcel();
    fake.settings.set("chiso.ruleSetId", "gialai-2026-03");
    await openSettings(fake);
    await waitFor(() => expect(activeRuleSetId()).toBe("gialai-2026-03"));
    // formulas computed before the settings were read used dvcqg-2026: they are recalculated once
    await waitFor(() => expect(fake.calculations).toEqual(["Full"]));
  });

  it("does not recalculate at start when the workbook keeps the default rule set", async () => {
    const fake = new FakeExcel();
    await openSettings(fake);
    await waitFor(() => expect(fake.syncCount).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calculations).toEqual([]);
  });

  it("names every error of a rule set JSON in Vietnamese, and stores a valid one", async () => {
    const fake = new FakeExcel();
    const user = await openSettings(fake);
    const box = screen.getByLabelText("Nội dung JSON (dán vào, hoặc chọn tệp)");
    await user.click(box);
    await user.paste('{"id": "Sai Ma", "name": ""}');
    await user.click(screen.getByRole("button", { name: "Nạp bộ quy tắc" }));
    expect(await screen.findByText("Không nạp được bộ quy tắc:")).toBeInTheDocument();
    expect(screen.getByText(problemText({ code: "ruleset.badId", params: { path: "mã", value: "Sai Ma" } }))).toBeInTheDocument();
    expect(fake.settings.size).toBe(0);

    const mine = { ...getRuleSet("nhom-2023"), id: "nhom-2023-tinh", name: "Tỷ lệ theo nhóm (bản của tỉnh)" };
    await user.clear(box);
    await user.click(box);
    await user.paste(JSON.stringify(mine));
    await user.click(screen.getByRole("button", { name: "Nạp bộ quy tắc" }));
    expect(await screen.findByText("Đã nạp bộ quy tắc “Tỷ lệ theo nhóm (bản của tỉnh)” và lưu vào sổ làm việc.")).toBeInTheDocument();
    expect((fake.settings.get("chiso.userRuleSets") as { id: string }[]).map((r) => r.id)).toEqual(["nhom-2023-tinh"]);
  });

  it("refuses a rule set that reuses a built-in id, with the registry's coded refusal worded from the catalogue", async () => {
    const fake = new FakeExcel();
    const user = await openSettings(fake);
    const box = screen.getByLabelText("Nội dung JSON (dán vào, hoặc chọn tệp)");
    await user.click(box);
    await user.paste(JSON.stringify(getRuleSet("nhom-2023")));
    await user.click(screen.getByRole("button", { name: "Nạp bộ quy tắc" }));
    expect(await screen.findByText("Không nạp được bộ quy tắc:")).toBeInTheDocument();
    expect(screen.getByText(refusalText({ code: "ruleset.builtinReplaced", params: { id: "nhom-2023" } }))).toBeInTheDocument();
    expect(fake.settings.size).toBe(0);
  });

  it("refuses a campaign JSON with its errors", async () => {
    const fake = new FakeExcel();
    const user = await openSettings(fake);
    await user.click(screen.getByLabelText("Nội dung JSON (dán vào, hoặc chọn tệp)"));
    await user.paste("{không phải JSON");
    await user.click(screen.getByRole("button", { name: "Nạp chiến dịch" }));
    expect(await screen.findByText("Không nạp được chiến dịch:")).toBeInTheDocument();
  });
});
