import { capitalised, problemText } from "../../problems/problem";
import { numberVi } from "../number-format";
import { blankCell, LINE, linesNeeded, MARKED_LOOK, percentCell, SheetDraft } from "../sheet-draft";
import { groupLine, indicatorComment, NO_VALUE, statusNotes } from "../status-model";
import type { ModelCell, TableModel } from "../table-model";
import type { ProvinceReport } from "./province-report";

/**
 * The province's three sheets, printed like the annexes (A4 landscape, one criterion or
 * one unit per row, the header repeated on every page): "Toàn tỉnh" (status per criterion
 * and who leads it, then the tasks of the criteria losing most), "Ai làm mất điểm" (per
 * criterion, the units whose dossiers cost the province most) and "Kế hoạch" (per unit, the
 * fewest dossiers to its next grade).
 */

export const PROVINCE_SHEETS = { whole: "Toàn tỉnh", effects: "Ai làm mất điểm", plan: "Kế hoạch" } as const;

const text = (value: string, style: ModelCell["style"] = "value"): ModelCell => ({ value, style, format: { kind: "text" } });
const decimal = (value: number, style: ModelCell["style"] = "value"): ModelCell => ({ value, style, format: { kind: "decimal", decimals: 2 } });
const integer = (value: number): ModelCell => ({ value, style: "value", format: { kind: "integer" } });
const index = (n: number): ModelCell => ({ value: n, style: "index", format: { kind: "integer" } });

function header(sheet: SheetDraft, titles: readonly string[]): number {
  const top = sheet.rows.length;
  sheet.rows.push({
    kind: "header",
    cells: titles.map((value) => ({ value, style: "header" })),
    height: Math.max(...titles.map((c, i) => linesNeeded(c, sheet.columnWidths[i]))) * LINE + 6,
  });
  return top;
}

/** A data row tall enough for its longest wrapped text. */
function dataRow(sheet: SheetDraft, cells: ModelCell[]): void {
  const lines = Math.max(1, ...cells.map((c, i) => (typeof c.value === "string" && c.style === "unit" ? linesNeeded(c.value, sheet.columnWidths[i]) : 1)));
  sheet.rows.push({ kind: "data", cells, ...(lines > 1 ? { height: lines * LINE + 2 } : {}) });
}

function titleBlock(sheet: SheetDraft, title: string, r: ProvinceReport): void {
  sheet.fullWidth("title", title, "title");
  const from = r.whole.from === "row" ? "theo dòng số liệu của chính tỉnh trong bảng" : `bằng cách cộng số hồ sơ của ${numberVi(r.parts)} đơn vị`;
  sheet.fullWidth("title", `${r.whole.name} (tính ${from}). Bộ quy tắc: ${r.ruleSet.name} (${r.ruleSet.id}).`, "subtitle");
  sheet.blankRow();
}

const WHOLE_COLUMNS = ["STT", "Tiêu chí", "Hiện trạng (tỷ lệ)", "Điểm đạt/tối đa", "Điểm bị mất", "Nhận xét", "Cơ quan chủ trì"] as const;
const WHOLE_WIDTHS = [5, 34, 11, 10, 9, 44, 30];

