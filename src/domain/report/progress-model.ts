import type { NamedUnit, ProgressReport, UnitProgress } from "../targets/progress";
import { exclusionNotes } from "./annex-model";
import { inSentence } from "./sentence";
import { numberVi, percentVi } from "./number-format";
import { blankCell as blank, LINE, linesNeeded, MARKED_LOOK, percentCell, SheetDraft } from "./sheet-draft";
import { safeSheetName, type ModelCell, type TableModel } from "./table-model";

export const PROGRESS_TITLE = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU";
/** the three columns under each indicator */
export const PROGRESS_COLUMNS = ["Chỉ tiêu", "Kết quả", "Đạt/Chưa đạt"] as const;
export const MET = "Đạt";
export const UNMET = "Chưa đạt";
/** a result cell (and its status) without data */
export const NO_DATA = "—";

const WIDTH = { index: 5, unit: 30, value: 9, status: 9, count: 10 };
const COUNT_HEADER = "Số chỉ tiêu đạt";
const SUMMARY_HEADERS = ["Đạt toàn bộ chỉ tiêu", "Tỷ lệ", "Chưa có đủ số liệu"] as const;

/**
 * The progress report of one milestone (seed 002, IV.5.1): title and the campaign with the
 * milestone, one numbered section per unit level (per indicator: target | result | met),
 * unmet results marked with the points missing, the units meeting every target per level
 * (k/n), and notes naming the units without data, unknown or left out. Printed as the annex.
 */
export function buildProgressModel(report: ProgressReport): TableModel {
  const { campaign, milestone } = report;
  const indicators = campaign.indicators;
  const widths = [WIDTH.index, WIDTH.unit, ...indicators.flatMap(() => [WIDTH.value, WIDTH.value, WIDTH.status]), WIDTH.count];
  const sheet = new SheetDraft(widths);
  const { rows } = sheet;
  const last = widths.length - 1;

  sheet.fullWidth("title", PROGRESS_TITLE, "title");
  sheet.fullWidth("title", `${campaign.name}; so với ${inSentence(milestone.label)}`, "subtitle");
  sheet.blankRow();

  let repeatRows: TableModel["print"]["repeatRows"] = null;
  report.sections.forEach((section, k) => {
    sheet.fullWidth("section", `${k + 1}. ${section.heading}`, "section");
    const { top, upper, lower } = sheet.twoRowHeaderStart(section.unitHeader);
    repeatRows ??= { first: top, last: top + 1 };
    let upperLines = 1;
    indicators.forEach((ind, i) => {
      upper.push({ value: ind.label, style: "header" }, blank("header"), blank("header"));
      sheet.merge(top, 2 + 3 * i, 1, 3);
      upperLines = Math.max(upperLines, linesNeeded(ind.label, 2 * WIDTH.value + WIDTH.status));
      lower.push(...PROGRESS_COLUMNS.map((value): ModelCell => ({ value, style: "header" })));
    });
    upper.push({ value: COUNT_HEADER, style: "header" });
    lower.push(blank("header"));
    sheet.merge(top, last, 2, 1);
    rows.push({ kind: "header", cells: upper, height: Math.max(upperLines, linesNeeded(COUNT_HEADER, WIDTH.count)) * LINE + 6 });
    rows.push({ kind: "header", cells: lower, height: linesNeeded(PROGRESS_COLUMNS[2], WIDTH.status) * LINE + 6 });

    section.units.forEach((u, i) => {
      const lines = linesNeeded(u.unit, WIDTH.unit);
      rows.push({ kind: "data", cells: unitCells(report, u, i + 1), ...(lines > 1 ? { height: lines * LINE + 2 } : {}) });
    });
    sheet.blankRow();
  });

  summaryBlock(sheet, report);
  for (const line of progressNotes(report)) sheet.fullWidth("note", line, "note");

  return sheet.toModel(safeSheetName(`Tiến độ ${milestone.id}`, "Tiến độ"), repeatRows);
}

function unitCells(report: ProgressReport, u: UnitProgress, index: number): ModelCell[] {
  const cells: ModelCell[] = [
    { value: index, style: "index", format: { kind: "integer" } },
    { value: u.unit, style: "unit", format: { kind: "text" } },
  ];
  for (const ind of report.campaign.indicators) {
    const p = u.indicators[ind.code];
    cells.push(percentCell(p.target));
    if (p.current === null) {
      cells.push({ value: NO_DATA, style: "value", format: { kind: "text" }, mark: "Chưa có số liệu kết quả." });
      cells.push({ value: NO_DATA, style: "value", format: { kind: "text" } });
    } else if (p.met) {
      cells.push(percentCell(p.current), { value: MET, style: "value", format: { kind: "text" } });
    } else {
      cells.push(
        { ...percentCell(p.current), style: "marked", mark: `Còn thiếu ${numberVi(p.gap!, 2)} điểm % so với chỉ tiêu ${percentVi(p.target)}.` },
        { value: UNMET, style: "marked", format: { kind: "text" } },
      );
    }
  }
  cells.push({ value: `${u.met}/${u.of}`, style: "value", format: { kind: "text" } });
  return cells;
}

