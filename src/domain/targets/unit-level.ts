import { levelFromLabel, levelFromName, type UnitLevel as ParsedLevel } from "../parsing/levels";
import type { UnitLevel } from "./schema";

const FROM_PARSED: Record<ParsedLevel, UnitLevel> = { province: "department", district: "district", commune: "commune" };

/** A level written in a level column ("Sở/ban/ngành", "huyện", "Cấp xã", "COMMUNE"…), or null. */
export function levelFromText(text: string | undefined): UnitLevel | null {
  const parsed = text ? levelFromLabel(text) : null;
  return parsed ? FROM_PARSED[parsed] : null;
}

/**
 * The level a unit's name says (Xã/Phường/Thị trấn, Huyện/Thị xã/Thành phố, Sở/Ban…);
 * a row that names its district is a commune; any other name is a province agency.
 */
export function levelOfUnit(name: string, district?: string): UnitLevel {
  const parsed = levelFromName(name);
  if (parsed) return FROM_PARSED[parsed];
  return district ? "commune" : "department";
}

const DISTRICT_PREFIX = /^(ubnd )?(huyện|thị xã|thành phố|quận) /;

/**
 * Units are matched by name with their diacritics (Xã Ia Bang and Xã Ia Băng are two
 * communes), ignoring case, spacing and punctuation ("–" or "-").
 */
export function unitKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\-–—.,;:()"'“”‘’/\\]+/g, " ")
    .trim();
}

/** "Huyện Phú Thiện" and "Phú Thiện" name the same district. */
export function districtKey(name: string): string {
  return unitKey(name).replace(DISTRICT_PREFIX, "");
}
