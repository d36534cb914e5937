import { problemMessage, problemMessages } from "../../domain/problems/problem";
import { buildAnnexModel } from "../../domain/report/annex-model";
import type { TableModel } from "../../domain/report/table-model";
import { findRuleSet } from "../../domain/ruleset/registry";
import type { RuleSet } from "../../domain/ruleset/schema";
import { assignTargets, readBaseline, validateCampaign, type Campaign, type CampaignInput, type TargetAssignment, type TargetOverride } from "../../domain/targets";
import { ProblemError, UserError } from "../../domain/problems/user-error";
import type { Cell } from "../../domain/reading/cell";
import { S } from "../strings.vi";

/**
 * The campaign as the pane edits it: plain data, validated by the campaign schema only when
 * the user asks for the annex, so a half-typed number never blocks typing.
 */
export type CampaignDraft = CampaignInput;

/** A target rule as typed (its cap may still be left to the default). */
export type RuleDraft = CampaignDraft["indicators"][number]["columns"][number]["rule"];

export function draftOf(c: Campaign): CampaignDraft {
  return JSON.parse(JSON.stringify(c)) as CampaignDraft;
}

export function setColumnRule(draft: CampaignDraft, indicator: number, column: number, rule: RuleDraft): CampaignDraft {
  const indicators = draft.indicators.map((ind, i) =>
    i !== indicator ? ind : { ...ind, columns: ind.columns.map((col, j) => (j === column ? { ...col, rule } : col)) },
  );
  return { ...draft, indicators };
}

/** A fresh rule of `kind`, keeping what the old rule had in common (uplift, cap). */
export function ruleOfKind(kind: RuleDraft["kind"], old: RuleDraft): RuleDraft {
  const uplift = "uplift" in old ? old.uplift : 10;
  const cap = "cap" in old ? (old.cap ?? 100) : 100;
  if (kind === "fixed") return { kind, value: "value" in old ? old.value : 100 };
  if (kind === "uplift") return { kind, central: "central" in old ? old.central : 50, uplift, cap };
  return { kind, steps: "steps" in old ? old.steps : [50], uplift, cap };
}

export function addOverride(draft: CampaignDraft): CampaignDraft {
  const ind = draft.indicators[0];
  const blank: TargetOverride = { unit: "", indicator: ind.code, milestone: ind.columns[0].milestones[0], value: 100, reason: "" };
  return { ...draft, overrides: [...(draft.overrides ?? []), blank] };
}

export function setOverride(draft: CampaignDraft, index: number, patch: Partial<TargetOverride>): CampaignDraft {
  return { ...draft, overrides: (draft.overrides ?? []).map((o, i) => (i === index ? { ...o, ...patch } : o)) };
}

export function removeOverride(draft: CampaignDraft, index: number): CampaignDraft {
  return { ...draft, overrides: (draft.overrides ?? []).filter((_, i) => i !== index) };
}

/** The draft as a valid campaign, or a refusal listing every field to fix. */
export function validateDraft(draft: CampaignDraft): Campaign {
  const v = validateCampaign(draft);
  if (!v.ok) throw new UserError(S.annexScreen.invalid, problemMessages(v.problems));
  return v.value;
}

/** The campaign's rule set, or a refusal saying where to load it. */
export function campaignRuleSet(campaign: Campaign): RuleSet {
  const ruleSet = findRuleSet(campaign.ruleSet);
  if (!ruleSet) throw new ProblemError("campaign.ruleSetMissing", { ruleSet: campaign.ruleSet });
  return ruleSet;
}

/**
 * The targets of a campaign from the baseline table's cells; refuses (nothing written) on
 * any error of the table or of the assignment. The annex and the progress report share it.
 */
export function targetsFromCells(campaign: Campaign, cells: Cell[][]): TargetAssignment {
  const baseline = readBaseline(campaignRuleSet(campaign), cells);
  const errors = baseline.problems.filter((p) => p.severity === "error").map(problemMessage);
  if (errors.length) throw new UserError(S.annexScreen.baselineInvalid, errors);
  const assignment = assignTargets(campaign, baseline.units);
  const fatal = assignment.problems.filter((p) => p.severity === "error").map(problemMessage);
  if (fatal.length) throw new UserError(S.annexScreen.baselineInvalid, fatal);
  return assignment;
}

/** From the baseline table's cells to the annex's table model; refuses (nothing written) on any error. */
export function annexModelFromCells(campaign: Campaign, cells: Cell[][]): { model: TableModel; units: number; overrides: number } {
  const assignment = targetsFromCells(campaign, cells);
  const units = assignment.sections.reduce((n, s) => n + s.units.length, 0);
  return { model: buildAnnexModel(assignment), units, overrides: assignment.overrides.length };
}
