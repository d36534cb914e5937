import { Select, Text } from "@fluentui/react-components";
import { ruleOfKind, type RuleDraft } from "../logic/campaign-draft";
import { S } from "../strings.vi";
import { NumberField, NumberListField } from "./NumberField";

const T = S.annexScreen;


/** One target rule, edited in place: its kind, then the numbers that kind takes. */
export function RuleEditor({ label, rule, note, onChange }: { label: string; rule: RuleDraft; note?: string; onChange: (r: RuleDraft) => void }) {
  const numberField = (name: string, value: number | undefined, set: (v: number) => RuleDraft) => (
    <NumberField label={name} className="chiso-num" value={value} onChange={(v) => onChange(set(v))} ariaLabel={`${label}: ${name}`} />
  );
  return (
    <fieldset className="chiso-rule">
      <legend>{label}</legend>
      <Select size="small" value={rule.kind} aria-label={label} onChange={(_, d) => onChange(ruleOfKind(d.value as RuleDraft["kind"], rule))}>
        {Object.entries(T.ruleKinds).map(([k, text]) => (
          <option key={k} value={k}>
            {text}
          </option>
        ))}
      </Select>
      <div className="chiso-row">
        {rule.kind === "fixed" && numberField(T.fixedValue, rule.value, (v) => ({ ...rule, value: v }))}
        {rule.kind === "uplift" && numberField(T.central, rule.central, (v) => ({ ...rule, central: v }))}
        {rule.kind === "steps" && (
          <NumberListField label={T.steps} className="chiso-grow" value={rule.steps} ariaLabel={`${label}: ${T.steps}`} onChange={(steps) => onChange({ ...rule, steps })} />
        )}
        {rule.kind !== "fixed" && numberField(T.uplift, rule.uplift, (v) => ({ ...rule, uplift: v }))}
        {rule.kind !== "fixed" && numberField(T.cap, rule.cap, (v) => ({ ...rule, cap: v }))}
      </div>
      {note && <Text size={200}>{note}</Text>}
    </fieldset>
  );
}
