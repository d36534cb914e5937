/**
 * One answer through every door (issue 10): every real fixture through the CLI
 * (`chiso score --format json`), CHISO.BANGDIEM (evaluated by HyperFormula) and the Tính
 * điểm button in both modes (its CHISO.* formulas evaluated by HyperFormula, and its
 * values), on the same cells: the same points per indicator (where a door shows them),
 * group scores, totals and grades, and the same ranks where a door shows them. The
 * expected answer is no door's: each door is held to the others.
 *
 * The portal's own shapes (issue 9, Deliver 4) go through every door too: its points table
 * (units.csv, graded as its points; the totals are the capture's printed ones) and its long
 * form (metrics.csv, one row per unit and metric: BANGDIEM and the button answer on each
 * unit's first row, the CLI once per unit).
 */
import { HyperFormula } from "hyperformula";
import "./functions/hyperformula-plugin";
import { main } from "../src/cli/main";
import { columnLetters } from "../src/domain/report/table-model";
import { getRuleSet } from "../src/domain/ruleset/registry";
import { addScores } from "../src/excel/score-sheet";
import { setActiveRuleSetId } from "../src/runtime/active-rule-set";
import { FakeExcel } from "./excel/fake-excel";
import { annexI, annexITable, runOf, type SeedTable } from "./excel/seed-workbook";
import { portalLongFormUnits } from "./helpers/portal-long-form";
import { memoryIo } from "./helpers/memory-io";
import { importText } from "../src/domain/reading/import";
import { importTableLayout } from "../src/excel/import-layout";
import { writeNewTableSheet } from "../src/excel/new-table-sheet";
import { parseCsv } from "../src/domain/reading/csv";
import { portalTable as captureRows, readFixture } from "./helpers/fixtures";

type Answer = { groups: Record<string, number | null>; total: number | null; grade: string | null; points: Record<string, number | null>; rank?: number | null };

interface Fixture {
  name: string;
  ruleSet: string;
  /** a workbook holding the fixture as table "T" on sheet "Dữ liệu", as the pane has it */
  workbook: () => Promise<FakeExcel>;
  /** the body rows (0-based) that start a unit: every row, but for the long form */
  unitRows?: (values: unknown[][]) => number[];
  /** totals and ranks a source printed, which the doors must give (the points table) */
  printed?: () => { totals: number[]; ranks: number[] };
}

/** A capture's CSV as a workbook that opened it holds it: its numbers as numbers (the export writes dot decimals). */
function captureTable(name: "units" | "metrics"): SeedTable {
  const [header, ...rows] = parseCsv(readFixture("portal-2026", `gialai_2026-10-10_${name}.csv`));
  const cell = (s: string) => (s === "" ? null : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s);
  return { header, rows: rows.map((r) => r.map(cell)), formats: header.map(() => null) };
}

/** The first row of each unit code in the long form's body. */
function firstRowOfEachUnit(values: unknown[][]): number[] {
  const code = values[0].indexOf("unit_code");
  const seen = new Set<unknown>();
  return values.slice(1).flatMap((r, i) => (seen.has(r[code]) ? [] : (seen.add(r[code]), [i])));
}

/** The portal capture (Gia Lai, 10/2026) as counts per indicator, as a user lays out the long form. */
function portalTable(): SeedTable {
  const units = portalLongFormUnits();
  const codes = getRuleSet("dvcqg-2026").indicators.map((i) => i.code).filter((c) => units.some((u) => u.input.values[c]));
  const header = ["Đơn vị"];
  const formats: (string | null)[] = [null];
  for (const c of codes) {
    const counted = units.some((u) => typeof u.input.values[c] === "object" && u.input.values[c] && "numerator" in (u.input.values[c] as object));
    if (counted) {
      header.push(`${c} tử số`, `${c} mẫu số`);
      formats.push(null, null);
    } else {
      header.push(c);
      formats.push("0.00%");
    }
  }
  const rows = units.map((u) => {
    const row: (string | number | null)[] = [u.input.unit];
    for (const c of codes) {
      const v = u.input.values[c] as { numerator?: number; denominator?: number; rate?: number } | undefined;
      if (header.includes(`${c} tử số`)) row.push(v?.numerator ?? null, v?.denominator ?? null);
      else row.push(v?.rate === undefined || v.rate === null ? null : v.rate / 100);
    }
    return row;
  });
  return { header, rows, formats };
}

function workbookOf(t: SeedTable): FakeExcel {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Dữ liệu", [t.header, ...t.rows]);
  t.formats.forEach((f, c) => {
    if (f) for (let r = 1; r <= t.rows.length; r++) sheet.cellForWrite(r, c).nf = f;
  });
  fake.addTable("Dữ liệu", `A1:${columnLetters(t.header.length - 1)}${t.rows.length + 1}`, "T");
  return fake;
}

