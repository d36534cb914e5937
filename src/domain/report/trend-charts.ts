import { periodLabel } from "../history/period";
import type { Trends, UnitTrend } from "../history/trends";

/** Excel draws at most 255 series in one chart. */
export const MAX_CHART_SERIES = 255;

/** A chart's data: one row per series (its name, then a value per period), under a header of period labels. */
export interface ChartBlock {
  title: string;
  header: string[];
  rows: (string | number | null)[][];
  /** values are rates in percent (60 means 60%): written as fractions under a % format */
  percent: boolean;
}

function unitsBlock(title: string, t: Trends, units: readonly UnitTrend[]): ChartBlock {
  return {
    title,
    header: ["Đơn vị", ...t.periods.map(periodLabel)],
    rows: units.slice(0, MAX_CHART_SERIES).map((u) => [u.unit, ...t.periods.map((p) => u.totals[p.id])]),
    percent: false,
  };
}

/**
 * What the line charts of "Diễn biến" show: the province's pooled rates per indicator over the
 * periods, and the totals of the ten highest and the ten lowest units of the last period. Only
 * the Excel door draws them; the CLI writes no charts and says so.
 */
export function trendChartBlocks(t: Trends, count = 10): ChartBlock[] {
  const last = t.last;
  if (!last || t.periods.length < 2) return [];
  const ranked = t.units.filter((u) => u.totals[last.id] !== null).sort((a, b) => b.totals[last.id]! - a.totals[last.id]!);
  const blocks: ChartBlock[] = [];
  if (t.province.length) {
    blocks.push({
      title: "Tỷ lệ toàn tỉnh theo kỳ (gộp theo hồ sơ)",
      header: ["Chỉ tiêu", ...t.periods.map(periodLabel)],
      rows: t.province.slice(0, MAX_CHART_SERIES).map((p) => [p.indicator, ...t.periods.map((q) => p.rates[q.id])]),
      percent: true,
    });
  }
  blocks.push(unitsBlock(`${count} đơn vị điểm cao nhất kỳ cuối`, t, ranked.slice(0, count)));
  blocks.push(unitsBlock(`${count} đơn vị điểm thấp nhất kỳ cuối`, t, ranked.slice(-count).reverse()));
  return blocks;
}
