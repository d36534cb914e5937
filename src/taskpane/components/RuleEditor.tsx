import { Field, Input, Select, Text } from "@fluentui/react-components";
import { ruleOfKind, type RuleDraft } from "../logic/campaign-draft";
import { S } from "../strings.vi";

const T = S.annexScreen;

/** Reads a number as typed in Vietnamese (`50`, `52,5`); NaN is left for the schema to name. */
const num = (s: string) => Number(s.replace(",", "."));
const show = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : String(n).replace(".", ","));

/** One target rule, edited in place: its kind, then the numbers that kind takes. */
export function RuleEditor({ label, rule, note, onChange }: { label: string; rule: RuleDraft; note?: string; onChange: (r: RuleDraft) => void }) {
  const numberField = (name: string, value: number | undefined, set: (v: number) => RuleDraft) => (
    <Field label={name} size="small" className="chiso-num">
      <Input size="small" value={show(value)} onChange={(_, d) => onChange(set(num(d.value)))} aria-label={`${label}: ${name}`} />
    </Field>
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
          <Field label={T.steps} size="small" className="chiso-grow">
            <Input
              size="small"
              value={rule.steps.map(show).join("; ")}
              aria-label={`${label}: ${T.steps}`}
              onChange={(_, d) => onChange({ ...rule, steps: d.value.split(";").map((s) => num(s.trim())) })}
            />
          </Field>
        )}
        {rule.kind !== "fixed" && numberField(T.uplift, rule.uplift, (v) => ({ ...rule, uplift: v }))}
        {rule.kind !== "fixed" && numberField(T.cap, rule.cap, (v) => ({ ...rule, cap: v }))}
      </div>
      {note && <Text size={200}>{note}</Text>}
    </fieldset>
  );
}
