import { z } from "zod";
import { isProblemCode, type ProblemCode } from "../problems/problem";

/** What an import gives back: typed rows and every problem named. Types flow from these schemas. */

export const unitLevelSchema = z.enum(["province", "district", "commune"]);

export const importedRowSchema = z.object({
  /** 1-based line (text) or row (cells) of the input */
  row: z.number().int().positive(),
  /** the number printed in the STT column, as printed */
  stt: z.string().optional(),
  unit: z.string().min(1),
  level: unitLevelSchema.nullable(),
  district: z.string().optional(),
  /** the table's own total ("Điểm đánh giá"), points out of 100 */
  total: z.number().optional(),
  /** rates in percent (60 means 60%), keyed by indicator code */
  values: z.record(z.string(), z.number()),
  /** `<code> tử số` / `<code> mẫu số` columns, when the table gives counts */
  counts: z.record(z.string(), z.object({ numerator: z.number().optional(), denominator: z.number().optional() })).optional(),
  /** columns not recognised (and the note column), header → text as given: never dropped */
  extra: z.record(z.string(), z.string()).optional(),
});

export const importProblemSchema = z.object({
  /** 1-based line or row of the input; 0 for the input as a whole */
  row: z.number().int().nonnegative(),
  /** the column's header as the input names it, or "" for the whole line */
  column: z.string(),
  /** A1 address of the cell in its sheet or file, when the input is a block of cells */
  cell: z.string().optional(),
  /** the text of the cell (or line) as given */
  value: z.string(),
  /** error: a value was not taken (the cell is left empty); warning: taken, but look; info: a line that is not a unit (title, header, page number…) */
  severity: z.enum(["error", "warning", "info"]),
  /** the catalogue's code (src/domain/problems); the doors compose the sentence from it and `params` */
  code: z.custom<ProblemCode>(isProblemCode),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** a likely reading of a broken number, offered, never applied */
  suggestion: z.number().optional(),
});

export const importColumnSchema = z.object({
  header: z.string(),
  /** what the column was read as: unit, district, level, stt, total, note, an indicator code (with `:tử số`/`:mẫu số`), or null (kept in extra) */
  role: z.string().nullable(),
});

export const importResultSchema = z.object({
  /** the rule set whose indicator codes key `values` */
  ruleSet: z.string(),
  rows: z.array(importedRowSchema),
  problems: z.array(importProblemSchema),
  /** the columns of each table read, in input order */
  tables: z.array(z.object({ row: z.number().int().nonnegative(), columns: z.array(importColumnSchema) })),
});

export type { UnitLevelCode } from "../parsing/levels";
export type ImportedRow = z.infer<typeof importedRowSchema>;
export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ImportColumn = z.infer<typeof importColumnSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
