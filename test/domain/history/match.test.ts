/**
 * The 07/2025 reorganisation on real data: seed 002's 2023 annex (254 units, three levels)
 * followed by the portal capture of 10/10/2026 (14 agencies, 135 communes, two levels).
 */
import { matchUnits, nameKey, readMappingCells } from "../../../src/domain/history/match";
import { problemMessages } from "../../../src/domain/problems/problem";
import { historyOf, annex2023Rows, portalRows } from "../../helpers/history-fixtures";
import { seedTable } from "../../helpers/fixtures";

const history = historyOf(["2023", annex2023Rows(), "nhom-2023"], ["2026-10-10", portalRows("2026-10-10"), "dvcqg-2026"]);
const m = matchUnits(history);
const pathOf = (name2026: string) => m.units.find((u) => u.rows.get("2026-10-10")?.unit === name2026);

describe("2023 annex → 2026 capture", () => {
  test("all 17 districts of 2023 (seed table a2) are reported gone, last seen in 2023", () => {
    const districts = m.gone.filter((g) => g.level === "huyện");
    expect(districts.map((g) => g.unit).sort()).toEqual(seedTable("a2_2023_districts").map((r) => r.unit).sort());
    expect(districts.every((g) => g.period === "2023")).toBe(true);
  });

  test("agencies: the 11 that kept their name are followed; the 6 merged in 2025 are gone; the 3 new are listed", () => {
    // 2025 mergers: Giao thông vận tải → Xây dựng; Kế hoạch và Đầu tư → Tài chính; Lao động – TB&XH →
    // Nội vụ; Nông nghiệp và PTNT + Tài nguyên Môi trường → Nông nghiệp và Môi trường; Thông tin và
    // Truyền thông → Khoa học và Công nghệ. 17 − 6 = 11 departments go on under the same name.
    const followed = m.units.filter((u) => u.rows.size === 2 && u.level === "tỉnh");
    expect(followed).toHaveLength(11);
    expect(pathOf("Sở Giáo dục và Đào tạo - tỉnh Gia Lai")?.rows.get("2023")?.unit).toBe("Sở Giáo dục đào tạo");
    expect(m.gone.filter((g) => g.level === "tỉnh").map((g) => g.unit)).toEqual([
      "Sở Giao thông vận tải",
      "Sở Kế hoạch và Đầu tư",
      "Sở Lao động – Thương binh và Xã hội",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Tài nguyên Môi trường",
      "Sở Thông tin và Truyền thông",
    ]);
    expect(m.unmatched.filter((u) => /^Sở|^Thanh tra/.test(u.unit)).map((u) => u.unit)).toEqual([
      "Sở Dân tộc và Tôn giáo - tỉnh Gia Lai",
      "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai",
      "Thanh tra tỉnh - tỉnh Gia Lai",
    ]);
  });

  test("communes: a town that became a commune keeps its place; names several 2023 communes had are listed, not guessed", () => {
    expect(pathOf("UBND xã Kbang")?.rows.get("2023")?.unit).toBe("Thị trấn KBang");
    expect(pathOf("UBND xã Ia Băng")?.rows.has("2023")).toBe(false);
    // a3 holds "Xã Ia Bang" (Chư Prông), "Xã Ia Băng" (Chư Prông, the duplicate line) and "Xã Ia Băng" (Đak Đoa)
    expect(m.merged.find((x) => x.unit === "UBND xã Ia Băng")?.from).toHaveLength(3);
    expect(m.unmatched).toContainEqual({ unit: "UBND xã Ia Băng", period: "2026-10-10" });
  });

  test("nothing is dropped: every 2026 unit is followed from 2023 or listed as unmatched; every 2023 unit goes on or is gone", () => {
    const rows2026 = history.rows.filter((r) => r.period === "2026-10-10");
    const followed = m.units.filter((u) => u.rows.size === 2).length;
    expect(followed + m.unmatched.length).toBe(rows2026.length);
    expect(followed + m.gone.length).toBe(254);
  });

  test("the user's mapping joins what names cannot: a merger of two departments", () => {
    const mapping = readMappingCells([
      ["Tên cũ", "Tên mới"],
      ["Sở Tài nguyên Môi trường", "Sở Nông nghiệp và Môi trường"],
      ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"],
      ["Sở Lao động – Thương binh và Xã hội", "Sở Nội vụ"],
    ]);
    expect(mapping.problems).toEqual([]);
    const mm = matchUnits(history, mapping.mapping);
    expect(mm.merged.find((x) => x.unit === "Sở Nông nghiệp và Môi trường - tỉnh Gia Lai")?.from).toEqual(["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên Môi trường"]);
    expect(mm.unmatched.map((u) => u.unit)).not.toContain("Sở Nông nghiệp và Môi trường - tỉnh Gia Lai");
    // Nội vụ now has two predecessors (itself by name, Lao động by the mapping): a merger too
    expect(mm.merged.find((x) => x.unit === "Sở Nội vụ - tỉnh Gia Lai")?.from).toHaveLength(2);
  });
});

describe("names and mappings", () => {
  test("name keys ignore the council, the province suffix, case, diacritics and 'và'; keep the level class", () => {
    expect(nameKey("UBND xã Kông Bơ La - Gia Lai")).toBe(nameKey("Xã Kông Bơ La"));
    expect(nameKey("Sở Công Thương - tỉnh Gia Lai")).toBe(nameKey("Sở Công thương"));
    expect(nameKey("Thị xã An Khê")).not.toBe(nameKey("Phường An Khê"));
    expect(nameKey("Sở Lao động – Thương binh và Xã hội")).toBe("province:so lao dong thuong binh xa hoi");
  });

  test("a mapping that sends one old name to two new ones, or has an empty side, is refused line by line", () => {
    const bad = readMappingCells([
      ["Tên cũ", "Tên mới"],
      ["Xã A", "Xã B"],
      ["Xã A", "Xã C"],
      ["", "Xã D"],
    ]);
    expect(bad.mapping).toEqual([]);
    // rows of the table (the header is row 1), on the column that is wrong
    expect(bad.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [3, "Tên mới", "mapping.twoTargets", { from: "Xã A", before: "Xã B", to: "Xã C" }],
      [4, "Tên cũ", "mapping.emptyOld", { to: "Xã D" }],
    ]);
    // as the CLI and the pane list them, naming the user's names
    expect(problemMessages(bad.problems)[0]).toBe('Dòng 3, cột "Tên mới": "Xã A" đã được ghép với "Xã B", không thể ghép thêm với "Xã C".');
  });

  test("a blank line inside the table does not shift the rows the refusals name", () => {
    const bad = readMappingCells([["Tên cũ", "Tên mới"], ["", ""], ["Xã A", ""]]);
    expect(bad.problems.map((p) => [p.row, p.code, p.params])).toEqual([[3, "mapping.emptyNew", { from: "Xã A" }]]);
  });
});
