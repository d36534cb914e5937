import { render } from "@testing-library/react";
import { importText } from "../../src/domain/parsing/import";
import { getRuleSet, DEFAULT_RULE_SET_ID } from "../../src/domain/ruleset/registry";
import { importTableLayout } from "../../src/excel/import-layout";
import { writeNewTableSheet } from "../../src/excel/new-table-sheet";
import { createExcelPort } from "../../src/excel/port";
import type { ExcelRun } from "../../src/excel/run";
import { setActiveRuleSetId } from "../../src/runtime/active-rule-set";
import { App } from "../../src/taskpane/components/App";
import { FakeExcel } from "../excel/fake-excel";
import { readFixture } from "../helpers/fixtures";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as Record<string, unknown>).ResizeObserver ??= ResizeObserverStub;

const seed002 = () => readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n");
/** Seed 002 annex I as its PDF text: sections 1 and 2 (17 departments, 17 districts), lines 415–553. */
export const annexIDepartmentsAndDistricts = () => seed002().slice(414, 553).join("\n");
/** The whole of seed 002 annex I: 17 departments, 17 districts, 220 communes (lines 415–1026). */
export const annexI = () => seed002().slice(414, 1026).join("\n");

export const runOf = (fake: FakeExcel) => fake.run as unknown as ExcelRun;

/** A workbook where `text` was imported already, as the Nhập dữ liệu screen does it. */
export async function workbookWithImport(text: string): Promise<{ fake: FakeExcel; table: string; sheet: string }> {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  const result = importText(text);
  const layout = importTableLayout(getRuleSet(result.ruleSet), result);
  const out = await writeNewTableSheet(runOf(fake), { sheetName: "Dữ liệu", tableStem: "ChiSo_DuLieu", ...layout });
  fake.resetLog();
  return { fake, table: out.table, sheet: out.sheet };
}

export function renderApp(fake: FakeExcel) {
  return render(<App port={createExcelPort(runOf(fake))} />);
}

/** The runtime's rule set is module state shared by tests: every test starts from the default. */
export function resetRuleSet(id = DEFAULT_RULE_SET_ID) {
  setActiveRuleSetId(id);
}
