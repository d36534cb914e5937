import { listCampaignPresets } from "../../domain/targets/presets";
import type { Command } from "../io";

export const CAMPAIGNS_HELP = `chiso campaigns

Liệt kê các chiến dịch mẫu có sẵn (dùng với --campaign của \`chiso annex\` và \`chiso progress\`) và các mốc của từng chiến dịch (dùng với --milestone).
Một chiến dịch riêng là một tệp .json cùng cấu trúc, truyền bằng --campaign tệp.json.
`;

export const campaignsCommand: Command = async (args, io) => {
  if (args.length) {
    io.stderr(`Lỗi: \`chiso campaigns\` không nhận tham số (đang có "${args[0]}").\n`);
    return 2;
  }
  for (const c of listCampaignPresets()) {
    io.stdout(`${c.id}: ${c.name} (bộ quy tắc ${c.ruleSet})\n`);
    for (const m of c.milestones) io.stdout(`  --milestone ${m.id}: ${m.label}\n`);
  }
  return 0;
};
