import { Button, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RuleSet } from "../../domain/ruleset/schema";
import { UserError } from "../../domain/problems/user-error";
import type { TableInfo } from "../../excel/tables";
import type { ListedProblem } from "../logic/problem-groups";
import { listUnits, statusFromCells, statusMessage, type StatusOutcome, type UnitChoice } from "../logic/status-flow";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { ProblemList } from "./ProblemList";
import { Status } from "./Status";
import { UnitPicker } from "./UnitPicker";
import { useOperation } from "./use-operation";

const T = S.statusReport;

/**
 * Báo cáo hiện trạng (DOMAIN.md step 5) of one unit of the table chosen on Tính điểm: the
 * picker is filled when the table is read (on choosing it, or on refreshing the list); one
 * button reads the table once more and writes the report on a new sheet named after the unit.
 */
export function StatusReportSection({ tables, table, ruleSet, disabled, onPick }: {
  tables: readonly TableInfo[];
  table: string;
  ruleSet: RuleSet;
  disabled?: boolean;
  /** selects a problem's cell in `table` */
  onPick: (p: ListedProblem) => void;
}) {
  const { port } = useApp();
  const op = useOperation();
  const [units, setUnits] = useState<UnitChoice[]>([]);
  const [unit, setUnit] = useState<UnitChoice | null>(null);
  const [problems, setProblems] = useState<ListedProblem[]>([]);

  useEffect(() => {
    let current = true;
    setUnits([]);
    setUnit(null);
    setProblems([]);
    if (table && tables.some((t) => t.name === table)) {
      void op.run(S.busy.readUnits, async () => {
        const [cells] = await port.readTablesAsShown([table]);
        if (current) setUnits(listUnits(ruleSet, cells));
      });
    }
    return () => {
      current = false;
    };
  }, [port, op.run, table, tables, ruleSet]);

  const generate = () =>
    op.run(S.busy.status, async () => {
      setProblems([]);
      if (!table) throw new UserError(T.chooseTable);
      if (!unit) throw new UserError(T.chooseUnit);
      // the outcome is computed inside the Excel batch, between the read and the writes
      const got: { outcome?: StatusOutcome } = {};
      const out = await port.writeReportFromTables([table], ([cells]) => {
        got.outcome = statusFromCells(ruleSet, table, cells, unit);
        return got.outcome.model;
      });
      setProblems(got.outcome!.problems);
      op.setMessage(statusMessage(got.outcome!, out.sheet));
    });

  const busy = disabled || !!op.busy;
  return (
    <section className="chiso-screen" aria-label={T.title}>
      <Text weight="semibold">{T.title}</Text>
      <Text size={200}>{T.intro}</Text>
      <UnitPicker units={units} value={unit} onChange={setUnit} disabled={busy} />
      <Button onClick={generate} disabled={busy}>
        {T.run}
      </Button>
      <Status busy={op.busy} message={op.message} />
      <ProblemList problems={problems} noun={S.problems.nouns.unit} onPick={onPick} />
    </section>
  );
}
