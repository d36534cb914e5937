/**
 * Issue 9, Checks, third item, on the portal capture of Gia Lai, 10/10/2026 (test/fixtures/
 * portal-2026, see its README): the units table is a points table, graded as points whose
 * totals are its printed totals; the metrics table (one row per unit and metric) gives the
 * capture's 149 units, with the portal's printed points kept beside the counts.
 */
import { main } from "../../../src/cli/main";
import { parseCsv } from "../../../src/domain/reading/csv";
import { readUnitTable } from "../../../src/domain/reading/table";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { scoreIndicator } from "../../../src/domain/scoring";
import { fixturePath, portalTable, readFixture } from "../../helpers/fixtures";
import { memoryIo } from "../../helpers/memory-io";

const rs = getRuleSet("dvcqg-2026");
const units = portalTable("units");

interface Out {
  rows: { unit: string; total: number | null; grade: string | null; groups: Record<string, number | null> }[];
}

test("the units table scores as points: totals and group points are the printed ones", async () => {
  const m = memoryIo();
  const code = await main(["score", fixturePath("portal-2026", "gialai_2026-10-10_units.csv"), "--format", "json"], m.io);
  expect(code).toBe(0);
  const out = JSON.parse(m.stdout()) as Out;
  expect(out.rows).toHaveLength(149);
  out.rows.forEach((r, k) => {
    expect(r.unit).toBe(units[k].unit);
    expect(r.total).toBe(Number(units[k].total_score));
    // units.csv calls the online-services group ONLINE; the rule set calls it CLGQ
    expect([r.groups.CKMB, r.groups.TDGQ, r.groups.CLGQ, r.groups.TTTT, r.groups.MDSH, r.groups.MDHL]).toEqual(
      [units[k].CKMB, units[k].TDGQ, units[k].ONLINE, units[k].TTTT, units[k].MDSH, units[k].MDHL].map(Number),
    );
  });
  // units.csv line 2: Sở Văn hóa, Thể thao và Du lịch, 79,27 = 11,79 + 19,97 + 6,72 + 8,61 + 14,18 + 18
  expect(out.rows[0].total).toBe(79.27);
});

test("a table of rates whose columns do not add up to a total stays a table of rates", () => {
  const cells = [
    ["Đơn vị", "CKMB", "TDGQ", "Tổng điểm"],
    ["Xã A", "11,79", "15,68", "90"],
  ];
  expect(readUnitTable(rs, cells).shape).not.toBe("points");
});

describe("the metrics table (one row per unit and metric)", () => {
  const cells = parseCsv(readFixture("portal-2026", "gialai_2026-10-10_metrics.csv"));
  const table = readUnitTable(rs, cells);

  test("gives the capture's 149 units, not 3 427", () => {
    expect(table.shape).toBe("long-form");
    expect(table.units).toHaveLength(149);
    expect(table.units[0].input.unit).toBe("Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai");
  });

  test("keeps the counts per indicator and the printed points beside them", () => {
    const first = table.units[0];
    // metrics.csv line 3: PUBLISH_ON_TIME 1/47 = 2,13 %, 0,13 of 6 points
    const code = rs.indicators.find((i) => i.portalField === "PUBLISH_ON_TIME")!.code;
    expect(first.input.values[code]).toEqual({ numerator: 1, denominator: 47 });
    expect(first.printed?.[code]).toEqual({ points: 0.13, max: 6 });
    const ind = rs.indicators.find((i) => i.code === code)!;
    expect(scoreIndicator(ind, first.input.values[code], rs.pointDecimals).points).toBe(0.13);
  });
});
