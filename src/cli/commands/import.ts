import * as path from "path";
import { toCsv } from "../../domain/reading/csv";
import { importCells, importCsv, importText, type ImportOptions, type ImportResult } from "../../domain/reading/import";
import { LEVEL_LABELS } from "../../domain/parsing/levels";
import { getRuleSet } from "../../domain/ruleset/registry";
import { problemMessage } from "../../domain/problems/problem";
import { parseArgs } from "../args";
import { type Command, UsageError } from "../io";
import { count } from "../limits";
import { emit, planOutput } from "../output";
import { cliText } from "../messages.vi";
import { filledLines, filledRows, readTable, readText } from "../read-table";
import { resolveRulesOption } from "../rules-option";
import { rowsToXlsx } from "../xlsx/plain-table";

export const IMPORT_HELP = `chiso import <tệp.txt|tệp.csv|tệp.tsv|tệp.xlsx> [--rules <mã|tệp.json>] [--format json|csv|xlsx] [--out TỆP]

Đọc bảng kết quả tải từ Cổng Dịch vụ công, hoặc chữ chép từ phụ lục PDF, thành bảng sạch mà \`chiso score\` đọc được.
  --rules   bộ quy tắc dùng để nhận tên cột; mặc định: tự nhận
  --format  json (mặc định), csv, hoặc xlsx (cần --out); có --out thì lấy theo đuôi tệp
  --out     ghi vào tệp .json, .csv hoặc .xlsx thay vì in ra màn hình
Bảng điểm theo nhóm và bảng chi tiết (mỗi dòng một chỉ tiêu) của Cổng không cần làm sạch: lệnh từ chối
(mã thoát 2, không ghi gì); hãy tính điểm thẳng bằng \`chiso score\`.
Mã thoát: 0 xong; 1 có ô không đọc được (xem các dòng "Lỗi"); 2 không chạy được.
`;

/** The imported rows as a table every CHISO reader recognises (`chiso score` reads it back). */
export function importResultCsv(result: ImportResult): string {
  return toCsv(importResultRows(result));
}

function importResultRows(result: ImportResult): (string | number)[][] {
  const rows = result.rows;
  const ruleSet = getRuleSetOrNull(result.ruleSet);
  const present = new Set(rows.flatMap((r) => Object.keys(r.values)));
  const codes = [...(ruleSet?.indicators.map((i) => i.code) ?? []), ...present].filter((c, i, all) => present.has(c) && all.indexOf(c) === i);
  const countCodes = [...new Set(rows.flatMap((r) => Object.keys(r.counts ?? {})))];
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  const hasDistrict = rows.some((r) => r.district);
  const hasTotal = rows.some((r) => r.total !== undefined);
  const head = [
    "STT",
    "Đơn vị",
    "Cấp",
    ...(hasDistrict ? ["Cấp huyện"] : []),
    ...(hasTotal ? ["Điểm đánh giá"] : []),
    ...codes,
    ...countCodes.flatMap((c) => [`${c} tử số`, `${c} mẫu số`]),
    ...extras,
    "Dòng nguồn",
  ];
  const body = rows.map((r) => [
    r.stt ?? "",
    r.unit,
    r.level ? LEVEL_LABELS[r.level] : "",
    ...(hasDistrict ? [r.district ?? ""] : []),
    ...(hasTotal ? [r.total ?? ""] : []),
    ...codes.map((c) => r.values[c] ?? ""),
    ...countCodes.flatMap((c) => [r.counts?.[c]?.numerator ?? "", r.counts?.[c]?.denominator ?? ""]),
    ...extras.map((e) => r.extra?.[e] ?? ""),
    r.row,
  ]);
  return [head, ...body];
}

function getRuleSetOrNull(id: string) {
  try {
    return getRuleSet(id);
  } catch {
    return null;
  }
}

/** The file read, and its number of lines (rows of a sheet) up to the last filled one: where the tables were looked for. */
async function importFile(file: string, options: ImportOptions, io: Parameters<Command>[1]): Promise<{ result: ImportResult; lines: number }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx") {
    const cells = await readTable(file, io);
    return { result: importCells(cells, options), lines: filledRows(cells) };
  }
  if (![".csv", ".tsv", ".txt"].includes(ext)) throw new UsageError("cli.importFileType", { file });
  const text = readText(file, io);
  const result = ext === ".csv" ? importCsv(text, options) : importText(text, ext === ".tsv" ? { ...options, shape: "tsv" } : options);
  return { result, lines: filledLines(text) };
}

/**
 * `chiso import <file> [--format json|csv] [--out FILE] [--rules id|file.json]`: portal tables
 * and PDF annex text to clean rows. Problems go to stderr (and into the JSON); exit 1 if any
 * cell was not taken.
 */
export const importCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["format", "out", "rules"]);
  if (positional.length !== 1) throw new UsageError("cli.oneInputFile", { usage: "chiso import <tệp.txt|tệp.csv|tệp.xlsx>" });
  const plan = planOutput(options, ["json", "csv", "xlsx"] as const, "json", [positional[0], options.rules], io);
  const ruleSet = options.rules === undefined ? undefined : resolveRulesOption(options.rules, io);
  const { result, lines } = await importFile(positional[0], { ruleSet }, io);
  const output =
    plan.format === "json"
      ? JSON.stringify({ rows: result.rows, problems: result.problems.map((p) => ({ ...p, message: problemMessage(p) })), ruleSet: result.ruleSet }, null, 2) + "\n"
      : plan.format === "csv"
        ? importResultCsv(result)
        : await rowsToXlsx(importResultRows(result), "Bảng đã đọc");
  emit(io, plan, output);

  const errors = result.problems.filter((p) => p.severity === "error");
  const warnings = result.problems.filter((p) => p.severity === "warning");
  for (const p of [...errors, ...warnings]) io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"}: ${problemMessage(p)}\n`);
  // 0 units is no success, even without a problem on the way (a text with no table): nothing matched, exit 1.
  if (!result.rows.length) io.stderr(`Lỗi: ${cliText("cli.noUnitsRead", { file: positional[0], lines, headerRow: result.tables[0]?.row || null })}\n`);
  io.stderr(`Đã đọc ${count(result.rows.length)} đơn vị (bộ quy tắc ${result.ruleSet}); ${count(errors.length)} lỗi, ${count(warnings.length)} cảnh báo.\n`);
  return errors.length || !result.rows.length ? 1 : 0;
};
