import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useState } from "react";
import { resolveRuleSet } from "../../runtime/active-rule-set";
import { PANE_TOTALS_SWITCH, type ScoreResult } from "../../excel/score-sheet";
import { UserError } from "../../domain/problems/user-error";
import { DEFAULT_TOTALS_CHOICE, totalsStatement, type TotalsChoice } from "../../domain/report/official-totals";
import { tableCell } from "../logic/table-cell";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { ProblemList } from "./ProblemList";
import { Status } from "./Status";
import { StatusReportSection } from "./StatusReportSection";
import { TablePicker } from "./TablePicker";
import { useOperation } from "./use-operation";
import { useTables } from "./use-tables";

const T = S.scoreScreen;

export function ScoreScreen({ active }: { active: boolean }) {
  const { port, activeRuleSetId } = useApp();
  // useTables reads the workbook's tables as the screen opens (shown)
  const op = useOperation(active ? S.busy.listTables : null);
  const { tables, selected, setSelected, refresh } = useTables(active, op);
  const [mode, setMode] = useState<"formulas" | "values">("formulas");
  const [totals, setTotals] = useState<TotalsChoice>(DEFAULT_TOTALS_CHOICE);
  const [result, setResult] = useState<{ table: string; res: ScoreResult } | null>(null);
  const ruleSet = resolveRuleSet(activeRuleSetId);

  const score = () =>
    op.run(S.busy.score, async () => {
      setResult(null);
      if (!selected) throw new UserError(T.chooseTable);
      const res = await port.addScores({ tableName: selected, ruleSet, mode, totals });
      setResult({ table: selected, res });
      const grades = Object.entries(res.countsByGrade).map(([g, n]) => `${g}: ${n}`).join("; ");
      op.setMessage({
        intent: res.incomplete || res.drift.length ? "warning" : "success",
        title: T.done(res.units, res.summarySheet),
        lines: [totalsStatement(ruleSet, res.totals, PANE_TOTALS_SWITCH), T.grades(grades), ...(res.incomplete ? [T.incomplete(res.incomplete)] : []), ...res.drift],
      });
    });

  const pick = (table: string, row: number, column: string) => {
    const info = tables.find((t) => t.name === table);
    if (!info) return;
    const cell = tableCell(info, row, column);
    void op.run(S.busy.readSelection, () => port.selectCell(cell.sheet, cell.row, cell.column));
  };

  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      <TablePicker label={S.tablePicker.label} tables={tables} value={selected} onChange={setSelected} onRefresh={refresh} disabled={!!op.busy} />
      <Field label={T.modeLabel}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as "formulas" | "values")}>
          <Radio value="formulas" label={T.formulas} />
          <Radio value="values" label={T.values} />
        </RadioGroup>
      </Field>
      <Field label={T.totalsLabel}>
        <RadioGroup value={totals} onChange={(_, d) => setTotals(d.value as TotalsChoice)}>
          <Radio value="computed" label={T.totalsComputed} />
          <Radio value="printed" label={T.totalsPrinted} />
        </RadioGroup>
      </Field>
      <Text size={200}>{T.ruleSet(ruleSet.name)}</Text>
      <Button appearance="primary" onClick={score} disabled={!!op.busy}>
        {T.run}
      </Button>
      <Status busy={op.busy} message={op.message} />
      {result && <ProblemList problems={result.res.problems.filter((p) => p.row > 1)} noun={S.problems.nouns.unit} onPick={(p) => pick(result.table, p.row, p.column)} />}
      <StatusReportSection tables={tables} table={selected} ruleSet={ruleSet} disabled={!!op.busy} onPick={(p) => pick(selected, p.row, p.column)} />
    </div>
  );
}
