import { historyToCells, HISTORY_FIXED_COLUMNS, type History } from "../history/history-table";
import { periodInSentence, periodLabel, type Period } from "../history/period";
import type { StandingOverTime } from "../history/provinces";
import type { Trends, UnitTrend } from "../history/trends";
import { listRuleSets } from "../ruleset/registry";
import { blankCell as blank, LINE, linesNeeded, SheetDraft } from "./sheet-draft";
import type { ModelCell, ModelRow, NumberFormat, TableModel } from "./table-model";

export const TREND_SHEET = "Diễn biến";
export const MOVERS_SHEET = "Tăng giảm";
export const PROVINCE_SHEET = "Toàn tỉnh theo kỳ";
export const HISTORY_SHEET = "Lịch sử";
export const TREND_TITLE = "DIỄN BIẾN CHỈ SỐ 766 QUA CÁC KỲ";

const POINTS: NumberFormat = { kind: "decimal", decimals: 2 };
const WIDTH = { index: 5, unit: 32, level: 7, value: 8, tail: 11 };
const TAIL_HEADERS = ["Thay đổi so với kỳ trước", "Thay đổi so với kỳ đầu", "Xếp loại", "Xếp hạng trong cấp", "Thứ hạng tăng (+) / giảm (−)"] as const;

const num = (v: number | null | undefined, format: NumberFormat = POINTS): ModelCell => (v === null || v === undefined ? blank("value") : { value: v, style: "value", format });
const txt = (v: string | null | undefined, style: ModelCell["style"] = "value"): ModelCell => (v ? { value: v, style } : blank(style));

/** Period labels say the kind of each column: "Tháng 08/2026", "Quý III/2026", "Đến ngày 10/10/2026". */
function periodsLine(t: Trends): string {
  if (!t.first || !t.last) return "Chưa có kỳ nào trong lịch sử.";
  const span = t.first === t.last ? periodLabel(t.last) : `Từ ${periodInSentence(t.first)} đến ${periodInSentence(t.last)}`;
  return t.previous ? `${span}; thay đổi tính từ kỳ trước (${periodInSentence(t.previous)}) đến kỳ cuối.` : `${span}.`;
}

/** Lists of units the matching could not follow, named so that nobody is lost between periods. */
export function trendNotes(t: Trends): string[] {
  const notes: string[] = [];
  const list = (xs: { unit: string; period: string }[]) => xs.map((x) => `${x.unit} (${x.period})`).join("; ");
  if (t.unmatched.length) notes.push(`Đơn vị không ghép được với kỳ trước (mới, đổi tên hoặc trùng tên; có thể ghép bằng bảng tên cũ → tên mới): ${list(t.unmatched)}.`);
  const gone = t.gone.filter((g) => g.level === "huyện");
  if (gone.length) notes.push(`Cấp huyện không còn (kỳ cuối có mặt): ${list(gone)}.`);
  const others = t.gone.filter((g) => g.level !== "huyện");
  if (others.length) notes.push(`Đơn vị không có ở kỳ cuối (kỳ cuối có mặt): ${list(others)}.`);
  for (const m of t.merged) notes.push(`${m.unit} (${m.period}) nối tiếp nhiều đơn vị kỳ trước: ${m.from.join("; ")}; không so sánh với kỳ trước.`);
  return notes;
}

function gradeText(u: UnitTrend, last: Period | null): string | null {
  return u.gradeChange ?? (last ? u.grades[last.id] : null);
}

/**
 * The sheet "Diễn biến": per unit, each period's total and group scores (a period's columns
 * under its label, which names its kind), then the change since the previous and the first
 * period, the grade ("Khá → Tốt" when it changed), the rank within its level and the places
 * gained. Notes list the units not followed. Charts are added by the Excel door only.
 */
