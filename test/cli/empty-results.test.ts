/**
 * Nothing read is no success (README: exit 1 = "done but the data had problems (or nothing
 * matched)"): 0 units is exit 1 with the sentence that says where the command looked; an empty
 * file is refused (exit 2) as empty, not as a table whose header was looked for "in lines 1–0".
 * Inputs are cut from the fixtures: seed 002's plan text (its first 11 lines are prose, before
 * any table) and the Gia Lai capture of 10/10/2026 (a header and 149 unit rows).
 */
import { main } from "../../src/cli/main";
import { refusalLine } from "../helpers/cli-refusal";
import { readFixture } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const prose = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(0, 11).join("\n");
const [header, ...unitRows] = readFixture("portal-2026", "gialai_2026-10-10_units.csv").trimEnd().split("\n");
const rowsOnly = unitRows.slice(0, 20).join("\n") + "\n";

test("import of a text with no table: exit 1, nothing read, looked at lines 1–11 (its last line with text)", async () => {
  const m = memoryIo({ "ke-hoach.txt": prose });
  expect(await main(["import", "ke-hoach.txt"], m.io)).toBe(1);
  expect(JSON.parse(m.stdout()).rows).toEqual([]);
  expect(m.stderr()).toContain(refusalLine("cli.noUnitsRead", { file: "ke-hoach.txt", lines: 11, headerRow: null }));
});

test.each(["dong.csv", "dong.txt"])("import of 20 unit rows pasted without their header (%s): exit 1, nothing read in lines 1–20", async (file) => {
  const m = memoryIo({ [file]: rowsOnly });
  expect(await main(["import", file], m.io)).toBe(1);
  expect(m.stderr()).toContain(refusalLine("cli.noUnitsRead", { file, lines: 20, headerRow: null }));
});

test("score of the capture's header row alone: exit 1, no unit below the header (row 1)", async () => {
  const m = memoryIo({ "tieu-de.csv": header + "\n" });
  expect(await main(["score", "tieu-de.csv"], m.io)).toBe(1);
  expect(JSON.parse(m.stdout()).rows).toEqual([]);
  expect(m.stderr()).toContain(refusalLine("cli.noUnitsRead", { file: "tieu-de.csv", lines: 1, headerRow: 1 }));
});

test("score of a title, the header and blank rows: exit 1, the header found on row 2, blank rows not counted as looked at", async () => {
  const m = memoryIo({ "tieu-de.csv": `Tiêu đề báo cáo\n${header}\n,,,\n,,,\n` });
  expect(await main(["score", "tieu-de.csv", "--rules", "dvcqg-2026"], m.io)).toBe(1);
  expect(m.stderr()).toContain(refusalLine("cli.noUnitsRead", { file: "tieu-de.csv", lines: 2, headerRow: 2 }));
});

test("history of a period file with no table: exit 1, nothing read", async () => {
  const m = memoryIo({ "2026-08.txt": prose });
  expect(await main(["history", "2026-08.txt"], m.io)).toBe(1);
  expect(m.stderr()).toContain(refusalLine("cli.noUnitsRead", { file: "2026-08.txt", lines: 11, headerRow: null }));
});

test("history of the national table alone, --province H21: Gia Lai's standing in the text, exit 0 (H21 is there: no defect in the data)", async () => {
  const m = memoryIo({ "toan-quoc_2026-09-17.csv": readFixture("portal-national", "national_2026-09-17.csv") });
  expect(await main(["history", "toan-quoc_2026-09-17.csv", "--province", "H21"], m.io)).toBe(0);
  // national_2026-09-17.csv row 13: H21, UBND tỉnh Gia Lai, 62.62; rank 12 of 34 and the median 61,5 are
  // the hand check of test/domain/history/provinces.test.ts
  expect(m.stdout()).not.toContain("Các kỳ: .");
  expect(m.stdout()).toMatch(/UBND tỉnh Gia Lai .*12\/34.*62,62.*61,5.*\+1,12/);
});

test.each([
  ["score", "rong.csv"],
  ["import", "rong.txt"],
  ["import", "rong.csv"],
  ["history", "2026-08.csv"],
])("%s of an empty file (%s): refused as empty, exit 2", async (command, file) => {
  for (const content of ["", "\r\n\r\n", "\uFEFF"]) {
    const m = memoryIo({ [file]: content });
    expect(await main([command, file], m.io)).toBe(2);
    expect(m.stderr()).toBe(refusalLine("cli.emptyFile", { file }));
  }
});
