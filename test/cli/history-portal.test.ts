/**
 * `chiso history` on the portal's own shapes (issue 9, QA run: "Diễn biến" showed Tổng điểm
 * 79,27 beside CKMB 2,12, and "Lịch sử" "CKMB.TL tỷ lệ (%) 11,79": the points read as rates).
 * Periods: the real capture of 10/10/2026 (test/fixtures/portal-2026) and an edited copy made
 * here for 30/09/2026. A points table's group points and total are followed as printed.
 */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseCsv, toCsv } from "../../src/domain/reading/csv";
import { portalTable, readFixture } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const units = readFixture("portal-2026", "gialai_2026-10-10_units.csv");
const metrics = readFixture("portal-2026", "gialai_2026-10-10_metrics.csv");
const SO_VAN_HOA = "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai";

/**
 * The earlier period: the capture with one edit, Sở Văn hóa (H21.17) CKMB 11,79 → 9,79 and its
 * total 79,27 → 77,27, so its groups still add up (9,79 + 19,97 + 6,72 + 8,61 + 14,18 + 18 = 77,27).
 */
function earlierPoints(): string {
  const [header, ...rows] = parseCsv(units);
  const edited = rows.map((r) => (r[1] === "H21.17" ? [r[0], r[1], r[2], "77.27", "9.79", ...r.slice(5)] : r));
  return toCsv([header, ...edited]);
}

interface Json {
  periods: string[];
  units: { unit: string; code: string | null; totals: Record<string, number | null>; groups: Record<string, Record<string, number | null>>; change: number | null; groupChange: Record<string, number | null> }[];
  unmatched: unknown[];
}

async function sheet(bytes: string | Uint8Array, name: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name)!;
  const out: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => out.push((row.values as (string | number | null)[]).slice(1).map((v) => v ?? null)));
  return out;
}

test("two periods of the points table: JSON totals and groups are the printed points, the change is the edit", async () => {
  const m = memoryIo({ "2026-09-30.csv": earlierPoints(), "2026-10-10.csv": units });
  expect(await main(["history", "2026-09-30.csv", "2026-10-10.csv", "--format", "json"], m.io)).toBe(0);
  const j = JSON.parse(m.stdout()) as Json;
  expect(j.periods).toEqual(["2026-09-30", "2026-10-10"]);
  expect(j.units).toHaveLength(149);
  expect(j.unmatched).toEqual([]);
  const u = j.units.find((x) => x.code === "H21.17")!;
  // units.csv row 2: total 79.27, CKMB 11.79, TDGQ 19.97, ONLINE (CLGQ) 6.72, TTTT 8.61, MDSH 14.18, MDHL 18.0
  expect(u.totals).toEqual({ "2026-09-30": 77.27, "2026-10-10": 79.27 });
  expect(u.groups["2026-10-10"]).toEqual({ CKMB: 11.79, TDGQ: 19.97, CLGQ: 6.72, TTTT: 8.61, MDSH: 14.18, MDHL: 18 });
  expect(u.groups["2026-09-30"].CKMB).toBe(9.79);
  // 79,27 − 77,27 = 2; CKMB 11,79 − 9,79 = 2; the other groups unchanged
  expect(u.change).toBe(2);
  expect(u.groupChange).toEqual({ CKMB: 2, TDGQ: 0, CLGQ: 0, TTTT: 0, MDSH: 0, MDHL: 0 });
});

