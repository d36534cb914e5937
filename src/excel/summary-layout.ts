import type { RuleSet } from "../domain/ruleset/schema";
import { ranks, rollUp } from "../domain/scoring/rollup";
import { compileRuleSet, roundTo, type ScoredUnit } from "../domain/scoring/score";
import type { OfficialTotal, OfficialTotals } from "./official-totals";
import { formula, type Formula, type WriteCell } from "./bulk-writer";
import { structuredName } from "./score-layout";

/** The summary sheet as one block of cells, with the rows to bold and the chart's source. */
export interface SummaryLayout {
  /** formulas are `Formula` cells: any other text is written as text */
  cells: WriteCell[][];
  boldRows: number[];
  /** the tables of the sheet (header and body rows): columns fit these, not the long notes above them */
  blocks: { row: number; rows: number }[];
  /** number formats of column runs (averages and totals "0.00", shares "0.00%"); other cells stay General */
  formats: { row: number; column: number; rows: number; format: string }[];
  /** unit names and totals, ranked: the chart's data (header row included) */
  chart: { row: number; column: number; rows: number; columns: number } | null;
}

export interface SummaryInput {
  ruleSet: RuleSet;
  tableName: string;
  gradeHeader: string;
  scored: readonly ScoredUnit[];
  /** the totals the roll-up counts: printed by the source where it has them */
  official: OfficialTotals;
  /** formulas: counts per grade are COUNTIFS over the table, so they follow the sheet */
  mode: "formulas" | "values";
}

/* Office.js format codes are locale-invariant: Excel shows "0.00" with the user's decimal comma (62,63). */
const DECIMALS = "0.00";
const PERCENT = "0.00%";

const two = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** " (ước tính)" after an estimating rule set's name, unless the name says so already. */
export function estimateMark(ruleSet: Pick<RuleSet, "name" | "estimate">): string {
  return ruleSet.estimate && !ruleSet.name.normalize("NFC").toLocaleLowerCase("vi").includes("ước tính") ? " (ước tính)" : "";
}

/** The sentence saying which totals the counts, k/n and ranks use. */
function totalsNote(ruleSet: RuleSet, official: OfficialTotals, units: number): string {
  const computed = `điểm tính theo bộ quy tắc “${ruleSet.name}”${estimateMark(ruleSet)}`;
  const printed = `Điểm đánh giá in trong bảng nguồn (cột “${official.printedColumn}”)`;
  if (!official.printed) return `Xếp loại, k/n và xếp hạng dưới đây theo ${computed}.`;
  if (!official.computed) return `Xếp loại, k/n và xếp hạng dưới đây theo ${printed} của cả ${units} đơn vị.`;
  return `Xếp loại, k/n và xếp hạng dưới đây theo ${printed} cho ${official.printed} đơn vị; ${official.computed} đơn vị không có điểm in dùng ${computed}.`;
}

/**
 * Counts per grade as formulas. Without printed totals: COUNTIF over the computed grades.
 * With them: the band of the printed total (COUNTIFS on its column, thresholds in points),
 * plus the computed grade of the rows the source left blank.
 */
function gradeCountFormulas(ruleSet: RuleSet, tableName: string, gradeHeader: string, printedColumn: string | null): Formula[] {
  const grades = `${tableName}[${structuredName(gradeHeader)}]`;
  if (!printedColumn) return ruleSet.grades.map((g) => formula(`=COUNTIF(${grades},${quoted(g.label)})`));
  const printed = `${tableName}[${structuredName(printedColumn)}]`;
  const maxTotal = compileRuleSet(ruleSet).maxTotal;
  const points = (percent: number) => roundTo((percent * maxTotal) / 100, 10);
  const n = ruleSet.grades.length;
  return ruleSet.grades.map((g, i) => {
    // `">="&80`, not `">=80"`: Excel reads a criterion's number in the user's locale (80,5), and so writes it.
    // gradeOf gives the lowest band to anything under every threshold: no floor for it.
    const range = [i < n - 1 ? `${printed},">="&${points(g.min)}` : null, i > 0 ? `${printed},"<"&${points(ruleSet.grades[i - 1].min)}` : null].filter(Boolean);
    const fromPrinted = range.length ? `COUNTIFS(${range.join(",")})` : `COUNT(${printed})`;
    return formula(`=${fromPrinted}+COUNTIFS(${printed},"",${grades},${quoted(g.label)})`);
  });
}

