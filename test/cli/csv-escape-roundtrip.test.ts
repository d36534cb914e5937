/** CSV written by the CLI cannot smuggle a live formula into a spreadsheet, and reads back exactly. */
import * as fs from "fs";
import { main } from "../../src/cli/main";
import { parseCsv, toCsv } from "../../src/domain/reading/csv";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const NOTES = ['=HYPERLINK("http://example.invalid/x","bấm vào đây")', "+84 269 3822 222", "-", "@ghi chú", "bình thường"];

/** seed 002 annex I departments with a note column a user might have typed. */
function departmentsWithNotes(): string {
  const [head, ...rows] = parseCsv(fs.readFileSync(fixturePath("seed-tables", "a2_2023_districts.csv"), "utf8"));
  return toCsv([[...head, "Ghi chú"], ...rows.map((r, i) => [...r, NOTES[i % NOTES.length]])]);
}

test("import → CSV → score: formula-like notes are escaped in both CSVs and come back as typed", async () => {
  const m = memoryIo({ "in.csv": departmentsWithNotes() });
  expect(await main(["import", "in.csv", "--format", "csv", "--out", "imported.csv"], m.io)).toBe(0);
  const imported = String(m.written["imported.csv"]);
  expect(imported).toContain(`"'=HYPERLINK(""http://example.invalid/x"",""bấm vào đây"")"`);
  expect(imported).toContain(",'+84 269 3822 222,");
  // no cell of the file starts a formula
  expect(imported.split(/[\n,]/).some((cell) => /^[=+@]/.test(cell))).toBe(false);

  const direct = memoryIo({ "in.csv": departmentsWithNotes() });
  await main(["score", "in.csv", "--format", "csv", "--out", "direct.csv", "--rules", "nhom-2023"], direct.io);
  expect(await main(["score", "imported.csv", "--format", "csv", "--out", "scored.csv", "--rules", "nhom-2023"], m.io)).toBe(0);
  const scored = parseCsv(String(m.written["scored.csv"]));
  const head = scored[0];
  const notes = scored.slice(1).map((r) => r[head.indexOf("Ghi chú")]);
  expect(notes).toEqual(Array.from({ length: 17 }, (_, i) => NOTES[i % NOTES.length]));
  // the totals are those of scoring the original table directly (Mang Yang 58.43, see score.test)
  const total = (rows: string[][]) => rows.slice(1).map((r) => r[rows[0].findIndex((h) => h.startsWith("Tổng điểm"))]);
  expect(total(scored)).toEqual(total(parseCsv(String(direct.written["direct.csv"]))));
  expect(total(scored)[0]).toBe("58.43");
});
