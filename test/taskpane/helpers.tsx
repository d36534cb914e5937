import { configure, render, screen, waitFor } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { DEFAULT_RULE_SET_ID } from "../../src/domain/ruleset/registry";
import { createExcelPort } from "../../src/excel/port";
import { setActiveRuleSetId } from "../../src/runtime/active-rule-set";
import { S } from "../../src/taskpane/strings.vi";
import { App } from "../../src/taskpane/components/App";
// App imports these screens lazily (on first opening their tab): load them before any test
// runs, so that a test's first look at a tab waits on React, not on ts-jest compiling them.
import "../../src/taskpane/components/AnnexScreen";
import "../../src/taskpane/components/ProgressScreen";
import "../../src/taskpane/components/ProvinceScreen";
import "../../src/taskpane/components/ScoreScreen";
import "../../src/taskpane/components/SettingsScreen";
import "../../src/taskpane/components/TrendScreen";
import "../../src/taskpane/components/HistorySection";
import "../../src/taskpane/logic/import-preview";
// and the Excel writers the port fetches on first use
import "../../src/excel/annex-sheet";
import "../../src/excel/followup-sheet";
import "../../src/excel/history-sheet";
import "../../src/excel/new-table-sheet";
import "../../src/excel/report-sheet";
import "../../src/excel/score-sheet";
import "../../src/excel/trend-sheets";

// A screen now first renders when its tab opens, inside the test's waitFor/findBy: on a cold
// jsdom that first render can take over the default 1 s. These waits are about what appears,
// not how fast (speed is the bench's business); a loaded 2-core machine needs the margin.
configure({ asyncUtilTimeout: 20000 });
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

/** Opens a tab with the pointer and waits until its screen's code has arrived (App loads screens lazily). */
export async function openTab(user: UserEvent, name: string) {
  await user.click(screen.getByRole("tab", { name }));
  await waitFor(() => expect(screen.queryByText(S.loadingScreen)).toBeNull());
}