/** "Toàn tỉnh": seed 000 Phụ lục I at province level, with who leads each criterion and the tasks of those losing most. */
export function buildWholeSheet(r: ProvinceReport): TableModel {
  const sheet = new SheetDraft(WHOLE_WIDTHS);
  titleBlock(sheet, "HIỆN TRẠNG CHỈ SỐ 766 TOÀN TỈNH", r);
  const top = header(sheet, WHOLE_COLUMNS);
  let n = 0;
  r.recovery.groups.forEach((g, gi) => {
    sheet.fullWidth("section", groupLine(g, gi), "section");
    for (const ind of g.indicators) {
      if (ind.status === "display") continue;
      const lost: ModelCell = ind.lost === null ? text(NO_VALUE) : decimal(ind.lost, ind.lost > 0 ? "marked" : "value");
      dataRow(sheet, [
        index(++n),
        text(`${ind.code}. ${ind.name}`, "unit"),
        ind.rate === null ? text(NO_VALUE) : percentCell(ind.rate),
        text(`${ind.points === null ? NO_VALUE : numberVi(ind.points)}/${numberVi(ind.max)}`),
        lost,
        text(indicatorComment(ind), "unit"),
        text(r.leads[ind.code] ?? NO_VALUE, "unit"),
      ]);
    }
  });
  const w = r.whole;
  sheet.fullWidth("section", w.open ? problemText(w.open) : `Tổng điểm: đạt ${numberVi(w.total!)}/${numberVi(r.recovery.total.max)} điểm${r.recovery.total.grade ? `; xếp loại ${r.recovery.total.grade}` : ""}`, "section");

  if (r.priorities.length) {
    sheet.blankRow();
    sheet.fullWidth("section", "Nhiệm vụ của các tiêu chí mất nhiều điểm nhất", "section");
    header(sheet, ["STT", "Tiêu chí", "Nhiệm vụ", "", "", "Thời hạn; sản phẩm", "Cơ quan chủ trì"]);
    const taskHeader = sheet.rows[sheet.rows.length - 1].cells;
    taskHeader[3] = blankCell("header");
    taskHeader[4] = blankCell("header");
    sheet.merge(sheet.rows.length - 1, 2, 1, 3);
    for (const p of r.priorities) {
      for (const t of p.tasks.length ? p.tasks : [null]) {
        sheet.merge(sheet.rows.length, 2, 1, 3);
        const task = t ? t.task : "Chưa có nhiệm vụ nào được giao cho tiêu chí này.";
        const due = t ? [t.deadline, t.output].filter(Boolean).join("; ") : NO_VALUE;
        const cells = [text(t?.id ?? NO_VALUE), text(`${p.code} (mất ${numberVi(p.lost)} điểm)`, "unit"), text(task, "unit"), blankCell("unit"), blankCell("unit"), text(due, "unit"), text(t?.lead ?? NO_VALUE, "unit")];
        const lines = Math.max(linesNeeded(task, 30), linesNeeded(due, WHOLE_WIDTHS[5]), linesNeeded(t?.lead ?? "", WHOLE_WIDTHS[6]));
        sheet.rows.push({ kind: "data", cells, ...(lines > 1 ? { height: lines * LINE + 2 } : {}) });
      }
    }
  }
  sheet.blankRow();
  const notes = [
    ...statusNotes(r.recovery).filter((l) => !l.startsWith("- Cần đạt")),
    "- Tỉnh được chấm trên số liệu của chính tỉnh: tiêu chí đếm theo hồ sơ lấy tổng số hồ sơ của các đơn vị; tiêu chí đếm theo thủ tục hoặc phản ánh, kiến nghị không cộng được từ các đơn vị.",
    `- Phân công và nhiệm vụ: ${r.responsibilities.name}.`,
  ];
  for (const line of notes) sheet.fullWidth("note", line, "note");
  return sheet.toModel(PROVINCE_SHEETS.whole, { first: top, last: top });
}

const EFFECT_COLUMNS = ["STT", "Đơn vị", "Tỷ lệ hiện nay", "Hồ sơ cần thêm để đạt tối đa", "Điểm tỉnh được thêm", "Điểm tỉnh được thêm nếu đạt chỉ tiêu"] as const;
const EFFECT_WIDTHS = [5, 52, 12, 16, 14, 18];