/**
 * A level's k/n, as every door states it: k units meeting every target over the n units with
 * every result (units short of a result are not in n, as the notes say), and the units left
 * out of n, split into those that reported without every result and those that did not report.
 */
export interface LevelCounts {
  kn: string;
  /** k/n in percent (2 decimals), null when no unit has every result */
  share: number | null;
  incomplete: number;
  notReported: number;
}

export function levelCounts(summary: ProgressReport["sections"][number]["summary"]): LevelCounts {
  const { targeted, reported, complete, metAll } = summary;
  return {
    kn: `${metAll}/${complete}`,
    share: complete ? Math.round((10000 * metAll) / complete) / 100 : null,
    incomplete: reported - complete,
    notReported: targeted - reported,
  };
}

/** Per level: units meeting every target over units with every result (k/n), and how many lack data. */
function summaryBlock(sheet: SheetDraft, report: ProgressReport): void {
  const { rows } = sheet;
  sheet.fullWidth("section", "Tổng hợp: đơn vị đạt toàn bộ chỉ tiêu", "section");
  const spans = spread(sheet.width - 2, SUMMARY_HEADERS.length);
  const row = (kind: "header" | "data", first: ModelCell, second: ModelCell, fields: ModelCell[]) => {
    const r = rows.length;
    const cells = [first, second];
    let c = 2;
    fields.forEach((f, i) => {
      cells.push(f, ...Array.from({ length: spans[i] - 1 }, () => blank(f.style)));
      sheet.merge(r, c, 1, spans[i]);
      c += spans[i];
    });
    rows.push({ kind, cells, ...(kind === "header" ? { height: LINE + 6 } : {}) });
  };
  row(
    "header",
    { value: "TT", style: "header" },
    { value: "Cấp", style: "header" },
    SUMMARY_HEADERS.map((value) => ({ value, style: "header" })),
  );
  report.sections.forEach((s, i) => {
    const c = levelCounts(s.summary);
    row("data", { value: i + 1, style: "index", format: { kind: "integer" } }, { value: s.heading, style: "unit", format: { kind: "text" } }, [
      { value: c.kn, style: "value", format: { kind: "text" } },
      c.share === null ? blank("value") : percentCell(c.share),
      { value: c.incomplete + c.notReported, style: "value", format: { kind: "integer" } },
    ]);
  });
  sheet.blankRow();
}

/** `total` columns shared by `parts` fields as evenly as possible, the wider ones first. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

export function progressNotes(report: ProgressReport): string[] {
  const { campaign, milestone } = report;
  const all = report.sections.flatMap((s) => s.units);
  const lines = [
    "Ghi chú:",
    `- Chỉ tiêu: chỉ tiêu giao cho đơn vị ở mốc “${milestone.label}”; kết quả: số liệu kỳ báo cáo. Đạt khi kết quả không thấp hơn chỉ tiêu.`,
    "- Đạt toàn bộ chỉ tiêu k/n: k đơn vị đạt mọi chỉ tiêu trên n đơn vị có đủ số liệu; đơn vị chưa có đủ số liệu không tính vào n.",
  ];
  if (all.some((u) => u.met + u.noData.length < u.of)) lines.push(`- ${MARKED_LOOK}: chưa đạt chỉ tiêu; ghi chú trong ô nêu số điểm % còn thiếu.`);
  if (all.some((u) => u.noData.length)) lines.push(`- Ô “${NO_DATA}”: chưa có số liệu kết quả, không tính là chưa đạt.`);
  if (report.missing.length) lines.push(`- Chưa có số liệu kết quả (không có trong bảng): ${report.missing.map(placeOf).join(", ")}.`);
  if (report.unknown.length) lines.push(`- Có trong bảng kết quả nhưng không được giao chỉ tiêu: ${report.unknown.map(placeOf).join(", ")}.`);
  lines.push(...exclusionNotes(campaign));
  return lines;
}

/** A commune is named with its district: two communes may share a name. */
function placeOf(u: NamedUnit): string {
  return u.district ? `${u.unit} (${u.district})` : u.unit;
}