export function planSummary({ ruleSet, tableName, gradeHeader, scored, official, mode }: SummaryInput): SummaryLayout {
  const rows: WriteCell[][] = [];
  const boldRows: number[] = [];
  const blocks: { row: number; rows: number }[] = [];
  const formats: SummaryLayout["formats"] = [];
  const block = (row: number) => blocks.push({ row, rows: rows.length - row });
  const title = (text: string) => {
    boldRows.push(rows.length);
    rows.push([text]);
  };
  const totals = official.rows;

  title("TỔNG HỢP KẾT QUẢ CHỈ SỐ 766");
  rows.push([`Bảng nguồn: ${tableName}. Bộ quy tắc: ${ruleSet.name} (${ruleSet.id}).`]);
  rows.push([totalsNote(ruleSet, official, scored.length)]);
  if (official.printed) rows.push([`Các cột điểm và xếp loại thêm vào bảng ${tableName} vẫn là điểm tính theo bộ quy tắc, có thể khác điểm in.`]);
  // Only when a computed total is counted: units left without any total estimate nothing.
  if (ruleSet.estimate && totals.some((t) => t.source === "computed" && t.total !== null)) rows.push(["Tổng điểm tính từ tỷ lệ theo nhóm chỉ là ước tính, có thể khác điểm do Cổng Dịch vụ công quốc gia công bố."]);
  rows.push([]);

  title("Số đơn vị theo xếp loại");
  const gradeHeader0 = rows.length;
  boldRows.push(gradeHeader0);
  rows.push(["Xếp loại", "Số đơn vị", "Tỷ lệ"]);
  // An unreadable printed total falls back to the computed one, which no COUNTIFS can follow.
  const formulas = mode === "formulas" && !official.problems.length ? gradeCountFormulas(ruleSet, tableName, gradeHeader, official.printed ? official.printedColumn : null) : null;
  const firstBand = rows.length;
  const totalRow = firstBand + ruleSet.grades.length + 1;
  // the share follows the count: a formula over column B in both modes
  const share = (count: number | Formula): [number | Formula, Formula] => [count, formula(`=B${rows.length + 1}/B${totalRow + 1}`)];
  ruleSet.grades.forEach((band, i) => rows.push([band.label, ...share(formulas ? formulas[i] : totals.filter((t) => t.grade === band.label).length)]));
  const lastBand = rows.length - 1;
  const incomplete = totals.filter((t) => t.grade === null).length;
  rows.push(["Chưa đủ số liệu", ...share(formulas ? formula(`=${scored.length}-SUM(B${firstBand + 1}:B${lastBand + 1})`) : incomplete)]);
  rows.push(["Tổng số", ...share(scored.length)]);
  formats.push({ row: firstBand, column: 2, rows: rows.length - firstBand, format: PERCENT });
  block(gradeHeader0);
  rows.push([]);

  const byDistrict = scored.some((s) => s.district);
  const byLevel = !byDistrict && scored.some((s) => s.level);
  const keyOf = (s: ScoredUnit) => (byDistrict ? s.district : s.level);
  const lowest = ruleSet.grades[ruleSet.grades.length - 1].label;
  if (byDistrict || byLevel) {
    const keyName = byDistrict ? "Huyện" : "Cấp";
    title(`Theo ${keyName.toLowerCase()}: số đơn vị xếp loại ${lowest} trên tổng số (k/n)`);
    const keyHeader0 = rows.length;
    boldRows.push(keyHeader0);
    rows.push([keyName, "Số đơn vị", `${lowest} (k/n)`, "Điểm trung bình", "Thấp nhất", "Cao nhất"]);
    // Units outside any district (province agencies, the districts themselves) have no row here.
    const keyed = scored.flatMap((s, i) => {
      const key = keyOf(s);
      return key ? [{ key, total: totals[i].total, grade: totals[i].grade }] : [];
    });
    const groups = rollUp(ruleSet, keyed, (r) => r.key);
    for (const g of groups) rows.push([g.key, g.units, g.lowestOfUnits, two(g.average), two(g.min), two(g.max)]);
    for (const column of [3, 4, 5]) formats.push({ row: keyHeader0 + 1, column, rows: groups.length, format: DECIMALS });
    block(keyHeader0);
    rows.push([]);
  }

  title("Xếp hạng theo tổng điểm");
  const headerRow = rows.length;
  boldRows.push(headerRow);
  const keyHeader = byDistrict ? "Huyện" : byLevel ? "Cấp" : null;
  const mixed = official.printed > 0 && official.computed > 0;
  rows.push(["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", ...(keyHeader ? [keyHeader] : []), ...(mixed ? ["Nguồn điểm"] : [])]);
  const rank = ranks(totals.map((t) => t.total));
  const order = scored
    .map((s, i) => ({ s, t: totals[i], r: rank[i], i }))
    .sort((a, b) => (a.r ?? Infinity) - (b.r ?? Infinity) || a.i - b.i);
  const sourceLabel = (t: OfficialTotal) => (t.total === null ? null : t.source === "printed" ? "In trong bảng nguồn" : ruleSet.estimate ? "Tính (ước tính)" : "Tính theo bộ quy tắc");
  for (const { s, t, r } of order) {
    rows.push([r, s.unit, two(t.total), t.grade, ...(keyHeader ? [keyOf(s) ?? null] : []), ...(mixed ? [sourceLabel(t)] : [])]);
  }
  formats.push({ row: headerRow + 1, column: 2, rows: order.length, format: DECIMALS });
  const ranked = order.filter((o) => o.r !== null).length;
  block(headerRow);

  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) => [...r, ...Array<WriteCell>(width - r.length).fill(null)]);
  return {
    cells,
    boldRows,
    blocks,
    formats: formats.filter((f) => f.rows > 0),
    chart: ranked ? { row: headerRow, column: 1, rows: ranked + 1, columns: 2 } : null,
  };
}
