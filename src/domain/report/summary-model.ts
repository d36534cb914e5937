import type { RuleSet } from "../ruleset/schema";
import { ranks, rollUp } from "../scoring/rollup";
import type { ScoredUnit } from "../scoring/score";
import { estimateMark, totalsStatement, type OfficialTotal, type OfficialTotals } from "./official-totals";
import { levelName } from "./level-name";
import { blankCell, LINE, linesNeeded, SheetDraft } from "./sheet-draft";
import { a1, type ModelCell, type ModelRow, type NumberFormat, type TableModel } from "./table-model";

export { estimateMark };

export interface SummaryInput {
  ruleSet: RuleSet;
  /** the data table's name, as the sheet's first lines name it */
  tableName: string;
  scored: readonly ScoredUnit[];
  /** the totals the roll-up counts, and which ones they are (the user's choice) */
  official: OfficialTotals;
  /**
   * Where counts per grade find the data table, in en-US formula syntax: a structured
   * reference (`T[Xếp loại]`) in Excel, an A1 range (`'Bảng điểm'!$H$2:$H$255`) in a file.
   * Null: counts are plain values (the "values" mode of Tính điểm).
   */
  refs: { grades: string } | null;
  /** how this door switches totals, for the statement ("--totals printed"…) */
  how: { printed: string; computed: string };
}

export const SUMMARY_SHEET = "Tổng hợp";
export const CHART_TITLE = "Tổng điểm theo đơn vị";
const WIDTHS = [18, 34, 13, 13, 16, 20];

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const two = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const INTEGER: NumberFormat = { kind: "integer" };
const POINTS: NumberFormat = { kind: "decimal", decimals: 2 };
const SHARE: NumberFormat = { kind: "percent", decimals: 2 };

/** Counts per grade as formulas: COUNTIF over the grade column, which follows the totals counted (planScoreColumns, buildScoredTableModel). */
function gradeCountFormulas(ruleSet: RuleSet, grades: string): string[] {
  return ruleSet.grades.map((g) => `=COUNTIF(${grades},${quoted(g.label)})`);
}

/**
 * The "Tổng hợp" sheet of a scored table, one model for both renderers: counts per grade
 * (with their shares), k/n per district (or per level), the ranking, and a column chart
 * of the ranked totals that only the Excel renderer draws. Every figure follows the totals
 * of `official`, whose choice the first lines state.
 */
