import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Select, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { periodLabel, type Period, type PeriodKind } from "../../domain/history/period";
import { choiceOf, defaultPeriodChoice, type PeriodChoice } from "../../domain/history/period-choice";
import { refusalText } from "../../domain/problems/user-error";
import { addToHistory, checkPeriod, differenceLines, PERIOD_KINDS, titlePeriod, type HistoryAdd } from "../logic/history-flow";
import type { ImportPreview } from "../logic/import-flow";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import type { useOperation } from "./use-operation";

const T = S.history;

/**
 * The period of an import and "Thêm vào lịch sử": the title's period when it names one, else the
 * user's (last month by default). A period kept already is replaced only after the dialog's yes.
 */
export function HistorySection({ preview, op }: { preview: ImportPreview; op: ReturnType<typeof useOperation> }) {
  const { port } = useApp();
  // the first render already shows the title's period: no flash of last month before it
  const [choice, setChoice] = useState<PeriodChoice>(() => {
    const p = titlePeriod(preview);
    return p ? choiceOf(p) : defaultPeriodChoice(new Date());
  });
  const [fromTitle, setFromTitle] = useState(() => !!titlePeriod(preview));
  const [pending, setPending] = useState<HistoryAdd | null>(null);

  // A new reading: the title's period when it has one; otherwise the choice stays as the user left it.
  useEffect(() => {
    const p = titlePeriod(preview);
    setFromTitle(!!p);
    if (p) setChoice(choiceOf(p));
  }, [preview]);

  const checked = checkPeriod(choice);
  const report = (out: HistoryAdd) => {
    const label = periodLabel(out.period);
    const unread = out.problems.length ? [T.unreadRows, ...out.problems] : [];
    if (out.status === "added") op.setMessage({ intent: "success", title: T.added(label, out.units, out.table, out.sheet), lines: unread });
    if (out.status === "unchanged") op.setMessage({ intent: "info", title: T.unchanged(label), lines: unread });
    if (out.status === "replaced") op.setMessage({ intent: "success", title: T.replaced(label, out.table), lines: [...differenceLines(out.summary), ...unread] });
  };
  const add = (period: Period | null, replace: boolean) =>
    op.run(S.busy.history, async () => {
      if (!period) return;
      const out = await addToHistory(port, preview, period, replace);
      if (out.status === "confirm") setPending(out);
      else report(out);
    });
  const cancel = () => {
    if (pending) op.setMessage({ intent: "info", title: T.cancelled(periodLabel(pending.period)) });
    setPending(null);
  };
  // the period the dialog names, whatever the fields say meanwhile
  const confirm = () => {
    const period = pending?.period ?? null;
    setPending(null);
    void add(period, true);
  };

  return (
    <section className="chiso-history" aria-label={T.section}>
      <Text weight="semibold">{T.section}</Text>
      <Field label={T.kindLabel}>
        <Select value={choice.kind} onChange={(_, d) => (setFromTitle(false), setChoice({ kind: d.value as PeriodKind, value: choice.value }))}>
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {T.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={T.valueLabel}
        validationState={checked.problem ? "error" : "none"}
        validationMessage={checked.problem ? refusalText(checked.problem) : fromTitle && checked.period ? T.fromTitle(periodLabel(checked.period)) : T.askHint}
      >
        <Input value={choice.value} onChange={(_, d) => (setFromTitle(false), setChoice({ kind: choice.kind, value: d.value }))} />
      </Field>
      <Button onClick={() => add(checked.period, false)} disabled={!!op.busy || !checked.period || preview.errors > 0}>
        {T.add}
      </Button>
      <Dialog open={!!pending} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : cancel())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{pending ? T.confirmTitle(periodLabel(pending.period)) : ""}</DialogTitle>
            <DialogContent>
              <Text>{T.confirmIntro}</Text>
              <ul className="chiso-lines">{pending && differenceLines(pending.summary).map((l) => <li key={l}>{l}</li>)}</ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={confirm}>
                {T.confirmReplace}
              </Button>
              <Button onClick={cancel}>{T.confirmCancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