const FIXTURES: Fixture[] = [
  { name: "seed 002 annex I, a1 (17 departments)", ruleSet: "nhom-2023", workbook: async () => workbookOf(annexITable("a1_2023_departments")) },
  { name: "seed 002 annex I, a2 (17 districts)", ruleSet: "nhom-2023", workbook: async () => workbookOf(annexITable("a2_2023_districts")) },
  { name: "seed 002 annex I, a3 (220 communes)", ruleSet: "nhom-2023", workbook: async () => workbookOf(annexITable("a3_2023_communes")) },
  { name: "portal capture Gia Lai 10/2026 (149 units)", ruleSet: "dvcqg-2026", workbook: async () => workbookOf(portalTable()) },
  {
    name: "portal capture Gia Lai 10/2026, its points table (units.csv, 149 units)",
    ruleSet: "dvcqg-2026",
    workbook: async () => workbookOf(captureTable("units")),
    // units.csv, columns total_score and rank: the portal's printed totals and its ranks
    printed: () => ({ totals: captureRows("units").map((u) => Number(u.total_score)), ranks: captureRows("units").map((u) => Number(u.rank)) }),
  },
  {
    name: "portal capture Gia Lai 10/2026, its long form (metrics.csv, 3 427 rows of 149 units)",
    ruleSet: "dvcqg-2026",
    workbook: async () => workbookOf(captureTable("metrics")),
    unitRows: firstRowOfEachUnit,
  },
  {
    name: "seed 002 annex I pasted as text (254 units)",
    ruleSet: "nhom-2023",
    workbook: async () => {
      // as the Nhập dữ liệu screen does it: the paste imported into a new table
      const fake = new FakeExcel();
      fake.addSheet("Sheet1");
      const result = importText(annexI());
      const layout = importTableLayout(getRuleSet("nhom-2023"), result);
      const out = await writeNewTableSheet(runOf(fake), { sheetName: "Dữ liệu", tableStem: "T", ...layout });
      fake.tables[0].name = "T";
      expect(out.sheet).toBe("Dữ liệu");
      return fake;
    },
  },
];