export function buildTrendModel(t: Trends): TableModel {
  const G = t.groupCodes.length;
  const per = 1 + G;
  const widths = [WIDTH.index, WIDTH.unit, WIDTH.level, ...t.periods.flatMap(() => Array.from({ length: per }, () => WIDTH.value)), ...TAIL_HEADERS.map(() => WIDTH.tail)];
  const sheet = new SheetDraft(widths);
  sheet.fullWidth("title", TREND_TITLE, "title");
  sheet.fullWidth("title", periodsLine(t), "caption");
  sheet.blankRow();

  const top = sheet.rows.length;
  const upper: ModelCell[] = [
    { value: "TT", style: "header" },
    { value: "Đơn vị", style: "header" },
    { value: "Cấp", style: "header" },
  ];
  const lower: ModelCell[] = [blank("header"), blank("header"), blank("header")];
  [0, 1, 2].forEach((c) => sheet.merge(top, c, 2, 1));
  t.periods.forEach((p, i) => {
    upper.push({ value: periodLabel(p), style: "header" }, ...Array.from({ length: per - 1 }, () => blank("header")));
    sheet.merge(top, 3 + i * per, 1, per);
    lower.push({ value: "Tổng điểm", style: "header" }, ...t.groupCodes.map((g): ModelCell => ({ value: g, style: "header" })));
  });
  const tail = 3 + t.periods.length * per;
  TAIL_HEADERS.forEach((h, k) => {
    upper.push({ value: h, style: "header" });
    lower.push(blank("header"));
    sheet.merge(top, tail + k, 2, 1);
  });
  const headerLines = Math.max(...TAIL_HEADERS.map((h) => linesNeeded(h, WIDTH.tail)));
  sheet.rows.push({ kind: "header", cells: upper, height: Math.max(2, headerLines - 1) * LINE + 4 });
  sheet.rows.push({ kind: "header", cells: lower, height: LINE + 6 });

  const last = t.last;
  t.units.forEach((u, i) => {
    const cells: ModelCell[] = [{ value: i + 1, style: "index", format: { kind: "integer" } }, txt(u.unit, "unit"), txt(u.level)];
    for (const p of t.periods) {
      cells.push(num(u.totals[p.id]));
      for (const g of t.groupCodes) cells.push(num(u.groups[p.id]?.[g]));
    }
    cells.push(num(u.change), num(u.changeSinceFirst), txt(gradeText(u, last)), num(last ? u.ranks[last.id] : null, { kind: "integer" }), num(u.rankChange, { kind: "integer" }));
    sheet.rows.push({ kind: "data", cells });
  });
  addNotes(sheet, trendNotes(t));
  const model = sheet.toModel(TREND_SHEET, { first: top, last: top + 1 });
  return { ...model, freezeRows: top + 2 };
}

function addNotes(sheet: SheetDraft, notes: readonly string[]): void {
  if (!notes.length) return;
  sheet.blankRow();
  for (const n of notes) sheet.fullWidth("note", n, "note");
}

const MOVER_HEADERS = (t: Trends) => ["TT", "Đơn vị", "Cấp", t.previous ? periodLabel(t.previous) : "Kỳ trước", t.last ? periodLabel(t.last) : "Kỳ cuối", "Thay đổi", "Xếp loại", "Thứ hạng tăng (+) / giảm (−)"];

/** The sheet "Tăng giảm": the biggest risers, then the biggest fallers, from the previous period to the last. */
export function buildMoversModel(t: Trends): TableModel {
  const widths = [WIDTH.index, WIDTH.unit, WIDTH.level, WIDTH.tail, WIDTH.tail, WIDTH.tail, WIDTH.tail, WIDTH.tail];
  const sheet = new SheetDraft(widths);
  sheet.fullWidth("title", "ĐƠN VỊ TĂNG, GIẢM ĐIỂM NHIỀU NHẤT", "title");
  sheet.fullWidth("title", periodsLine(t), "caption");
  let repeat: TableModel["print"]["repeatRows"] = null;
  const section = (heading: string, list: readonly UnitTrend[]) => {
    sheet.blankRow();
    sheet.fullWidth("section", heading, "section");
    const top = sheet.rows.length;
    repeat ??= { first: top, last: top };
    sheet.rows.push({ kind: "header", cells: MOVER_HEADERS(t).map((value) => ({ value, style: "header" })), height: 2 * LINE + 6 });
    if (!list.length) sheet.fullWidth("note", "Không có đơn vị nào.", "note");
    list.forEach((u, i) =>
      sheet.rows.push({
        kind: "data",
        cells: [
          { value: i + 1, style: "index", format: { kind: "integer" } },
          txt(u.unit, "unit"),
          txt(u.level),
          num(t.previous ? u.totals[t.previous.id] : null),
          num(t.last ? u.totals[t.last.id] : null),
          num(u.change),
          txt(gradeText(u, t.last)),
          num(u.rankChange, { kind: "integer" }),
        ],
      }),
    );
  };
  section("1. Tăng nhiều nhất", t.risers);
  section("2. Giảm nhiều nhất", t.fallers);
  return sheet.toModel(MOVERS_SHEET, repeat);
}

function indicatorNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const rs of listRuleSets()) for (const ind of rs.indicators) if (!names.has(ind.code)) names.set(ind.code, ind.name);
  return names;
}

/** The sheet "Toàn tỉnh theo kỳ": per pooled indicator, the province's rate (Σ tử số / Σ mẫu số) in each period, and its change. */
export function buildProvinceRatesModel(t: Trends): TableModel {
  const names = indicatorNames();
  const widths = [WIDTH.index, 12, 40, ...t.periods.map(() => WIDTH.tail), WIDTH.tail];
  const sheet = new SheetDraft(widths);
  sheet.fullWidth("title", "TỶ LỆ TOÀN TỈNH THEO KỲ (GỘP TỬ SỐ, MẪU SỐ CỦA CÁC ĐƠN VỊ)", "title");
  sheet.fullWidth("title", periodsLine(t), "caption");
  sheet.blankRow();
  const top = sheet.rows.length;
  const header = ["TT", "Mã", "Chỉ tiêu", ...t.periods.map(periodLabel), "Thay đổi so với kỳ trước (điểm %)"];
  sheet.rows.push({ kind: "header", cells: header.map((value) => ({ value, style: "header" })), height: 2 * LINE + 6 });
  t.province.forEach((p, i) => {
    const rows: ModelRow["cells"] = [{ value: i + 1, style: "index", format: { kind: "integer" } }, txt(p.indicator), txt(names.get(p.indicator) ?? "", "unit")];
    for (const per of t.periods) rows.push(num(p.rates[per.id], { kind: "percent", decimals: 2 }));
    rows.push(num(p.change));
    sheet.rows.push({ kind: "data", cells: rows, height: Math.max(1, linesNeeded(names.get(p.indicator) ?? "", 40)) * LINE + 2 });
  });
  addNotes(sheet, [
    "Chỉ các chỉ tiêu đếm theo hồ sơ được gộp (tổng tử số / tổng mẫu số của các đơn vị có đủ số liệu); các chỉ tiêu đếm theo thủ tục không cộng được giữa các đơn vị nên không có ở đây.",
  ]);
  return sheet.toModel(PROVINCE_SHEET, { first: top, last: top });
}

