import { importCells, importText, type ImportProblem } from "../../domain/reading/import";
import { getRuleSet, listRuleSets } from "../../domain/ruleset/registry";
import { UserError } from "../../domain/problems/user-error";
import { S } from "../strings.vi";
import type { ImportPreview, ImportSource } from "./import-flow";

// Its own module: the importer is fetched when the user first reads data, not while the pane starts.

/** Reads the source with the importer, choosing among every known rule set (built-in and the user's). */
export function previewImport(source: ImportSource): ImportPreview {
  if (source.kind === "text" && !source.text.trim()) throw new UserError(S.importScreen.emptyText);
  const options = { candidates: listRuleSets() };
  const result = source.kind === "text" ? importText(source.text, options) : importCells(source.selection.cells, { ...options, origin: { row: source.selection.row, column: source.selection.column } });
  const count = (sev: ImportProblem["severity"]) => result.problems.filter((p) => p.severity === sev).length;
  const byLevel = new Map<string, number>();
  for (const r of result.rows) if (r.level) byLevel.set(r.level, (byLevel.get(r.level) ?? 0) + 1);
  const levels = [...byLevel].map(([level, n]) => `${n} ${S.levels[level] ?? level}`).join(", ");
  return { source, result, ruleSet: getRuleSet(result.ruleSet), errors: count("error"), warnings: count("warning"), levels };
}