/** The table's cells as a user's CSV holds them: percent cells as "97,6%", the CLI's percent convention. */
function csvOf(values: unknown[][], formats: string[][]): string {
  const text = (v: unknown, nf: string) => {
    if (v === "" || v === null || v === undefined) return "";
    const s = typeof v === "number" && nf.includes("%") ? `${String(Math.round(v * 1e10) / 1e8).replace(".", ",")}%` : typeof v === "number" ? String(v).replace(".", ",") : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return values.map((row, r) => row.map((v, c) => text(v, formats[r][c])).join(",")).join("\n");
}

const round2 = (x: unknown) => (typeof x === "number" ? Math.round(x * 100) / 100 : null);

async function cliDoor(fx: Fixture, values: unknown[][], formats: string[][]): Promise<Answer[]> {
  const m = memoryIo({ "bang.csv": csvOf(values, formats) });
  await main(["score", "bang.csv", "--rules", fx.ruleSet, "--format", "json"], m.io);
  const json = JSON.parse(m.stdout()) as { rows: (Answer & { rank: number | null })[] };
  return json.rows.map((r) => ({ groups: r.groups, total: r.total, grade: r.grade, points: r.points, rank: r.rank }));
}

function bangDiemDoor(fx: Fixture, values: unknown[][]): Answer[] {
  const rs = getRuleSet(fx.ruleSet);
  const width = values[0].length;
  const sheet = values.map((r) => r.map((v) => (v === "" ? null : v)));
  const formulaRow = values.length + 2;
  sheet.push([]);
  sheet[formulaRow - 1] = [`=CHISO.BANGDIEM(A1:${columnLetters(width - 1)}${values.length}, "${fx.ruleSet}")`];
  const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
  const out = hf.getSheetValues(0).slice(formulaRow - 1);
  const codes = rs.groups.map((g) => g.code);
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  // out[0] is the header; one row per body row
  const body = out.slice(1, values.length);
  return unitRowsOf(fx, values).map((i) => body[i]).map((r) => ({
    groups: Object.fromEntries(codes.map((c, i) => [c, num(r[1 + i])])),
    total: num(r[1 + codes.length]),
    grade: typeof r[2 + codes.length] === "string" && r[2 + codes.length] !== "" ? (r[2 + codes.length] as string) : null,
    points: {},
    rank: num(r[3 + codes.length]),
  }));
}

/** A structured reference of the button's formulas, as an A1 reference HyperFormula reads. */
function toA1(formula: string, header: string[], row: number): string {
  const col = (h: string) => columnLetters(header.indexOf(h.replace(/'(.)/g, "$1")));
  return formula
    .replace(/T\[\[#Headers\],\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]/g, (_, a: string, b: string) => `$${col(a)}$1:$${col(b)}$1`)
    .replace(/T\[\[#Headers\],\[((?:[^\]']|'.)+)\]\]/g, (_, a: string) => `$${col(a)}$1`)
    .replace(/T\[@\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]/g, (_, a: string, b: string) => `${col(a)}${row}:${col(b)}${row}`)
    .replace(/T\[@\[((?:[^\]']|'.)+)\]\]/g, (_, a: string) => `${col(a)}${row}`);
}

async function buttonDoor(fx: Fixture, mode: "formulas" | "values"): Promise<Answer[]> {
  const fake = await fx.workbook();
  const rs = getRuleSet(fx.ruleSet);
  await addScores(runOf(fake), { tableName: "T", ruleSet: rs, mode });
  let grid = fake.sheet("Dữ liệu")!.dump();
  const header = grid[0].map(String);
  if (mode === "formulas") {
    const sheet = grid.map((r, i) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? toA1(v, header, i + 1) : v === "" ? null : v)));
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
    grid = hf.getSheetValues(0).map((r) => r.map((v) => (v && typeof v === "object" ? null : v)));
  }
  const at = (h: string) => header.indexOf(h);
  const totalCol = header.findIndex((h) => h.startsWith("Tổng điểm"));
  const body = grid.slice(1);
  return unitRowsOf(fx, grid).map((i) => body[i]).map((r) => ({
    groups: Object.fromEntries([...rs.groups, ...rs.compositeGroups].map((g) => [g.code, typeof r[at(`Điểm ${g.code}`)] === "number" ? (r[at(`Điểm ${g.code}`)] as number) : null])),
    total: typeof r[totalCol] === "number" ? (r[totalCol] as number) : null,
    grade: typeof r[at("Xếp loại")] === "string" && r[at("Xếp loại")] !== "" ? (r[at("Xếp loại")] as string) : null,
    points: Object.fromEntries(rs.indicators.filter((i) => at(`Điểm ${i.code}`) >= 0).map((i) => [i.code, typeof r[at(`Điểm ${i.code}`)] === "number" ? (r[at(`Điểm ${i.code}`)] as number) : null])),
  }));
}

function unitRowsOf(fx: Fixture, values: unknown[][]): number[] {
  return fx.unitRows ? fx.unitRows(values) : values.slice(1).map((_, i) => i);
}

/** What two doors both show, rounded to the 2 decimals every door prints. */
function common(a: Answer, b: Answer) {
  const groups = Object.keys(a.groups).filter((g) => g in b.groups);
  const points = Object.keys(a.points).filter((p) => p in b.points);
  return [a, b].map((x) => ({
    groups: Object.fromEntries(groups.map((g) => [g, round2(x.groups[g])])),
    points: Object.fromEntries(points.map((p) => [p, round2(x.points[p])])),
    total: round2(x.total),
    grade: x.grade,
    ...(a.rank !== undefined && b.rank !== undefined ? { rank: x.rank } : {}),
  }));
}

function expectSame(fx: Fixture, doorA: string, a: Answer[], doorB: string, b: Answer[]) {
  expect(b).toHaveLength(a.length);
  const differ: string[] = [];
  a.forEach((x, i) => {
    const [l, r] = common(x, b[i]);
    if (JSON.stringify(l) !== JSON.stringify(r)) differ.push(`${fx.name}, row ${i + 2}: ${doorA} ${JSON.stringify(l)} ≠ ${doorB} ${JSON.stringify(r)}`);
  });
  expect(differ.slice(0, 5)).toEqual([]);
}

describe.each(FIXTURES)("$name: the same answer through every door", (fx) => {
  let cells: { values: unknown[][]; formats: string[][] };
  let cli: Answer[];

  beforeAll(async () => {
    setActiveRuleSetId(fx.ruleSet);
    const fake = await fx.workbook();
    const range = fake.sheet("Dữ liệu")!;
    const values = range.dump();
    const formats = values.map((row, r) => row.map((_, c) => range.cell(r, c)?.nf ?? "General"));
    cells = { values, formats };
    cli = await cliDoor(fx, values, formats);
  }, 120_000);

  test("the CLI scores every unit", () => {
    expect(cli.length).toBe(unitRowsOf(fx, cells.values).length);
    expect(cli.some((u) => Object.values(u.groups).some((g) => g !== null))).toBe(true);
  });

  if (fx.printed) {
    test("the totals and ranks are the ones the source printed", () => {
      const { totals, ranks } = fx.printed!();
      expect(cli.map((u) => u.total)).toEqual(totals);
      // The portal breaks a tie of printed totals (73,29 twice, units.csv lines 14–15) by order;
      // every door gives tied units one rank. Untied, the ranks are the portal's.
      const untied = totals.flatMap((t, k) => (totals.indexOf(t) === totals.lastIndexOf(t) ? [k] : []));
      expect(untied.length).toBeGreaterThan(100);
      expect(untied.map((k) => cli[k].rank)).toEqual(untied.map((k) => ranks[k]));
    });
  }

  test("CHISO.BANGDIEM: the CLI's group scores, totals, grades and ranks", () => {
    expectSame(fx, "CLI", cli, "CHISO.BANGDIEM", bangDiemDoor(fx, cells.values));
  });

  test("Tính điểm with CHISO.* formulas (evaluated by HyperFormula): the CLI's points, group scores, totals and grades", async () => {
    expectSame(fx, "CLI", cli, "Tính điểm (công thức)", await buttonDoor(fx, "formulas"));
  }, 120_000);

  test("Tính điểm with values: the CLI's points, group scores, totals and grades", async () => {
    expectSame(fx, "CLI", cli, "Tính điểm (giá trị)", await buttonDoor(fx, "values"));
  }, 120_000);
});
