import { levelFromLabel, levelFromName, levelFromSection } from "../../../src/domain/parsing/levels";
import { portalTable, seedTable } from "../../helpers/fixtures";

describe("unit level from the name", () => {
  test("the 17 departments of a1 are province agencies (Sở, Ban)", () => {
    expect(seedTable("a1_2023_departments").map((r) => levelFromName(r.unit))).toEqual(Array(17).fill("province"));
  });
  test("the 17 units of a2 are districts (Huyện, Thị xã, Thành phố)", () => {
    expect(seedTable("a2_2023_districts").map((r) => levelFromName(r.unit))).toEqual(Array(17).fill("district"));
  });
  test("the 220 units of a3 are communes (Xã, Phường, Thị trấn, TT)", () => {
    expect(seedTable("a3_2023_communes").map((r) => levelFromName(r.unit))).toEqual(Array(220).fill("commune"));
  });
  test("the portal's 149 units of 10/2026 agree with its own level code (AGENCY, COMMUNE)", () => {
    const units = portalTable("units");
    expect(units.map((u) => levelFromName(u.unit))).toEqual(units.map((u) => levelFromLabel(u.level)));
    expect(new Set(units.map((u) => levelFromLabel(u.level)))).toEqual(new Set(["province", "commune"]));
  });
  test.each([
    ["Công an tỉnh", "province"],
    ["Văn phòng UBND tỉnh", "province"],
    ["Thanh tra tỉnh", "province"],
    ["UBND tỉnh Gia Lai", "province"],
    ["Bảo hiểm xã hội tỉnh", "province"], // "xã" inside is not a commune
    ["Thị xã An Khê", "district"],
    ["Thành phố Pleiku", "district"],
    ["UBND huyện Chư Sê", "district"],
    ["TT Kon Dơng", "commune"],
    ["Ủy ban nhân dân phường Hội Phú", "commune"],
  ])("%s → %s", (name, level) => expect(levelFromName(name)).toBe(level));
  test("a name that says nothing gives null, not a guess", () => expect(levelFromName("Nhà văn hóa")).toBeNull());
});

describe("section titles of seed 002 annex I", () => {
  test.each([
    ["1. Các sở, ban, ngành tỉnh", "province"],
    ["2. UBND các huyện, thị xã, thành phố", "district"],
    ["3. UBND các xã, phường, thị trấn", "commune"],
  ])("%s → %s", (line, level) => expect(levelFromSection(line)).toBe(level));
  test("a unit's data line is not a section title", () => {
    expect(levelFromSection("1 Xã Đăk Yă Mang Yang 64,05 100,0% 91,76%")).toBeNull();
  });
});
