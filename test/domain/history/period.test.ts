import fc from "fast-check";
import {
  comparePeriods,
  monthPeriod,
  parsePeriod,
  periodFromFileName,
  periodFromTitle,
  periodInSentence,
  periodLabel,
  previousPeriod,
  quarterPeriod,
  snapshotPeriod,
  sortPeriods,
  yearPeriod,
  type Period,
} from "../../../src/domain/history/period";
import { readFixture } from "../../helpers/fixtures";

const year = fc.integer({ min: 2000, max: 2099 });
const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  year.map((y) => yearPeriod(y)!),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => quarterPeriod(y, q)!),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthPeriod(y, m)!),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => snapshotPeriod(y, m, Math.min(d, 28))!),
);

describe("written forms", () => {
  test("each kind and the day it ends (calendar: Q3 ends 30/09, February 2028 has 29 days)", () => {
    expect(parsePeriod("2026")).toEqual({ id: "2026", kind: "year", year: 2026, end: "2026-12-31" });
    expect(parsePeriod("2026-Q3")).toEqual({ id: "2026-Q3", kind: "quarter", year: 2026, end: "2026-09-30" });
    expect(parsePeriod("2026-08")).toEqual({ id: "2026-08", kind: "month", year: 2026, end: "2026-08-31" });
    expect(parsePeriod("2028-02")?.end).toBe("2028-02-29");
    expect(parsePeriod("2026-10-10")).toEqual({ id: "2026-10-10", kind: "snapshot", year: 2026, end: "2026-10-10" });
  });

  test("impossible forms are refused, not rolled over", () => {
    for (const bad of ["2026-13", "2026-Q5", "2026-02-30", "2026-8", "26-08", "20266", "", "2026-Q0"]) expect(parsePeriod(bad)).toBeNull();
  });

  test("property: the written form reads back to the same period", () => {
    fc.assert(fc.property(anyPeriod, (p) => expect(parsePeriod(p.id)).toEqual(p)));
  });

  test("labels say which kind each column is", () => {
    expect(["2026", "2026-Q3", "2026-08", "2026-10-10"].map((s) => periodLabel(parsePeriod(s)!))).toEqual(["Năm 2026", "Quý III/2026", "Tháng 08/2026", "Đến ngày 10/10/2026"]);
  });

  test("inside a sentence (Từ … đến …) a period reads as words, a snapshot as its day", () => {
    expect(["2026", "2026-Q3", "2026-08", "2026-10-10"].map((s) => periodInSentence(parsePeriod(s)!))).toEqual(["năm 2026", "quý III/2026", "tháng 08/2026", "ngày 10/10/2026"]);
  });
});

describe("order", () => {
  test("property: a total order (antisymmetric, transitive, 0 only for the same period)", () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, anyPeriod, (a, b, c) => {
        // antisymmetric: the two signs cancel (a sum, since toBe tells 0 from -0)
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
        expect(comparePeriods(a, b) === 0).toBe(a.id === b.id);
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  test("property: sorted periods end on days that never go back", () => {
    fc.assert(
      fc.property(fc.array(anyPeriod, { maxLength: 30 }), (ps) => {
        const s = sortPeriods(ps);
        for (let i = 1; i < s.length; i++) expect(s[i - 1].end <= s[i].end).toBe(true);
      }),
    );
  });

  test("a month, its quarter and the year side by side; the previous period is the one that ends before", () => {
    const ps = ["2026", "2026-Q3", "2026-09", "2026-10-10", "2026-08", "2026-09-30"].map((s) => parsePeriod(s)!);
    expect(sortPeriods(ps).map((p) => p.id)).toEqual(["2026-08", "2026-09-30", "2026-09", "2026-Q3", "2026-10-10", "2026"]);
    expect(previousPeriod(parsePeriod("2026-10-10")!, ps)?.id).toBe("2026-Q3");
    // September, Q3 and the 30/09 snapshot end the same day: none precedes the others.
    expect(previousPeriod(parsePeriod("2026-Q3")!, ps)?.id).toBe("2026-08");
    expect(previousPeriod(parsePeriod("2026-08")!, ps)).toBeNull();
  });
});

describe("periods named in titles", () => {
  test("the two real titles in the seeds", () => {
    // seed 000, line 157: "TÍNH ĐẾN NGÀY 01/03/2026 CỦA TỈNH"
    const seed000 = readFixture("seeds", "000_9a28599ce0f1e557.txt").split("\n");
    expect(periodFromTitle(seed000[156])?.id).toBe("2026-03-01");
    // seed 002, lines 415–418: annex I of the 2023 results, "… tỉnh Gia Lai năm 2023", then the plan's own date "/3/2024"
    const seed002 = readFixture("seeds", "002_30f9dd7e08b5a1f9.txt").split("\n");
    expect(periodFromTitle(seed002.slice(414, 418).join(" "))?.id).toBe("2023");
  });

  test.each([
    ["Kết quả đến ngày 10/10/2026", "2026-10-10"],
    ["Số liệu tính đến 10-10-2026", "2026-10-10"],
    ["Đến ngày 10 tháng 10 năm 2026", "2026-10-10"],
    ["Bảng xếp hạng tháng 8/2026", "2026-08"],
    ["KẾT QUẢ THÁNG 08 NĂM 2026", "2026-08"],
    ["Chỉ số quý III/2026", "2026-Q3"],
    ["Chỉ số quý 3 năm 2026", "2026-Q3"],
    ["Kết quả năm 2026", "2026"],
    ["Kết quả 6 tháng đầu năm 2026", "2026-06-30"],
    ["Báo cáo ngày 05/03/2026", "2026-03-05"],
    // a named period wins over the date of the letter that carries the table
    ["Kết quả tháng 02/2026 (kèm Công văn ngày 05/03/2026)", "2026-02"],
  ])("%s → %s", (title, id) => {
    expect(periodFromTitle(title)?.id).toBe(id);
  });

  test("no period, or an impossible one, gives null (the door asks)", () => {
    for (const t of ["Phụ lục II", "tháng 13/2026", "quý 5/2026", "đến ngày 31/02/2026", "Gia Lai, ngày tháng năm"]) expect(periodFromTitle(t)).toBeNull();
  });
});

describe("periods in file names", () => {
  test.each([
    ["2026-08.csv", "2026-08"],
    ["data/gialai_2026-10-10_units.csv", "2026-10-10"],
    ["bao-cao-2026-Q3.xlsx", "2026-Q3"],
    ["C:\\so lieu\\2026.csv", "2026"],
  ])("%s → %s", (name, id) => {
    expect(periodFromFileName(name)?.id).toBe(id);
  });

  test("names without a period", () => {
    for (const n of ["units.csv", "H21.csv", "bang12026.csv", "2026-13.csv"]) expect(periodFromFileName(n)).toBeNull();
  });
});
