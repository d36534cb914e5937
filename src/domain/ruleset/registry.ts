import dvcqg2026 from "./builtin/dvcqg-2026.json";
import gialai202603 from "./builtin/gialai-2026-03.json";
import nhom2023 from "./builtin/nhom-2023.json";
import { ProblemError } from "../problems/user-error";
import { ruleSetSchema, type RuleSet } from "./schema";

/** The rule set used when neither the workbook nor the caller names one. */
export const DEFAULT_RULE_SET_ID = "dvcqg-2026";

const builtinSources: unknown[] = [dvcqg2026, gialai202603, nhom2023];

// Built-in sets go through the same schema as a user's file: a typo in them fails the tests.
// They are parsed when first asked for, not as the page loads: the custom functions' code loads
// with the task pane, and the pane's first screen needs no rule set.
let parsedBuiltins: ReadonlyMap<string, RuleSet> | null = null;
function builtins(): ReadonlyMap<string, RuleSet> {
  parsedBuiltins ??= new Map(
    builtinSources.map((raw) => {
      const rs = ruleSetSchema.parse(raw);
      return [rs.id, rs] as const;
    }),
  );
  return parsedBuiltins;
}

const userRuleSets = new Map<string, RuleSet>();

export function builtinRuleSets(): RuleSet[] {
  return [...builtins().values()];
}

export function listRuleSets(): RuleSet[] {
  return [...builtins().values(), ...userRuleSets.values()];
}

/** Registers a user's rule set (already validated); a built-in id cannot be replaced. */
export function registerRuleSet(rs: RuleSet): void {
  if (builtins().has(rs.id)) {
    throw new ProblemError("ruleset.builtinReplaced", { id: rs.id });
  }
  userRuleSets.set(rs.id, rs);
}

export function findRuleSet(id: string): RuleSet | undefined {
  return builtins().get(id) ?? userRuleSets.get(id);
}

export function getRuleSet(id: string = DEFAULT_RULE_SET_ID): RuleSet {
  const rs = findRuleSet(id.trim());
  if (!rs) {
    const known = listRuleSets()
      .map((r) => r.id)
      .join(", ");
    throw new ProblemError("ruleset.unknown", { id, known });
  }
  return rs;
}
