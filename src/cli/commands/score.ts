import { scoreTableUnit } from "../../domain/scoring/table-unit";
import { toCsv } from "../../domain/reading/csv";
import type { ScoredUnit } from "../../domain/scoring/score";
import type { ScoringTable, TableProblem } from "../../domain/scoring/table-input";
import { oneOf, parseArgs } from "../args";
import { type Command, UsageError, writeOrPrint } from "../io";
import { readScoringInput } from "../scoring-input";

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
function columnOf(code: string | undefined, header: string[], roles: ScoringTable["roles"]): string {
  if (!code) return "";
  const i = roles.findIndex((r) => r?.kind === "indicator" && r.code === code);
  return i >= 0 ? header[i] : code;
}

export const scoreCommand: Command = async (args, io) => {
  const { positional, options } = parseArgs(args, ["rules", "format", "out"]);
  if (positional.length !== 1) throw new UsageError("Cần đúng một tệp đầu vào: chiso score <tệp.csv|tệp.xlsx>.");
  const format = oneOf("format", options.format, ["json", "csv"] as const, "json");
  const { ruleSet, table } = await readScoringInput(positional[0], options.rules, io);

  const problemsByRow = new Map<number, TableProblem[]>();
  for (const p of table.problems) problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p]);

  const scored: { row: number; cells: unknown[]; s: ScoredUnit }[] = table.units.map((u) => ({ row: u.row, cells: u.cells, s: scoreTableUnit(ruleSet, u) }));
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
