import { levelFromLabel, LEVEL_LABELS } from "../parsing/levels";

/**
 * A level as a sheet shows it: "Cấp tỉnh", "Cấp huyện", "Cấp xã", whatever the level column
 * wrote (the portal's AGENCY and COMMUNE, "Sở/ban/ngành", "xã"…), so nobody reads the
 * portal's English codes. Text that names no known level is shown as written.
 */
export function levelName(text: string): string {
  const level = levelFromLabel(text);
  return level ? `Cấp ${LEVEL_LABELS[level]}` : text;
}
