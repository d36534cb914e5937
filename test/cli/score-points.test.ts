/**
 * `chiso score --format json` on a copy of the portal's points table (the Gia Lai capture of
 * 10/10/2026, test/fixtures/portal-2026/gialai_2026-10-10_units.csv) edited as QA found it:
 * totals and grades from the printed figures added by hand, problems by code on their cells.
 * Columns: A unit, B unit_code, C level, D total_score, E CKMB, F TDGQ, G ONLINE, H TTTT, I MDSH, J MDHL.
 */
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/domain/reading/csv";
import { readFixture } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

interface Out {
  rows: { unit: string; total: number | null; complete: boolean; grade: string | null; rank: number | null; groups: Record<string, number | null>; problems: { code?: string; cell?: string }[] }[];
}

/** A CSV cell as a user's file holds it: quoted only when it has a comma or a quote ("-3" stays "-3"). */
const csvCell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

test("an edited copy of the capture: printed totals kept, blank or unreadable totals summed, bad group points said", async () => {
  const cells = parseCsv(readFixture("portal-2026", "gialai_2026-10-10_units.csv")).map((r) => r.map(String));
  const edits: [line: number, col: number, text: string][] = [
    [2, 4, "5"], // Sở VHTTDL: CKMB 11,79 → 5
    [3, 3, ""], // Vân Canh: total blank
    [4, 3, "Chưa có dữ liệu"], // Đăk Song
    [5, 3, "9,8 %"], // Đề Gi
    [6, 4, "25"], // Hoài Nhơn Bắc: CKMB above 18
    [7, 4, "-3"], // Canh Vinh: CKMB negative
    [8, 3, ""], // Phù Mỹ Nam: no total …
    [8, 5, ""], // … and no TDGQ
  ];
  for (const [line, col, text] of edits) cells[line - 1][col] = text;
  const file = "/virtual/gialai_units_edited.csv";
  const m = memoryIo({ [file]: cells.map((r) => r.map(csvCell).join(",")).join("\n") + "\n" });

  const code = await main(["score", file, "--format", "json"], m.io);
  // errors on cells (9,8 %, 25, -3) and one unit without a total
  expect(code).toBe(1);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.rows).toHaveLength(149);
  const row = (line: number) => out.rows[line - 2];
  const codes = (line: number) => row(line).problems.map((p) => [p.cell, p.code]);

  // printed 79,27 kept; its groups add to 5 + 19,97 + 6,72 + 8,61 + 14,18 + 18 = 72,48: a warning
  expect(row(2)).toMatchObject({ total: 79.27, grade: "Khá", rank: 1, complete: true });
  expect(codes(2)).toEqual([["D2", "points.totalNotSum"]]);
  // 11,79 + 19,41 + 6,31 + 7,34 + 12,49 + 18 = 75,34 (Khá: 70–80), not 0 / Yếu
  expect(row(3)).toMatchObject({ total: 75.34, grade: "Khá", rank: 2, complete: true });
  expect(codes(3)).toEqual([["D3", "points.totalFromGroups"]]);
  // 11,79 + 19,52 + 6,2 + 6,7 + 11,74 + 18 = 73,95
  expect(row(4)).toMatchObject({ total: 73.95, grade: "Khá" });
  expect(codes(4)).toEqual([["D4", "points.totalFromGroups"]]);
  // 11,79 + 18,72 + 6,73 + 7,55 + 10,97 + 18 = 73,76
  expect(row(5)).toMatchObject({ total: 73.76, grade: "Khá" });
  expect(codes(5)).toEqual([
    ["D5", "count.notACount"],
    ["D5", "points.totalFromGroups"],
  ]);
  // printed totals 73,71 and 73,64 kept; CKMB not used
  expect(row(6)).toMatchObject({ total: 73.71, groups: expect.objectContaining({ CKMB: null, TDGQ: 18.66 }) });
  expect(codes(6)).toEqual([["E6", "points.aboveMax"]]);
  expect(row(7)).toMatchObject({ total: 73.64, groups: expect.objectContaining({ CKMB: null }) });
  expect(codes(7)).toEqual([["E7", "count.negative"]]);
  // neither a total nor every group: no total, no grade, no rank
  expect(row(8)).toMatchObject({ total: null, grade: null, rank: null, complete: false });
  expect(codes(8)).toEqual([["D8", "whole.totalOpen"]]);
  // the rows not edited keep their printed totals (line 9, Cát Tiến: 73,49)
  expect(row(9)).toMatchObject({ total: 73.49, problems: [] });
  expect(m.stderr()).toContain("1/149 đơn vị thiếu số liệu");
});
