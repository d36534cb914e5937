import { listRuleSets } from "../../domain/ruleset/registry";
import type { Command } from "../io";

export const RULES_HELP = `chiso rules\n\nLiệt kê các bộ quy tắc chấm điểm có sẵn (dùng với --rules): mã, tên, thời gian áp dụng, số chỉ tiêu.\n`;

export const rulesCommand: Command = async (_args, io) => {
  for (const rs of listRuleSets()) {
    const period = `${rs.validFrom} → ${rs.validTo ?? "nay"}`;
    io.stdout(`${rs.id.padEnd(16)} ${rs.name} (${period}; ${rs.indicators.length} chỉ tiêu${rs.estimate ? "; điểm ước tính" : ""})\n`);
  }
  return 0;
};
