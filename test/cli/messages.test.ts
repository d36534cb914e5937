/**
 * The CLI's catalogue (src/cli/messages.vi.ts), every entry composed with sample params: no
 * sentence shows NaN, undefined, [object Object] or a function's text, and every sentence is
 * NFC even when a user's file name is not. The samples are typed by the catalogue, so a new
 * code without a sample here fails the typecheck.
 */
import { CLI_MESSAGES, type CliMessageArgs, type CliMessageCode, cliText } from "../../src/cli/messages.vi";
import type { Problem } from "../../src/domain/problems/problem";

// "Huế" with its marks decomposed (as macOS names files): the composed sentence must be NFC.
const NFD_FILE = "Hu\u0065\u0302\u0301/bang.csv";
const problem: Problem = { code: "table.noUnitColumn", severity: "error", row: 1, column: "", params: { rows: 20 } };
const jsonProblem: Problem = { code: "json.tooFew", severity: "error", row: 0, column: "", params: { path: "mốc", minimum: 1 } };

/** One sample per code; `num` is every number param, so the same samples also run with NaN and Infinity. */
function samples(num: number): { [C in CliMessageCode]: CliMessageArgs<C> } {
  const file = NFD_FILE;
  return {
    "cli.unknownCommand": [{ name: "scor" }],
    "cli.unknownOption": [{ name: "bogus", known: ["out", "format"] }],
    "cli.missingValue": [{ name: "out" }],
    "cli.notAllowedValue": [{ name: "format", allowed: ["json", "csv"], value: "pdf" }],
    "cli.oneInputFile": [{ usage: "chiso score <tệp.csv|tệp.xlsx>" }],
    "cli.noArguments": [{ command: "campaigns", argument: "x" }],
    "cli.unexpectedArgument": [{ argument: "x", usage: "--baseline TỆP" }],
    "cli.periodMissing": [{ kind: "period" }],
    "cli.periodUnused": [{ periods: ["2026-09"], files: [file] }],
    "cli.periodUnreadable": [{ kind: "reportDate", text: "hôm qua" }],
    "cli.outNeeded": [{ example: "ket-qua.xlsx", screenFormats: ["json", "csv"] }],
    "cli.outExtension": [{ out: "x.pdf", allowed: ["xlsx", "json"] }],
    "cli.formatMismatch": [{ format: "json", out: "x.xlsx" }],
    "cli.outIsInput": [{ out: file }],
    "cli.outExists": [{ out: file }],
    "cli.outNotWritable": [{ out: file, why: "folderNotWritable", path: "/khong-co" }],
    "cli.writeFailed": [{ file, system: "ENOSPC" }],
    "cli.fileNotFound": [{ file }],
    "cli.fileUnreadable": [{ file, problem: { code: "file.legacyEncoding", params: { encoding: "VNI" } } }],
    "cli.tableFileType": [{ file }],
    "cli.importFileType": [{ file }],
    "cli.xlsxUnreadable": [{ file }],
    "cli.notXlsx": [{ file }],
    "cli.xlsxNoSheet": [],
    "cli.tableProblems": [{ problems: [problem, problem] }],
    "cli.fileProblem": [{ file, problem }],
    "cli.noUnitRows": [{ file }],
    "cli.emptyFile": [{ file }],
    "cli.fileTooLarge": [{ file, megabytes: num, maxMegabytes: num, maxUnits: num }],
    "cli.tooManyRows": [{ file, rows: num, maxUnits: num }],
    "cli.xlsxPartTooLarge": [{ file, part: "xl/worksheets/sheet1.xml", megabytes: num, maxMegabytes: num, maxUnits: num }],
    "cli.xlsxTooManyCells": [{ file, part: "xl/worksheets/sheet1.xml", rows: num, columns: num, maxUnits: num, maxRows: num, maxColumns: num }],
    "cli.ruleSetFileNotFound": [{ file }],
    "cli.ruleSetInvalid": [{ file, problems: [jsonProblem] }],
    "cli.campaignNeeded": [{ presets: ["chien-dich-100-ngay-2024"] }],
    "cli.campaignFileNotFound": [{ file }],
    "cli.campaignInvalid": [{ file, problems: [jsonProblem] }],
    "cli.campaignRuleSet": [{ campaign: "cd", refusal: { code: "ruleset.unknown", params: { id: "x", known: "dvcqg-2026" } } }],
    "cli.campaignIndicatorsUnknown": [{ campaign: "cd", ruleSet: "dvcqg-2026", indicators: ["XX.1", "XX.2"] }],
    "cli.milestoneNeeded": [{ campaign: "cd", milestones: ["50d", "100d"] }],
    "cli.unitTableNeeded": [{ option: "current" }],
    "cli.noCampaignColumn": [{ file, indicators: ["Tỷ lệ dịch vụ công trực tuyến"] }],
    "cli.followUpOptions": [{ usage: "chiso progress …" }],
    "cli.reportWithoutDate": [{ file }],
    "cli.unknownUnit": [{ name: "Ia Hrung", near: [], units: num, examples: ["Xã Ia Hrung"] }],
    "cli.reportAllNeeded": [{ units: num, limit: num }],
    "cli.tasksUnreadable": [{ file }],
    "cli.tasksInvalid": [{ file, problems: [jsonProblem] }],
    "cli.periodFilesNeeded": [{ usage: "  chiso history <tệp kỳ 1>…\n" }],
    "cli.mappingInvalid": [{ file, problems: [problem] }],
    "cli.nationalWithoutPeriod": [{ file }],
    "cli.fileWithoutPeriod": [{ file }],
    "cli.historyPointsTable": [{ units: num, ruleSet: "dvcqg-2026" }],
    "cli.historyLongForm": [{ units: num, ruleSet: "dvcqg-2026" }],
    "cli.provinceNeeded": [],
    "cli.nationalWithoutProvince": [{ period: "đến ngày 17/09/2026", province: "Gia Lai" }],
    "cli.resultsMissing": [{ units: ["Sở Y tế", "Xã A (Huyện B)"] }],
    "cli.resultsNotTargeted": [{ units: ["Công an tỉnh"] }],
    "cli.resultsMatchNoUnit": [],
    "cli.reportTwice": [{ report: "đến ngày 10/05/2024", problem: { code: "row.duplicateName", row: 20, column: "", params: { unit: "Sở Tư pháp", first: 15 } } }],
    "cli.reportMatchesNoUnit": [{ report: "đến ngày 30/04/2024" }],
    "cli.reportMissingUnits": [{ report: "đến ngày 20/04/2024", units: num }],
    "cli.reportRowsUnmatched": [{ rows: ["Xã Đak Trang, 2024-04-20"] }],
    "cli.noUnitsRead": [{ file, lines: num, headerRow: num }],
    "cli.fileOperationFailed": [{ path: "", system: "" }],
    "cli.outOfMemory": [],
    "cli.unexpected": [{ detail: "" }],
  };
}

