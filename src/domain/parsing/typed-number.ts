import { parseVietnameseNumber } from "./number";

export type TypedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * A number a user types into a field (a target, a rule value, an override), in percent
 * where the field is a percent: `72,5`, `72.5` and `72,5%` are all 72,5. The Vietnamese
 * number parser reads it, so a comma is a decimal comma (never dropped: `72,5` is not 725).
 * Empty or unreadable text is refused with a message to show beside the field.
 */
export function parseTypedNumber(text: string): TypedNumber {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: "Hãy nhập một số (ví dụ 72,5)." };
  const parsed = parseVietnameseNumber(trimmed);
  if (parsed.ok && parsed.value !== null && parsed.kind !== "ratio") return { ok: true, value: parsed.value };
  const hint = !parsed.ok && parsed.suggestion !== undefined ? ` Có thể là ${typedNumberText(parsed.suggestion)}?` : "";
  return { ok: false, message: `“${trimmed}” không phải là số (ví dụ 72,5).${hint}` };
}

/** A number as the field shows it: 72.5 → "72,5" (no thousands dots: a field holds what was typed). */
export function typedNumberText(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? "" : String(value).replace(".", ",");
}
