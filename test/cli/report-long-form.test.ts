/**
 * `chiso report` on the portal's long form (test/fixtures/portal-2026/gialai_2026-10-10_metrics.csv):
 * the unit's total is complete, with the groups the file gives only as printed group scores
 * (ONLINE_group → CLGQ, TTTT_group) marked as the portal's.
 */
import { main } from "../../src/cli/main";
import { fixturePath } from "../helpers/fixtures";
import { memoryIo } from "../helpers/memory-io";

test("a unit's status report from the long form: complete, its printed groups marked", async () => {
  const m = memoryIo();
  const unit = "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai";
  const code = await main(["report", fixturePath("portal-2026", "gialai_2026-10-10_metrics.csv"), "--unit", unit, "--format", "json"], m.io);
  expect(code).toBe(0);
  const [r] = (JSON.parse(m.stdout()) as { units: { total: { points: number | null; complete: boolean }; groups: { code: string; points: number | null; printed?: boolean }[] }[] }).units;
  // units.csv line 2: 79,27 = 11,79 + 19,97 + 6,72 (ONLINE) + 8,61 (TTTT) + 14,18 + 18
  expect(r.total).toMatchObject({ points: 79.27, complete: true });
  expect(r.groups.map((g) => [g.code, g.points, g.printed ?? false])).toEqual([
    ["CKMB", 11.79, false],
    ["TDGQ", 19.97, false],
    ["CLGQ", 6.72, true],
    ["TTTT", 8.61, true],
    ["MDSH", 14.18, false],
    ["MDHL", 18, false],
  ]);
});
