/**
 * Issue 9, Checks, first item: through every door, random fractions with up to 15 significant
 * digits in %-formatted cells give exactly the points of the engine fed the same rate in
 * percent (the domain's one conversion, percentOf). A number above 1 where a fraction belongs
 * is a problem, at every door.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { main } from "../../../src/cli/main";
import { percentOf, sheetNumber } from "../../../src/domain/reading/cell";
import { readRateCell } from "../../../src/domain/reading/values";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { scoreUnit } from "../../../src/domain/scoring";
import { addScores } from "../../../src/excel/score-sheet";
import type { ExcelRun } from "../../../src/excel/run";
import { FakeExcel } from "../../excel/fake-excel";
import { sheet, valueAt } from "../../functions/hyperformula-plugin";
import { memoryIo } from "../../helpers/memory-io";

const rs = getRuleSet("nhom-2023");
const headers = ["Đơn vị", ...rs.indicators.map((i) => i.name)];
const UNIT = "Xã Đăk Yă";

/** A fraction with at most 15 significant digits: k / 10^d, as Excel stores what a user or a formula put there. */
const fraction = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10_000),
  fc.tuple(fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: 1, max: 15 })).map(([k, d]) => Number((k / 1e15).toPrecision(d))),
  fc.constantFrom(0, 1, 0.12345, 0.29, 0.9116, 0.403, 0.7825),
);
const fractions = fc.array(fraction, { minLength: rs.indicators.length, maxLength: rs.indicators.length });

function engine(fs: readonly number[]) {
  const values = Object.fromEntries(rs.indicators.map((ind, i) => [ind.code, percentOf(fs[i])]));
  return scoreUnit(rs, { unit: UNIT, values });
}

const groupsOf = (s: ReturnType<typeof engine>) => rs.groups.map((g) => s.groups[g.code]);

test("the headline case: 12,345 % held as 0.12345 is 12,345 %, not 12 345 %", () => {
  const read = readRateCell(sheetNumber(0.12345, true));
  expect(read).toEqual({ ok: true, value: 12.345, kind: "sheet" });
});

test("the one conversion is exact for fractions of up to 15 significant digits", () => {
  // 0.29 × 100 = 28.999999999999996 in binary; 0.12345 × 100 = 12.344999999999999
  expect(percentOf(0.29)).toBe(29);
  expect(percentOf(0.12345)).toBe(12.345);
  // m / 10^p written as a decimal, and the same digits with the point two places to the right
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 15 }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (p, big) => {
      const digits = (big % 10n ** BigInt(p)).toString().padStart(p, "0").padEnd(2, "0");
      const f = Number(`0.${digits}`);
      const percent = Number(`${digits.slice(0, 2)}.${digits.slice(2) || "0"}`);
      expect(percentOf(f)).toBe(percent);
      expect(percentOf(1)).toBe(100);
    }),
    { numRuns: 1000 },
  );
});

test("door: the Excel adapter (Tính điểm, values) over the fake", async () => {
  await fc.assert(
    fc.asyncProperty(fractions, async (fs) => {
      const fake = new FakeExcel();
      const ws = fake.addSheet("Dữ liệu", [headers, [UNIT, ...fs]]);
      fs.forEach((_, c) => (ws.cellForWrite(1, c + 1).nf = "0.00%"));
      fake.addTable("Dữ liệu", `A1:${String.fromCharCode(64 + headers.length)}2`, "DuLieu");
      await addScores(fake.run as unknown as ExcelRun, { tableName: "DuLieu", ruleSet: rs, mode: "values" });
      const row = fake.sheet("Dữ liệu")!.dump()[1];
      const s = engine(fs);
      expect(row.slice(headers.length, headers.length + rs.groups.length)).toEqual(groupsOf(s));
      expect(row).toContain(s.total);
    }),
    { numRuns: 60 },
  );
});

async function xlsxOf(rows: unknown[][], percent: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu");
  rows.forEach((r) => ws.addRow(r));
  if (percent) for (let c = 2; c <= headers.length; c++) ws.getRow(2).getCell(c).numFmt = "0.00%";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface ScoreJson {
  rows: { total: number | null; groups: Record<string, number | null>; problems: { column: string; message: string }[] }[];
}

test("door: an .xlsx through the CLI (chiso score)", async () => {
  await fc.assert(
    fc.asyncProperty(fractions, async (fs) => {
      const m = memoryIo({ "t.xlsx": await xlsxOf([headers, [UNIT, ...fs]], true) });
      expect(await main(["score", "t.xlsx", "--rules", "nhom-2023", "--format", "json"], m.io)).toBe(0);
      const out = JSON.parse(m.stdout()) as ScoreJson;
      const s = engine(fs);
      expect(out.rows[0].total).toBe(s.total);
      expect(rs.groups.map((g) => out.rows[0].groups[g.code])).toEqual(groupsOf(s));
    }),
    { numRuns: 25 },
  );
});

test("door: =CHISO.BANGDIEM over HyperFormula", () => {
  fc.assert(
    fc.property(fractions, (fs) => {
      const last = String.fromCharCode(64 + headers.length);
      const hf = sheet([
        [...headers, `=CHISO.BANGDIEM(A1:${last}2, "nhom-2023")`],
        [UNIT, ...fs],
      ]);
      const s = engine(fs);
      const at = (k: number) => valueAt(hf, `${String.fromCharCode(65 + headers.length + k)}2`);
      expect(rs.groups.map((_, k) => at(1 + k))).toEqual(groupsOf(s));
      expect(at(1 + rs.groups.length)).toBe(s.total);
      hf.destroy();
    }),
    { numRuns: 40 },
  );
});

describe("a number above 1 where Excel holds a fraction is a problem that says it looks like a percent", () => {
  test("the reader", () => {
    expect(readRateCell(sheetNumber(91.16))).toMatchObject({ ok: false, code: "rate.looksLikePercent" });
    expect(readRateCell(sheetNumber(1.2, true))).toMatchObject({ ok: false, code: "rate.looksLikePercent" });
    // text keeps its own rule: a bare 91,16 in a CSV is 91,16 %
    expect(readRateCell("91,16")).toEqual({ ok: true, value: 91.16, kind: "plain", decimal: "," });
  });

  test("the CLI, on an .xlsx whose rates were typed as 91.16 without a % format", async () => {
    const m = memoryIo({ "t.xlsx": await xlsxOf([headers, [UNIT, 91.16, 0.5, 0.5, 0.5, 0.5, 0.5]], false) });
    expect(await main(["score", "t.xlsx", "--rules", "nhom-2023", "--format", "json"], m.io)).toBe(1);
    const out = JSON.parse(m.stdout()) as ScoreJson;
    expect(out.rows[0].total).toBeNull();
    expect(out.rows[0].problems.map((p) => p.column)).toContain(headers[1]);
  });

  test("=CHISO.BANGDIEM: the row's scores are #VALUE!", () => {
    const hf = sheet([
      [...headers, `=CHISO.BANGDIEM(A1:G2, "nhom-2023")`],
      [UNIT, 91.16, 0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
    expect(valueAt(hf, "I2")).toMatchObject({ error: "VALUE" });
    hf.destroy();
  });
});
