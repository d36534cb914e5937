import { labelOf, type TargetAssignment } from "../targets/assign";
import { describeTargetRule } from "../targets/rules";
import type { UnitLevel } from "../targets/schema";
import { decimalsOf, percentVi } from "./number-format";
import type { Merge, ModelCell, ModelRow, StyleName, StyleSpec, TableModel } from "./table-model";

const FONT = { name: "Times New Roman", size: 11 };
const WIDTH = { index: 5, unit: 30, value: 11 };
/** points per printed line at the body size, and the line a title takes */
const LINE = 15;

const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 13, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  subtitle: { bold: true, size: 12, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  caption: { italic: true, size: 12, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  section: { bold: true, size: 12, hAlign: "left", vAlign: "middle", wrap: true, border: false },
  header: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: true },
  index: { hAlign: "center", vAlign: "middle", wrap: false, border: true },
  unit: { hAlign: "left", vAlign: "middle", wrap: true, border: true },
  value: { hAlign: "center", vAlign: "middle", wrap: false, border: true },
  marked: { bold: true, italic: true, hAlign: "center", vAlign: "middle", wrap: false, border: true, fill: "FFF2CC" },
  note: { italic: true, hAlign: "left", vAlign: "top", wrap: true, border: false },
  plain: { hAlign: "left", vAlign: "middle", wrap: false, border: false },
};

const LEVEL_NOUN: Record<UnitLevel, string> = { department: "sở, ban, ngành", district: "huyện, thị xã, thành phố", commune: "xã, phường, thị trấn" };

/** Lines a text needs in a column `width` characters wide, wrapping at spaces (an estimate: no font metrics in the domain). */
export function linesNeeded(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.25));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room) used = need;
    else {
      lines += used === 0 ? Math.ceil(word.length / room) - 1 : 1;
      used = Math.min(word.length, room);
    }
  }
  return lines;
}

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
  const n = columns.length;
  const totalWidth = columns.reduce((s, c) => s + c.width, 0);
  const rows: ModelRow[] = [];
  const merges: Merge[] = [];
  const blank = (style: StyleName = "plain"): ModelCell => ({ value: null, style });

  const fullWidth = (kind: ModelRow["kind"], text: string, style: StyleName) => {
    const lines = linesNeeded(text, totalWidth * (11 / (STYLES[style].size ?? FONT.size)));
    merges.push({ row: rows.length, col: 0, rowSpan: 1, colSpan: n });
    rows.push({ kind, cells: [{ value: text, style }, ...Array.from({ length: n - 1 }, () => blank(style))], height: Math.max(1, lines) * (LINE + 3) });
  };

  fullWidth("title", campaign.title, "title");
  if (campaign.subtitle) fullWidth("title", campaign.subtitle, "subtitle");
  if (campaign.attachedTo) fullWidth("title", campaign.attachedTo, "caption");
  rows.push({ kind: "blank", cells: columns.map(() => blank()) });

  let repeatRows: TableModel["print"]["repeatRows"] = null;
  assignment.sections.forEach((section, k) => {
    const heading = `${k + 1}. ${section.heading}${section.note ? `: ${section.note}` : ""}`;
    fullWidth("section", heading, "section");
    if (!section.units.length) return;

    const top = rows.length;
    repeatRows ??= { first: top, last: top + 1 };
    const upper: ModelCell[] = [
      { value: "TT", style: "header" },
      { value: section.unitHeader, style: "header" },
    ];
    const lower: ModelCell[] = [blank("header"), blank("header")];
    merges.push({ row: top, col: 0, rowSpan: 2, colSpan: 1 }, { row: top, col: 1, rowSpan: 2, colSpan: 1 });
    let upperLines = 1;
    let lowerLines = 1;
    let c = 2;
    for (const ind of campaign.indicators) {
      const span = ind.columns.length + (ind.showBase ? 1 : 0);
      upper.push({ value: ind.label, style: "header" }, ...Array.from({ length: span - 1 }, () => blank("header")));
      if (span > 1) merges.push({ row: top, col: c, rowSpan: 1, colSpan: span });
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
    rows.push({ kind: "blank", cells: columns.map(() => blank()) });
  });

  for (const line of annexNotes(assignment)) fullWidth("note", line, "note");

  return {
    sheetName: campaign.sheetName,
    font: FONT,
    columnWidths: columns.map((c) => c.width),
    rows,
    merges,
    styles: STYLES,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
    },
    freezeRows: 0,
  };
}

function percentCell(value: number): ModelCell {
  return { value, style: "value", format: { kind: "percent", decimals: decimalsOf(value) } };
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
  const byReason = new Map<string, string[]>();
  for (const e of campaign.excluded) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e.unit]);
  for (const [reason, units] of byReason) lines.push(`- Không giao chỉ tiêu cho ${units.join(", ")}: ${lowerFirst(reason)}`);
  if (assignment.overrides.length) {
    lines.push("- Ô tô nền vàng, chữ nghiêng đậm: chỉ tiêu điều chỉnh so với quy tắc:");
    for (const o of assignment.overrides) {
      const ind = campaign.indicators.find((i) => i.code === o.indicator)!;
      const col = ind.columns.find((c) => c.milestones.includes(o.milestone))!;
      lines.push(`   + ${o.unit} – ${ind.label}, ${labelOf(campaign, col).toLowerCase()}: ${percentVi(o.value)} (theo quy tắc: ${percentVi(o.ruleValue)}). ${o.reason}`);
    }
  }
  for (const note of campaign.notes) lines.push(`- ${note}`);
  return lines;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

