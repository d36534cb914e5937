/**
 * A period in the portal's points table, as history keeps it: the real capture
 * (test/fixtures/portal-2026/gialai_2026-10-10_units.csv), read by the one reader of tables.
 */
import { historyRowsFromPortal, portalPeriodColumns } from "../../../src/domain/history/from-portal";
import { addPeriod, EMPTY_HISTORY, historyToCells } from "../../../src/domain/history/history-table";
import { parsePeriod } from "../../../src/domain/history/period";
import { parseCsv } from "../../../src/domain/reading/csv";
import { portalShapeOf } from "../../../src/domain/reading/import-shape";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { portalTable, readFixture } from "../../helpers/fixtures";

const rs = getRuleSet("dvcqg-2026");
const cells = parseCsv(readFixture("portal-2026", "gialai_2026-10-10_units.csv"));
const period = parsePeriod("2026-10-10")!;

test("each row holds the printed total and group points, no indicator, the unit's code and level", () => {
  const table = portalShapeOf(rs, cells)!;
  expect(table.shape).toBe("points");
  const rows = historyRowsFromPortal(period, rs, table, cells);
  expect(rows).toHaveLength(149);
  // units.csv row 2: H21.17, AGENCY, total 79.27; CKMB 11.79, TDGQ 19.97, ONLINE (CLGQ) 6.72, TTTT 8.61, MDSH 14.18, MDHL 18.0
  expect(rows[0]).toMatchObject({
    unit: "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai",
    code: "H21.17",
    level: "tỉnh",
    total: 79.27,
    // dvcqg-2026's bands: Khá from 70 to below 80 (of 100)
    grade: "Khá",
    groups: { CKMB: 11.79, TDGQ: 19.97, CLGQ: 6.72, TTTT: 8.61, MDSH: 14.18, MDHL: 18 },
    indicators: {},
  });
  // every unit: the total as printed, never a total computed from the points read as rates
  expect(rows.map((r) => [r.code, r.total])).toEqual(portalTable("units").map((u) => [u.unit_code, Number(u.total_score)]));
});

test("the history table of a points period has the group columns and no indicator columns", () => {
  const table = portalShapeOf(rs, cells)!;
  const added = addPeriod(EMPTY_HISTORY, period, historyRowsFromPortal(period, rs, table, cells), portalPeriodColumns(rs, table));
  const header = historyToCells(added.history)[0];
  expect(header.filter((h) => String(h).startsWith("Điểm nhóm "))).toEqual(["Điểm nhóm CKMB", "Điểm nhóm TDGQ", "Điểm nhóm CLGQ", "Điểm nhóm TTTT", "Điểm nhóm MDSH", "Điểm nhóm MDHL"]);
  expect(header.some((h) => String(h).endsWith("tỷ lệ (%)"))).toBe(false);
});
