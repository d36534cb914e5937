import { z } from "zod";

/**
 * A rule set is data: the index's groups, indicators, scoring rules and grade bands
 * as one authority published them for one period. Rules changed over the years
 * (seed 003 in 2022, seed 000 in 2026, the portal in 10/2026), so nothing here is a
 * constant of the code: every scoring decision reads a validated rule set.
 */

// The schemas are built the first time a rule set is validated, not as the page loads: zod's
// schema objects cost old PCs a few hundred milliseconds to build, and the pane's first screen
// validates no rule set (issue #11, item 6).
function buildSchemas() {
  const code = z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*(\.[0-9A-Za-z_]+)?$/, "ruleset.badCode");

  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ruleset.badDate");

  const scoringRuleSchema = z.discriminatedUnion("kind", [
    /** points = max × rate / 100 */
    z.object({ kind: z.literal("linear") }).strict(),
    /** points = min(max, max × rate / threshold): full points once the threshold is reached */
    z.object({ kind: z.literal("target"), threshold: z.number().gt(0).lte(100) }).strict(),
    /** shown, never scored (e.g. average processing days) */
    z.object({ kind: z.literal("none") }).strict(),
  ]);

  /**
   * What a 0/0 rate gives. `zero`: 0 points (no dossiers means nothing was done on time);
   * `full`: full points (no petitions means none was mishandled); `empty`: no points and
   * no rate, as the portal leaves dossier-based metrics of a unit with no dossiers; it
   * counts 0 in the sums but is reported, unlike a missing indicator.
   */
  const emptyDenominatorSchema = z.enum(["zero", "full", "empty"]);

  /**
   * What an indicator counts, which decides how a whole (the province, the country) is
   * scored from its units (DOMAIN.md "The whole and its parts"): `dossiers` add up, so the
   * whole's counts are its units' sums; `procedures` count each procedure once for the
   * whole, and `petitions` include the whole's own, so their unit counts never add up;
   * `flat` is given to every unit alike (MDSH.7 in 2026); `unknown` never pools.
   */
  const countingSchema = z.enum(["dossiers", "procedures", "petitions", "flat", "unknown"]);

  const indicatorSchema = z.object({
    code,
    group: code,
    name: z.string().min(1),
    /** other titles the same indicator is printed under (headers of portal tables, PDFs) */
    aliases: z.array(z.string().min(1)).default([]),
    max: z.number().min(0).max(100),
    rule: scoringRuleSchema,
    counting: countingSchema.default("unknown"),
    emptyDenominator: emptyDenominatorSchema.default("empty"),
    confidence: z.enum(["high", "medium", "low"]).default("high"),
    note: z.string().default(""),
    /** the field or metric code the national portal uses for it, when known */
    portalField: z.string().optional(),
  }).strict();

  const groupSchema = z.object({
    code,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    max: z.number().min(0).max(100),
    /**
     * Decimals each indicator's rate, in percent, is rounded to before it is scored, or null
     * for the exact rate. The portal's payment group (TTTT) rounds to 2: 295/377 = 78,25 %
     * → 6 × 78,25 % = 4,70, where the exact rate gives 4,69 (DOMAIN.md, "Rounding").
     */
    rateDecimals: z.number().int().min(0).max(6).nullable().default(null),
  }).strict();

  /** A named sum of groups, e.g. DVCTT = CLGQ + TTTT, reported but not counted twice. */
  const compositeGroupSchema = z.object({
    code,
    name: z.string().min(1),
    of: z.array(code).min(2),
  }).strict();

  const gradeBandSchema = z.object({
    /** lowest percentage (of the maximum) that earns this grade */
    min: z.number().min(0).max(100),
    label: z.string().min(1),
  }).strict();

  const ruleSetSchema = z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "ruleset.badId"),
      name: z.string().min(1),
      version: z.string().default("1"),
      validFrom: isoDate,
      validTo: isoDate.nullable().default(null),
      sources: z.array(z.string().min(1)).min(1),
      /** a total computed from group rates only approximates the portal's: label it */
      estimate: z.boolean().default(false),
      /**
       * Decimals each indicator's points are rounded to before they are summed, or null for
       * no rounding. The portal rounds to 2 (a commune's MDSH shows 12.49 = the sum of its
       * rounded metrics, where the exact sum is 12.51).
       */
      pointDecimals: z.number().int().min(0).max(6).nullable().default(null),
      groups: z.array(groupSchema).min(1),
      compositeGroups: z.array(compositeGroupSchema).default([]),
      indicators: z.array(indicatorSchema).min(1),
      grades: z.array(gradeBandSchema).min(1),
    })
    // A misspelt key ("theshold") would silently fall back to a default: refused, named.
    .strict()
    .superRefine((rs, ctx) => {
      const groupCodes = new Set<string>();
      rs.groups.forEach((g, i) => {
        if (groupCodes.has(g.code)) {
          ctx.addIssue({ code: "custom", path: ["groups", i, "code"], message: "ruleset.duplicateGroup", params: { group: g.code } });
        }
        groupCodes.add(g.code);
      });
      const indicatorCodes = new Set<string>();
      rs.indicators.forEach((ind, i) => {
        if (indicatorCodes.has(ind.code)) {
          ctx.addIssue({ code: "custom", path: ["indicators", i, "code"], message: "ruleset.duplicateIndicator", params: { indicator: ind.code } });
        }
        indicatorCodes.add(ind.code);
        if (!groupCodes.has(ind.group)) {
          ctx.addIssue({ code: "custom", path: ["indicators", i, "group"], message: "ruleset.unknownGroup", params: { indicator: ind.code, group: ind.group } });
        }
      });
      for (const [i, g] of rs.groups.entries()) {
        const sum = rs.indicators.filter((ind) => ind.group === g.code).reduce((s, ind) => s + ind.max, 0);
        if (Math.abs(sum - g.max) > 1e-9) {
          ctx.addIssue({ code: "custom", path: ["groups", i, "max"], message: "ruleset.groupMaxMismatch", params: { group: g.code, max: g.max, sum } });
        }
      }
      rs.compositeGroups.forEach((c, i) => {
        for (const part of c.of) {
          if (!groupCodes.has(part)) {
            ctx.addIssue({ code: "custom", path: ["compositeGroups", i, "of"], message: "ruleset.unknownCompositePart", params: { composite: c.code, group: part } });
          }
        }
      });
      for (let i = 1; i < rs.grades.length; i++) {
        if (rs.grades[i].min >= rs.grades[i - 1].min) {
          ctx.addIssue({ code: "custom", path: ["grades", i, "min"], message: "ruleset.gradesNotDescending" });
        }
      }
      if (rs.grades.length > 0 && rs.grades[rs.grades.length - 1].min !== 0) {
        ctx.addIssue({ code: "custom", path: ["grades"], message: "ruleset.lastGradeNotZero" });
      }
    });

  return {
    scoringRuleSchema,
    emptyDenominatorSchema,
    countingSchema,
    indicatorSchema,
    groupSchema,
    compositeGroupSchema,
    gradeBandSchema,
    ruleSetSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;

/** zod's lazy schema calls the builder once, at the first validation, and keeps what it built. */
export const ruleSetSchema = z.lazy(() => buildSchemas().ruleSetSchema);

export type RuleSet = z.infer<Schemas["ruleSetSchema"]>;
export type RuleSetInput = z.input<Schemas["ruleSetSchema"]>;
export type Indicator = z.infer<Schemas["indicatorSchema"]>;
export type Group = z.infer<Schemas["groupSchema"]>;
export type ScoringRule = z.infer<Schemas["scoringRuleSchema"]>;
export type EmptyDenominator = z.infer<Schemas["emptyDenominatorSchema"]>;
export type Counting = z.infer<Schemas["countingSchema"]>;
export type GradeBand = z.infer<Schemas["gradeBandSchema"]>;
