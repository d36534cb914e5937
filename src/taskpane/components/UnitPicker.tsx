import { Combobox, Field, Option } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { filterUnits, type UnitChoice } from "../logic/status-flow";
import { S } from "../strings.vi";

const T = S.statusReport;
/** A long list is cut: typing narrows it (220 communes of one province pass whole). */
const SHOWN = 300;

/** One unit of a table, found by typing part of its name with or without diacritics. */
export function UnitPicker({ units, value, onChange, disabled }: { units: readonly UnitChoice[]; value: UnitChoice | null; onChange: (u: UnitChoice | null) => void; disabled?: boolean }) {
  const [typed, setTyped] = useState(value?.label ?? "");
  // a new list (another table) empties the choice: show it
  useEffect(() => setTyped(value?.label ?? ""), [value]);
  const shown = filterUnits(units, value && typed === value.label ? "" : typed).slice(0, SHOWN);
  return (
    <Field label={T.unit} hint={units.length ? undefined : T.noUnits}>
      <Combobox
        placeholder={T.placeholder}
        value={typed}
        selectedOptions={value ? [String(value.row)] : []}
        onChange={(e) => setTyped(e.target.value)}
        onOptionSelect={(_, d) => {
          const u = units.find((x) => String(x.row) === d.optionValue) ?? null;
          onChange(u);
          setTyped(u?.label ?? "");
        }}
        disabled={disabled || !units.length}
      >
        {shown.map((u) => (
          <Option key={u.row} value={String(u.row)} text={u.label}>
            {u.label}
          </Option>
        ))}
        {!shown.length && <Option disabled value="" text={T.noMatch}>{T.noMatch}</Option>}
      </Combobox>
    </Field>
  );
}
