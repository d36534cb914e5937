/**
 * Item 4 of issue 13: standing among peers, on the portal's own totals and group scores of
 * the Gia Lai capture (test/fixtures/portal-2026/gialai_2026-10-10_units.csv: 14 AGENCY,
 * 135 COMMUNE, with the portal's rank within the level in `group_rank`).
 */
import { median, peerStandings, type PeerRow } from "../../../src/domain/scoring/peers";
import { portalTable } from "../../helpers/fixtures";

const GROUPS = ["CKMB", "TDGQ", "ONLINE", "TTTT", "MDSH", "MDHL"];
const table = portalTable("units");
const rows: PeerRow[] = table.map((u) => ({
  unit: u.unit,
  level: u.level,
  total: Number(u.total_score),
  groups: Object.fromEntries(GROUPS.map((g) => [g, Number(u[g])])),
}));
const standings = peerStandings(rows);
const of = (unit: string) => standings[rows.findIndex((r) => r.unit === unit)];

test("ranks within the level are the portal's group_rank; tied totals share the best of their ranks", () => {
  table.forEach((u, i) => {
    const tiedRanks = table.filter((x) => x.level === u.level && x.total_score === u.total_score).map((x) => Number(x.group_rank));
    // the portal breaks ties in its own order (13 tied communes); RANK.EQ gives them the first rank
    expect(standings[i].rank).toBe(Math.min(...tiedRanks));
  });
});

test("UBND xã Vân Canh, first of 135 communes", () => {
  // medians of the 135 communes, by hand from units.csv sorted: total 71,38 (the 68th),
  // TDGQ 18,77, MDSH 9,7; Vân Canh: 75,34, TDGQ 19,41, MDSH 12,49
  const s = of("UBND xã Vân Canh");
  expect(s).toMatchObject({ level: "COMMUNE", of: 135, rank: 1, percentile: 100, medianTotal: 71.38 });
  expect(s.toMedian).toBeCloseTo(3.96, 9);
  expect(s.groups.TDGQ.median).toBe(18.77);
  expect(s.groups.TDGQ.toMedian).toBeCloseTo(0.64, 9);
  expect(s.groups.MDSH.toMedian).toBeCloseTo(2.79, 9);
});

test("Thanh tra tỉnh, last of 14 agencies; agency medians are the mean of the 7th and 8th", () => {
  // agencies' totals sorted: the 7th and 8th average to 63,645 (units.csv)
  const s = of("Thanh tra tỉnh - tỉnh Gia Lai");
  expect(s).toMatchObject({ level: "AGENCY", of: 14, rank: 14, percentile: 0, medianTotal: 63.645 });
  expect(s.toMedian).toBeCloseTo(19.79 - 63.645, 9);
});

test("a unit without a total has no rank but still its group distances", () => {
  const [a, b] = peerStandings([
    { unit: "Xã A", level: "xã", total: null, groups: { TDGQ: 10 } },
    { unit: "Xã B", level: "xã", total: 80, groups: { TDGQ: 20 } },
  ]);
  expect(a).toMatchObject({ rank: null, percentile: null, toMedian: null, of: 1 });
  expect(a.groups.TDGQ).toEqual({ median: 15, toMedian: -5 });
  expect(b).toMatchObject({ rank: 1, percentile: 100 });
  expect(median([])).toBeNull();
});

test("a median between two middle values is their mean as written, without binary noise", () => {
  // (6,6 + 6,62) / 2 = 6,61 by hand; in binary floating point the sum halves to 6,609999999999999
  expect(median([6.62, 6.6])).toBe(6.61);
  expect(median([11.79, 11.79, 16.78])).toBe(11.79);
});
