/**
 * Whatever is pasted, the importer returns: it never throws (but its one coded refusal of the
 * portal's points table or long form, which reads nothing), and every non-blank input line
 * (or row of cells) comes back as a row or as a problem — nothing is lost silently.
 */
import fc from "fast-check";
import { importCells, importText, type Cell, type ImportResult } from "../../../src/domain/reading/import";
import { ProblemError } from "../../../src/domain/problems/user-error";
import { readFixture } from "../../helpers/fixtures";

const annex = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n").slice(415, 1026);

/** Real annex lines, headers included, so generated inputs hit tables and not just noise. */
const realLine = fc.constantFrom(...annex);
const tokens = fc.constantFrom("STT", "Đơn vị", "Xã", "Huyện", "Sở", "Ghi chú", "Điểm", "TDGQ.1", "CKMB", "91,16%", "9.,8%", "-", "1/12", "17,8/20", "2.143", "100%", "0", "Mang Yang", "\t", "  ");
const tokenLine = fc.array(tokens, { maxLength: 12 }).map((t) => t.join(" "));
const anyLine = fc.oneof(realLine, tokenLine, fc.string({ maxLength: 40 }), fc.constant(""));

function accounted(r: ImportResult, lines: readonly string[]): number[] {
  const seen = new Set([...r.rows.map((x) => x.row), ...r.problems.map((p) => p.row)]);
  return lines.flatMap((l, i) => (l.trim() && !seen.has(i + 1) ? [i + 1] : []));
}

describe("importText", () => {
  test("never throws and accounts for every non-blank line (PDF lines)", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 60 }), (lines) => {
        const r = importText(lines.join("\n"), { shape: "pdf" });
        return accounted(r, lines).length === 0;
      }),
      { numRuns: 300 },
    );
  });

  test("never throws and accounts for every non-blank line (tab-separated)", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 60 }), (lines) => {
        const tabbed = lines.map((l) => l.replace(/ {2,}/g, "\t"));
        const r = importText(tabbed.join("\n"), { shape: "tsv" });
        return accounted(r, tabbed).length === 0;
      }),
      { numRuns: 300 },
    );
  });

  test("rows carry rates within 0–100 and a non-empty unit name", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 60 }), (lines) => {
        const r = importText(lines.join("\n"));
        return r.rows.every((x) => x.unit.trim() !== "" && Object.values(x.values).every((v) => v >= 0 && v <= 100));
      }),
      { numRuns: 200 },
    );
  });
});

/** An import, or its coded refusal of the portal's points table or long form (null); any other throw fails. */
function importedOrRefused(read: () => ImportResult): ImportResult | null {
  try {
    return read();
  } catch (e) {
    if (e instanceof ProblemError && (e.code === "import.pointsTable" || e.code === "import.longFormTable")) return null;
    throw e;
  }
}

describe("importCells", () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 300 }),
    tokens,
    fc.string({ maxLength: 12 }),
  );
  const header: fc.Arbitrary<Cell[]> = fc.constant(["STT", "Đơn vị", "Cấp huyện", "Điểm", "Tiến độ giải quyết", "TTTT", "Ghi chú"]);
  const row = fc.array(cell, { maxLength: 9 });

  test("never throws and accounts for every non-blank row", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(row, header), { maxLength: 40 }), (cells) => {
        const r = importedOrRefused(() => importCells(cells));
        // refused whole (group points adding up to the total: the portal's points table): nothing read, nothing to account for
        if (r === null) return true;
        const lines = cells.map((c) => c.map((x) => (x === null || x === undefined ? "" : String(x))).join(""));
        return accounted(r, lines).length === 0;
      }),
      { numRuns: 300 },
    );
  });
});