/** The sheet "Lịch sử": the history table itself, one row per unit and period, header on top (read back by its titles). */
export function buildHistoryModel(history: History): TableModel {
  const cells = historyToCells(history);
  const header = cells[0];
  const widths = header.map((_, c) => (c === 2 ? WIDTH.unit : c < HISTORY_FIXED_COLUMNS.length ? 10 : 9));
  // counts as whole numbers; rates keep every decimal in the cell and show two
  const formats = header.map((h): NumberFormat => (/(tử số|mẫu số)$/.test(String(h)) ? { kind: "integer" } : POINTS));
  const sheet = new SheetDraft(widths);
  sheet.rows.push({ kind: "header", cells: header.map((value) => ({ value, style: "header" })), height: 3 * LINE + 6 });
  for (const row of cells.slice(1)) {
    sheet.rows.push({
      kind: "data",
      cells: row.map((value, c): ModelCell => (typeof value === "number" ? { value, style: "value", format: formats[c] } : value === null ? blank("value") : { value, style: c === 2 ? "unit" : "value" })),
    });
  }
  return { ...sheet.toModel(HISTORY_SHEET, { first: 0, last: 0 }), freezeRows: 1 };
}

export const NATIONAL_SHEET = "Toàn quốc";

/**
 * The sheet "Toàn quốc": per kept period (its label names its kind), the province's rank among
 * the provinces, the median, and the gap to the median, for the total and each group.
 */
export function buildNationalModel(province: string, over: readonly StandingOverTime[]): TableModel {
  const groupCodes = [...new Set(over.flatMap((o) => Object.keys(o.standing?.groups ?? {})))];
  const parts = ["Tổng điểm", ...groupCodes];
  const widths = [22, ...parts.flatMap(() => [WIDTH.value, WIDTH.value, WIDTH.value, WIDTH.value]), WIDTH.tail];
  const sheet = new SheetDraft(widths);
  sheet.fullWidth("title", `${province.toUpperCase()} TRONG CẢ NƯỚC`, "title");
  sheet.fullWidth("title", "Thứ hạng, trung vị và chênh lệch so với trung vị của các tỉnh, thành phố, theo từng kỳ", "caption");
  sheet.blankRow();
  const top = sheet.rows.length;
  const upper: ModelCell[] = [{ value: "Kỳ", style: "header" }];
  const lower: ModelCell[] = [blank("header")];
  sheet.merge(top, 0, 2, 1);
  parts.forEach((p, i) => {
    upper.push({ value: p, style: "header" }, blank("header"), blank("header"), blank("header"));
    sheet.merge(top, 1 + 4 * i, 1, 4);
    lower.push(...["Điểm", "Hạng", "Trung vị", "Chênh lệch"].map((value): ModelCell => ({ value, style: "header" })));
  });
  upper.push({ value: "Thứ hạng tăng (+) / giảm (−)", style: "header" });
  lower.push(blank("header"));
  sheet.merge(top, widths.length - 1, 2, 1);
  sheet.rows.push({ kind: "header", cells: upper, height: 2 * LINE + 6 });
  sheet.rows.push({ kind: "header", cells: lower, height: LINE + 6 });
  for (const o of over) {
    const s = o.standing;
    const cells: ModelCell[] = [txt(periodLabel(o.period), "unit")];
    for (const st of [s?.total, ...groupCodes.map((g) => s?.groups[g])]) {
      cells.push(num(st?.value), num(st?.rank, { kind: "integer" }), num(st?.median), num(st?.gap));
    }
    cells.push(num(o.rankChange, { kind: "integer" }));
    sheet.rows.push({ kind: "data", cells });
  }
  const missing = over.filter((o) => !o.standing).map((o) => periodLabel(o.period));
  const of = over.find((o) => o.standing)?.standing?.of;
  addNotes(sheet, [
    ...(of ? [`Xếp hạng trong ${of} tỉnh, thành phố của bảng Cổng Dịch vụ công quốc gia; trung vị tính trên các tỉnh có số liệu.`] : []),
    ...(missing.length ? [`Bảng của các kỳ sau không có ${province}: ${missing.join("; ")}.`] : []),
  ]);
  return sheet.toModel(NATIONAL_SHEET, { first: top, last: top + 1 });
}
