import type { ProblemCode, ProblemParams } from "../problems/problem";
import type { TargetAssignment } from "./assign";
import type { UnitLevel } from "./schema";

export interface AnnexJsonRow {
  unit: string;
  district?: string;
  /** per indicator code: the base rate and one target per milestone id (percent) */
  values: Record<string, Record<string, number | null>>;
  overridden: { indicator: string; milestones: string[]; value: number; rule: number; reason: string }[];
}

export interface AnnexJson {
  campaign: string;
  sections: { level: UnitLevel; heading: string; note?: string; rows: AnnexJsonRow[] }[];
  excluded: { unit: string; reason: string }[];
  problems: { row: number; unit?: string; severity: "error" | "warning"; code: ProblemCode; params: ProblemParams }[];
}

/** The assignment as the CLI prints it: rates in percent, one key per milestone id. */
export function assignmentToJson(a: TargetAssignment): AnnexJson {
  return {
    campaign: a.campaign.id,
    sections: a.sections.map((s) => ({
      level: s.level,
      heading: s.heading,
      ...(s.note ? { note: s.note } : {}),
      rows: s.units.map((u) => {
        const values: AnnexJsonRow["values"] = {};
        const overridden: AnnexJsonRow["overridden"] = [];
        for (const ind of a.campaign.indicators) {
          const t = u.indicators[ind.code];
          const v: Record<string, number | null> = { base: t.base };
          ind.columns.forEach((col, i) => {
            const cell = t.columns[i];
            for (const m of col.milestones) v[m] = cell.value;
            if (cell.override) overridden.push({ indicator: ind.code, milestones: col.milestones, value: cell.value, rule: cell.ruleValue, reason: cell.override.reason });
          });
          values[ind.code] = v;
        }
        return { unit: u.unit, ...(u.district ? { district: u.district } : {}), values, overridden };
      }),
    })),
    excluded: a.excluded.map(({ unit, reason }) => ({ unit, reason })),
    problems: a.problems.map(({ row, unit, severity, code, params }) => ({ row, unit, severity, code, params })),
  };
}
