import * as fs from "fs";
import * as path from "path";
import { type Command, type CliIo, nodeIo, UsageError } from "./io";
import { UserError } from "../domain/problems/user-error";
import { unexpectedFailure } from "./failure";
import { cliMessageText, cliText } from "./messages.vi";

/** A command: one line of the overview, and its module, loaded only when it runs (with its own --help). */
interface CommandEntry {
  summary: string;
  load: () => Promise<{ run: Command; help: string }>;
}

// A new command joins with one entry here.
const COMMANDS: Record<string, CommandEntry> = {
  score: { summary: "tính điểm, tổng điểm và xếp loại từng đơn vị của một bảng", load: async () => { const m = await import("./commands/score"); return { run: m.scoreCommand, help: m.SCORE_HELP }; } },
  import: { summary: "đọc bảng của Cổng Dịch vụ công hoặc chữ chép từ PDF thành bảng sạch", load: async () => { const m = await import("./commands/import"); return { run: m.importCommand, help: m.IMPORT_HELP }; } },
  annex: { summary: "giao chỉ tiêu theo chiến dịch, ghi phụ lục giao chỉ tiêu", load: async () => { const m = await import("./commands/annex"); return { run: m.annexCommand, help: m.ANNEX_HELP }; } },
  progress: { summary: "so kết quả kỳ báo cáo với chỉ tiêu của một mốc", load: async () => { const m = await import("./commands/progress"); return { run: m.progressCommand, help: m.PROGRESS_HELP }; } },
  report: { summary: "báo cáo hiện trạng từng đơn vị (điểm mất, tỷ lệ cần đạt)", load: async () => { const m = await import("./commands/report"); return { run: m.reportCommand, help: m.REPORT_HELP }; } },
  rules: { summary: "liệt kê các bộ quy tắc chấm điểm", load: async () => { const m = await import("./commands/rules"); return { run: m.rulesCommand, help: m.RULES_HELP }; } },
  campaigns: { summary: "liệt kê các chiến dịch mẫu và các mốc của chúng", load: async () => { const m = await import("./commands/campaigns"); return { run: m.campaignsCommand, help: m.CAMPAIGNS_HELP }; } },
  province: { summary: "điểm của cả tỉnh từ các đơn vị, ai làm mất điểm, kế hoạch gỡ điểm", load: async () => { const m = await import("./commands/province"); return { run: m.provinceCommand, help: m.PROVINCE_HELP }; } },
  history: { summary: "ghép các kỳ: diễn biến điểm, tăng giảm, đơn vị đổi tên hoặc sáp nhập", load: async () => { const m = await import("./commands/history"); return { run: m.historyCommand, help: m.HISTORY_HELP }; } },
};

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  chiso ${name.padEnd(width)}  ${c.summary}`);
  return `CHISO ${version()}: chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)\n\nCách dùng:\n${lines.join("\n")}\n\nXem chi tiết một lệnh: chiso <lệnh> --help.  Phiên bản: chiso --version.\n--out không ghi đè tệp đã có, trừ khi thêm --overwrite.\nMã thoát: 0 xong; 1 xong nhưng số liệu có vấn đề; 2 không chạy được.\n`;
}

/** The version of package.json (the same file from src/cli and from build/cli). */
export function version(): string {
  return (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}

const OVERWRITE = "--overwrite";
const wantsHelp = (a: string) => a === "--help" || a === "-h";

/** Runs one command line; returns the exit code (never exits, never throws). */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === "--version" || name === "-v") {
      io.stdout(`${version()}\n`);
      return 0;
    }
    if (!name || wantsHelp(name) || name === "help") {
      const command = name === "help" && rest[0] ? COMMANDS[rest[0]] : undefined;
      io.stdout(command ? (await command.load()).help : overview());
      return name ? 0 : 2;
    }
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) {
      io.stderr(`Lỗi: ${cliText("cli.unknownCommand", { name })}\n\n${overview()}`);
      return 2;
    }
    const command = await entry.load();
    if (rest.some(wantsHelp)) {
      io.stdout(command.help);
      return 0;
    }
    // --overwrite is understood by every command that writes --out, so it is taken here once.
    const mayOverwrite = rest.includes(OVERWRITE);
    return await command.run(rest.filter((a) => a !== OVERWRITE), mayOverwrite ? { ...io, mayOverwrite } : io);
  } catch (e) {
    // A usage error's sentence is composed here, from its code; a domain refusal (a catalogue
    // code worded by ProblemError) is the user's to act on, as a usage error is.
    const sentence = e instanceof UsageError ? cliMessageText(e as UsageError) : e instanceof UserError ? e.message : cliMessageText(unexpectedFailure(e));
    io.stderr(`Lỗi: ${sentence}\n`);
    return 2;
  }
}
