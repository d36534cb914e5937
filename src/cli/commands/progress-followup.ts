import { periodFromFileName, periodFromTitle, periodLabel, type Period } from "../../domain/history/period";
import { problemMessage } from "../../domain/problems/problem";
import { shownText } from "../../domain/reading/cell";
import { followCampaign, followUpToJson, type CampaignFollowUp, type ReportUnit } from "../../domain/report/campaign-followup";
import { buildFollowUpModel } from "../../domain/report/followup-model";
import { numberVi } from "../../domain/report/number-format";
import { inSentence } from "../../domain/report/sentence";
import { assignTargets } from "../../domain/targets/assign";
import { readBaseline } from "../../domain/targets/baseline";
import { oneOf, parseArgs } from "../args";
import { campaignRuleSet, readUnitTables, resolveCampaign } from "../campaign-input";
import { type CliIo, UsageError } from "../io";
import { cliText } from "../messages.vi";
import { periodPerFile, takePeriods } from "../period-args";
import { checkRowCount, count } from "../limits";
import { emit, planOutput } from "../output";
import { readTable } from "../read-table";
import { tableModelToXlsx } from "../xlsx/render-table-model";
import { readMapping } from "./history";

export const FOLLOWUP_USAGE =
  "chiso progress --baseline TỆP[,TỆP] --campaign <mã|tệp.json> <báo cáo 1> <báo cáo 2>… [--period KỲ …] [--mapping ghep-ten.csv] [--format text|json] [--out theo-doi.xlsx]";

/** Report files named on the command line (every option of `chiso progress` takes a value): the follow-up. */
export function namesReports(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith("--")) return true;
    if (!args[i].includes("=")) i++;
  }
  return false;
}

/**
 * `chiso progress … FILE…`: the campaign followed over several reports (seed 002, IV.5.1: every
 * 10 days, at 50 and at 100 days). Each file's date comes from its name (`2024-04-10_so-nganh.csv`),
 * else from its title rows ("đến ngày 10/4/2024"), else from `--period`, given once per file in
 * order (when fewer are given, they go in order to the files that need one). Files of one date
 * make one report (departments, districts and communes may come apart). Units are matched
 * across reports as `chiso history` matches them, `--mapping` naming renamed units.
 * Exit 0 done (warnings included: a unit given twice, units missing or unmatched); 1 done with
 * data problems (cells not read, a report matching no targeted unit); 2 could not run.
 */
