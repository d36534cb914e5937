import { labelOf, type TargetAssignment } from "../targets/assign";
import { inSentence } from "./sentence";
import { describeTargetRule } from "../targets/rules";
import type { Campaign, UnitLevel } from "../targets/schema";
import { percentVi } from "./number-format";
import { blankCell as blank, LINE, linesNeeded, MARKED_LOOK, percentCell, SheetDraft } from "./sheet-draft";
import type { ModelCell, TableModel } from "./table-model";

const WIDTH = { index: 5, unit: 30, value: 11 };

const LEVEL_NOUN: Record<UnitLevel, string> = { department: "sở, ban, ngành", district: "huyện, thị xã, thành phố", commune: "xã, phường, thị trấn" };

export { linesNeeded };

interface Column {
  width: number;
  /** indicator code and column index (-1: the base value) for value columns */
  code?: string;
  index?: number;
}

/**
 * The annex of targets (seed 002, Phụ lục II): title block, one numbered section per unit
 * level with its own two-row header (indicator; base year | milestones), numbered rows,
 * overridden cells marked with their reason, and the notes: the rules, the units left out,
 * the overrides. Printed A4 landscape, one page wide, the first header repeated.
 */
export function buildAnnexModel(assignment: TargetAssignment): TableModel {
  const { campaign } = assignment;
  const columns: Column[] = [{ width: WIDTH.index }, { width: WIDTH.unit }];
  for (const ind of campaign.indicators) {
    if (ind.showBase) columns.push({ width: WIDTH.value, code: ind.code, index: -1 });
    ind.columns.forEach((_, i) => columns.push({ width: WIDTH.value, code: ind.code, index: i }));
  }
  const sheet = new SheetDraft(columns.map((c) => c.width));
  const { rows } = sheet;

  sheet.fullWidth("title", campaign.title, "title");
  if (campaign.subtitle) sheet.fullWidth("title", campaign.subtitle, "subtitle");
  if (campaign.attachedTo) sheet.fullWidth("title", campaign.attachedTo, "caption");
  sheet.blankRow();

  let repeatRows: TableModel["print"]["repeatRows"] = null;
  assignment.sections.forEach((section, k) => {
    const heading = `${k + 1}. ${section.heading}${section.note ? `: ${section.note}` : ""}`;
    sheet.fullWidth("section", heading, "section");
    if (!section.units.length) return;

    const { top, upper, lower } = sheet.twoRowHeaderStart(section.unitHeader);
    repeatRows ??= { first: top, last: top + 1 };
    let upperLines = 1;
    let lowerLines = 1;
    let c = 2;
    for (const ind of campaign.indicators) {
      const span = ind.columns.length + (ind.showBase ? 1 : 0);
      upper.push({ value: ind.label, style: "header" }, ...Array.from({ length: span - 1 }, () => blank("header")));
      sheet.merge(top, c, 1, span);
      upperLines = Math.max(upperLines, linesNeeded(ind.label, span * WIDTH.value));
      const labels = [...(ind.showBase ? [campaign.baseLabel] : []), ...ind.columns.map((col) => labelOf(campaign, col))];
      for (const label of labels) {
        lower.push({ value: label, style: "header" });
        lowerLines = Math.max(lowerLines, linesNeeded(label, WIDTH.value));
      }
      c += span;
    }
    rows.push({ kind: "header", cells: upper, height: upperLines * LINE + 6 });
    rows.push({ kind: "header", cells: lower, height: lowerLines * LINE + 6 });

    section.units.forEach((u, i) => {
      const cells: ModelCell[] = [
        { value: i + 1, style: "index", format: { kind: "integer" } },
        { value: u.unit, style: "unit", format: { kind: "text" } },
      ];
      for (const col of columns.slice(2)) {
        const t = u.indicators[col.code!];
        if (col.index === -1) {
          cells.push(t.base === null ? blank("value") : percentCell(t.base));
          continue;
        }
        const target = t.columns[col.index!];
        const cell = percentCell(target.value);
        if (target.override) {
          cell.style = "marked";
          cell.mark = `${target.override.reason} (Theo quy tắc: ${percentVi(target.ruleValue)}.)`;
        }
        cells.push(cell);
      }
      const lines = linesNeeded(u.unit, WIDTH.unit);
      rows.push({ kind: "data", cells, ...(lines > 1 ? { height: lines * LINE + 2 } : {}) });
    });
    sheet.blankRow();
  });

  for (const line of annexNotes(assignment)) sheet.fullWidth("note", line, "note");

  return sheet.toModel(campaign.sheetName, repeatRows);
}

/** The note under the annex: how each target was set, who was left out, which cells were decided by hand. */
export function annexNotes(assignment: TargetAssignment): string[] {
  const { campaign } = assignment;
  const lines = ["Ghi chú:"];
  for (const ind of campaign.indicators) {
    for (const col of ind.columns) {
      const perLevel = Object.entries(col.byLevel ?? {})
        .map(([level, rule]) => `${LEVEL_NOUN[level as UnitLevel]}: ${describeTargetRule(rule, campaign.baseLabel)}`)
        .join("; ");
      lines.push(`- ${ind.label}, ${labelOf(campaign, col).toLowerCase()}: ${describeTargetRule(col.rule, campaign.baseLabel)}${perLevel ? ` (riêng ${perLevel})` : ""}.`);
    }
  }
  for (const level of campaign.levels) {
    if (level.followParent && level.inherits && assignment.sections.some((s) => s.level === level.level && s.units.length)) {
      lines.push(`- ${level.heading}: nhận chỉ tiêu của ${LEVEL_NOUN[level.inherits]} trực thuộc.`);
    }
  }
  lines.push(...exclusionNotes(campaign));
  if (assignment.overrides.length) {
    lines.push(`- ${MARKED_LOOK}: chỉ tiêu điều chỉnh so với quy tắc:`);
    for (const o of assignment.overrides) {
      const ind = campaign.indicators.find((i) => i.code === o.indicator)!;
      const col = ind.columns.find((c) => c.milestones.includes(o.milestone))!;
      lines.push(`   + ${o.unit} – ${ind.label}, ${labelOf(campaign, col).toLowerCase()}: ${percentVi(o.value)} (theo quy tắc: ${percentVi(o.ruleValue)}). ${o.reason}`);
    }
  }
  for (const note of campaign.notes) lines.push(`- ${note}`);
  return lines;
}

/** One line per reason a campaign leaves units out (seed 002, III.2 footnote 2). */
export function exclusionNotes(campaign: Campaign): string[] {
  const byReason = new Map<string, string[]>();
  for (const e of campaign.excluded) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e.unit]);
  return [...byReason].map(([reason, units]) => `- Không giao chỉ tiêu cho ${units.join(", ")}: ${inSentence(reason)}`);
}


