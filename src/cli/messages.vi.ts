import { type Problem, problemMessage, problemMessages, problemText } from "../domain/problems/problem";
import { refusalText } from "../domain/problems/user-error";
import { numberVi } from "../domain/report/number-format";

/*
 * Every sentence the CLI itself says when it stops (src/domain's problems keep their own
 * catalogue, which these sentences quote when a refusal wraps a domain problem). A UsageError
 * carries a code and its params; main composes the sentence here, at the edge, so the rest of
 * src/cli writes no Vietnamese error sentence and tests assert the code.
 */

type AProblem = Pick<Problem, "code" | "params" | "row" | "column" | "cell">;

/** A count in Vietnamese: 100000 → "100.000" (as src/cli/limits.ts shows them), never "NaN" or "Infinity". */
const n = (value: number) => (Number.isFinite(value) ? numberVi(value, 0) : "(không phải số hữu hạn)");
const options = (names: readonly string[]) => names.map((k) => "--" + k).join(", ");
const listed = (problems: readonly AProblem[], bullet: string) => problemMessages(problems).map((m) => bullet + m).join("\n");

/** A Node system error in Vietnamese (its code kept for whoever searches it); "" when Node gave no code. */
export function systemErrorWords(code: string): string {
  const words: Record<string, string> = {
    ENOSPC: "ổ đĩa đã đầy",
    EDQUOT: "đã hết dung lượng được cấp",
    EACCES: "không có quyền ghi",
    EPERM: "không được phép ghi",
    EROFS: "ổ đĩa chỉ cho đọc",
    ENOENT: "thư mục không tồn tại",
    EISDIR: "đó là một thư mục",
    EIO: "lỗi đọc/ghi của ổ đĩa",
  };
  if (!code) return "lỗi không rõ";
  return `${Object.prototype.hasOwnProperty.call(words, code) ? words[code] : "lỗi hệ thống"} (${code})`;
}

/** Why `--out` cannot be written, found before the work starts (src/cli/io.ts asks the disk). */
export type NotWritable = "folderMissing" | "notAFolder" | "isAFolder" | "folderNotWritable";

const NOT_WRITABLE: Record<NotWritable, (path: string) => string> = {
  folderMissing: (dir) => `Thư mục "${dir}" không tồn tại: hãy tạo thư mục trước, hoặc chọn --out ở thư mục khác.`,
  notAFolder: (dir) => `"${dir}" không phải là thư mục.`,
  isAFolder: (file) => `"${file}" là một thư mục, không phải tệp.`,
  folderNotWritable: (dir) => `Không có quyền ghi vào thư mục "${dir}".`,
};

/** What `--period` names in a command's own terms: a period (`chiso history`) or a report's date (`chiso progress FILE…`). */
export type PeriodKind = "period" | "reportDate";

