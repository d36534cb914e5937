import { z } from "zod";

/** The levels a province's units sit at: two (2026: agencies and communes) or three (until 06/2025). */
export const unitLevelSchema = z.enum(["department", "district", "commune"]);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

/** Rates in percent, as everywhere in the domain (60 means 60%). */
const percent = z.number().min(0).max(100);

/**
 * How one target is set from a unit's base (its result of the base year):
 * - `fixed`: the same value for every unit (publicity, progress, satisfaction: 100%);
 * - `uplift` (seed 002, III.2): below the central target → central + uplift points;
 *   at or above it → own result + uplift points; never above `cap`;
 * - `steps`, for interim milestones: the first step above the base; a unit already past
 *   every step gets base + uplift points, never above `cap`.
 */
export const targetRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), value: percent }).strict(),
  z
    .object({
      kind: z.literal("uplift"),
      central: percent,
      uplift: z.number().min(0).max(100),
      cap: percent.default(100),
    })
    .strict(),
  z
    .object({
      kind: z.literal("steps"),
      steps: z
        .array(percent)
        .min(1)
        .refine((s) => s.every((v, i) => i === 0 || v > s[i - 1]), { message: "campaign.stepsNotIncreasing" }),
      uplift: z.number().min(0).max(100),
      cap: percent.default(100),
    })
    .strict(),
]);
export type TargetRule = z.infer<typeof targetRuleSchema>;

/** One column of targets; it covers one milestone, or several ("Chỉ tiêu 50 ngày và duy trì…"). */
export const targetColumnSchema = z
  .object({
    milestones: z.array(z.string().min(1)).min(1),
    /** header text; default: the label of its first milestone */
    label: z.string().min(1).optional(),
    rule: targetRuleSchema,
    /** a different rule for some levels (digitization at 50 days: 80% for departments, 50% for districts) */
    byLevel: z.partialRecord(unitLevelSchema, targetRuleSchema).optional(),
  })
  .strict();
export type TargetColumn = z.infer<typeof targetColumnSchema>;

export const campaignIndicatorSchema = z
  .object({
    /** an indicator code of the campaign's rule set: the baseline column it reads */
    code: z.string().min(1),
    /** the header over its columns, e.g. "Tỷ lệ dịch vụ công trực tuyến" */
    label: z.string().min(1),
    /** show the base year's value before the targets */
    showBase: z.boolean().default(true),
    columns: z.array(targetColumnSchema).min(1),
  })
  .strict();
export type CampaignIndicator = z.infer<typeof campaignIndicatorSchema>;

export const campaignLevelSchema = z
  .object({
    level: unitLevelSchema,
    /** section heading without its number, e.g. "Các sở, ban, ngành tỉnh" */
    heading: z.string().min(1),
    unitHeader: z.string().min(1).default("Đơn vị"),
    /** a level with no rule of its own takes this level's `byLevel` rules */
    inherits: unitLevelSchema.optional(),
    /** take the targets of the unit's parent (a commune's district) when the baseline has it */
    followParent: z.boolean().default(false),
    /** shown instead of rows when the baseline has no unit of this level but has its `inherits` level */
    emptyNote: z.string().min(1).optional(),
  })
  .strict();
export type CampaignLevel = z.infer<typeof campaignLevelSchema>;

export const overrideSchema = z
  .object({
    unit: z.string().min(1),
    indicator: z.string().min(1),
    /** any milestone of the column: the override sets that whole column */
    milestone: z.string().min(1),
    value: percent,
    reason: z.string().min(1),
  })
  .strict();
export type TargetOverride = z.infer<typeof overrideSchema>;

export const campaignSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "campaign.badId"),
    name: z.string().min(1),
    /** the rule set whose indicator codes and column names the baseline uses */
    ruleSet: z.string().min(1),
    title: z.string().min(1),
    subtitle: z.string().default(""),
    /** "(Kèm theo Kế hoạch số …/KH-UBND ngày …)": edited before signing */
    attachedTo: z.string().default(""),
    sheetName: z
      .string()
      .min(1)
      .max(31)
      .regex(/^[^[\]:*?/\\]+$/, "campaign.badSheetName")
      .default("Giao chỉ tiêu"),
    baseLabel: z.string().min(1).default("Năm gốc"),
    /** targets are rounded to this many decimals */
    decimals: z.number().int().min(0).max(4).default(2),
    milestones: z
      .array(z.object({ id: z.string().min(1), label: z.string().min(1) }).strict())
      .min(1),
    levels: z.array(campaignLevelSchema).min(1),
    indicators: z.array(campaignIndicatorSchema).min(1),
    excluded: z.array(z.object({ unit: z.string().min(1), reason: z.string().min(1) }).strict()).default([]),
    overrides: z.array(overrideSchema).default([]),
    notes: z.array(z.string()).default([]),
    sources: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const milestoneIds = new Set(c.milestones.map((m) => m.id));
    if (milestoneIds.size !== c.milestones.length) ctx.addIssue({ code: "custom", path: ["milestones"], message: "campaign.duplicateMilestone" });
    const levels = new Set(c.levels.map((l) => l.level));
    if (levels.size !== c.levels.length) ctx.addIssue({ code: "custom", path: ["levels"], message: "campaign.duplicateLevel" });
    c.indicators.forEach((ind, i) => {
      const covered = ind.columns.flatMap((col) => col.milestones);
      covered.forEach((m) => {
        if (!milestoneIds.has(m)) ctx.addIssue({ code: "custom", path: ["indicators", i, "columns"], message: "campaign.unknownMilestone", params: { milestone: m } });
      });
      if (new Set(covered).size !== covered.length) {
        ctx.addIssue({ code: "custom", path: ["indicators", i, "columns"], message: "campaign.milestoneTwice", params: { indicator: ind.code } });
      }
      if (covered.length !== milestoneIds.size) {
        ctx.addIssue({ code: "custom", path: ["indicators", i, "columns"], message: "campaign.milestoneMissing", params: { indicator: ind.code } });
      }
    });
    c.overrides.forEach((o, i) => {
      const ind = c.indicators.find((x) => x.code === o.indicator);
      if (!ind) ctx.addIssue({ code: "custom", path: ["overrides", i, "indicator"], message: "campaign.unknownIndicator", params: { indicator: o.indicator } });
      if (!milestoneIds.has(o.milestone)) ctx.addIssue({ code: "custom", path: ["overrides", i, "milestone"], message: "campaign.unknownOverrideMilestone", params: { milestone: o.milestone } });
    });
  });

export type Campaign = z.infer<typeof campaignSchema>;
/** What a user writes: defaults may be left out. */
export type CampaignInput = z.input<typeof campaignSchema>;
