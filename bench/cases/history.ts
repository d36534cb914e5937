import { historyRowsFromImport } from "../../src/domain/history/from-import";
import { historyToCells, readHistoryCells, type History, type HistoryRow } from "../../src/domain/history/history-table";
import { monthPeriod, type Period } from "../../src/domain/history/period";
import { buildTrends } from "../../src/domain/history/trends";
import { importCells } from "../../src/domain/reading/import";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { buildMoversModel, buildProvinceRatesModel, buildTrendModel } from "../../src/domain/report/trend-model";
import { renderTableModel } from "../../src/excel/render-table-model";
import { changeSincePrevious, valueInPeriod } from "../../src/functions/history";
import { portalUnits, wideCells } from "../../test/helpers/portal-period";
import { timeMs, type BenchCase } from "../harness";
import { countingContext } from "../counting-context";

/**
 * `months` monthly periods × `units` units: the 149 units of the Gia Lai capture (10/2026),
 * cycled under numbered names and codes, each month's total moved by a small deterministic step
 * so that ranks, grades and movers change.
 */
function syntheticHistory(months: number, units: number): History {
  const read = importCells(wideCells(portalUnits()));
  const rs = getRuleSet(read.ruleSet);
  const periods: Period[] = Array.from({ length: months }, (_, m) => monthPeriod(2025 + Math.floor(m / 12), (m % 12) + 1)!);
  const base = historyRowsFromImport(periods[0], rs, read.rows);
  const rows: HistoryRow[] = [];
  for (const p of periods) {
    const m = periods.indexOf(p);
    for (let i = 0; i < units; i++) {
      const b = base[i % base.length];
      const step = (((i * 7 + m * 3) % 11) - 5) / 10;
      rows.push({ ...b, period: p.id, kind: p.kind, unit: `${b.unit} ${i + 1}`, code: `${b.code}.${i + 1}`, total: b.total === null ? null : Math.round((b.total + step) * 100) / 100 });
    }
  }
  return { periods, rows, groupCodes: rs.groups.map((g) => g.code), indicatorCodes: rs.indicators.map((i) => i.code) };
}

/** Syncs to write the three trend sheets; `noSplit` lifts the 4 MB request limit to show what the splits add. */
async function trendSheetSyncs(h: History, noSplit = false): Promise<number> {
  const t = buildTrends(h);
  const { context, syncs } = countingContext();
  for (const model of [buildTrendModel(t), buildMoversModel(t), buildProvinceRatesModel(t)]) await renderTableModel(context, model, noSplit ? { maxRequestBytes: Number.MAX_SAFE_INTEGER } : {});
  return syncs();
}

export const cases: BenchCase[] = [
  {
    name: "history: 24 months × 4 000 units",
    goal: "trends + 3 sheet models ≤ 5 s; syncs without splits the same for 149 and 4 000 units",
    async run() {
      const h = syntheticHistory(24, 4000);
      const cells = historyToCells(h);
      const readMs = await timeMs(() => readHistoryCells(cells));
      // one recalculation of CHISO.THEOKY and CHISO.THAYDOI over the whole range (the last unit, by name)
      const lastUnit = String(cells[cells.length - 1][2]);
      const theoKyMs = await timeMs(() => valueInPeriod(cells, lastUnit, "2026-12", null));
      const thayDoiMs = await timeMs(() => changeSincePrevious(cells, lastUnit, null));
      let trends!: ReturnType<typeof buildTrends>;
      const trendsMs = await timeMs(() => (trends = buildTrends(h)));
      const modelsMs = await timeMs(() => [buildTrendModel(trends), buildMoversModel(trends), buildProvinceRatesModel(trends)]);
      const syncsLarge = await trendSheetSyncs(h);
      const small = syntheticHistory(24, 149);
      const syncsSmall = await trendSheetSyncs(small);
      const unsplitLarge = await trendSheetSyncs(h, true);
      const unsplitSmall = await trendSheetSyncs(small, true);
      return { rows: h.rows.length, readHistoryMs: readMs, theoKyMs, thayDoiMs, trendsMs, modelsMs, syncs4000: syncsLarge, syncs149: syncsSmall, syncs4000NoSplit: unsplitLarge, syncs149NoSplit: unsplitSmall };
    },
  },
];