export async function progressFollowUp(args: string[], io: CliIo): Promise<number> {
  const { rest, periods: given } = takePeriods(args, "reportDate");
  const { positional: files, options } = parseArgs(rest, ["baseline", "campaign", "mapping", "format", "out"]);
  const format = oneOf("format", options.format, ["text", "json"] as const, "text");
  const plan = options.out === undefined ? undefined : planOutput({ out: options.out }, ["xlsx"] as const, "xlsx", [...files, options.baseline, options.campaign, options.mapping], io, "theo-doi.xlsx");
  const campaign = resolveCampaign(options.campaign, io);
  const ruleSet = campaignRuleSet(campaign);
  const mapping = await readMapping(options.mapping, (f) => readTable(f, io));

  const baseline = await readUnitTables("baseline", options.baseline, campaign, ruleSet, io);
  let errors = baseline.errors;
  const assignment = assignTargets(campaign, baseline.units);
  for (const p of assignment.problems.filter((x) => x.severity === "error")) {
    errors++;
    io.stderr(`Lỗi: ${problemMessage(p)}\n`);
  }

  const byDate = new Map<string, { period: Period; units: ReportUnit[] }>();
  const periodOf = periodPerFile(given, files.length);
  for (const [i, file] of files.entries()) {
    const cells = await readTable(file, io);
    checkRowCount(file, cells.length);
    const table = readBaseline(ruleSet, cells);
    const noUnitColumn = table.problems.find((p) => p.row === 1 && p.severity === "error");
    if (noUnitColumn) throw new UsageError("cli.fileProblem", { file, problem: noUnitColumn });
    const title = cells
      .slice(0, Math.max(0, table.headerRow - 1))
      .map((r) => r.map(shownText).filter((t) => t !== "").join(" "))
      .join(" ");
    const period = periodOf.of(i, file, periodFromFileName(file) ?? periodFromTitle(title));
    if (!period) throw new UsageError("cli.reportWithoutDate", { file });
    for (const p of table.problems) {
      if (p.severity === "error") errors++;
      io.stderr(`${p.severity === "error" ? "Lỗi" : "Cảnh báo"} (${file}): ${problemMessage(p)}\n`);
    }
    const report = byDate.get(period.id) ?? { period, units: [] };
    for (const u of table.units) report.units.push(u); // not push(...units): 100 000 arguments overflow the stack
    byDate.set(period.id, report);
    io.stderr(`${file}: ${inSentence(periodLabel(period))}, ${count(table.units.length)} đơn vị.\n`);
  }

  periodOf.refuseUnused();
  const f = followCampaign(assignment, [...byDate.values()], mapping);
  // as in one report (followProgress): a unit given twice is a warning, its first row is used
  for (const p of f.problems) io.stderr(`Cảnh báo: ${cliText("cli.reportTwice", { report: inSentence(periodLabel(byDate.get(p.period)!.period)), problem: p })}\n`);
  for (const d of f.dates) {
    const matched = f.sections.reduce((n, s) => n + s.tally[f.milestones[0].id][d.id].reported, 0);
    if (!matched) {
      errors++;
      io.stderr(`Lỗi: ${cliText("cli.reportMatchesNoUnit", { report: inSentence(d.label) })}\n`);
    }
  }
  for (const m of f.missing) io.stderr(`Cảnh báo: ${cliText("cli.reportMissingUnits", { report: inSentence(dateLabel(f, m.period)), units: m.units.length })}\n`);
  if (f.unmatched.length) io.stderr(`Cảnh báo: ${cliText("cli.reportRowsUnmatched", { rows: f.unmatched.map((u) => `${u.unit}${u.district ? ` (${u.district})` : ""}, ${u.period}`) })}\n`);

  if (format === "json") io.stdout(JSON.stringify(followUpToJson(f), null, 2) + "\n");
  else io.stdout(summary(f));
  if (plan) {
    const model = buildFollowUpModel(f);
    emit(io, plan, await tableModelToXlsx(model));
    io.stderr(`Đã ghi ${plan.out}: trang "${model.sheetName}", ${count(f.dates.length)} kỳ báo cáo.\n`);
  }
  return errors ? 1 : 0;
}

function dateLabel(f: CampaignFollowUp, id: string): string {
  return f.dates.find((d) => d.id === id)?.label ?? id;
}

/** Per milestone: k/n and the share at each report; per level at the last report. */
function summary(f: CampaignFollowUp): string {
  const lines = [`${f.campaign.name}: ${count(f.dates.length)} kỳ báo cáo (${f.dates.map((d) => inSentence(d.label)).join("; ")}).`];
  const last = f.dates[f.dates.length - 1];
  for (const t of f.trends) {
    lines.push(`${t.milestone.label}:`);
    for (const p of t.points) lines.push(`  ${dateLabel(f, p.date)}: ${p.metAll}/${p.complete} đơn vị đạt toàn bộ chỉ tiêu${p.share === null ? "" : ` (${numberVi(p.share, 2)}%)`}`);
    for (const s of f.sections) {
      const k = s.tally[t.milestone.id][last.id];
      lines.push(`  ${s.heading}, kỳ cuối: ${k.metAll}/${k.complete}`);
    }
    lines.push(`  Còn chỉ tiêu chưa đạt ở kỳ cuối: ${count(t.short.length)} đơn vị (xem --format json hoặc --out).`);
  }
  return lines.join("\n") + "\n";
}