export const CLI_MESSAGES = {
  // The command line
  "cli.unknownCommand": (x: { name: string }) => `không có lệnh "${x.name}".`,
  "cli.unknownOption": (x: { name: string; known: readonly string[] }) => `Tuỳ chọn không hỗ trợ: --${x.name}. Các tuỳ chọn: ${options(x.known)}.`,
  "cli.missingValue": (x: { name: string }) => `Tuỳ chọn --${x.name} cần một giá trị.`,
  "cli.notAllowedValue": (x: { name: string; allowed: readonly string[]; value: string }) => `--${x.name} chỉ nhận: ${x.allowed.join(", ")} (đang là "${x.value}").`,
  "cli.oneInputFile": (x: { usage: string }) => `Cần đúng một tệp đầu vào: ${x.usage}.`,
  "cli.noArguments": (x: { command: string; argument: string }) => `\`chiso ${x.command}\` không nhận tham số (đang có "${x.argument}").`,
  "cli.unexpectedArgument": (x: { argument: string; usage: string }) => `Không nhận tham số "${x.argument}": dùng ${x.usage}.`,
  "cli.periodMissing": (x: { kind: PeriodKind }) =>
    x.kind === "period" ? "Tuỳ chọn --period cần một kỳ (2026, 2026-Q3, 2026-08 hoặc 2026-10-10)." : "Tuỳ chọn --period cần một ngày báo cáo (2024-04-10).",
  "cli.periodUnused": (x: { periods: readonly string[]; files: readonly string[] }) =>
    `--period ${x.periods.join(", ")} không dùng cho tệp nào: kỳ của mỗi tệp lấy từ tên tệp hoặc dòng tiêu đề trước` +
    `${x.files.length ? ` (${x.files.map((f) => `"${f}"`).join(", ")} đã có kỳ như vậy)` : ""}, --period chỉ dành cho tệp chưa có kỳ, mỗi tệp một lần theo thứ tự. ` +
    "Hãy bỏ --period thừa, hoặc đổi tên tệp.",
  "cli.periodUnreadable": (x: { kind: PeriodKind; text: string }) =>
    x.kind === "period"
      ? `Kỳ "${x.text}" không đọc được: viết 2026, 2026-Q3, 2026-08 hoặc 2026-10-10.`
      : `Kỳ "${x.text}" không đọc được: viết ngày báo cáo 2024-04-10 (hoặc 2024-04, 2024-Q2, 2024).`,

  // --out and --format
  "cli.outNeeded": (x: { example: string; screenFormats: readonly string[] }) => `Cần --out ${x.example} (hoặc --format ${x.screenFormats.join("/")} để in ra màn hình).`,
  "cli.outExtension": (x: { out: string; allowed: readonly string[] }) =>
    `--out "${x.out}": lệnh này ghi được tệp ${x.allowed.map((f) => "." + f).join(", ")}; hãy đặt tên tệp với một trong các đuôi đó.`,
  "cli.formatMismatch": (x: { format: string; out: string }) => `--format ${x.format} không khớp với đuôi của "${x.out}": bỏ --format, hoặc đặt tên tệp đuôi .${x.format}.`,
  "cli.outIsInput": (x: { out: string }) => `--out "${x.out}" trùng với tệp đầu vào: chọn một tên tệp khác để không ghi đè số liệu gốc.`,
  "cli.outExists": (x: { out: string }) => `Tệp "${x.out}" đã có: thêm --overwrite để thay thế nó, hoặc chọn một tên tệp khác.`,
  "cli.outNotWritable": (x: { out: string; why: NotWritable; path: string }) => `Không ghi được --out "${x.out}": ${NOT_WRITABLE[x.why](x.path)}`,
  "cli.writeFailed": (x: { file: string; system: string }) => `Không ghi được "${x.file}": ${systemErrorWords(x.system)}. Tệp cũ (nếu có) vẫn giữ nguyên.`,

  // Input files
  "cli.fileNotFound": (x: { file: string }) => `Không tìm thấy tệp "${x.file}".`,
  "cli.fileUnreadable": (x: { file: string; problem: Pick<Problem, "code" | "params"> }) => `Không đọc được tệp "${x.file}": ${problemText(x.problem)}`,
  "cli.tableFileType": (x: { file: string }) => `Không đọc được tệp "${x.file}": chỉ hỗ trợ .csv, .tsv, .txt, .json (dữ liệu của Cổng) và .xlsx.`,
  "cli.importFileType": (x: { file: string }) => `Không đọc được tệp "${x.file}": chỉ hỗ trợ .txt (chép từ PDF hoặc Cổng), .csv, .tsv và .xlsx.`,
  "cli.xlsxUnreadable": (x: { file: string }) =>
    `Không đọc được tệp "${x.file}" như một tệp Excel .xlsx (tệp hỏng hoặc không đúng định dạng). Hãy mở bằng Excel và lưu lại, hoặc lưu dạng .csv.`,
  "cli.notXlsx": (x: { file: string }) =>
    `Tệp "${x.file}" không phải tệp Excel .xlsx đọc được (có thể là tệp .xls cũ, tệp đổi đuôi, hoặc tệp hỏng). Hãy mở bằng Excel và lưu lại dạng .xlsx, hoặc lưu dạng .csv.`,
  "cli.xlsxNoSheet": () => "Tệp .xlsx không có trang tính nào.",
  "cli.tableProblems": (x: { problems: readonly AProblem[] }) => listed(x.problems, ""),
  "cli.fileProblem": (x: { file: string; problem: AProblem }) => `${x.file}: ${problemMessage(x.problem)}`,
  "cli.noUnitRows": (x: { file: string }) => `Tệp "${x.file}" không có dòng đơn vị nào.`,
  "cli.emptyFile": (x: { file: string }) => `Tệp "${x.file}" trống: không có dòng nào để đọc.`,

  // The limits of src/cli/limits.ts, each named in the refusal
  "cli.fileTooLarge": (x: { file: string; megabytes: number; maxMegabytes: number; maxUnits: number }) =>
    `Tệp "${x.file}" có ${n(x.megabytes)} MB, vượt giới hạn ${n(x.maxMegabytes)} MB (khoảng ${n(x.maxUnits)} đơn vị). Hãy chia bảng thành nhiều tệp.`,
  "cli.tooManyRows": (x: { file: string; rows: number; maxUnits: number }) =>
    `Tệp "${x.file}" có ${n(x.rows)} dòng, vượt giới hạn ${n(x.maxUnits)} đơn vị của CHISO. Hãy chia bảng thành nhiều tệp.`,
  // a zip64 part (over 4 GB) has no size in the zip's directory: Infinity, told as "hơn 4.096 MB"
  "cli.xlsxPartTooLarge": (x: { file: string; part: string; megabytes: number; maxMegabytes: number; maxUnits: number }) =>
    `Tệp "${x.file}" quá lớn: phần ${x.part} giải nén ra ${Number.isFinite(x.megabytes) ? n(x.megabytes) : `hơn ${n(4096)}`} MB, giới hạn là ${n(x.maxMegabytes)} MB (khoảng ${n(x.maxUnits)} đơn vị).`,
  "cli.xlsxTooManyCells": (x: { file: string; part: string; rows: number; columns: number; maxUnits: number; maxRows: number; maxColumns: number }) =>
    `Tệp "${x.file}" khai báo bảng ${n(x.rows)} dòng × ${n(x.columns)} cột (${x.part}), vượt giới hạn ${n(x.maxUnits)} đơn vị (${n(x.maxRows)} dòng) và ${n(x.maxColumns)} cột. Hãy xoá các ô thừa ở cuối trang tính, hoặc chia bảng thành nhiều tệp.`,

  // Rule sets and campaigns
  "cli.ruleSetFileNotFound": (x: { file: string }) => `Không tìm thấy tệp bộ quy tắc "${x.file}".`,
  "cli.ruleSetInvalid": (x: { file: string; problems: readonly AProblem[] }) => `Bộ quy tắc "${x.file}" không hợp lệ:\n${listed(x.problems, "  - ")}`,
  "cli.campaignNeeded": (x: { presets: readonly string[] }) => `Cần --campaign <mã|tệp.json>. Các chiến dịch mẫu: ${x.presets.join(", ")}.`,
  "cli.campaignFileNotFound": (x: { file: string }) => `Không tìm thấy tệp chiến dịch "${x.file}".`,
  "cli.campaignInvalid": (x: { file: string; problems: readonly AProblem[] }) => `Chiến dịch "${x.file}" không hợp lệ:\n${listed(x.problems, "  - ")}`,
  "cli.campaignRuleSet": (x: { campaign: string; refusal: Pick<Problem, "code" | "params"> }) => `Chiến dịch "${x.campaign}": ${refusalText(x.refusal)}`,
  "cli.campaignIndicatorsUnknown": (x: { campaign: string; ruleSet: string; indicators: readonly string[] }) =>
    `Chiến dịch "${x.campaign}": bộ quy tắc "${x.ruleSet}" không có chỉ tiêu ${x.indicators.map((c) => `"${c}"`).join(", ")}.`,
  "cli.milestoneNeeded": (x: { campaign: string; milestones: readonly string[] }) => `Cần --milestone <mốc>. Các mốc của chiến dịch "${x.campaign}": ${x.milestones.join(", ")}.`,
  "cli.unitTableNeeded": (x: { option: "baseline" | "current" }) =>
    `Cần --${x.option} TỆP (${x.option === "baseline" ? "bảng kết quả năm gốc" : "bảng kết quả kỳ báo cáo"}: đơn vị và tỷ lệ từng nhóm, .csv hoặc .xlsx).`,
  "cli.noCampaignColumn": (x: { file: string; indicators: readonly string[] }) => `${x.file}: không có cột nào khớp chỉ tiêu của chiến dịch (${x.indicators.join(", ")}).`,
  "cli.followUpOptions": (x: { usage: string }) => `Với nhiều tệp báo cáo, không dùng --current và --milestone (mọi mốc đều được so). Dùng: ${x.usage}.`,
  "cli.reportWithoutDate": (x: { file: string }) =>
    `Không biết báo cáo "${x.file}" là của ngày nào: ghi ngày trong tên tệp (ví dụ 2024-04-10_so-nganh.csv), trong dòng tiêu đề ("đến ngày 10/4/2024"), hoặc thêm --period.`,

  // chiso report, chiso province
  "cli.unknownUnit": (x: { name: string; near: readonly string[]; units: number; examples: readonly string[] }) =>
    `Không có đơn vị "${x.name}" trong bảng.${x.near.length ? ` Có phải: ${x.near.join(", ")}?` : ` Bảng có ${n(x.units)} đơn vị, ví dụ: ${x.examples.join(", ")}.`}`,
  "cli.reportAllNeeded": (x: { units: number; limit: number }) =>
    `Bảng có ${n(x.units)} đơn vị; báo cáo mỗi đơn vị một trang tính chỉ làm khi có --all (trên ${n(x.limit)} đơn vị), hoặc chọn một đơn vị bằng --unit.`,
  "cli.tasksUnreadable": (x: { file: string }) => `Không đọc được tệp phân công "${x.file}".`,
  "cli.tasksInvalid": (x: { file: string; problems: readonly AProblem[] }) => `Tệp phân công "${x.file}" không hợp lệ:\n${listed(x.problems, "- ")}`,

  // chiso history
  "cli.periodFilesNeeded": (x: { usage: string }) => `Cần ít nhất một tệp kỳ.\n${x.usage}`,
  "cli.mappingInvalid": (x: { file: string; problems: readonly AProblem[] }) => `Bảng ghép tên "${x.file}" không dùng được:\n${listed(x.problems, "")}`,
  "cli.nationalWithoutPeriod": (x: { file: string }) => `Không biết bảng toàn quốc "${x.file}" thuộc kỳ nào: ghi kỳ trong tên tệp hoặc thêm --period.`,
  "cli.fileWithoutPeriod": (x: { file: string }) =>
    `Không biết tệp "${x.file}" thuộc kỳ nào: ghi kỳ trong tên tệp (ví dụ 2026-08.csv), trong dòng tiêu đề ("đến ngày 10/10/2026", "tháng 8/2026"…), hoặc thêm --period.`,
  // A period file in the portal's own shapes (the status line after the file's name and period)
  "cli.historyPointsTable": (x: { units: number; ruleSet: string }) =>
    `${n(x.units)} đơn vị, bảng điểm nhóm của Cổng: theo dõi điểm nhóm và tổng điểm như Cổng in (bộ quy tắc ${x.ruleSet}).`,
  "cli.historyLongForm": (x: { units: number; ruleSet: string }) =>
    `${n(x.units)} đơn vị, bảng chi tiết của Cổng (mỗi dòng một đơn vị và một chỉ tiêu): tính điểm theo bộ quy tắc ${x.ruleSet}.`,
  "cli.provinceNeeded": () => "Có bảng toàn quốc: thêm --province <mã hoặc tên tỉnh> (ví dụ --province H21).",

  // Lines that do not stop the command: the command writes them after "Lỗi: " (a data error, exit 1) or "Cảnh báo: "
  "cli.nationalWithoutProvince": (x: { period: string; province: string }) => `bảng toàn quốc ${x.period} không có "${x.province}".`,
  "cli.resultsMissing": (x: { units: readonly string[] }) => `chưa có số liệu kết quả của ${n(x.units.length)} đơn vị được giao chỉ tiêu: ${x.units.join(", ")}.`,
  "cli.resultsNotTargeted": (x: { units: readonly string[] }) =>
    `${n(x.units.length)} đơn vị trong bảng kết quả không được giao chỉ tiêu (kiểm tra tên, kể cả dấu): ${x.units.join(", ")}.`,
  "cli.resultsMatchNoUnit": () => "không đơn vị nào trong bảng kết quả kỳ báo cáo khớp với đơn vị được giao chỉ tiêu (kiểm tra tên đơn vị và cột).",
  "cli.reportTwice": (x: { report: string; problem: AProblem }) => `báo cáo ${x.report}: ${problemMessage(x.problem)} Dùng dòng đầu.`,
  "cli.reportMatchesNoUnit": (x: { report: string }) => `báo cáo ${x.report} không có đơn vị nào khớp với đơn vị được giao chỉ tiêu (kiểm tra tên đơn vị và cột).`,
  "cli.reportMissingUnits": (x: { report: string; units: number }) => `báo cáo ${x.report} thiếu ${n(x.units)} đơn vị được giao chỉ tiêu.`,
  "cli.reportRowsUnmatched": (x: { rows: readonly string[] }) => `${n(x.rows.length)} dòng báo cáo không khớp đơn vị được giao chỉ tiêu: ${x.rows.join("; ")}.`,

  // 0 units read: where the command looked (the file's lines; below the header row when one was found)
  "cli.noUnitsRead": (x: { file: string; lines: number; headerRow: number | null }) =>
    `không đọc được đơn vị nào từ tệp "${x.file}": ` +
    (x.headerRow === null
      ? `không thấy bảng (dòng tiêu đề cột rồi các dòng đơn vị) ở ${x.lines > 1 ? `các dòng 1–${n(x.lines)}` : "dòng 1"}.`
      : x.lines > x.headerRow
        ? `dưới dòng tiêu đề cột (dòng ${n(x.headerRow)}), các dòng ${n(x.headerRow + 1)}–${n(x.lines)} không có dòng đơn vị nào.`
        : `dòng tiêu đề cột (dòng ${n(x.headerRow)}) là dòng cuối của tệp, không có dòng đơn vị nào sau nó.`),

  // What no command foresaw (src/cli/failure.ts)
  "cli.fileOperationFailed": (x: { path: string; system: string }) => `không thực hiện được thao tác với tệp${x.path ? ` "${x.path}"` : ""}: ${systemErrorWords(x.system)}.`,
  "cli.outOfMemory": () => "bảng quá lớn để xử lý trong bộ nhớ; hãy chia nhỏ tệp.",
  "cli.unexpected": (x: { detail: string }) =>
    `lỗi ngoài dự kiến, lệnh đã dừng${x.detail ? ` (chi tiết: ${x.detail})` : ""}. Hãy báo lỗi kèm lệnh đã chạy; chạy lại với CHISO_DEBUG=1 để có thêm chi tiết.`,
} satisfies Record<string, (params: never) => string>;

export type CliMessageCode = keyof typeof CLI_MESSAGES;
/** The params of a code, as a rest tuple: `[]` for a sentence without params. */
export type CliMessageArgs<C extends CliMessageCode> = Parameters<(typeof CLI_MESSAGES)[C]>;
/** A CLI sentence not yet composed: its code and params. */
export type CliMessage<C extends CliMessageCode = CliMessageCode> = { code: C; params: CliMessageArgs<C>[0] };

/** The sentence of a code, composed at the edge (main); NFC whole, as a user's file name may be decomposed. */
export function cliText<C extends CliMessageCode>(code: C, ...params: CliMessageArgs<C>): string {
  const compose = CLI_MESSAGES[code] as (p: unknown) => string;
  return compose(params[0]).normalize("NFC");
}

/** {@link cliText} of a message carried as a value (a UsageError's). */
export function cliMessageText(message: CliMessage): string {
  return (CLI_MESSAGES[message.code] as (p: unknown) => string)(message.params).normalize("NFC");
}
