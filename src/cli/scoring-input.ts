import { matchHeader } from "../domain/parsing/headers";
import { pickRuleSet } from "../domain/reading/import-core";
import { DEFAULT_RULE_SET_ID, getRuleSet, listRuleSets } from "../domain/ruleset/registry";
import type { RuleSet } from "../domain/ruleset/schema";
import { readScoringTable, type ScoringTable } from "../domain/scoring/table-input";
import { type CliIo, UsageError } from "./io";
import { checkRowCount } from "./limits";
import { filledRows, readTable } from "./read-table";
import { resolveRulesOption } from "./rules-option";

/* The input shared by `chiso score` and `chiso report`: a table of units and rates, and its rule set. */

/** Without --rules: the rule set whose indicators the headers name most (2023 group-rate tables → nhom-2023). */
export function ruleSetNamedByHeaders(header: readonly unknown[]): RuleSet {
  const titles = header.map((h) => (typeof h === "string" ? h : ""));
  const matched = (rs: RuleSet) => new Set(titles.map((t) => matchHeader(rs, t)).flatMap((m) => (m?.kind === "indicator" ? [m.code] : []))).size;
  const candidates = listRuleSets();
  const fallback = candidates.find((rs) => rs.id === DEFAULT_RULE_SET_ID)!;
  // The default first, so a tie keeps it.
  return pickRuleSet([fallback, ...candidates.filter((rs) => rs !== fallback)], matched);
}

/**
 * Reads `file` (.csv or .xlsx) with the rule set of `--rules`, or the one its headers name.
 * A table without a unit column cannot be scored: that is a usage error. `lines`: the rows up to
 * the last filled one, where the units were looked for.
 */
export async function readScoringInput(file: string, rules: string | undefined, io: CliIo): Promise<{ ruleSet: RuleSet; table: ScoringTable; lines: number }> {
  const cells = await readTable(file, io);
  checkRowCount(file, cells.length);
  // An unknown --rules id is the registry's refusal (a ProblemError), which main prints as it prints a usage error.
  let ruleSet: RuleSet = rules ? resolveRulesOption(rules, io) : ruleSetNamedByHeaders(cells.slice(0, 20).flat());
  let table = readScoringTable(ruleSet, cells);
  if (!rules) {
    // The portal's points table names its groups as the 2023 group-rate tables do; its points
    // are the portal's own, so they are graded under the portal's rule set.
    const portal = getRuleSet(DEFAULT_RULE_SET_ID);
    if (table.shape === "points" && ruleSet !== portal) table = readScoringTable((ruleSet = portal), cells);
    if (ruleSet !== portal) io.stderr(`Dùng bộ quy tắc "${ruleSet.id}" (${ruleSet.name}): tiêu đề cột khớp với bộ này. Chọn bộ khác bằng --rules.\n`);
  }
  const fatal = table.problems.filter((p) => p.row <= table.headerRow && p.severity === "error" && !table.roles.some((r) => r?.kind === "unit"));
  if (fatal.length) throw new UsageError("cli.tableProblems", { problems: fatal });
  return { ruleSet, table, lines: filledRows(cells) };
}
