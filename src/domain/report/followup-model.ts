import type { LevelSummary, NamedUnit } from "../targets/progress";
import { exclusionNotes } from "./annex-model";
import type { CampaignFollowUp, FollowedUnit, MilestoneResult, TallyGrid } from "./campaign-followup";
import { numberVi, percentVi } from "./number-format";
import { NO_DATA } from "./progress-model";
import { inSentence } from "./sentence";
import { blankCell as blank, LINE, linesNeeded, MARKED_LOOK, SheetDraft } from "./sheet-draft";
import type { ModelCell, ModelRow, TableModel } from "./table-model";

export const FOLLOWUP_SHEET = "Theo dõi chiến dịch";
export const FOLLOWUP_TITLE = "THEO DÕI THỰC HIỆN CHỈ TIÊU CHIẾN DỊCH";
export const ALL_LEVELS = "Tất cả các cấp";
export const SHARE_ROW = "Tỷ lệ đạt toàn bộ chỉ tiêu";
export const CHANGE_ROW = "Tăng/giảm so với kỳ trước (điểm %)";

const WIDTH = { index: 5, unit: 30, cell: 11, gaps: 34 };

/**
 * The sheet "Theo dõi chiến dịch": the 10-day reports side by side (seed 002, IV.5.1). Under
 * each report date, one column per milestone. First the units meeting every target per level
 * (k/n), the share over all levels and its change since the previous report; then, per
 * district, its communes (k/n, as annex I's column); then one section per level with each
 * unit's indicators met per date and milestone, marked when short, and what it still lacks at
 * the last report, per milestone, in percentage points. Notes name the units missing from a
 * report, the rows that match no target, and the names matched though written differently.
 */
