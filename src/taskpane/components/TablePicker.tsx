import { Button, Field, Select } from "@fluentui/react-components";
import type { TableInfo } from "../../excel/tables";
import { S } from "../strings.vi";

export function TablePicker({ label, tables, value, onChange, onRefresh, disabled }: {
  label: string;
  tables: readonly TableInfo[];
  value: string;
  onChange: (name: string) => void;
  onRefresh: () => void;
  disabled?: boolean;
}) {
  return (
    // The picker takes the pane's whole width: a table's name and sheet must not be cut off.
    <div className="chiso-picker">
      <Field label={label} hint={tables.length ? undefined : S.tablePicker.none}>
        <Select value={value} onChange={(_, d) => onChange(d.value)} disabled={disabled}>
          <option value="">{S.tablePicker.placeholder}</option>
          {tables.map((t) => (
            <option key={t.name} value={t.name}>
              {S.tablePicker.option(t.name, t.sheet, t.rows)}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" appearance="subtle" onClick={onRefresh} disabled={disabled}>
        {S.tablePicker.refresh}
      </Button>
    </div>
  );
}
