import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { HISTORY_TABLE } from "../../excel/history-sheet";
import { buildTrendSheets, type TrendRun } from "../logic/trend-flow";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { Status } from "./Status";
import { TablePicker } from "./TablePicker";
import { useOperation } from "./use-operation";
import { useTables } from "./use-tables";

const T = S.trendScreen;

function UnitList({ title, units }: { title: string; units: readonly { unit: string; period: string }[] }) {
  if (!units.length) return null;
  return (
    <section aria-label={title}>
      <Text>{title}</Text>
      <ul className="chiso-lines">
        {units.map((u) => (
          <li key={`${u.unit}|${u.period}`}>{T.unitInPeriod(u.unit, u.period)}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Diễn biến (issue 14): reads the workbook's history table and writes the trend sheets with their
 * charts; units renamed or merged follow an optional mapping table; the units not followed are listed.
 */
export function TrendScreen({ active }: { active: boolean }) {
  const { port } = useApp();
  const op = useOperation();
  const { tables, refresh } = useTables(active, op);
  const [mapping, setMapping] = useState("");
  const [result, setResult] = useState<TrendRun | null>(null);

  const generate = () =>
    op.run(S.busy.trends, async () => {
      setResult(null);
      const out = await buildTrendSheets(port, mapping);
      setResult(out);
      op.setMessage({ intent: "success", title: T.done(out.sheets.join(", "), out.periods, out.units), lines: out.problems.length ? [T.unreadRows, ...out.problems] : [] });
    });

  const choices = tables.filter((t) => t.name.toLowerCase() !== HISTORY_TABLE.toLowerCase());
  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      <TablePicker label={T.mappingLabel} tables={choices} value={mapping} onChange={setMapping} onRefresh={refresh} disabled={!!op.busy} />
      <Text size={200}>{T.mappingHint}</Text>
      <Button appearance="primary" onClick={generate} disabled={!!op.busy}>
        {T.run}
      </Button>
      <Status busy={op.busy} message={op.message} />
      {result && <UnitList title={T.unmatchedTitle(result.unmatched.length)} units={result.unmatched} />}
      {result && <UnitList title={T.goneTitle(result.gone.length)} units={result.gone} />}
    </div>
  );
}
