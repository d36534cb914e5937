/**
 * `chiso history` run in-process on real data: the Gia Lai capture of 10/10/2026 and the earlier
 * snapshot built from it by the documented edits of test/helpers/history-fixtures.ts; seed 002's
 * 2023 annex. Expected changes are the hand calculations written there.
 */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { toCsv } from "../../src/domain/reading/csv";
import { refusalLine } from "../helpers/cli-refusal";
import { readFixture } from "../helpers/fixtures";
import { editedEarlierUnits } from "../helpers/history-fixtures";
import { memoryIo } from "../helpers/memory-io";
import { portalUnits, wideCells } from "../helpers/portal-period";

interface Json {
  periods: string[];
  units: { unit: string; code: string | null; totals: Record<string, number | null>; groups: Record<string, Record<string, number | null>>; grades: Record<string, string | null>; change: number | null; groupChange: Record<string, number | null> }[];
  unmatched: { unit: string; period: string }[];
  gone: { unit: string; period: string; level: string | null }[];
}

const capture = toCsv(wideCells(portalUnits()));
const earlier = toCsv(wideCells(editedEarlierUnits()));
const ngoaiVu = (j: Json) => j.units.find((u) => u.code === "H21.26")!;

test("two period files named by their period → JSON: changes from the previous period to the last, as computed by hand", async () => {
  const m = memoryIo({ "2026-09-30.csv": earlier, "gialai_2026-10-10.csv": capture });
  expect(await main(["history", "gialai_2026-10-10.csv", "2026-09-30.csv", "--format", "json"], m.io)).toBe(0);
  const j = JSON.parse(m.stdout()) as Json;
  expect(j.periods).toEqual(["2026-09-30", "2026-10-10"]);
  // Sở Ngoại vụ: 57,60 → 48,37 = −9,23; TDGQ 18,46 → 9,23 = −9,23; Trung bình → Yếu
  const nv = ngoaiVu(j);
  expect(nv.totals).toEqual({ "2026-09-30": 57.6, "2026-10-10": 48.37 });
  expect(nv.grades).toEqual({ "2026-09-30": "Trung bình", "2026-10-10": "Yếu" });
  expect(nv.change).toBe(-9.23);
  expect(nv.groupChange.TDGQ).toBe(-9.23);
  expect(nv.groups["2026-10-10"].TDGQ).toBe(9.23);
  expect(j.units.find((u) => u.code === "H21.17")!.change).toBe(1.62);
  expect(j.unmatched).toEqual([{ unit: "UBND xã Vân Canh", period: "2026-10-10" }]);
  expect(j.units).toHaveLength(149);
});

test("a period from the title row, another from --period; none at all is refused (exit 2)", async () => {
  const titled = "Kết quả chỉ số 766 tính đến ngày 30/09/2026\n\n" + earlier;
  const m = memoryIo({ "ky-truoc.csv": titled, "ky-nay.csv": capture });
  expect(await main(["history", "ky-truoc.csv", "ky-nay.csv", "--period", "2026-10-10", "--format", "json"], m.io)).toBe(0);
  expect((JSON.parse(m.stdout()) as Json).periods).toEqual(["2026-09-30", "2026-10-10"]);

  const n = memoryIo({ "ky-nay.csv": capture });
  expect(await main(["history", "ky-nay.csv"], n.io)).toBe(2);
  expect(n.stderr()).toBe(refusalLine("cli.fileWithoutPeriod", { file: "ky-nay.csv" }));
});

