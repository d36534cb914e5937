import { problemText } from "../../problems/problem";
import { parseVietnameseNumber } from "../../parsing/number";
import type { RuleSet } from "../../ruleset/schema";
import { effectsOnWhole, type IndicatorEffects, type TargetOf } from "../../scoring/effects";
import { peerStandings, type PeerStanding } from "../../scoring/peers";
import { planUnit, type UnitPlan } from "../../scoring/plan";
import { recoverUnit, type UnitRecovery } from "../../scoring/recovery";
import { scoreUnit, type ScoredUnit, type UnitInput } from "../../scoring/score";
import type { ScoringTable } from "../../scoring/table-input";
import { isWholeRowName, splitWholeRow, wholeFromParts, type Whole } from "../../scoring/whole";
import { DEFAULT_RESPONSIBILITIES, leadOf, tasksOf, type Responsibilities, type Task } from "./responsibilities";

/**
 * Everything the province office asks each month (issue 13): the province's own score, who
 * costs it points, what each unit must do, where each unit stands, and who acts.
 */
export interface ProvinceReport {
  ruleSet: { id: string; name: string };
  whole: Whole;
  /** the whole's status per indicator, as the one-unit status report gives it */
  recovery: UnitRecovery;
  /** units the whole was computed from (without its own row) */
  parts: number;
  effects: IndicatorEffects[];
  plans: UnitPlan[];
  peers: PeerStanding[];
  /** per indicator, who leads it */
  leads: Record<string, string | null>;
  /** the indicators that lose most, with their tasks */
  priorities: { code: string; name: string; lost: number; tasks: Task[] }[];
  responsibilities: { name: string; sources: string[] };
}

export interface ProvinceOptions {
  /** the whole's name when the table has no row of its own */
  name?: string;
  responsibilities?: Responsibilities;
  /** a unit's official total when its counts do not give one (the portal's, in a points column) */
  totalOf?: (unit: UnitInput) => number | null;
  targetOf?: TargetOf;
  /** how many of the indicators losing most get their tasks listed */
  priorities?: number;
}

/** The whole's scored unit, each unknown indicator carrying the reason it is unknown. */
function withReasons(whole: Whole): ScoredUnit {
  const problems = whole.scored.problems.filter((p) => !whole.reasons[p.indicator]);
  for (const [indicator, reason] of Object.entries(whole.reasons)) problems.push({ indicator, code: reason.code, severity: "error", params: reason.params });
  return { ...whole.scored, problems };
}

export function buildProvinceReport(ruleSet: RuleSet, table: readonly UnitInput[], options: ProvinceOptions = {}): ProvinceReport {
  const { row, parts } = splitWholeRow(table);
  const whole = wholeFromParts(ruleSet, parts, { name: row?.unit ?? options.name ?? "Toàn tỉnh", row });
  const responsibilities = options.responsibilities ?? DEFAULT_RESPONSIBILITIES;
  const scored = parts.map((u) => scoreUnit(ruleSet, u));
  const totals = parts.map((u, i) => scored[i].total ?? options.totalOf?.(u) ?? null);
  const plans = parts.map((u, i) => planUnit(ruleSet, u, { total: totals[i], targetOf: options.targetOf }));
  const peers = peerStandings(parts.map((u, i) => ({ unit: u.unit, level: u.level, total: totals[i], groups: scored[i].groups })));
  const scoredIndicators = ruleSet.indicators.filter((i) => i.rule.kind !== "none");
  const leads = Object.fromEntries(scoredIndicators.map((i) => [i.code, leadOf(responsibilities, i.code)]));
  const priorities = scoredIndicators
    .map((i) => ({ code: i.code, name: i.name, lost: whole.scored.lost[i.code] ?? 0 }))
    .filter((p) => p.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, options.priorities ?? 3)
    .map((p) => ({ ...p, tasks: tasksOf(responsibilities, p.code, false) }));
  return {
    ruleSet: { id: ruleSet.id, name: ruleSet.name },
    whole,
    recovery: recoverUnit(ruleSet, withReasons(whole)),
    parts: parts.length,
    effects: effectsOnWhole(ruleSet, whole, parts, options.targetOf),
    plans,
    peers,
    leads,
    priorities,
    responsibilities: { name: responsibilities.name, sources: responsibilities.sources },
  };
}

/**
 * The report from a table as the reader gives it: a total column (the portal's points), when
 * there is one, stands in for a unit whose counts do not give a total.
 */
export function provinceFromTable(ruleSet: RuleSet, table: ScoringTable, options: Omit<ProvinceOptions, "totalOf"> = {}): ProvinceReport {
  // The reader leaves summary rows out of the units; the whole's own total row ("Toàn tỉnh",
  // "Tổng cộng") comes back in its place, the first in the table as before.
  const wholeRows = (table.summaryRows ?? []).filter((u) => isWholeRowName(u.input.unit));
  const rows = wholeRows.length === 0 ? table.units : [...table.units, ...wholeRows].sort((a, b) => a.row - b.row);
  const totalCol = table.roles.findIndex((r) => r?.kind === "total");
  const official = new Map<UnitInput, number>();
  if (totalCol >= 0) {
    for (const u of rows) {
      const raw = u.cells[totalCol];
      const parsed = parseVietnameseNumber(typeof raw === "boolean" ? String(raw) : raw ?? null);
      if (parsed.ok && parsed.value !== null && parsed.kind === "plain") official.set(u.input, parsed.value);
    }
  }
  return buildProvinceReport(ruleSet, rows.map((u) => u.input), { ...options, totalOf: (u) => official.get(u) ?? null });
}

/** The JSON of `chiso province --format json` (issue 13's shape, and a little more). */
export function provinceToJson(r: ProvinceReport) {
  const w = r.whole;
  return {
    ruleSet: r.ruleSet,
    whole: {
      name: w.name,
      from: w.from,
      parts: r.parts,
      points: w.points,
      groups: w.groups,
      total: w.total,
      // sentences for a reader of the JSON, and the codes for a script
      reasons: Object.fromEntries(Object.entries(w.reasons).map(([code, reason]) => [code, problemText(reason)])),
      reasonCodes: Object.fromEntries(Object.entries(w.reasons).map(([code, reason]) => [code, reason.code])),
      sources: w.sources,
      known: { groups: w.knownGroups, total: w.knownTotal },
      open: w.open && problemText(w.open),
    },
    effects: Object.fromEntries(r.effects.map((e) => [e.code, e.effects])),
    plans: r.plans.map((p) => ({
      unit: p.unit,
      total: p.total,
      grade: p.grade,
      next: p.next?.grade ?? null,
      steps: p.steps.map((s) => ({ code: s.code, more: s.more, to: s.to })),
      sentence: p.sentence,
    })),
    peers: r.peers,
    leads: r.leads,
    priorities: r.priorities,
  };
}
