/**
 * The portal's long form (test/fixtures/portal-2026/gialai_2026-10-10_metrics.csv, one row per
 * unit and metric) through `chiso score`: the groups it gives only as a group score (ONLINE_group,
 * TTTT_group) count as the portal printed them, so every unit has a total, and those totals are
 * the portal's printed totals of gialai_2026-10-10_units.csv; a problem about an indicator cites
 * that indicator's row, and the cells that cannot be read are coded problems on their cells.
 */
import { main } from "../../src/cli/main";
import { fixturePath, portalTable, readFixture } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

interface Row {
  unit: string;
  total: number | null;
  complete: boolean;
  grade: string | null;
  rank: number | null;
  groups: Record<string, number | null>;
  points: Record<string, number | null>;
  problems: { column: string; code: string; cell?: string; message: string }[];
}

const METRICS = fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv");

async function score(file: string, files: Record<string, string> = {}) {
  const m = memoryIo(files);
  const code = await main(["score", file, "--format", "json"], m.io);
  const out = JSON.parse(m.stdout()) as { rows: Row[]; skippedRows: { row: number; code: string }[] };
  return { code, rows: out.rows, skippedRows: out.skippedRows, stderr: m.stderr() };
}

/** The 1-based line of the file where a unit's metric is (the header is line 1). */
function lineOf(unitCode: string, metric: string): number {
  const k = portalTable("metrics").findIndex((r) => r.unit_code === unitCode && r.metric_code === metric);
  if (k < 0) throw new Error(`${unitCode} ${metric} not in the capture`);
  return k + 2;
}

test("every unit's total is complete, and equals the portal's printed total of units.csv", async () => {
  const { code, rows } = await score(METRICS);
  expect(code).toBe(0);
  const printed = new Map(portalTable("units").map((u) => [u.unit, u]));
  expect(rows).toHaveLength(149);
  // units.csv: 149 units, each with its printed total; all 149 are matched to the hundredth
  // (the computed groups reproduce the portal's points, DOMAIN.md; CLGQ and TTTT are its printed ones)
  const matching = rows.filter((r) => r.total !== null && Math.abs(r.total - Number(printed.get(r.unit)!.total_score)) < 0.005);
  expect(matching).toHaveLength(149);
  for (const r of rows) {
    expect(r.complete).toBe(true);
    expect(r.grade).not.toBeNull();
    expect(r.rank).not.toBeNull();
  }
  // metrics.csv lines 18–19 and units.csv line 2: Sở Văn hóa, Thể thao và Du lịch, ONLINE_group 6,72 of 12,
  // TTTT_group 8,61 of 10; total 79,27 = 11,79 + 19,97 + 6,72 + 8,61 + 14,18 + 18, rank 1
  const first = rows[0];
  expect(first.groups).toMatchObject({ CLGQ: 6.72, TTTT: 8.61, DVCTT: 15.33 });
  expect(first.total).toBe(79.27);
  expect(first.rank).toBe(1);
});

test("a group's score that is the portal's is said so, on the row of its group score", async () => {
  const { rows } = await score(METRICS);
  for (const r of rows) {
    const printedGroups = r.problems.filter((p) => p.code === "score.groupPrinted").map((p) => p.column);
    // the rule set's groups without an indicator the file can score: CLGQ (group score only), TTTT (no TTTT.1)
    expect(printedGroups.sort()).toEqual(["CLGQ", "TTTT"]);
  }
  const online = rows[0].problems.find((p) => p.code === "score.groupPrinted" && p.column === "CLGQ")!;
  expect(online.message.startsWith(`Dòng ${lineOf("H21.17", "ONLINE_group")}: `)).toBe(true);
});

