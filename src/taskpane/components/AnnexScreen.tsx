import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { describeTargetRule, LEVEL_NAMES, type Campaign, type TargetRule, type UnitLevel } from "../../domain/targets";
import { UserError } from "../../domain/problems/user-error";
import { addOverride, annexModelFromCells, removeOverride, setColumnRule, setOverride, validateDraft, type CampaignDraft } from "../logic/campaign-draft";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { CampaignPicker } from "./CampaignPicker";
import { NumberField } from "./NumberField";
import { RuleEditor } from "./RuleEditor";
import { Status } from "./Status";
import { TablePicker } from "./TablePicker";
import { useCampaign } from "./use-campaign";
import { useOperation } from "./use-operation";
import { useTables } from "./use-tables";

const T = S.annexScreen;

export function AnnexScreen({ active }: { active: boolean }) {
  const { port } = useApp();
  // useTables reads the workbook's tables as the screen opens (shown)
  const op = useOperation(active ? S.busy.listTables : null);
  const { tables, selected, setSelected, refresh } = useTables(active, op);
  const { campaigns, campaignId, setCampaignId, draft, update } = useCampaign();
  // Rules set per level are shown, not edited here: a JSON campaign (Cài đặt) changes them.
  const perLevel = (d: CampaignDraft, col: CampaignDraft["indicators"][number]["columns"][number]) =>
    Object.entries(col.byLevel ?? {})
      .map(([level, rule]) => `${T.perLevel} ${LEVEL_NAMES[level as UnitLevel]}: ${describeTargetRule(rule as TargetRule, d.baseLabel ?? "")}`)
      .join("; ") || undefined;
  const columnLabel = (d: CampaignDraft, col: CampaignDraft["indicators"][number]["columns"][number]) =>
    col.label ?? d.milestones.find((m) => m.id === col.milestones[0])?.label ?? col.milestones[0];

  const generate = () =>
    op.run(S.busy.annex, async () => {
      if (!draft) throw new UserError(T.invalid);
      const campaign: Campaign = validateDraft(draft);
      if (!selected) throw new UserError(T.chooseTable);
      let counts = { units: 0, overrides: 0 };
      const out = await port.writeAnnexFromTable(selected, (cells) => {
        const built = annexModelFromCells(campaign, cells);
        counts = built;
        return built.model;
      });
      op.setMessage({ intent: "success", title: T.done(out.sheet, counts.units, counts.overrides) });
    });

  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      <CampaignPicker campaigns={campaigns} value={campaignId} onChange={setCampaignId} />
      {draft && (
        <>
          <Field label={T.attachedTo}>
            <Input value={draft.attachedTo ?? ""} onChange={(_, d) => update({ ...draft, attachedTo: d.value })} />
          </Field>
          <details className="chiso-details">
            <summary>{T.policies}</summary>
            {draft.indicators.map((ind, i) =>
              ind.columns.map((col, j) => (
                <RuleEditor
                  key={`${i}-${j}`}
                  label={`${ind.label} – ${columnLabel(draft, col)}`}
                  rule={col.rule}
                  note={perLevel(draft, col)}
                  onChange={(r) => update(setColumnRule(draft, i, j, r))}
                />
              )),
            )}
          </details>
          <details className="chiso-details">
            <summary>
              {T.overrides} ({(draft.overrides ?? []).length})
            </summary>
            {(draft.overrides ?? []).map((o, k) => (
              <fieldset key={k} className="chiso-override">
                <Input size="small" aria-label={`${T.unit} ${k + 1}`} placeholder={T.unit} value={o.unit} onChange={(_, d) => update(setOverride(draft, k, { unit: d.value }))} />
                <Select size="small" aria-label={`${T.indicator} ${k + 1}`} value={o.indicator} onChange={(_, d) => update(setOverride(draft, k, { indicator: d.value }))}>
                  {draft.indicators.map((ind) => (
                    <option key={ind.code} value={ind.code}>
                      {ind.label}
                    </option>
                  ))}
                </Select>
                <Select size="small" aria-label={`${T.milestone} ${k + 1}`} value={o.milestone} onChange={(_, d) => update(setOverride(draft, k, { milestone: d.value }))}>
                  {draft.milestones.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.label}
                    </option>
                  ))}
                </Select>
                <NumberField ariaLabel={`${T.value} ${k + 1}`} value={o.value} onChange={(value) => update(setOverride(draft, k, { value }))} />
                <Input size="small" aria-label={`${T.reason} ${k + 1}`} placeholder={T.reason} value={o.reason} onChange={(_, d) => update(setOverride(draft, k, { reason: d.value }))} />
                <Button size="small" onClick={() => update(removeOverride(draft, k))}>
                  {T.remove}
                </Button>
              </fieldset>
            ))}
            <Button size="small" onClick={() => update(addOverride(draft))}>
              {T.addOverride}
            </Button>
          </details>
        </>
      )}
      <TablePicker label={T.baseline} tables={tables} value={selected} onChange={setSelected} onRefresh={refresh} disabled={!!op.busy} />
      <Button appearance="primary" onClick={generate} disabled={!!op.busy}>
        {T.run}
      </Button>
      <Status busy={op.busy} message={op.message} />
    </div>
  );
}
