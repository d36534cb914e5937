import { problemText } from "../problems/problem";
import type { GroupRecovery, IndicatorRecovery, PointsOfMax, UnitRecovery } from "../scoring/recovery";
import { numberVi, percentVi } from "./number-format";
import { LINE, linesNeeded, MARKED_LOOK, percentCell, SheetDraft } from "./sheet-draft";
import { safeSheetName, type ModelCell, type TableModel } from "./table-model";

export const STATUS_TITLE = "BÁO CÁO HIỆN TRẠNG CHỈ SỐ 766";
export const STATUS_COLUMNS = ["STT", "Tiêu chí", "Hiện trạng (tỷ lệ)", "Điểm đạt/tối đa", "Điểm bị mất", "Cần đạt", "Nhận xét"] as const;
/** a cell without a number to show */
export const NO_VALUE = "—";

const WIDTHS = [5, 36, 11, 10, 9, 9, 46];
const COL = { name: 1, comment: 6 };

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Group numbers as the province prints them (seed 000: I, II, … V). */
export function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

const points = (n: number) => numberVi(n);
const ofMax = (p: PointsOfMax) => `đạt ${points(p.points)}/${points(p.max)} điểm, ${p.lost > 0 ? `mất ${points(p.lost)} điểm` : "không mất điểm"}`;

/** How a group's line marks points that are the portal's printed group score, not CHISO's. */
const PRINTED_GROUP = "điểm Cổng in";

/** The group's line, as seed 000 prints it: "I. Dịch vụ công trực tuyến: đạt 10/12 điểm, mất 2 điểm". */
export function groupLine(g: GroupRecovery, index: number): string {
  const head = `${roman(index + 1)}. ${g.name}`;
  if (g.points !== null) return `${head}: ${ofMax({ points: g.points, max: g.max, lost: g.lost! })}${g.printed ? ` (${PRINTED_GROUP})` : ""}`;
  if (g.known.max === 0) return `${head} (${points(g.max)} điểm): chưa có số liệu để tính điểm`;
  return `${head} (${points(g.max)} điểm): chưa đủ số liệu để tính điểm nhóm; các tiêu chí có số liệu ${ofMax(g.known)}`;
}

export function totalLine(r: UnitRecovery): string {
  const label = r.total.estimate ? "Tổng điểm (ước tính)" : "Tổng điểm";
  const { points: p, lost, max, grade } = r.total;
  if (p === null) {
    const missing = r.groups.flatMap((g) => g.indicators).filter((i) => i.status === "noData").length;
    return `${label}: chưa tính được, còn ${missing} tiêu chí chưa có số liệu hợp lệ`;
  }
  return `${label}: ${ofMax({ points: p, max, lost: lost! })}${grade ? `; xếp loại ${grade}` : ""}`;
}

const EMPTY_DENOMINATOR_COMMENT = {
  zero: "Không phát sinh (mẫu số bằng 0): tính 0 điểm theo quy tắc.",
  full: "Không phát sinh (mẫu số bằng 0): được đủ điểm theo quy tắc.",
  empty: "Không phát sinh (mẫu số bằng 0): không chấm điểm, nhóm không được cộng điểm của tiêu chí này.",
} as const;

/** The comment of one indicator: what it earned and what would recover the points lost. */
export function indicatorComment(r: IndicatorRecovery): string {
  switch (r.status) {
    case "display":
      return "Chỉ theo dõi, không tính điểm.";
    case "noData":
      return `Chưa tính được điểm: ${r.problem ? problemText(r.problem) : "chưa có số liệu."}`;
    case "emptyDenominator":
      return EMPTY_DENOMINATOR_COMMENT[r.emptyDenominator!];
    case "full":
      return `Đạt điểm tối đa.${r.problem ? ` Lưu ý: ${problemText(r.problem)}` : ""}`;
    case "short":
      return `Mất ${points(r.lost!)} điểm; cần tăng tỷ lệ thêm ${numberVi(r.missingRate!)} điểm % (lên ${percentVi(r.fullRate!)}) để đạt điểm tối đa.`;
  }
}

const text = (value: string, style: ModelCell["style"] = "value"): ModelCell => ({ value, style, format: { kind: "text" } });