test("a problem about an indicator cites the indicator's row, not the unit's first", async () => {
  const { rows } = await score(METRICS);
  // Thanh tra tỉnh starts at line 3406; its MDSH.1 (ORIGINAL_RESULT_AVAILABLE, 0/0, no points) is line 3411
  const thanhTra = rows.find((r) => r.unit === "Thanh tra tỉnh - tỉnh Gia Lai")!;
  expect(lineOf("H21.20", "TDGQ_TienDoGiaiQuyet")).toBe(3406);
  expect(lineOf("H21.20", "ORIGINAL_RESULT_AVAILABLE")).toBe(3411);
  const mdsh1 = thanhTra.problems.filter((p) => p.column === "" || p.column === "MDSH.1").find((p) => p.message.includes("MDSH.1:"))!;
  expect(mdsh1.code).toBe("score.emptyDenominatorNoPoints");
  expect(mdsh1.message.startsWith("Dòng 3411: ")).toBe(true);
});

/** metrics.csv with some lines' counts replaced (1-based line numbers, numerator and denominator as CSV text). */
function edited(counts: Record<number, string>): string {
  const lines = readFixture("portal-2026", "gialai_2026-10-10_metrics.csv").split("\n");
  for (const [line, pair] of Object.entries(counts)) {
    // the 7th and 8th fields (numerator, denominator): the lines edited have no quoted comma after the 6th
    const l = lines[Number(line) - 1];
    const m = /^(.*?),(-?[\d.]*),(-?[\d.]*),([^,]*,[^,]*,[^,]*,[^,]*)\r?$/.exec(l)!;
    lines[Number(line) - 1] = `${m[1]},${pair},${m[4]}`;
  }
  return lines.join("\n");
}

test("a numerator above its denominator, unreadable or negative counts: coded problems on their cells, the indicator unread", async () => {
  // the first unit, Sở Văn hóa, Thể thao và Du lịch (lines 2–…): numerator G, denominator H
  const mdsh2 = lineOf("H21.17", "SO_HOA_GIAY_TO_GIAI_QUYET"); // 603/654
  const mdsh1 = lineOf("H21.17", "ORIGINAL_RESULT_AVAILABLE"); // 610/654
  const ckmb1 = lineOf("H21.17", "PUBLISH_ON_TIME"); // 1/47
  const ckmb2 = lineOf("H21.17", "PUBLIC_UPDATE_ON_TIME"); // 43/47
  const mdsh5 = lineOf("H21.17", "CITIZEN_DATA_CONNECTED_DOSSIER"); // 220/654
  const tttt3 = lineOf("H21.17", "totalDossierOnlinePaymentSuccess"); // 145 (of 165 on the next line)
  expect(mdsh2).toBe(8);
  const file = "/tmp/edited_metrics.csv";
  const text = edited({ [mdsh2]: "700,654", [mdsh1]: '"1.234,5",654', [ckmb1]: "-1,47", [ckmb2]: "—,47", [mdsh5]: "220,abc", [tttt3]: "200," });
  const { code, rows, skippedRows } = await score(file, { [file]: text });
  expect(code).toBe(1);
  // problems on a unit's later lines are the unit's, not rows left out of the table
  expect(skippedRows).toEqual([]);
  const first = rows[0];
  const cells = first.problems.filter((p) => p.cell).map((p) => [p.code, p.cell]);
  expect(cells).toEqual([
    ["count.negative", `G${ckmb1}`],
    ["count.pairIncomplete", `G${ckmb2}`],
    ["count.numeratorAboveDenominator", `G${mdsh1}`],
    ["count.numeratorAboveDenominator", `G${mdsh2}`],
    ["number.invalid", `H${mdsh5}`],
    ["count.numeratorAboveDenominator", `G${tttt3}`],
  ]);
  // none of them scored from the ratio beside (before: 700/654 → full 4/4 with a note)
  for (const code of ["CKMB.1", "CKMB.2", "MDSH.1", "MDSH.2", "MDSH.5", "TTTT.3"]) expect(first.points[code]).toBeNull();
  expect(first.total).toBeNull();
  // the engine's problems for them cite their own rows
  const missing = (indicator: string) => first.problems.find((p) => p.code.startsWith("score.missing") && p.message.includes(`${indicator}:`))!;
  expect(missing("MDSH.2").message.startsWith(`Dòng ${mdsh2}: `)).toBe(true);
  expect(missing("CKMB.1").message.startsWith(`Dòng ${ckmb1}: `)).toBe(true);
  // the other units are untouched
  expect(rows.slice(1).every((r) => r.problems.every((p) => !p.cell))).toBe(true);
});