export function buildSummaryModel({ ruleSet, tableName, scored, official, refs, how }: SummaryInput): TableModel {
  const sheet = new SheetDraft(WIDTHS);
  const width = WIDTHS.length;
  const row = (kind: ModelRow["kind"], cells: ModelCell[]) => {
    // a unit's long name wraps in its column: the row grows to show it whole
    const lines = Math.max(1, ...cells.map((c, i) => (typeof c.value === "string" && sheet.columnWidths[i] ? linesNeeded(c.value, sheet.columnWidths[i]) : 1)));
    sheet.rows.push({ kind, cells: [...cells, ...Array.from({ length: width - cells.length }, () => blankCell())], ...(lines > 1 ? { height: lines * LINE + 3 } : {}) });
  };
  const header = (labels: string[]) => row("header", labels.map((value) => ({ value, style: "header" })));
  const text = (value: string | null, style: "unit" | "value" = "unit"): ModelCell => (value === null ? blankCell(style) : { value, style, format: { kind: "text" } });
  const num = (value: number | null, format: NumberFormat, formula?: string): ModelCell => ({ value, style: "value", format, ...(formula ? { formula } : {}) });
  const totals = official.rows;

  sheet.fullWidth("title", "TỔNG HỢP KẾT QUẢ CHỈ SỐ 766", "title");
  sheet.fullWidth("note", `Bảng nguồn: ${tableName}. Bộ quy tắc: ${ruleSet.name} (${ruleSet.id}).`, "note");
  sheet.fullWidth("note", totalsStatement(ruleSet, official, how), "note");
  if (official.printed) sheet.fullWidth("note", `Các cột điểm thêm vào bảng ${tableName} vẫn là điểm tính theo bộ quy tắc, có thể khác điểm in; cột “Xếp loại” theo điểm in.`, "note");
  // Only when a computed total is counted: units left without any total estimate nothing.
  if (ruleSet.estimate && totals.some((t) => t.source === "computed" && t.total !== null)) {
    sheet.fullWidth("note", "Tổng điểm tính từ tỷ lệ theo nhóm chỉ là ước tính, có thể khác điểm do Cổng Dịch vụ công quốc gia công bố.", "note");
  }
  sheet.blankRow();

  sheet.fullWidth("section", "Số đơn vị theo xếp loại", "section");
  header(["Xếp loại", "Số đơn vị", "Tỷ lệ"]);
  const formulas = refs ? gradeCountFormulas(ruleSet, refs.grades) : null;
  const firstBand = sheet.rows.length;
  const totalRow = firstBand + ruleSet.grades.length + 1;
  const n = scored.length;
  // the share follows the count: a formula over column B in both modes
  const share = (count: number): ModelCell => num(n ? (100 * count) / n : null, SHARE, `=${a1(sheet.rows.length, 1)}/${a1(totalRow, 1)}`);
  ruleSet.grades.forEach((band, i) => {
    const count = totals.filter((t) => t.grade === band.label).length;
    row("data", [text(band.label), num(count, INTEGER, formulas?.[i]), share(count)]);
  });
  const incomplete = totals.filter((t) => t.grade === null).length;
  row("data", [text("Chưa đủ số liệu"), num(incomplete, INTEGER, formulas ? `=${n}-SUM(${a1(firstBand, 1)}:${a1(totalRow - 2, 1)})` : undefined), share(incomplete)]);
  row("data", [text("Tổng số"), num(n, INTEGER), share(n)]);
  sheet.blankRow();

  const byDistrict = scored.some((s) => s.district);
  const byLevel = !byDistrict && scored.some((s) => s.level);
  // a level as the sheets name it ("Cấp xã"), never the portal's code (COMMUNE)
  const keyOf = (s: ScoredUnit) => (byDistrict ? s.district : s.level && levelName(s.level));
  const lowest = ruleSet.grades[ruleSet.grades.length - 1].label;
  const keyName = byDistrict ? "Huyện" : byLevel ? "Cấp" : null;
  if (keyName) {
    sheet.fullWidth("section", `Theo ${keyName.toLowerCase()}: số đơn vị xếp loại ${lowest} trên tổng số (k/n)`, "section");
    header([keyName, "Số đơn vị", `${lowest} (k/n)`, "Điểm trung bình", "Thấp nhất", "Cao nhất"]);
    // Units outside any district (province agencies, the districts themselves) have no row here.
    const keyed = scored.flatMap((s, i) => {
      const key = keyOf(s);
      return key ? [{ key, total: totals[i].total, grade: totals[i].grade }] : [];
    });
    for (const g of rollUp(ruleSet, keyed, (r) => r.key)) {
      row("data", [text(g.key), num(g.units, INTEGER), text(g.lowestOfUnits, "value"), num(two(g.average), POINTS), num(two(g.min), POINTS), num(two(g.max), POINTS)]);
    }
    sheet.blankRow();
  }

  sheet.fullWidth("section", "Xếp hạng theo tổng điểm", "section");
  const rankHeader = sheet.rows.length;
  const mixed = official.printed > 0 && official.computed > 0;
  header(["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", ...(keyName ? [keyName] : []), ...(mixed ? ["Nguồn điểm"] : [])]);
  const rank = ranks(totals.map((t) => t.total));
  const order = scored.map((s, i) => ({ s, t: totals[i], r: rank[i], i })).sort((a, b) => (a.r ?? Infinity) - (b.r ?? Infinity) || a.i - b.i);
  const sourceLabel = (t: OfficialTotal) => (t.total === null ? null : t.source === "printed" ? "In trong bảng nguồn" : ruleSet.estimate ? "Tính (ước tính)" : "Tính theo bộ quy tắc");
  for (const { s, t, r } of order) {
    row("data", [num(r, INTEGER), text(s.unit), num(two(t.total), POINTS), text(t.grade, "value"), ...(keyName ? [text(keyOf(s) ?? null)] : []), ...(mixed ? [text(sourceLabel(t))] : [])]);
  }
  const ranked = order.filter((o) => o.r !== null).length;

  const model = sheet.toModel(SUMMARY_SHEET, null);
  return {
    ...model,
    print: { ...model.print, orientation: "portrait" },
    ...(ranked ? { chart: { title: CHART_TITLE, data: { row: rankHeader, col: 1, rows: ranked + 1, cols: 2 }, anchor: { row: 3, col: width + 1 } } } : {}),
  };
}
