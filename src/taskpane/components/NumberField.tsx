import { Field, Input } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { parseTypedNumber, typedNumberText, type TypedNumber } from "../../domain/parsing/typed-number";
import { refusalText } from "../../domain/problems/user-error";

interface TypedFieldProps<T> {
  label?: string;
  ariaLabel: string;
  value: T;
  onChange: (v: T) => void;
  className?: string;
}

/**
 * Text typed into a field, read by the domain's number parser. The field keeps the text as
 * typed (a controlled number would drop the comma of "72," and turn "72,5" into 725); bad
 * text stays in the field with the reason under it, and the value becomes `invalid` (NaN)
 * so that nothing is built from it (the campaign's check refuses it too).
 */
function TypedField<T>({ label, ariaLabel, value, onChange, className, show, parse, invalid }: TypedFieldProps<T> & { show: (v: T) => string; parse: (text: string) => { ok: true; value: T } | Exclude<TypedNumber, { ok: true }>; invalid: T }) {
  const [text, setText] = useState(() => show(value));
  const [error, setError] = useState<string | null>(null);
  const emitted = useRef<T>(value);
  // A value changed from outside (another rule kind, a reset): show it.
  if (!Object.is(value, emitted.current)) {
    emitted.current = value;
    setText(show(value));
    setError(null);
  }
  const change = (typed: string) => {
    setText(typed);
    const parsed = parse(typed);
    // the hint is worded here, at the pane's edge, from the one catalogue
    setError(parsed.ok ? null : refusalText(parsed.problem));
    emitted.current = parsed.ok ? parsed.value : invalid;
    onChange(emitted.current);
  };
  return (
    <Field label={label} size="small" className={className} validationState={error ? "error" : "none"} validationMessage={error ?? undefined}>
      <Input size="small" value={text} onChange={(_, d) => change(d.value)} aria-label={ariaLabel} />
    </Field>
  );
}

/** One number: `72,5`, `72.5`, `72,5%`. */
export function NumberField({ onChange, ...props }: Omit<TypedFieldProps<number | undefined>, "onChange"> & { onChange: (v: number) => void }) {
  return <TypedField<number | undefined> {...props} onChange={(v) => onChange(v ?? NaN)} show={typedNumberText} parse={parseTypedNumber} invalid={NaN} />;
}

/** Numbers separated by `;` (the comma is the decimal comma): `30; 50; 72,5`. */
export function NumberListField(props: TypedFieldProps<number[]>) {
  const parse = (text: string): { ok: true; value: number[] } | Exclude<TypedNumber, { ok: true }> => {
    const each: TypedNumber[] = text.split(";").map(parseTypedNumber);
    const bad = each.find((p): p is Exclude<TypedNumber, { ok: true }> => !p.ok);
    return bad ? bad : { ok: true, value: each.map((p) => (p as { value: number }).value) };
  };
  return <TypedField<number[]> {...props} show={(v) => v.map(typedNumberText).join("; ")} parse={parse} invalid={[NaN]} />;
}
