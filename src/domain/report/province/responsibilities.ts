import { z } from "zod";
import { loadJsonWith, type LoadResult } from "../../validation/load-json";
import defaultJson from "./default-responsibilities.json";

/**
 * Who acts on which indicator: the user's data (a sheet in the workbook, JSON for the CLI),
 * since each province and department splits the work its own way. The default is seed 000's
 * Phụ lục II (tasks per group of indicators, Văn phòng UBND tỉnh Gia Lai, 2026).
 */

const code = z.string().regex(/^[A-Z][A-Z0-9_]*(\.[0-9A-Za-z_]+)?$/, "ruleset.badCode");
const text = z.string().trim().min(1);

export const responsibilitySchema = z
  .object({
    /** an indicator code (TDGQ.1) or a group code (TDGQ) */
    code,
    lead: text.optional(),
    cooperating: text.optional(),
    note: z.string().optional(),
  })
  .strict();

export const taskSchema = z
  .object({
    id: text,
    /** the group the task serves; none for tasks common to every indicator */
    group: code.optional(),
    /** the indicators the task serves, when narrower than its group */
    codes: z.array(code).optional(),
    task: text,
    lead: text,
    deadline: z.string().default(""),
    output: z.string().default(""),
  })
  .strict();

export const responsibilitiesSchema = z
  .object({
    name: text,
    sources: z.array(text).min(1),
    responsible: z.array(responsibilitySchema).default([]),
    tasks: z.array(taskSchema).default([]),
  })
  .strict();

export type Responsibilities = z.infer<typeof responsibilitiesSchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type Task = z.infer<typeof taskSchema>;

export const DEFAULT_RESPONSIBILITIES: Responsibilities = responsibilitiesSchema.parse(defaultJson);

export function loadResponsibilitiesJson(textIn: string): LoadResult<Responsibilities> {
  return loadJsonWith(responsibilitiesSchema, textIn);
}

const groupOf = (indicatorCode: string) => indicatorCode.split(".")[0];

/** Who leads an indicator: its own line, else its group's, else every agency leading one of its group's tasks. */
export function leadOf(r: Responsibilities, indicatorCode: string): string | null {
  const own = r.responsible.find((x) => x.code === indicatorCode && x.lead) ?? r.responsible.find((x) => x.code === groupOf(indicatorCode) && x.lead);
  if (own?.lead) return own.lead;
  // Each agency once: the tasks of a group repeat the same agencies in different lists.
  const leads = [...new Set(tasksOf(r, indicatorCode, false).flatMap((t) => t.lead.split(/\s*[;,]\s*/)).filter(Boolean))];
  return leads.length ? leads.join(", ") : null;
}

/** The tasks that serve an indicator: named for it, or for its group (and, if asked, the common ones). */
export function tasksOf(r: Responsibilities, indicatorCode: string, withCommon = true): Task[] {
  return r.tasks.filter((t) => (t.codes ? t.codes.includes(indicatorCode) : t.group ? t.group === groupOf(indicatorCode) : withCommon));
}