const BAD_TEXT = /NaN|Infinity|undefined|\bnull\b|\[object Object\]|function\s*\(|=>/;

describe.each([100_000, NaN, Infinity])("every CLI message, numbers %p", (num) => {
  const all = samples(num);
  test.each(Object.keys(CLI_MESSAGES) as CliMessageCode[])("%s", (code) => {
    const text = cliText(code, ...(all[code] as [never]));
    expect(text.trim()).not.toBe("");
    expect(text).not.toMatch(BAD_TEXT);
    expect(text).toBe(text.normalize("NFC"));
    const params = all[code][0] as Record<string, unknown> | undefined;
    if (params?.file === NFD_FILE || params?.out === NFD_FILE) expect(text).toContain(NFD_FILE.normalize("NFC"));
  });
});

test("a count is in Vietnamese print, a file name kept (seed limits: 100 000 units, 256 MB)", () => {
  expect(cliText("cli.tooManyRows", { file: "a.csv", rows: 200_001, maxUnits: 100_000 })).toBe(
    'Tệp "a.csv" có 200.001 dòng, vượt giới hạn 100.000 đơn vị của CHISO. Hãy chia bảng thành nhiều tệp.',
  );
});

test("a Node system error is named in Vietnamese with its code (a full disk), or as unknown without one", () => {
  expect(cliText("cli.writeFailed", { file: "a.json", system: "ENOSPC" })).toBe('Không ghi được "a.json": ổ đĩa đã đầy (ENOSPC). Tệp cũ (nếu có) vẫn giữ nguyên.');
  expect(cliText("cli.writeFailed", { file: "a.json", system: "" })).toBe('Không ghi được "a.json": lỗi không rõ. Tệp cũ (nếu có) vẫn giữ nguyên.');
  // a code the table does not name ("constructor" is every object's key, not a word of the table)
  expect(cliText("cli.fileOperationFailed", { path: "", system: "constructor" })).toBe("không thực hiện được thao tác với tệp: lỗi hệ thống (constructor).");
});

test("a zip64 part (no size in the zip's directory) is told as over 4 GB, not Infinity", () => {
  expect(cliText("cli.xlsxPartTooLarge", { file: "a.xlsx", part: "xl/sharedStrings.xml", megabytes: Infinity, maxMegabytes: 1024, maxUnits: 100_000 })).toBe(
    'Tệp "a.xlsx" quá lớn: phần xl/sharedStrings.xml giải nén ra hơn 4.096 MB, giới hạn là 1.024 MB (khoảng 100.000 đơn vị).',
  );
});
