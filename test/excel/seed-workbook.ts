import { importText } from "../../src/domain/reading/import";
import { getRuleSet } from "../../src/domain/ruleset/registry";
import { indicatorHeader } from "../../src/excel/headers";
import { importTableLayout } from "../../src/excel/import-layout";
import { writeNewTableSheet } from "../../src/excel/new-table-sheet";
import type { Cell, ExcelRun } from "../../src/excel/run";
import { readFixture, seedTable, ANNEX_I_RATE_COLUMNS } from "../helpers/fixtures";
import { FakeExcel } from "./fake-excel";

export const runOf = (fake: FakeExcel) => fake.run as unknown as ExcelRun;

const seed002 = () => readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n");
/** Seed 002 annex I as its PDF text: sections 1 and 2 (17 departments, 17 districts), lines 415–553. */
export const annexIDepartmentsAndDistricts = () => seed002().slice(414, 553).join("\n");
/** The whole of seed 002 annex I: 17 departments, 17 districts, 220 communes (lines 415–1026). */
export const annexI = () => seed002().slice(414, 1026).join("\n");

/** A workbook where `text` was imported already, as the Nhập dữ liệu screen does it. */
export async function workbookWithImport(text: string): Promise<{ fake: FakeExcel; table: string; sheet: string }> {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  const result = importText(text);
  const layout = importTableLayout(getRuleSet(result.ruleSet), result);
  const out = await writeNewTableSheet(runOf(fake), { sheetName: "Dữ liệu", tableStem: "ChiSo_DuLieu", ...layout });
  fake.resetLog();
  return { fake, table: out.table, sheet: out.sheet };
}


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

const LEVEL_CELLS = { a1_2023_departments: "Cấp tỉnh", a2_2023_districts: "Cấp huyện", a3_2023_communes: "Cấp xã" } as const;

/**
 * Seed 002 annex I whole (a1 17 departments, a2 17 districts, a3 220 communes) as an
 * imported CHISO table holds it: STT, Đơn vị, Cấp, Huyện, the six rates as fractions
 * formatted as percent (a1's "-" digitization rate is an empty cell). `only` keeps one of
 * the three tables (a2_2023_districts: the 17 districts).
 */
export function annexITable(only?: keyof typeof LEVEL_CELLS): SeedTable {
  const rs = getRuleSet("nhom-2023");
  const keys = Object.keys(ANNEX_I_RATE_COLUMNS);
  const names = keys.map((k) => indicatorHeader(rs, rs.indicators.find((i) => i.code === ANNEX_I_RATE_COLUMNS[k])!));
  const rows: Cell[][] = [];
  for (const [table, level] of Object.entries(LEVEL_CELLS)) {
    if (only && table !== only) continue;
    for (const r of seedTable(table)) {
      const rates = keys.map((k) => (r[k] === "" ? null : Number((Number(r[k]) / 100).toPrecision(12))));
      rows.push([rows.length + 1, r.unit, level, r.district ?? null, ...rates]);
    }
  }
  return { header: ["STT", "Đơn vị", "Cấp", "Huyện", ...names], rows, formats: [null, null, null, null, ...keys.map(() => "0.00%")] };
}

/** `t` as Excel table `tableName` at A1 of a new sheet of `fake`, with its number formats. */
export function addSeedTable(fake: FakeExcel, sheetName: string, tableName: string, t: SeedTable): void {
  const sheet = fake.addSheet(sheetName, [t.header, ...t.rows]);
  t.formats.forEach((f, c) => {
    if (!f) return;
    for (let r = 1; r <= t.rows.length; r++) sheet.cellForWrite(r, c).nf = f;
  });
  const lastColumn = String.fromCharCode(64 + t.header.length);
  fake.addTable(sheetName, `A1:${lastColumn}${t.rows.length + 1}`, tableName);
}