/** "Ai làm mất điểm": per criterion counted in dossiers, the units ranked by the points the province would gain. */
export function buildEffectsSheet(r: ProvinceReport, perIndicator = 10): TableModel {
  const withTarget = r.effects.some((e) => e.effects.some((x) => x.targetGain !== undefined));
  const widths = withTarget ? EFFECT_WIDTHS : EFFECT_WIDTHS.slice(0, 5);
  const sheet = new SheetDraft(widths);
  titleBlock(sheet, "ĐƠN VỊ LÀM TỈNH MẤT ĐIỂM", r);
  const top = header(sheet, EFFECT_COLUMNS.slice(0, widths.length));
  for (const e of r.effects) {
    if (e.lost <= 0) continue;
    sheet.fullWidth("section", `${e.code}. ${e.name}: toàn tỉnh đạt ${numberVi(e.points)}/${numberVi(e.max)} điểm, mất ${numberVi(e.lost)} điểm`, "section");
    e.effects.slice(0, perIndicator).forEach((x, i) => {
      const cells = [index(i + 1), text(x.unit, "unit"), percentCell(x.rate), integer(x.more), decimal(x.gain, "marked")];
      if (withTarget) cells.push(x.targetGain === undefined ? text(NO_VALUE) : decimal(x.targetGain));
      dataRow(sheet, cells);
    });
    const rest = e.effects.slice(perIndicator);
    if (rest.length) {
      const sum = rest.reduce((s, x) => s + x.gain, 0);
      sheet.fullWidth("note", `Còn ${numberVi(rest.length)} đơn vị khác, cộng lại ${numberVi(sum)} điểm.`, "note");
    }
  }
  sheet.blankRow();
  for (const line of [
    "Ghi chú:",
    "- Điểm tỉnh được thêm: số điểm toàn tỉnh tăng nếu riêng đơn vị đó đạt tỷ lệ được điểm tối đa, các đơn vị khác giữ nguyên; với tiêu chí tính tuyến tính, cộng các dòng bằng số điểm tỉnh bị mất (sai khác do làm tròn 0,01 từng dòng).",
    "- Chỉ tiêu chí đếm theo hồ sơ mới tách được theo đơn vị.",
    `- ${MARKED_LOOK}: số điểm tỉnh được thêm.`,
  ]) {
    sheet.fullWidth("note", line, "note");
  }
  return sheet.toModel(PROVINCE_SHEETS.effects, { first: top, last: top });
}

const PLAN_COLUMNS = ["STT", "Đơn vị", "Tổng điểm", "Xếp loại", "Lên mức", "Việc cần làm (số hồ sơ thêm, với số hồ sơ hiện nay)", "Tổng số hồ sơ thêm"] as const;
const PLAN_WIDTHS = [5, 34, 9, 10, 10, 62, 11];

/** "Kế hoạch": per unit, the fewest dossiers that lift its total to the next grade. */
export function buildPlanSheet(r: ProvinceReport): TableModel {
  const sheet = new SheetDraft(PLAN_WIDTHS);
  titleBlock(sheet, "KẾ HOẠCH LÊN HẠNG CỦA TỪNG ĐƠN VỊ", r);
  const top = header(sheet, PLAN_COLUMNS);
  r.plans.forEach((p, i) => {
    const todo = p.steps.length
      ? p.steps.map((s) => `${numberVi(s.more, 0)} ${s.noun} (${s.code}, lên ${numberVi(s.to)}%)`).join("; ")
      : p.sentence.replace(`${p.unit}`, "").replace(/^[:\s]+/, "");
    dataRow(sheet, [
      index(i + 1),
      text(p.unit, "unit"),
      p.total === null ? text(NO_VALUE) : decimal(p.total),
      text(p.grade ?? NO_VALUE),
      text(p.next?.grade ?? NO_VALUE),
      text(capitalised(todo), "unit"),
      p.steps.length ? integer(p.steps.reduce((s, x) => s + x.more, 0)) : text(NO_VALUE),
    ]);
  });
  sheet.blankRow();
  for (const line of [
    "Ghi chú:",
    "- Số hồ sơ thêm tính với số hồ sơ hiện nay của đơn vị (mẫu số giữ nguyên): thêm hồ sơ đạt yêu cầu của tiêu chí. Chọn trước tiêu chí mà mỗi hồ sơ được nhiều điểm nhất, nên tổng số hồ sơ là ít nhất.",
    "- Tổng điểm lấy theo số liệu của đơn vị; khi bảng thiếu số liệu một số tiêu chí thì lấy tổng điểm do Cổng công bố (nếu có).",
  ]) {
    sheet.fullWidth("note", line, "note");
  }
  return sheet.toModel(PROVINCE_SHEETS.plan, { first: top, last: top });
}

export function buildProvinceSheets(r: ProvinceReport): TableModel[] {
  return [buildWholeSheet(r), buildEffectsSheet(r), buildPlanSheet(r)];
}
