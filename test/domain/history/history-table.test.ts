/**
 * The history table on real data: the Gia Lai capture of 10/10/2026 (test/fixtures/portal-2026)
 * and seed 002's 2023 annex. Expected numbers are the capture's or computed by hand below.
 */
import { addPeriod, EMPTY_HISTORY, historyToCells, readHistoryCells } from "../../../src/domain/history/history-table";
import { parsePeriod } from "../../../src/domain/history/period";
import { getRuleSet } from "../../../src/domain/ruleset/registry";
import { annex2023Rows, portalRows } from "../../helpers/history-fixtures";
import { portalUnits } from "../../helpers/portal-period";

const rs2026 = getRuleSet("dvcqg-2026");
const p1010 = parsePeriod("2026-10-10")!;

describe("appending periods", () => {
  const rows = portalRows("2026-10-10");
  const first = addPeriod(EMPTY_HISTORY, p1010, rows, rs2026);

  test("a new period is added: 149 units, counts and points as the capture gives them", () => {
    expect(first.status).toBe("added");
    expect(first.history.rows).toHaveLength(149);
    const vh = first.history.rows.find((r) => r.code === "H21.17")!;
    // capture, Sở Văn hóa, Thể thao và Du lịch: TDGQ 653/654 = 99,85% → 19,97 points; portal total 79,27
    expect(vh.indicators["TDGQ.1"]).toEqual({ numerator: 653, denominator: 654, rate: (100 * 653) / 654, points: 19.97 });
    expect(vh.total).toBe(79.27);
    expect(vh.grade).toBe("Khá");
    expect(vh.level).toBe("tỉnh");
  });

  test("the same period again, same numbers: nothing changes", () => {
    const again = addPeriod(first.history, p1010, portalRows("2026-10-10"), rs2026);
    expect(again.status).toBe("unchanged");
    expect(again.history).toBe(first.history);
  });

  test("the same period with other numbers: kept as it was until confirmed, with the differences listed", () => {
    // Documented edit: Sở Văn hóa (H21.17) on-time dossiers 653 → 600 of 654.
    // By hand: 600/654 = 91,7431% → 20 × 0,917431 = 18,3486 → 18,35 points; group TDGQ the same.
    const edited = portalUnits().map((u) => (u.code === "H21.17" ? { ...u, counts: { ...u.counts, "TDGQ.1": { numerator: 600, denominator: 654 } } } : u));
    const asked = addPeriod(first.history, p1010, portalRows("2026-10-10", edited), rs2026);
    expect(asked.status).toBe("confirm");
    expect(asked.history).toBe(first.history);
    expect(asked.history.rows.find((r) => r.code === "H21.17")!.indicators["TDGQ.1"].numerator).toBe(653);
    const unit = "Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai";
    expect(asked.differences).toEqual([
      { unit, field: "TDGQ", before: 19.97, after: 18.35 },
      { unit, field: "TDGQ.1 tử số", before: 653, after: 600 },
      { unit, field: "TDGQ.1 tỷ lệ (%)", before: (100 * 653) / 654, after: (100 * 600) / 654 },
      { unit, field: "TDGQ.1 điểm", before: 19.97, after: 18.35 },
    ]);
    const replaced = addPeriod(first.history, p1010, portalRows("2026-10-10", edited), rs2026, { replace: true });
    expect(replaced.status).toBe("replaced");
    expect(replaced.history.rows).toHaveLength(149);
    expect(replaced.history.rows.find((r) => r.code === "H21.17")!.indicators["TDGQ.1"].points).toBe(18.35);
  });

  test("a unit missing from the offered rows is named, not silently dropped", () => {
    const fewer = portalUnits().filter((u) => u.code !== "H21.20");
    const asked = addPeriod(first.history, p1010, portalRows("2026-10-10", fewer), rs2026);
    expect(asked.differences).toEqual([{ unit: "Thanh tra tỉnh - tỉnh Gia Lai", field: "đơn vị", before: "có", after: "không còn" }]);
  });

  test("periods of two rule sets side by side, ordered by the day each ends, whatever the order added", () => {
    const h2026 = first.history;
    const both = addPeriod(h2026, parsePeriod("2023")!, annex2023Rows(), getRuleSet("nhom-2023")).history;
    expect(both.periods.map((p) => p.id)).toEqual(["2023", "2026-10-10"]);
    // seed 002 annex I: 17 + 17 + 220 units in 2023
    expect(both.rows.filter((r) => r.period === "2023")).toHaveLength(254);
    expect(both.rows[0].period).toBe("2023");
    expect(both.indicatorCodes).toEqual(expect.arrayContaining(["TDGQ.1", "TDGQ.TL"]));
  });
});

describe("the history as cells and back", () => {
  test("round trip: what is written reads back the same (2023 and 2026 together)", () => {
    const h = addPeriod(addPeriod(EMPTY_HISTORY, p1010, portalRows("2026-10-10"), rs2026).history, parsePeriod("2023")!, annex2023Rows(), getRuleSet("nhom-2023")).history;
    const cells = historyToCells(h);
    expect(cells).toHaveLength(1 + 254 + 149);
    const back = readHistoryCells(cells);
    expect(back.problems).toEqual([]);
    expect(back.history).toEqual(h);
  });

  test("the header is found under title rows and in any column order; bad rows are named", () => {
    const h = addPeriod(EMPTY_HISTORY, p1010, portalRows("2026-10-10"), rs2026).history;
    const cells = historyToCells(h).map((r) => [...r].reverse());
    cells[3][cells[3].length - 1] = "2026-13";
    const back = readHistoryCells([["LỊCH SỬ CHỈ SỐ 766"], [], ...cells]);
    expect(back.history.rows).toHaveLength(148);
    // row 6 of the range: two title rows, the header (3), then the third unit
    expect(back.problems.map((p) => [p.code, p.row, p.column, p.params])).toEqual([["history.badPeriod", 6, "Kỳ", { text: "2026-13" }]]);
    expect(back.history.rows.find((r) => r.code === "H21.17")!.indicators["TDGQ.1"].numerator).toBe(653);
  });

  test("unreadable rows are coded problems on their cells: no unit, a total that is not a number, no header", () => {
    const header = ["Kỳ", "Đơn vị", "Tổng điểm", "TDGQ.1 tử số"];
    const back = readHistoryCells([header, ["2026-10-10", "", 80, 1], ["2026-10-10", "Xã A", "tám mươi", 1], ["2026-10-10", "Xã B", 80, "#N/A"]]);
    expect(back.problems.map((p) => [p.code, p.row, p.column, p.params])).toEqual([
      ["history.noUnit", 2, "Đơn vị", {}],
      ["history.notANumber", 3, "Tổng điểm", { text: "tám mươi" }],
      ["history.notANumber", 4, "TDGQ.1 tử số", { text: "#N/A" }],
    ]);
    // Xã A is kept without its total, Xã B without its numerator: a bad cell empties that cell only
    expect(back.history.rows.map((r) => [r.unit, r.total])).toEqual([["Xã A", null], ["Xã B", 80]]);
    expect(readHistoryCells([["Đơn vị", "Tổng điểm"], ["Xã A", 1]]).problems).toEqual([{ code: "history.noHeader", severity: "error", row: 1, column: "", params: {} }]);
  });
});
