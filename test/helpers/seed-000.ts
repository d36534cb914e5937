/**
 * Seed 000 (Văn phòng UBND tỉnh Gia Lai, 2026), annex I: the province's status report per
 * criterion (test/fixtures/seed-tables/b1_2026_criteria.csv and b1_2026_groups.csv, lines
 * 160–400 of the seed), and how its criteria map to the rule sets' indicators.
 */
import type { UnitInput } from "../../src/domain/scoring/score";
import { num, seedTable } from "./fixtures";

// Criterion number (stt) → indicator, read from each criterion's title in the annex.
export const INDICATOR_OF: Readonly<Record<string, string>> = {
  "1": "CLGQ.3", // Tỷ lệ hồ sơ trực tuyến
  "2": "CLGQ.2", // Tỷ lệ DVC trực tuyến có phát sinh hồ sơ trực tuyến
  "3": "CLGQ.1", // Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến
  "4": "TTTT.1", // TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến
  "5": "TTTT.3", // Tỷ lệ hồ sơ thanh toán trực tuyến
  "6": "TTTT.2", // TTHC có giao dịch thanh toán trực tuyến
  "7": "MDSH.3", // khai thác, sử dụng lại thông tin số hóa
  "8": "MDSH.1", // cấp kết quả điện tử
  "9": "MDSH.2", // thực hiện số hóa hồ sơ
  "10": "MDHL.3", // hài lòng trong tiếp nhận, giải quyết TTHC
  "11": "MDHL.2", // hài lòng trong xử lý PAKN
  "12": "MDHL.1", // PAKN xử lý đúng hạn
};

/**
 * Disagreements, each computed by hand:
 * - criterion 2: 73% under a linear 4-point rule is 4 × 0.73 = 2.92, the annex prints 4/4
 *   (DOMAIN.md: "online services with dossiers 73% → 4/4").
 * - criterion 8 under gialai-2026-03 (max 7 as printed): 7 × 0.8372 = 5.86, the annex prints 5/7;
 *   its 5 is what the 6-point rule of dvcqg-2026 gives (6 × 0.8372 = 5.02).
 */
export const EXPECTED_DISAGREEMENTS: Readonly<Record<string, string[]>> = {
  "dvcqg-2026": ["2: 2.92 ≠ 4"],
  "gialai-2026-03": ["2: 2.92 ≠ 4", "8: 5.86 ≠ 5"],
};

export const SEED_000_UNIT = "Tỉnh Gia Lai";

/**
 * The province's rates as annex I prints them: the twelve criteria, and group III's
 * on-time rate (88,93%, printed at group level) for TDGQ.1. The other indicators are not
 * in the annex, so they are left out (missing), not invented.
 */
export function seed000Input(): UnitInput {
  const values: Record<string, number> = {};
  for (const c of seedTable("b1_2026_criteria")) values[INDICATOR_OF[c.stt]] = num(c.current_rate)!;
  const groupIII = seedTable("b1_2026_groups").find((g) => g.group === "III")!;
  values["TDGQ.1"] = num(groupIII.rate)!;
  return { unit: SEED_000_UNIT, values };
}
