import { Button, Text } from "@fluentui/react-components";
import { resolveRuleSet } from "../../runtime/active-rule-set";
import { UserError } from "../../domain/problems/user-error";
import type { ProvinceReport } from "../../domain/report/province/province-report";
import { provinceFromCells, provinceMessage } from "../logic/province-flow";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { Status } from "./Status";
import { TablePicker } from "./TablePicker";
import { useOperation } from "./use-operation";
import { useTables } from "./use-tables";

const T = S.provinceScreen;

/**
 * Toàn tỉnh (issue 13): pick the table of units with their counts; one button reads it once
 * and writes the sheets Toàn tỉnh, Ai làm mất điểm and Kế hoạch.
 */
export function ProvinceScreen({ active }: { active: boolean }) {
  const { port, activeRuleSetId } = useApp();
  // useTables reads the workbook's tables as the screen opens (shown)
  const op = useOperation(active ? S.busy.listTables : null);
  const { tables, selected, setSelected, refresh } = useTables(active, op);
  const ruleSet = resolveRuleSet(activeRuleSetId);

  const generate = () =>
    op.run(S.busy.province, async () => {
      if (!selected) throw new UserError(T.chooseTable);
      // the report is computed inside the Excel batch, between the read and the writes
      const got: { report?: ProvinceReport } = {};
      const out = await port.writeReportsFromTables([selected], ([cells]) => {
        const { report, models } = provinceFromCells(ruleSet, selected, cells);
        got.report = report;
        return models;
      });
      op.setMessage(provinceMessage(got.report!, out.sheets));
    });

  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      <TablePicker label={S.tablePicker.label} tables={tables} value={selected} onChange={setSelected} onRefresh={refresh} disabled={!!op.busy} />
      <Button appearance="primary" onClick={generate} disabled={!!op.busy}>
        {T.run}
      </Button>
      <Status busy={op.busy} message={op.message} />
    </div>
  );
}
