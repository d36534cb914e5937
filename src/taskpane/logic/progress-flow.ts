import { problemMessage } from "../../domain/problems/problem";
import { readHistoryCells } from "../../domain/history/history-table";
import { followCampaign, reportUnitsFromHistory, type CampaignFollowUp } from "../../domain/report/campaign-followup";
import { buildFollowUpModel } from "../../domain/report/followup-model";
import { percentVi } from "../../domain/report/number-format";
import { inSentence } from "../../domain/report/sentence";
import { buildProgressModel } from "../../domain/report/progress-model";
import type { TableModel } from "../../domain/report/table-model";
import { matchHeader } from "../../domain/parsing/headers";
import { followProgress, readBaseline, type Campaign, type NamedUnit, type ProgressReport } from "../../domain/targets";
import { ProblemError, UserError } from "../../domain/problems/user-error";
import { shownText, type Cell } from "../../domain/reading/cell";
import { S } from "../strings.vi";
import type { PaneMessage } from "./messages";
import type { ListedProblem } from "./problem-groups";
import { campaignRuleSet, targetsFromCells } from "./campaign-draft";

const T = S.progressScreen;

/** A problem of the current-period table, with the Excel table it points into. */
export interface ProgressProblem extends ListedProblem {
  table: string;
}

export interface ProgressOutcome {
  report: ProgressReport;
  model: TableModel;
  /** of the current table: read warnings, rows given twice, units given no targets */
  problems: ProgressProblem[];
}

export interface ProgressTables {
  baseline: { name: string; cells: Cell[][] };
  current: { name: string; cells: Cell[][] };
}

/**
 * Targets from the baseline table, results from the current one, compared at one milestone
 * (seed 002, IV.5.1). Refuses, with the problems kept for the list, when the current table
 * has an error: an unreadable rate must not pass for "no data".
 */
export function progressFromCells(campaign: Campaign, milestoneId: string, { baseline, current }: ProgressTables): ProgressOutcome {
  const assignment = targetsFromCells(campaign, baseline.cells);
  const ruleSet = campaignRuleSet(campaign);
  const table = readBaseline(ruleSet, current.cells);
  const problems: ProgressProblem[] = table.problems.map((p) => ({ ...p, message: problemMessage(p), table: current.name }));
  if (problems.some((p) => p.severity === "error")) throw new ProgressRefusal(T.currentInvalid, problems);
  if (!campaign.indicators.some((i) => table.units.some((u) => Object.prototype.hasOwnProperty.call(u.values, i.code)))) {
    throw new ProblemError("progress.noIndicator", { indicators: campaign.indicators.map((i) => i.label).join(", ") });
  }

  const report = followProgress(assignment, table.units, milestoneId);
  const unitColumn = String(current.cells[0]?.find((h) => matchHeader(ruleSet, shownText(h))?.kind === "unit") ?? "");
  for (const p of report.problems) problems.push({ row: p.row, column: unitColumn, severity: p.severity, message: problemMessage(p), unit: p.unit, table: current.name });
  for (const u of report.unknown) {
    const what = T.unknownWhat;
    problems.push({ row: u.row ?? 0, column: unitColumn, severity: "warning", unit: u.unit, what, message: `Dòng ${u.row} (${placeOf(u)}): ${what}.`, table: current.name });
  }
  return { report, model: buildProgressModel(report), problems };
}

/** A refusal that keeps the table's problems, so the pane lists them and each leads to its cell. */
export class ProgressRefusal extends UserError {
  constructor(
    message: string,
    readonly problems: ProgressProblem[],
  ) {
    super(message);
  }
}

/** The pane's summary of a report: k/n per level, then the units missing and unknown, named. */
export function progressMessage(report: ProgressReport, sheet: string): PaneMessage {
  const levels = report.sections.map((s) => {
    const { metAll, complete, targeted } = s.summary;
    return `${inSentence(s.heading)} ${metAll}/${complete}${targeted > complete ? T.incomplete(targeted - complete) : ""}`;
  });
  const lines = [T.metAll(levels.join("; "))];
  if (report.missing.length) lines.push(T.missing(report.missing.length, names(report.missing)));
  if (report.unknown.length) lines.push(T.unknown(report.unknown.length, names(report.unknown)));
  const warn = report.missing.length > 0 || report.unknown.length > 0 || report.problems.length > 0;
  return { intent: warn ? "warning" : "success", title: T.done(sheet, inSentence(report.milestone.label)), lines };
}


const NAMES_SHOWN = 10;

function names(units: readonly NamedUnit[]): string {
  const shown = units.slice(0, NAMES_SHOWN).map(placeOf).join(", ");
  return units.length > NAMES_SHOWN ? `${shown}${T.andMore(units.length - NAMES_SHOWN)}` : shown;
}

/** A commune is named with its district: two communes may share a name. */
function placeOf(u: NamedUnit): string {
  return u.district ? `${u.unit} (${u.district})` : u.unit;
}

/**
 * The campaign followed over the reports of the history sheet: targets from the baseline table,
 * one report per dated snapshot the history keeps (the 10-day reports; months, quarters and
 * years are other kinds of period). Refuses, nothing written, without a report or a match.
 */
export function followUpFromCells(campaign: Campaign, baseline: Cell[][], historyCells: Cell[][]): { followUp: CampaignFollowUp; model: TableModel } {
  const assignment = targetsFromCells(campaign, baseline);
  const { history } = readHistoryCells(historyCells);
  const reports = history.periods.filter((p) => p.kind === "snapshot").map((period) => ({ period, units: reportUnitsFromHistory(history, period.id) }));
  if (!reports.length) throw new ProblemError("progress.noReports");
  const followUp = followCampaign(assignment, reports);
  const matched = followUp.sections.some((s) => s.units.some((u) => Object.values(u.dates).some((d) => d !== null)));
  if (!matched) throw new ProblemError("progress.noMatch");
  return { followUp, model: buildFollowUpModel(followUp) };
}

export function followUpMessage(f: CampaignFollowUp, sheet: string): PaneMessage {
  const lines = f.trends.flatMap((t) => {
    const last = t.points[t.points.length - 1];
    return last && last.share !== null ? [T.followUpShare(t.milestone.label, last.metAll, last.complete, percentVi(last.share, 2))] : [];
  });
  if (f.unmatched.length) lines.push(T.followUpUnmatched(f.unmatched.length));
  const warn = f.unmatched.length > 0 || f.missing.length > 0;
  return { intent: warn ? "warning" : "success", title: T.followUpDone(sheet, f.dates.length), lines };
}