test("--out: 'Lịch sử' holds every unit's printed total and group points, no rate columns; 'Diễn biến' shows them side by side", async () => {
  const m = memoryIo({ "2026-09-30.csv": earlierPoints(), "2026-10-10.csv": units });
  expect(await main(["history", "2026-09-30.csv", "2026-10-10.csv", "--out", "h.xlsx"], m.io)).toBe(0);
  const history = await sheet(m.written["h.xlsx"], "Lịch sử");
  const header = history[0];
  expect(header).toEqual(["Kỳ", "Loại kỳ", "Đơn vị", "Mã đơn vị", "Cấp", "Huyện", "Tổng điểm", "Xếp loại", "Điểm nhóm CKMB", "Điểm nhóm TDGQ", "Điểm nhóm CLGQ", "Điểm nhóm TTTT", "Điểm nhóm MDSH", "Điểm nhóm MDHL"]);
  const col = (t: string) => header.indexOf(t);
  const last = history.filter((r) => r[col("Kỳ")] === "2026-10-10");
  expect(last).toHaveLength(149);
  // every unit of the capture: the numbers in the sheet are the ones the portal printed
  for (const printed of portalTable("units")) {
    const row = last.find((r) => r[col("Mã đơn vị")] === printed.unit_code)!;
    expect([row[col("Đơn vị")], row[col("Tổng điểm")], row[col("Điểm nhóm CKMB")], row[col("Điểm nhóm TDGQ")], row[col("Điểm nhóm CLGQ")], row[col("Điểm nhóm TTTT")], row[col("Điểm nhóm MDSH")], row[col("Điểm nhóm MDHL")]]).toEqual(
      [printed.unit, printed.total_score, printed.CKMB, printed.TDGQ, printed.ONLINE, printed.TTTT, printed.MDSH, printed.MDHL].map((v, i) => (i === 0 ? v : Number(v))),
    );
  }

  const trend = await sheet(m.written["h.xlsx"], "Diễn biến");
  const row = trend.find((r) => r[1] === SO_VAN_HOA)!;
  // period 30/09 (the edit), period 10/10 (the capture): total, CKMB, TDGQ, CLGQ, TTTT, MDSH, MDHL; then the changes, 2 and 2
  expect(row.slice(3, 19)).toEqual([77.27, 9.79, 19.97, 6.72, 8.61, 14.18, 18, 79.27, 11.79, 19.97, 6.72, 8.61, 14.18, 18, 2, 2]);
});

test("the long form as one period, the points table as the next: the long form scored as `chiso score` does, units matched by code", async () => {
  const m = memoryIo({ "2026-09-30.csv": metrics, "2026-10-10.csv": units });
  expect(await main(["history", "2026-09-30.csv", "2026-10-10.csv", "--format", "json"], m.io)).toBe(0);
  const j = JSON.parse(m.stdout()) as Json;
  expect(j.units).toHaveLength(149);
  expect(j.unmatched).toEqual([]);
  const u = j.units.find((x) => x.code === "H21.17")!;
  // The same capture: the engine's group points from the counts equal the portal's printed ones
  // (units.csv row 2) where the capture has every count; CLGQ and TTTT lack some (no group then).
  expect(u.groups["2026-09-30"]).toMatchObject({ CKMB: 11.79, TDGQ: 19.97, MDSH: 14.18, MDHL: 18 });
  expect(u.groups["2026-10-10"]).toMatchObject({ CKMB: 11.79, TDGQ: 19.97, MDSH: 14.18, MDHL: 18 });
  expect(u.groupChange).toMatchObject({ CKMB: 0, TDGQ: 0, MDSH: 0, MDHL: 0 });
});

test("the points table copied from Excel as tab-separated text (.txt) is a period like the CSV", async () => {
  const tsv = parseCsv(units).map((r) => r.join("\t")).join("\n");
  const m = memoryIo({ "2026-09-30.csv": earlierPoints(), "2026-10-10.txt": tsv });
  expect(await main(["history", "2026-09-30.csv", "2026-10-10.txt", "--format", "json"], m.io)).toBe(0);
  const u = (JSON.parse(m.stdout()) as Json).units.find((x) => x.code === "H21.17")!;
  // units.csv row 2 (10/10) and the edit (30/09)
  expect(u.totals).toEqual({ "2026-09-30": 77.27, "2026-10-10": 79.27 });
  expect(u.groups["2026-10-10"]).toEqual({ CKMB: 11.79, TDGQ: 19.97, CLGQ: 6.72, TTTT: 8.61, MDSH: 14.18, MDHL: 18 });
});
