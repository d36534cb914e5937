import * as fs from "fs";
import * as path from "path";
import { parseCsvRecords } from "../../src/domain/reading/csv";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(fixturePath(...parts), "utf8");
}

/** A seed table (test/fixtures/seed-tables/NAME.csv) as records of strings. */
export function seedTable(name: string): Record<string, string>[] {
  return parseCsvRecords(readFixture("seed-tables", `${name}.csv`));
}

export function portalTable(name: "metrics" | "units"): Record<string, string>[] {
  return parseCsvRecords(readFixture("portal-2026", `gialai_2026-10-10_${name}.csv`));
}

/** An empty CSV field is a missing value; anything else must be a number. */
export function num(s: string): number | null {
  if (s === "") return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`not a number in fixture: ${s}`);
  return n;
}

/**
 * The rate columns of seed 002 annex I (a1/a2/a3 CSV, named after the annex titles in
 * seed-tables/README.md) and the nhom-2023 indicator each holds.
 */
export const ANNEX_I_RATE_COLUMNS: Readonly<Record<string, string>> = {
  cong_khai_minh_bach: "CKMB.TL",
  tien_do_giai_quyet: "TDGQ.TL",
  dvc_truc_tuyen: "CLGQ.TL",
  thanh_toan_truc_tuyen: "TTTT.TL",
  muc_do_hai_long: "MDHL.TL",
  so_hoa_ho_so: "MDSH.TL",
};
