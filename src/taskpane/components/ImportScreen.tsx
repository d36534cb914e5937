import { Button, Field, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { lazy, Suspense, useRef, useState } from "react";
import type { ImportProblem } from "../../domain/reading/import";
import { UserError } from "../../domain/problems/user-error";
import { findRuleSet } from "../../domain/ruleset/registry";
import { lineSpan, problemCell, visibleProblems, type ImportPreview, type ImportSource } from "../logic/import-flow";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { ProblemList } from "./ProblemList";
import { Message, Status } from "./Status";
import { useOperation } from "./use-operation";

const T = S.importScreen;
// The period and the history come after a first read, like the importer: not on the start-up path.
const HistorySection = lazy(() => import("./HistorySection").then((m) => ({ default: m.HistorySection })));

export function ImportScreen() {
  const { port, activeRuleSetId, chooseRuleSet } = useApp();
  const op = useOperation();
  const [kind, setKind] = useState<"selection" | "text">("selection");
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // the table written from this preview: a second click would write it again on another sheet
  const [created, setCreated] = useState<{ table: string; sheet: string; units: number } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const read = () =>
    op.run(S.busy.parse, async () => {
      setPreview(null);
      setCreated(null);
      let source: ImportSource;
      if (kind === "selection") {
        const selection = await port.readSelection();
        if (!selection) throw new UserError(T.emptySelection);
        source = { kind, selection };
      } else source = { kind, text };
      // the importer (and the table layout below) arrive with the first read, not with the pane
      const { previewImport } = await import("../logic/import-preview");
      const p = previewImport(source);
      setPreview(p);
      if (!p.result.rows.length) op.setMessage({ intent: "error", title: T.noRows });
    });

  const create = (p: ImportPreview) =>
    op.run(S.busy.writeTable, async () => {
      const { importTableLayout } = await import("../../excel/import-layout");
      const layout = importTableLayout(p.ruleSet, p.result);
      const out = await port.writeNewTableSheet({ sheetName: T.sheetName, tableStem: "ChiSo_DuLieu", ...layout });
      setCreated({ table: out.table, sheet: out.sheet, units: p.result.rows.length });
      op.setMessage({ intent: "success", title: T.created(out.table, out.sheet, p.result.rows.length) });
    });

  const pick = (p: ImportPreview, problem: ImportProblem) => {
    const cell = problemCell(p, problem);
    if (cell) return void op.run(S.busy.readSelection, () => port.selectCell(cell.sheet, cell.row, cell.column));
    const span = p.source.kind === "text" ? lineSpan(p.source.text, problem.row) : null;
    if (span && textRef.current) {
      textRef.current.focus();
      textRef.current.setSelectionRange(span.start, span.end);
    }
  };

  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      <Field label={T.sourceLabel}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as "selection" | "text")}>
          <Radio value="selection" label={T.fromSelection} />
          <Radio value="text" label={T.fromText} />
        </RadioGroup>
      </Field>
      {kind === "text" && (
        <Field label={T.textLabel}>
          <Textarea ref={textRef} value={text} onChange={(_, d) => setText(d.value)} placeholder={T.textPlaceholder} rows={8} resize="vertical" />
        </Field>
      )}
      <Button appearance="primary" onClick={read} disabled={!!op.busy}>
        {T.read}
      </Button>
      <Status busy={op.busy} message={op.message} />
      {preview && preview.result.rows.length > 0 && (
        <section className="chiso-preview" aria-label={T.summary(preview.result.rows.length, preview.levels, preview.ruleSet.name)}>
          <Text weight="semibold">{T.summary(preview.result.rows.length, preview.levels, preview.ruleSet.name)}</Text>
          <Text>{T.counts(preview.errors, preview.warnings)}</Text>
          {preview.ruleSet.id !== activeRuleSetId && (
            <Message
              message={{ intent: "warning", title: T.otherRuleSet(preview.ruleSet.name, findRuleSet(activeRuleSetId)?.name ?? activeRuleSetId) }}
              action={
                <Button size="small" onClick={() => op.run(S.busy.saveSettings, () => chooseRuleSet(preview.ruleSet.id))} disabled={!!op.busy}>
                  {T.useRuleSet}
                </Button>
              }
            />
          )}
          {preview.errors > 0 && <Text className="chiso-error-text">{T.fixFirst(preview.errors)}</Text>}
          <Button appearance="primary" onClick={() => create(preview)} disabled={!!op.busy || preview.errors > 0 || !!created}>
            {T.create}
          </Button>
          {created && <Text>{T.createdOnce(created.table, created.sheet, created.units)}</Text>}
          <Suspense fallback={null}>
            <HistorySection preview={preview} op={op} />
          </Suspense>
        </section>
      )}
      {preview && <ProblemList problems={visibleProblems(preview)} onPick={(p) => pick(preview, p)} />}
    </div>
  );
}