test("--out: the four sheets, the history first; the CLI says it writes no charts; the file takes the next period back", async () => {
  const m = memoryIo({ "2026-09-30.csv": earlier });
  expect(await main(["history", "2026-09-30.csv", "--out", "dien-bien.xlsx"], m.io)).toBe(0);
  expect(m.stderr()).toContain("Tệp .xlsx không có biểu đồ");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(m.written["dien-bien.xlsx"] as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Lịch sử", "Diễn biến", "Tăng giảm", "Toàn tỉnh theo kỳ"]);

  // Next month: the kept history plus the new period file
  const next = memoryIo({ "dien-bien.xlsx": m.written["dien-bien.xlsx"], "2026-10-10.csv": capture });
  expect(await main(["history", "dien-bien.xlsx", "2026-10-10.csv", "--format", "json"], next.io)).toBe(0);
  const j = JSON.parse(next.stdout()) as Json;
  expect(j.periods).toEqual(["2026-09-30", "2026-10-10"]);
  expect(ngoaiVu(j).change).toBe(-9.23);
});

test("re-importing a period: nothing changes unless --replace, and the differences are printed", async () => {
  const first = memoryIo({ "2026-10-10.csv": capture });
  await main(["history", "2026-10-10.csv", "--out", "h.xlsx"], first.io);
  const kept = first.written["h.xlsx"];

  // the same period with the earlier numbers (Ngoại vụ TDGQ.1 12/13 instead of 6/13, total 57,60…)
  const again = memoryIo({ "h.xlsx": kept, "2026-10-10.csv": earlier });
  expect(await main(["history", "h.xlsx", "2026-10-10.csv", "--format", "json"], again.io)).toBe(1);
  expect(again.stderr()).toContain("Đến ngày 10/10/2026 đã có với số liệu khác");
  expect(again.stderr()).toContain("Sở Ngoại vụ - tỉnh Gia Lai, TDGQ.1 tử số: 6 → 12");
  expect(again.stderr()).toContain("Sở Ngoại vụ - tỉnh Gia Lai, Tổng điểm: 48,37 → 57,6");
  expect(ngoaiVu(JSON.parse(again.stdout()) as Json).totals["2026-10-10"]).toBe(48.37);

  const replaced = memoryIo({ "h.xlsx": kept, "2026-10-10.csv": earlier });
  expect(await main(["history", "h.xlsx", "2026-10-10.csv", "--replace", "--format", "json"], replaced.io)).toBe(0);
  expect(ngoaiVu(JSON.parse(replaced.stdout()) as Json).totals["2026-10-10"]).toBe(57.6);

  const same = memoryIo({ "h.xlsx": kept, "2026-10-10.csv": capture });
  expect(await main(["history", "h.xlsx", "2026-10-10.csv"], same.io)).toBe(0);
  expect(same.stderr()).toContain("Đến ngày 10/10/2026 đã có, số liệu không đổi.");
});

test("the 2023 annex (period from its title, 'năm 2023') then the 2026 capture: districts gone, the unmatched listed", async () => {
  const annex = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(414, 1026).join("\n");
  const m = memoryIo({ "phu-luc-i.txt": annex, "2026-10-10.csv": capture });
  expect(await main(["history", "phu-luc-i.txt", "2026-10-10.csv", "--format", "json"], m.io)).toBe(1);
  const j = JSON.parse(m.stdout()) as Json;
  expect(j.periods).toEqual(["2023", "2026-10-10"]);
  expect(j.gone.filter((g) => g.level === "huyện")).toHaveLength(17);
  expect(j.unmatched).toContainEqual({ unit: "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai", period: "2026-10-10" });
  // exit 1: the annex's unreadable cell (seed 002 line 976, "9.,8%") is a data problem, named
  expect(m.stderr()).toContain("9.,8%");
});

test("a mapping file joins the merged department; a bad one stops the command (exit 2)", async () => {
  const annex = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(414, 1026).join("\n");
  const mapping = "Tên cũ,Tên mới\nSở Tài nguyên Môi trường,Sở Nông nghiệp và Môi trường\nSở Nông nghiệp và Phát triển nông thôn,Sở Nông nghiệp và Môi trường\n";
  const m = memoryIo({ "phu-luc-i.txt": annex, "2026-10-10.csv": capture, "ghep.csv": mapping });
  await main(["history", "phu-luc-i.txt", "2026-10-10.csv", "--mapping", "ghep.csv", "--format", "json"], m.io);
  expect((JSON.parse(m.stdout()) as Json).unmatched.map((u) => u.unit)).not.toContain("Sở Nông nghiệp và Môi trường - tỉnh Gia Lai");

  const bad = memoryIo({ "2026-10-10.csv": capture, "ghep.csv": "Tên cũ,Tên mới\nXã A,Xã B\nXã A,Xã C\n" });
  expect(await main(["history", "2026-10-10.csv", "--mapping", "ghep.csv"], bad.io)).toBe(2);
  // "Xã A" on rows 2 and 3 of the mapping, to two new names: the second new name is refused
  expect(bad.stderr()).toBe(refusalLine("cli.mappingInvalid", { file: "ghep.csv", problems: [{ code: "mapping.twoTargets", row: 3, column: "Tên mới", params: { from: "Xã A", before: "Xã B", to: "Xã C" } }] }));
});

test("the portal's national table beside the periods: Gia Lai 12th of 34, 1,12 above the median (hand check in test/domain/history/provinces.test.ts)", async () => {
  const national = readFixture("portal-national", "national_2026-09-17.csv");
  const m = memoryIo({ "toan-quoc_2026-09-17.csv": national, "2026-10-10.csv": capture });
  expect(await main(["history", "2026-10-10.csv", "toan-quoc_2026-09-17.csv", "--province", "Gia Lai", "--format", "json", "--out", "x.xlsx"], m.io)).toBe(0);
  const j = JSON.parse(m.stdout()) as { nation: { period: string; of: number; total: { rank: number; median: number; gap: number } }[] };
  expect(j.nation).toEqual([expect.objectContaining({ period: "2026-09-17", of: 34, total: { value: 62.62, rank: 12, median: 61.5, gap: 1.12 } })]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(m.written["x.xlsx"] as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toContain("Toàn quốc");

  const none = memoryIo({ "toan-quoc_2026-09-17.csv": national });
  expect(await main(["history", "toan-quoc_2026-09-17.csv"], none.io)).toBe(2);
  expect(none.stderr()).toContain(refusalLine("cli.provinceNeeded"));
});
