import { render } from "@testing-library/react";
import { DEFAULT_RULE_SET_ID } from "../../src/domain/ruleset/registry";
import { createExcelPort } from "../../src/excel/port";
import { setActiveRuleSetId } from "../../src/runtime/active-rule-set";
import { App } from "../../src/taskpane/components/App";
import type { FakeExcel } from "../excel/fake-excel";
import { runOf } from "../excel/seed-workbook";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as Record<string, unknown>).ResizeObserver ??= ResizeObserverStub;

export { annexI, annexIDepartmentsAndDistricts, runOf, workbookWithImport } from "../excel/seed-workbook";

export function renderApp(fake: FakeExcel) {
  return render(<App port={createExcelPort(runOf(fake))} />);
}

/** The runtime's rule set is module state shared by tests: every test starts from the default. */
export function resetRuleSet(id = DEFAULT_RULE_SET_ID) {
  setActiveRuleSetId(id);
}
