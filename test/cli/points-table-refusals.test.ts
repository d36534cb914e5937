/**
 * `chiso report` and `chiso province` work on each indicator's values; the portal's points table
 * (test/fixtures/portal-2026/gialai_2026-10-10_units.csv: group points and totals only) has none.
 * QA found both printing empty reports with exit 0 ("đã biết 0/0 điểm", "tổng điểm chưa tính
 * được" for a unit `chiso score` gives 75,34). They now refuse it as the pane's screens do: the
 * domain's table.pointsOnly, exit 2, nothing written.
 */
import { main } from "../../src/cli/main";
import { refusalText } from "../../src/domain/problems/user-error";
import { readFixture } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

const units = readFixture("portal-2026", "gialai_2026-10-10_units.csv");

test.each([
  ["report", ["--unit", "UBND xã Vân Canh", "--out", "bao-cao.xlsx"], "bao-cao.xlsx"],
  ["province", ["--out", "tinh.xlsx"], "tinh.xlsx"],
])("chiso %s on the points table: table.pointsOnly, exit 2, no file", async (command, args, out) => {
  const m = memoryIo({ "units.csv": units });
  expect(await main([command, "units.csv", ...args], m.io)).toBe(2);
  expect(m.stderr().endsWith(`Lỗi: ${refusalText({ code: "table.pointsOnly", params: { table: "units.csv" } })}\n`)).toBe(true);
  expect(m.written[out]).toBeUndefined();
  expect(m.stdout()).toBe("");
});
