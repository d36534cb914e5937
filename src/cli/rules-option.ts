import { findRuleSet, getRuleSet } from "../domain/ruleset/registry";
import { loadRuleSetJson } from "../domain/ruleset/load";
import type { RuleSet } from "../domain/ruleset/schema";
import { type CliIo, UsageError } from "./io";

/** `--rules` takes a built-in id or the path of a rule-set JSON file. */
export function resolveRulesOption(value: string | undefined, io: CliIo): RuleSet {
  if (value === undefined) return getRuleSet();
  if (findRuleSet(value)) return getRuleSet(value);
  if (value.toLowerCase().endsWith(".json")) {
    if (!io.exists(value)) throw new UsageError("cli.ruleSetFileNotFound", { file: value });
    const loaded = loadRuleSetJson(io.readFile(value).toString("utf8"));
    if (!loaded.ok) throw new UsageError("cli.ruleSetInvalid", { file: value, problems: loaded.problems });
    return loaded.value;
  }
  return getRuleSet(value); // throws with the list of known ids
}