function indicatorCells(r: IndicatorRecovery, index: number): ModelCell[] {
  const rate = r.rate === null ? text(NO_VALUE) : r.status === "display" ? text(numberVi(r.rate)) : percentCell(r.rate);
  const scored = r.status !== "display";
  // A number, not text: a reader can sum the points lost in Excel.
  const lost: ModelCell = r.lost === null ? text(NO_VALUE) : { value: r.lost, style: "value", format: { kind: "decimal", decimals: 2 } };
  if (r.lost !== null && r.lost > 0) lost.style = "marked";
  return [
    { value: index, style: "index", format: { kind: "integer" } },
    text(r.name, "unit"),
    rate,
    text(scored ? `${r.points === null ? NO_VALUE : points(r.points)}/${points(r.max)}` : NO_VALUE),
    scored ? lost : text(NO_VALUE),
    r.fullRate === null ? text(NO_VALUE) : percentCell(r.fullRate),
    text(indicatorComment(r), "unit"),
  ];
}

/**
 * The status report of one unit (seed 000, Phụ lục I): title, the unit and the rule set,
 * one header row repeated on every page, one block per group opened by its line
 * ("I. …: đạt x/y điểm, mất z điểm"), one numbered row per indicator with its rate,
 * points, points lost (marked), the rate that earns the maximum and a comment saying how
 * far that is; then the total and the notes. Printed as the annexes.
 */
export function buildStatusModel(r: UnitRecovery): TableModel {
  const sheet = new SheetDraft(WIDTHS);
  const { rows } = sheet;
  sheet.fullWidth("title", STATUS_TITLE, "title");
  sheet.fullWidth("title", `Đơn vị: ${unitName(r)}. Bộ quy tắc: ${r.ruleSet.name} (${r.ruleSet.id}).`, "subtitle");
  sheet.blankRow();

  const top = rows.length;
  rows.push({
    kind: "header",
    cells: STATUS_COLUMNS.map((value) => ({ value, style: "header" })),
    height: Math.max(...STATUS_COLUMNS.map((c, i) => linesNeeded(c, WIDTHS[i]))) * LINE + 6,
  });

  let n = 0;
  r.groups.forEach((g, i) => {
    sheet.fullWidth("section", groupLine(g, i), "section");
    for (const ind of g.indicators) {
      const cells = indicatorCells(ind, ++n);
      const lines = Math.max(linesNeeded(ind.name, WIDTHS[COL.name]), linesNeeded(String(cells[COL.comment].value), WIDTHS[COL.comment]));
      rows.push({ kind: "data", cells, ...(lines > 1 ? { height: lines * LINE + 2 } : {}) });
    }
  });
  sheet.fullWidth("section", totalLine(r), "section");
  sheet.blankRow();
  for (const line of statusNotes(r)) sheet.fullWidth("note", line, "note");

  return sheet.toModel(safeSheetName(r.unit, "Hiện trạng"), { first: top, last: top });
}

function unitName(r: UnitRecovery): string {
  return r.district ? `${r.unit} (${r.district})` : r.unit;
}

export function statusNotes(r: UnitRecovery): string[] {
  const all = r.groups.flatMap((g) => g.indicators);
  const lines = [
    "Ghi chú:",
    "- Cần đạt: tỷ lệ để đạt điểm tối đa; với tiêu chí tính theo ngưỡng là ngưỡng đó (điểm = tối đa × tỷ lệ / ngưỡng), với tiêu chí tính tuyến tính là 100% (điểm = tối đa × tỷ lệ).",
  ];
  if (all.some((i) => i.lost !== null && i.lost > 0)) lines.push(`- ${MARKED_LOOK}: tiêu chí bị mất điểm.`);
  if (all.some((i) => i.status === "noData")) lines.push(`- Ô “${NO_VALUE}”: chưa có số liệu hợp lệ, chưa tính điểm.`);
  if (r.groups.some((g) => g.printed)) {
    lines.push(`- (${PRINTED_GROUP}): bảng không có đủ số liệu các tiêu chí của nhóm, nên điểm nhóm là điểm Cổng Dịch vụ công quốc gia in, không phải điểm CHISO tính.`);
  }
  if (r.total.estimate) lines.push("- Tổng điểm tính từ tỷ lệ của nhóm chỉ là ước tính, có thể khác điểm do Cổng Dịch vụ công quốc gia công bố.");
  return lines;
}


/** The JSON of a status report: the numbers, each comment, and the lines the sheet prints. */
export function statusToJson(r: UnitRecovery) {
  return {
    ...r,
    groups: r.groups.map((g, i) => ({ ...g, line: groupLine(g, i), indicators: g.indicators.map((ind) => ({ ...ind, comment: indicatorComment(ind) })) })),
    totalLine: totalLine(r),
  };
}