export function buildFollowUpModel(f: CampaignFollowUp): TableModel {
  const D = f.dates.length;
  const M = f.milestones.length;
  const widths = [WIDTH.index, WIDTH.unit, ...Array.from({ length: D * M }, () => WIDTH.cell), ...f.milestones.map(() => WIDTH.gaps)];
  const sheet = new SheetDraft(widths);
  const { rows } = sheet;
  const labels = new Map(f.campaign.indicators.map((i) => [i.code, i.label]));
  const lastDate = f.dates[D - 1];

  sheet.fullWidth("title", FOLLOWUP_TITLE, "title");
  sheet.fullWidth("title", f.campaign.name, "subtitle");
  sheet.fullWidth("title", `Các kỳ báo cáo: ${f.dates.map((d) => inSentence(d.label)).join("; ")}`, "caption");
  sheet.blankRow();

  /** A two-row header: TT | name | each date over its milestones | the last M columns. */
  const header = (nameHeader: string, tail: string[]) => {
    const { top, upper, lower } = sheet.twoRowHeaderStart(nameHeader);
    let upperLines = 1;
    f.dates.forEach((d, i) => {
      upper.push({ value: d.label, style: "header" }, ...Array.from({ length: M - 1 }, () => blank("header")));
      sheet.merge(top, 2 + i * M, 1, M);
      upperLines = Math.max(upperLines, linesNeeded(d.label, M * WIDTH.cell));
      lower.push(...f.milestones.map((m): ModelCell => ({ value: m.label, style: "header" })));
    });
    tail.forEach((t, i) => {
      upper.push({ value: t, style: "header" });
      lower.push(blank("header"));
      sheet.merge(top, 2 + D * M + i, 2, 1);
    });
    const tailLines = Math.max(1, ...tail.map((t) => linesNeeded(t, WIDTH.gaps) - 1));
    rows.push({ kind: "header", cells: upper, height: Math.max(upperLines, tailLines) * LINE + 6 });
    rows.push({ kind: "header", cells: lower, height: Math.max(...f.milestones.map((m) => linesNeeded(m.label, WIDTH.cell))) * LINE + 6 });
    return top;
  };

  const changeHeaders = f.milestones.map((m) => `Tăng/giảm số đơn vị đạt so với kỳ trước, ${inSentence(m.label)}`);
  const kn = (t: LevelSummary): ModelCell => ({ value: `${t.metAll}/${t.complete}`, style: "value", format: { kind: "text" } });
  const tallyRow = (index: number | null, name: string, grid: TallyGrid): ModelRow => {
    const cells: ModelCell[] = [index === null ? blank("index") : { value: index, style: "index", format: { kind: "integer" } }, { value: name, style: "unit", format: { kind: "text" } }];
    for (const d of f.dates) for (const m of f.milestones) cells.push(kn(grid[m.id][d.id]));
    for (const m of f.milestones) {
      const prev = D > 1 ? grid[m.id][f.dates[D - 2].id] : undefined;
      cells.push(prev ? { value: grid[m.id][lastDate.id].metAll - prev.metAll, style: "value", format: { kind: "integer" } } : blank("value"));
    }
    const lines = linesNeeded(name, WIDTH.unit);
    return { kind: "data", cells, ...(lines > 1 ? { height: lines * LINE + 2 } : {}) };
  };

  // I. per level, then all levels, the share and its change
  sheet.fullWidth("section", "I. Đơn vị đạt toàn bộ chỉ tiêu theo từng kỳ báo cáo (k/n)", "section");
  const top = header("Cấp", changeHeaders);
  const repeatRows = { first: top, last: top + 1 };
  f.sections.forEach((s, i) => rows.push(tallyRow(i + 1, s.heading, s.tally)));
  const all = Object.fromEntries(f.trends.map((t) => [t.milestone.id, Object.fromEntries(t.points.map((p) => [p.date, { targeted: 0, reported: 0, complete: p.complete, metAll: p.metAll }]))]));
  rows.push(tallyRow(null, ALL_LEVELS, all));
  const pointOf = (milestone: string, date: string) => f.trends.find((t) => t.milestone.id === milestone)!.points.find((p) => p.date === date)!;
  const trendRow = (name: string, cell: (milestone: string, date: string) => ModelCell) => {
    const cells: ModelCell[] = [blank("index"), { value: name, style: "unit", format: { kind: "text" } }];
    for (const d of f.dates) for (const m of f.milestones) cells.push(cell(m.id, d.id));
    for (let i = 0; i < M; i++) cells.push(blank("value"));
    rows.push({ kind: "data", cells });
  };
  trendRow(SHARE_ROW, (m, d) => {
    const share = pointOf(m, d).share;
    return share === null ? blank("value") : { value: share, style: "value", format: { kind: "percent", decimals: 2 } };
  });
  trendRow(CHANGE_ROW, (m, d) => {
    const change = pointOf(m, d).change;
    return change === null ? blank("value") : { value: change, style: "value", format: { kind: "decimal", decimals: 2 } };
  });
  sheet.blankRow();

  // II. per district, its communes
  let section = 2;
  const roman = ["I", "II", "III", "IV", "V", "VI"];
  if (f.districts.length) {
    sheet.fullWidth("section", `${roman[section - 1]}. Xã, phường, thị trấn đạt toàn bộ chỉ tiêu, theo huyện (k/n)`, "section");
    header("Huyện", changeHeaders);
    f.districts.forEach((d, i) => rows.push(tallyRow(i + 1, d.district, d.tally)));
    sheet.blankRow();
    section++;
  }

  // III… one section per level, unit by unit
  const gapHeaders = f.milestones.map((m) => `Còn thiếu so với ${inSentence(m.label)} (${inSentence(lastDate.label)}), điểm %`);
  const gapText = (r: MilestoneResult) =>
    Object.entries(r.indicators)
      .filter(([, p]) => p.met === false)
      .map(([code, p]) => `${labels.get(code) ?? code} ${numberVi(p.gap!)}`)
      .join("; ");
  f.sections.forEach((s, k) => {
    sheet.fullWidth("section", `${roman[section - 1]}.${k + 1}. ${s.heading}: số chỉ tiêu đạt theo từng kỳ`, "section");
    header(s.unitHeader, gapHeaders);
    s.units.forEach((u, i) => rows.push(unitRow(f, u, i + 1, gapText)));
    sheet.blankRow();
  });

  for (const line of followUpNotes(f)) sheet.fullWidth("note", line, "note");
  return sheet.toModel(FOLLOWUP_SHEET, repeatRows);
}

