import { builtinRuleSets } from "../ruleset/registry";
import { ProblemError } from "../problems/user-error";
import type { RuleSet } from "../ruleset/schema";
import { parseCsv } from "./csv";
import { checkRows, type CheckOptions } from "./import-checks";
import { readCellTables, type CellTables } from "./import-cells";
import { finishRecords, ProblemLog, type Cell } from "./import-core";
import { readPdfTables } from "./import-pdf";
import { refuseOtherShapes } from "./import-shape";
import type { ImportResult } from "./import-schema";
import type { Origin } from "../problems/address";

export type { Cell } from "./import-core";
export type { ImportedRow, ImportProblem, ImportResult } from "./import-schema";

export interface ImportOptions extends CheckOptions {
  /** the rule set whose indicators the columns name; by default the built-in set the headers match best */
  ruleSet?: RuleSet;
  /** the sets to choose among when no rule set is given (default: the built-in ones) */
  candidates?: readonly RuleSet[];
  /** where the block's top-left cell sits in its sheet (a selection), so problems name the sheet's cells; A1 by default */
  origin?: Origin;
}

function finish(read: CellTables, log: ProblemLog, options: ImportOptions): ImportResult {
  const rows = finishRecords(read.records, log);
  checkRows(rows, read.records, read.ruleSet, log, options);
  const problems = log.list.map((p, k) => ({ p, k })).sort((a, b) => a.p.row - b.p.row || a.k - b.k).map((x) => x.p);
  return { ruleSet: read.ruleSet.id, rows, problems, tables: read.tables };
}

function candidatesOf(options: ImportOptions): readonly RuleSet[] {
  const c = options.candidates ?? builtinRuleSets();
  if (c.length === 0) throw new ProblemError("import.noRuleSets");
  return c;
}

/**
 * A 2-D block of cells, as Excel gives a selection (or a CSV file): title rows, a header of one
 * or more rows, one unit per row. Row numbers in the result are 1-based rows of the block.
 * The portal's points table and long form are refused ({@link refuseOtherShapes}): scored, not cleaned.
 */
export function importCells(cells: readonly (readonly Cell[])[], options: ImportOptions = {}): ImportResult {
  const log = new ProblemLog(options.origin);
  const read = readCellTables(cells, candidatesOf(options), options.ruleSet, log);
  refuseOtherShapes(read.ruleSet, cells);
  return finish(read, log, options);
}

function shapeOfLines(lines: readonly string[]): "tsv" | "pdf" {
  let tabbed = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    nonEmpty++;
    if (line.includes("\t")) tabbed++;
  }
  return tabbed >= 2 || (tabbed > 0 && tabbed * 3 >= nonEmpty) ? "tsv" : "pdf";
}

/** Lines ended by CRLF, CR or LF; most text has no CR, and a plain split is the cheaper one. */
function splitLines(text: string): string[] {
  return text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
}

/**
 * Plain text: tab-separated rows copied from the portal or Excel, or the lines of a PDF annex
 * (words separated by spaces, headers broken across lines). Row numbers are 1-based lines.
 */
export function importText(text: string, options: ImportOptions & { shape?: "tsv" | "pdf" } = {}): ImportResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = splitLines(clean);
  const log = new ProblemLog();
  const shape = options.shape ?? shapeOfLines(lines);
  if (shape === "pdf") return finish(readPdfTables(lines, candidatesOf(options), options.ruleSet, log), log, options);
  const cells = lines.map((l) => l.split("\t"));
  const read = readCellTables(cells, candidatesOf(options), options.ruleSet, log);
  refuseOtherShapes(read.ruleSet, cells);
  return finish(read, log, options);
}

/** The separator of a CSV file: `;` where Excel's Vietnamese locale wrote it (its decimal comma takes `,`), else `,`. */
export function csvDelimiter(text: string): "," | ";" | "\t" {
  const head = text.split(/\r?\n/, 20).join("\n");
  const count = (ch: string) => head.split(ch).length - 1;
  const tabs = count("\t");
  const semis = count(";");
  const commas = count(",");
  if (tabs > 0 && tabs >= semis && tabs >= commas / 4) return "\t";
  return semis > 0 && semis >= commas / 4 ? ";" : ",";
}

/** A CSV file's text: cells by its own separator, then as {@link importCells}. */
export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  return importCells(parseCsv(text, csvDelimiter(text)), options);
}
