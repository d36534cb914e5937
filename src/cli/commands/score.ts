import { toCsv } from "../../domain/parsing/csv";
import { matchHeader } from "../../domain/parsing/headers";
import { pickRuleSet } from "../../domain/parsing/import-core";
import { DEFAULT_RULE_SET_ID, listRuleSets } from "../../domain/ruleset/registry";
import type { RuleSet } from "../../domain/ruleset/schema";
import { scoreUnit, type ScoredUnit } from "../../domain/scoring/score";
import { readScoringTable, type TableProblem } from "../../domain/scoring/table-input";
import { oneOf, parseArgs } from "../args";
import { type Command, UsageError, writeOrPrint } from "../io";
import { readTable } from "../read-table";
import { resolveRulesOption } from "../rules-option";

interface ScoreRowJson {
  unit: string;
  points: Record<string, number | null>;
  lost: Record<string, number | null>;
  groups: Record<string, number | null>;
  total: number | null;
  complete: boolean;
  grade: string | null;
  problems: { column: string; message: string }[];
}

/** The problem's column: the header the user wrote for that indicator, else its code. */
function columnOf(code: string | undefined, header: string[], roles: ReturnType<typeof readScoringTable>["roles"]): string {
  if (!code) return "";
  const i = roles.findIndex((r) => r?.kind === "indicator" && r.code === code);
  return i >= 0 ? header[i] : code;
}

/** Without --rules: the rule set whose indicators the headers name most (2023 group-rate tables → nhom-2023). */
function ruleSetNamedByHeaders(header: readonly unknown[], io: { stderr(t: string): void }): RuleSet {
  const titles = header.map((h) => (h === null || h === undefined ? "" : String(h)));
  const matched = (rs: RuleSet) => new Set(titles.map((t) => matchHeader(rs, t)).flatMap((m) => (m?.kind === "indicator" ? [m.code] : []))).size;
  const candidates = listRuleSets();
  const fallback = candidates.find((rs) => rs.id === DEFAULT_RULE_SET_ID)!;
  // The default first, so a tie keeps it.
  const picked = pickRuleSet([fallback, ...candidates.filter((rs) => rs !== fallback)], matched);
  if (picked !== fallback) io.stderr(`Dùng bộ quy tắc "${picked.id}" (${picked.name}): tiêu đề cột khớp với bộ này. Chọn bộ khác bằng --rules.\n`);
  return picked;
}

export const scoreCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["rules", "format", "out"]);
  if (positional.length !== 1) throw new UsageError("Cần đúng một tệp đầu vào: chiso score <tệp.csv|tệp.xlsx>.");
  const format = oneOf("format", options.format, ["json", "csv"] as const, "json");
  const cells = await readTable(positional[0], io);
  let ruleSet: RuleSet;
  try {
    ruleSet = options.rules ? resolveRulesOption(options.rules, io) : ruleSetNamedByHeaders(cells[0] ?? [], io);
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
  const table = readScoringTable(ruleSet, cells);
  const fatal = table.problems.filter((p) => p.row === 1 && p.severity === "error" && !table.roles.some((r) => r?.kind === "unit"));
  if (fatal.length) throw new UsageError(fatal.map((p) => p.message).join("\n"));

  const problemsByRow = new Map<number, TableProblem[]>();
  for (const p of table.problems) problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p]);

  const scored: { row: number; cells: unknown[]; s: ScoredUnit }[] = table.units.map((u) => ({ row: u.row, cells: u.cells, s: scoreUnit(ruleSet, u.input) }));
  const rows: ScoreRowJson[] = scored.map(({ row, s }) => ({
    unit: s.unit,
    points: s.points,
    lost: s.lost,
    groups: s.groups,
    total: s.total,
    complete: s.complete,
    grade: s.grade,
    problems: [
      ...(problemsByRow.get(row) ?? []).map((p) => ({ column: p.column, message: p.message })),
      ...s.problems.map((p) => ({ column: columnOf(p.code, table.header, table.roles), message: `Dòng ${row}: ${p.message}` })),
    ],
  }));

  let output: string;
  if (format === "json") {
    output = JSON.stringify({ ruleSet: ruleSet.id, estimate: ruleSet.estimate, rows }, null, 2) + "\n";
  } else {
    const codes = ruleSet.indicators.filter((i) => i.rule.kind !== "none").map((i) => i.code);
    const groupCodes = [...ruleSet.groups.map((g) => g.code), ...ruleSet.compositeGroups.map((g) => g.code)];
    const totalLabel = ruleSet.estimate ? "Tổng điểm (ước tính)" : "Tổng điểm";
    const head = [
      ...table.header,
      ...codes.map((c) => `${c} điểm`),
      ...codes.map((c) => `${c} mất điểm`),
      ...groupCodes.map((g) => `Nhóm ${g}`),
      totalLabel,
      "Xếp loại",
      "Đủ số liệu",
      "Vấn đề",
    ];
    const body = scored.map(({ cells }, k) => {
      const r = rows[k];
      return [
        ...table.header.map((_, i) => (cells[i] ?? null) as string | number | null),
        ...codes.map((c) => r.points[c]),
        ...codes.map((c) => r.lost[c]),
        ...groupCodes.map((g) => r.groups[g]),
        r.total,
        r.grade,
        r.complete ? "có" : "không",
        r.problems.map((p) => p.message).join("; "),
      ];
    });
    output = toCsv([head, ...body]);
  }
  writeOrPrint(io, options.out, output);

  const headerProblems = table.problems.filter((p) => p.row === 1);
  for (const p of headerProblems) io.stderr(`Cảnh báo: ${p.message}\n`);
  const incomplete = rows.filter((r) => !r.complete).length;
  if (incomplete) io.stderr(`${incomplete}/${rows.length} đơn vị thiếu số liệu: tổng điểm để trống, xem cột "Vấn đề".\n`);
  return incomplete || table.problems.some((p) => p.severity === "error") ? 1 : 0;
};
