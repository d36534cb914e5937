import { listCampaignPresets } from "../../domain/targets/presets";
import { type Command, UsageError } from "../io";

export const CAMPAIGNS_HELP = `chiso campaigns

Liệt kê các chiến dịch mẫu có sẵn (dùng với --campaign của \`chiso annex\` và \`chiso progress\`) và các mốc của từng chiến dịch (dùng với --milestone).
Một chiến dịch riêng là một tệp .json cùng cấu trúc, truyền bằng --campaign tệp.json.
`;

export const campaignsCommand: Command = async (args, io) => {
  if (args.length) throw new UsageError("cli.noArguments", { command: "campaigns", argument: args[0] });
  for (const c of listCampaignPresets()) {
    io.stdout(`${c.id}: ${c.name} (bộ quy tắc ${c.ruleSet})\n`);
    for (const m of c.milestones) io.stdout(`  --milestone ${m.id}: ${m.label}\n`);
  }
  return 0;
};