function unitRow(f: CampaignFollowUp, u: FollowedUnit, index: number, gapText: (r: MilestoneResult) => string): ModelRow {
  const cells: ModelCell[] = [
    { value: index, style: "index", format: { kind: "integer" } },
    { value: u.unit, style: "unit", format: { kind: "text" } },
  ];
  for (const d of f.dates) {
    for (const m of f.milestones) {
      const r = u.dates[d.id]?.byMilestone[m.id];
      if (!r) {
        cells.push({ value: NO_DATA, style: "value", format: { kind: "text" }, mark: "Không có trong báo cáo kỳ này." });
        continue;
      }
      const short = gapText(r);
      const cell: ModelCell = { value: `${r.met}/${r.of}`, style: short ? "marked" : "value", format: { kind: "text" } };
      if (short) cell.mark = `Còn thiếu (điểm %): ${short}.`;
      if (r.noData.length) cell.mark = `${cell.mark ? cell.mark + " " : ""}Chưa có số liệu: ${r.noData.length} chỉ tiêu.`;
      cells.push(cell);
    }
  }
  const last = f.dates[f.dates.length - 1];
  for (const m of f.milestones) {
    const r = last ? u.dates[last.id]?.byMilestone[m.id] : undefined;
    cells.push({ value: r ? gapText(r) || "Đạt" : NO_DATA, style: "unit", format: { kind: "text" } });
  }
  const lines = Math.max(linesNeeded(u.unit, WIDTH.unit), ...cells.slice(-f.milestones.length).map((c) => linesNeeded(String(c.value), WIDTH.gaps)));
  return { kind: "data", cells, ...(lines > 1 ? { height: lines * LINE + 2 } : {}) };
}

/** A commune is named with its district: two communes may share a name. */
function placeOf(u: { unit: string; district?: string }): string {
  return u.district ? `${u.unit} (${u.district})` : u.unit;
}

export function followUpNotes(f: CampaignFollowUp): string[] {
  const dateLabel = new Map(f.dates.map((d) => [d.id, inSentence(d.label)]));
  const lines = [
    "Ghi chú:",
    "- k/n: k đơn vị đạt mọi chỉ tiêu của mốc trên n đơn vị có đủ số liệu kỳ đó; đơn vị thiếu số liệu không tính vào n. Đạt khi kết quả không thấp hơn chỉ tiêu.",
    `- Ô của từng đơn vị: số chỉ tiêu đạt/số chỉ tiêu; ${MARKED_LOOK}: còn chỉ tiêu chưa đạt, ghi chú trong ô nêu số điểm % còn thiếu; “${NO_DATA}”: không có trong báo cáo kỳ đó.`,
    `- Đơn vị được theo dõi qua các kỳ theo mã đơn vị (khi có), theo tên (không phân biệt hoa thường, dấu, “UBND”) hoặc theo bảng ghép tên.`,
  ];
  const renamed = f.sections.flatMap((s) =>
    s.units.flatMap((u) => {
      const names = [...new Set(f.dates.map((d) => u.dates[d.id]?.reportedAs).filter((n): n is string => n !== undefined && n !== u.unit))];
      return names.length ? [`${placeOf(u)} ghi là ${names.map((n) => `“${n}”`).join(", ")}`] : [];
    }),
  );
  if (renamed.length) lines.push(`- Tên trong báo cáo khác tên được giao chỉ tiêu: ${renamed.join("; ")}.`);
  for (const m of f.missing) lines.push(`- Không có trong báo cáo ${dateLabel.get(m.period)}: ${m.units.map((u: NamedUnit) => placeOf(u)).join(", ")}.`);
  const byDate = (list: readonly { unit: string; district?: string; period: string }[]) => f.dates.filter((d) => list.some((x) => x.period === d.id)).map((d) => `${dateLabel.get(d.id)}: ${list.filter((x) => x.period === d.id).map(placeOf).join(", ")}`);
  if (f.unmatched.length) lines.push(`- Có trong báo cáo nhưng không khớp đơn vị nào được giao chỉ tiêu (đơn vị mới, đổi tên chưa có trong bảng ghép tên) — ${byDate(f.unmatched).join("; ")}.`);
  lines.push(...exclusionNotes(f.campaign));
  for (const t of f.trends) {
    const last = t.points[t.points.length - 1];
    if (last?.share !== null && last !== undefined) lines.push(`- ${t.milestone.label}: ${last.metAll}/${last.complete} đơn vị đạt toàn bộ chỉ tiêu ở kỳ cuối (${percentVi(last.share, 2)}); ${t.short.length} đơn vị còn chỉ tiêu chưa đạt.`);
  }
  return lines;
}
