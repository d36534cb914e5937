import { getRuleSet } from "../../src/domain/ruleset/registry";
import { indicatorHeader } from "../../src/excel/headers";
import type { Cell } from "../../src/excel/run";
import { seedTable, ANNEX_I_RATE_COLUMNS } from "../helpers/fixtures";


export interface SeedTable {
  header: string[];
  rows: Cell[][];
  formats: (string | null)[];
}

/**
 * `n` communes of seed 002 annex I (a3, 220 rows) as an imported CHISO table holds them:
 * Vietnamese headers of the nhom-2023 rule set, rates as fractions formatted as percent.
 * Past 220 the rows repeat with a numbered name, for the 2,000-unit size checks.
 */
export function communeTable(n: number): SeedTable {
  const rs = getRuleSet("nhom-2023");
  const records = seedTable("a3_2023_communes");
  const codes = Object.values(ANNEX_I_RATE_COLUMNS);
  const names = codes.map((c) => indicatorHeader(rs, rs.indicators.find((i) => i.code === c)!));
  const header = ["STT", "Đơn vị", "Huyện", "Điểm", ...names];
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i % records.length];
    const round = Math.floor(i / records.length);
    const unit = round ? `${r.unit} (${round + 1})` : r.unit;
    const rates = Object.keys(ANNEX_I_RATE_COLUMNS).map((k) => (r[k] === "" ? null : Number((Number(r[k]) / 100).toPrecision(12))));
    rows.push([i + 1, unit, r.district, Number(r.diem), ...rates]);
  }
  return { header, rows, formats: [null, null, null, "0.00", ...codes.map(() => "0.00%")] };
}
