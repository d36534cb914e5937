import { type Command, type CliIo, nodeIo, UsageError } from "./io";

const USAGE = `Cách dùng:
  chiso score  <tệp.csv|tệp.xlsx> [--rules <mã|tệp.json>] [--format csv|json] [--out TỆP]
  chiso import <tệp.txt|tệp.csv|tệp.xlsx> [--rules <mã|tệp.json>] [--format json|csv] [--out TỆP]
  chiso annex  --baseline TỆP --campaign <mã|tệp.json> --out phu-luc.xlsx [--format json]
  chiso progress --baseline TỆP[,TỆP] --current TỆP[,TỆP] --campaign <mã|tệp.json> --milestone <mã> --out bao-cao.xlsx [--format json]
  chiso report <tệp.csv|tệp.xlsx> [--unit "Tên đơn vị"] [--rules <mã|tệp.json>] --out bao-cao.xlsx [--format json]
  chiso province <tệp.csv|tệp.xlsx> [--rules <mã|tệp.json>] [--campaign <mã|tệp.json> --milestone <mốc>] [--tasks phan-cong.json] [--format json] [--out TỆP]
  chiso rules  (liệt kê các bộ quy tắc có sẵn)
`;

const COMMANDS: Record<string, () => Promise<Command>> = {
  score: async () => (await import("./commands/score")).scoreCommand,
  import: async () => (await import("./commands/import")).importCommand,
  annex: async () => (await import("./commands/annex")).annexCommand,
  progress: async () => (await import("./commands/progress")).progressCommand,
  report: async () => (await import("./commands/report")).reportCommand,
  rules: async () => (await import("./commands/rules")).rulesCommand,
  province: async () => (await import("./commands/province")).provinceCommand,
};

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  const wantsHelp = (a: string) => a === "--help" || a === "-h" || a === "help";
  if (!name || argv.some(wantsHelp)) {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`Không có lệnh "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`Lỗi: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
