/**
 * `chiso import` on the portal's own shapes (issue 9, QA run): the points table and the long form
 * of the real capture (test/fixtures/portal-2026) are refused, exit 2, nothing written; the
 * refusal is the domain's code (src/domain/problems/problem.ts), printed as main prints refusals.
 */
import { main } from "../../src/cli/main";
import { refusalText } from "../../src/domain/problems/user-error";
import { fixturePath, readFixture } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const units = readFixture("portal-2026", "gialai_2026-10-10_units.csv");
const metrics = readFixture("portal-2026", "gialai_2026-10-10_metrics.csv");

/** The one line main prints for a domain refusal (exit 2). */
const refused = (code: "import.pointsTable" | "import.longFormTable", params: Record<string, string | number>) => `Lỗi: ${refusalText({ code, params })}\n`;

test("the points table: exit 2, the refusal and nothing else on stderr, no --out written (was: CKMB 11,79 written as the rate CKMB.TL)", async () => {
  const m = memoryIo({ "units.csv": units });
  expect(await main(["import", "units.csv", "--out", "clean.csv"], m.io)).toBe(2);
  // 149 units; groups in nhom-2023.json's order, the rule set the headers name (CKMB, TDGQ… as in the 2023 tables)
  expect(m.stderr()).toBe(refused("import.pointsTable", { units: 149, groups: "CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH" }));
  expect(m.written["clean.csv"]).toBeUndefined();
  expect(m.stdout()).toBe("");
});

test("the points table with --rules dvcqg-2026 (was: TDGQ's 19,97 points read as the rate TDGQ.1): exit 2", async () => {
  const m = memoryIo({ "units.csv": units });
  expect(await main(["import", "units.csv", "--rules", "dvcqg-2026", "--format", "json"], m.io)).toBe(2);
  expect(m.stderr()).toBe(refused("import.pointsTable", { units: 149, groups: "CKMB, TDGQ, CLGQ, TTTT, MDSH, MDHL" }));
  expect(m.stdout()).toBe("");
});

test("the long form (was: 6 705 warnings, and an output written anyway): exit 2, nothing written", async () => {
  const m = memoryIo();
  expect(await main(["import", fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv"), "--out", "clean.xlsx"], m.io)).toBe(2);
  expect(m.stderr()).toBe(refused("import.longFormTable", { units: 149 }));
  expect(m.written["clean.xlsx"]).toBeUndefined();
  expect(metrics.split("\n").filter((l) => l.trim()).length - 1).toBe(3427);
});

test("the points table pasted as tab-separated text (.tsv): refused the same way", async () => {
  const m = memoryIo({ "units.tsv": units.split("\n").map((l) => l.replace(/"[^"]*"|,/g, (t) => (t === "," ? "\t" : t.slice(1, -1)))).join("\n") });
  expect(await main(["import", "units.tsv"], m.io)).toBe(2);
  expect(m.stderr()).toBe(refused("import.pointsTable", { units: 149, groups: "CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH" }));
});
