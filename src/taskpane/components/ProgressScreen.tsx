import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { UserError } from "../../domain/problems/user-error";
import { validateDraft } from "../logic/campaign-draft";
import { followUpFromCells, followUpMessage, progressFromCells, progressMessage, ProgressRefusal, type ProgressOutcome, type ProgressProblem } from "../logic/progress-flow";
import { tableCell } from "../logic/table-cell";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { CampaignPicker } from "./CampaignPicker";
import { ProblemList } from "./ProblemList";
import { Status } from "./Status";
import { TablePicker } from "./TablePicker";
import { useCampaign } from "./use-campaign";
import { useOperation } from "./use-operation";
import { useTables } from "./use-tables";

const T = S.progressScreen;

/**
 * Theo dõi tiến độ (seed 002, IV.5.1): the results of a period against the targets of one
 * milestone. The targets come from the campaign as Giao chỉ tiêu has it (edits included)
 * and the baseline table; the results from the current table; one button writes the report.
 */
export function ProgressScreen({ active }: { active: boolean }) {
  const { port } = useApp();
  // useTables reads the workbook's tables as the screen opens (shown)
  const op = useOperation(active ? S.busy.listTables : null);
  // the newest table is the current period's (the last import); the oldest the baseline
  const { tables, selected: current, setSelected: setCurrent, refresh } = useTables(active, op);
  const [baseline, setBaseline] = useState("");
  const { campaigns, campaignId, setCampaignId, draft } = useCampaign();
  const [milestone, setMilestone] = useState("");
  const [problems, setProblems] = useState<ProgressProblem[]>([]);
  const milestones = draft?.milestones ?? [];
  const milestoneId = milestones.some((m) => m.id === milestone) ? milestone : (milestones[0]?.id ?? "");

  useEffect(() => setBaseline((cur) => (tables.some((t) => t.name === cur) ? cur : (tables[0]?.name ?? ""))), [tables]);

  // what both buttons need first: a valid campaign and the baseline table
  const campaignAndBaseline = () => {
    setProblems([]);
    if (!draft) throw new UserError(S.annexScreen.invalid);
    const campaign = validateDraft(draft);
    if (!baseline) throw new UserError(T.chooseBaseline);
    return campaign;
  };

  const generate = () =>
    op.run(S.busy.progress, async () => {
      const campaign = campaignAndBaseline();
      if (!current) throw new UserError(T.chooseCurrent);
      if (baseline === current) throw new UserError(T.sameTable);
      // the outcome is computed inside the Excel batch, between the read and the writes
      const got: { outcome?: ProgressOutcome } = {};
      try {
        const out = await port.writeReportFromTables([baseline, current], ([b, c]) => {
          got.outcome = progressFromCells(campaign, milestoneId, { baseline: { name: baseline, cells: b }, current: { name: current, cells: c } });
          return got.outcome.model;
        });
        const { report, problems: listed } = got.outcome!;
        setProblems(listed);
        op.setMessage(progressMessage(report, out.sheet));
      } catch (e) {
        if (e instanceof ProgressRefusal) setProblems(e.problems);
        throw e;
      }
    });

  // The 10-day reports kept in the sheet "Lịch sử", side by side against every milestone.
  const followUp = () =>
    op.run(S.busy.progress, async () => {
      const campaign = campaignAndBaseline();
      const got: { f?: ReturnType<typeof followUpFromCells>["followUp"] } = {};
      const out = await port.writeFollowUpFromHistory(baseline, (b, h) => {
        const built = followUpFromCells(campaign, b, h);
        got.f = built.followUp;
        return built.model;
      });
      op.setMessage(followUpMessage(got.f!, out.sheet));
    });

  const pick = (p: ProgressProblem) => {
    const info = tables.find((t) => t.name === p.table);
    if (!info || p.row < 1) return;
    const cell = tableCell(info, p.row, p.column);
    void op.run(S.busy.readSelection, () => port.selectCell(cell.sheet, cell.row, cell.column));
  };

  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      <CampaignPicker campaigns={campaigns} value={campaignId} onChange={setCampaignId} />
      <Text size={200}>{T.draftNote}</Text>
      <Field label={T.milestone}>
        <Select value={milestoneId} onChange={(_, d) => setMilestone(d.value)}>
          {milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <TablePicker label={T.baseline} tables={tables} value={baseline} onChange={setBaseline} onRefresh={refresh} disabled={!!op.busy} />
      <TablePicker label={T.current} tables={tables} value={current} onChange={setCurrent} onRefresh={refresh} disabled={!!op.busy} />
      <Button appearance="primary" onClick={generate} disabled={!!op.busy}>
        {T.run}
      </Button>
      <Text size={200}>{T.followUpIntro}</Text>
      <Button onClick={followUp} disabled={!!op.busy}>
        {T.followUpRun}
      </Button>
      <Status busy={op.busy} message={op.message} />
      <ProblemList problems={problems} noun={S.problems.nouns.unit} onPick={pick} />
    </div>
  );
}
