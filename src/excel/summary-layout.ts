import type { RuleSet } from "../domain/ruleset/schema";
import { ranks, rollUp } from "../domain/scoring/rollup";
import type { ScoredUnit } from "../domain/scoring/score";
import type { Cell } from "./run";
import { structuredName } from "./score-layout";

/** The summary sheet as one block of cells, with the rows to bold and the chart's source. */
export interface SummaryLayout {
  cells: Cell[][];
  boldRows: number[];
  /** unit names and totals, ranked: the chart's data (header row included) */
  chart: { row: number; column: number; rows: number; columns: number } | null;
}

export interface SummaryInput {
  ruleSet: RuleSet;
  tableName: string;
  gradeHeader: string;
  scored: readonly ScoredUnit[];
  /** formulas: counts per grade are COUNTIF over the table's grade column, so they follow the sheet */
  mode: "formulas" | "values";
}

const two = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export function planSummary({ ruleSet, tableName, gradeHeader, scored, mode }: SummaryInput): SummaryLayout {
  const rows: Cell[][] = [];
  const boldRows: number[] = [];
  const title = (text: string) => {
    boldRows.push(rows.length);
    rows.push([text]);
  };
  const gradeColumn = `${tableName}[${structuredName(gradeHeader)}]`;

  title("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766");
  rows.push([`Bảng nguồn: ${tableName}. Bộ quy tắc: ${ruleSet.name} (${ruleSet.id}).`]);
  if (ruleSet.estimate) rows.push(["Tổng điểm tính từ tỷ lệ theo nhóm chỉ là ước tính, có thể khác điểm do Cổng Dịch vụ công quốc gia công bố."]);
  rows.push([]);

  title("Số đơn vị theo xếp loại");
  boldRows.push(rows.length);
  rows.push(["Xếp loại", "Số đơn vị"]);
  const incomplete = scored.filter((s) => s.grade === null).length;
  for (const band of ruleSet.grades) {
    const count = scored.filter((s) => s.grade === band.label).length;
    rows.push([band.label, mode === "formulas" ? `=COUNTIF(${gradeColumn},"${band.label.replace(/"/g, '""')}")` : count]);
  }
  rows.push(["Chưa đủ số liệu", mode === "formulas" ? `=SUMPRODUCT(--ISERROR(${gradeColumn}))+COUNTBLANK(${gradeColumn})` : incomplete]);
  rows.push(["Tổng số", scored.length]);
  rows.push([]);

  const byDistrict = scored.some((s) => s.district);
  const byLevel = !byDistrict && scored.some((s) => s.level);
  const lowest = ruleSet.grades[ruleSet.grades.length - 1].label;
  if (byDistrict || byLevel) {
    const keyName = byDistrict ? "Huyện" : "Cấp";
    title(`Theo ${keyName.toLowerCase()}: số đơn vị xếp loại ${lowest} trên tổng số (k/n)`);
    boldRows.push(rows.length);
    rows.push([keyName, "Số đơn vị", `${lowest} (k/n)`, "Điểm trung bình", "Thấp nhất", "Cao nhất"]);
    // Units outside any district (province agencies, the districts themselves) have no row here.
    const keyed = scored.filter((s) => (byDistrict ? s.district : s.level));
    const groups = rollUp(ruleSet, keyed, (s) => (byDistrict ? s.district : s.level)!);
    for (const g of groups) rows.push([g.key, g.units, g.lowestOfUnits, two(g.average), two(g.min), two(g.max)]);
    rows.push([]);
  }

  title("Xếp hạng theo tổng điểm");
  const headerRow = rows.length;
  boldRows.push(headerRow);
  const keyHeader = byDistrict ? "Huyện" : byLevel ? "Cấp" : null;
  rows.push(["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", ...(keyHeader ? [keyHeader] : [])]);
  const rank = ranks(scored.map((s) => s.total));
  const order = scored
    .map((s, i) => ({ s, r: rank[i], i }))
    .sort((a, b) => (a.r ?? Infinity) - (b.r ?? Infinity) || a.i - b.i);
  for (const { s, r } of order) {
    rows.push([r, s.unit, two(s.total), s.grade, ...(keyHeader ? [(byDistrict ? s.district : s.level) ?? null] : [])]);
  }
  const ranked = order.filter((o) => o.r !== null).length;

  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill(null)]);
  return {
    cells,
    boldRows,
    chart: ranked ? { row: headerRow, column: 1, rows: ranked + 1, columns: 2 } : null,
  };
}
