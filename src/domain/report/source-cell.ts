import { readVietnameseNumber } from "../parsing/number";
import type { ModelCell, NumberFormat } from "./table-model";

/** Digits with separators, an optional sign and `%`: the only text worth trying as a number. */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)*%?$/;
/** A leading zero ("007", a unit's code) is part of a code, which a number would lose. */
const LEADING_ZERO = /^[+-]?0\d/;
/** Digits past 15 do not survive a double (a long code or an ID): such text stays text. */
const MAX_DIGITS = 15;

/**
 * A cell of the source table as the scored sheet writes it. A number the source holds, or
 * text that reads wholly as a number in the table's decimal style ("79.27" in a portal
 * export, "91,16%" in a typed annex), is written as a number with as many decimals as the
 * source shows, so that Excel sums and sorts it; any other text stays text, as written.
 */
export function sourceCell(value: string | number | boolean | null | undefined, decimal: "," | "."): ModelCell {
  if (value === null || value === undefined || value === "") return { value: null, style: "unit" };
  if (typeof value === "number") return { value, style: "value" };
  const text = String(value);
  const number = typeof value === "string" ? numberOfText(text.trim(), decimal) : null;
  return number ?? { value: text, style: "unit", format: { kind: "text" } };
}

function numberOfText(text: string, decimal: "," | "."): ModelCell | null {
  if (!NUMBER_TEXT.test(text) || LEADING_ZERO.test(text) || text.replace(/\D/g, "").length > MAX_DIGITS) return null;
  const read = readVietnameseNumber(text, { decimal });
  if (!read.ok || read.value === null || (read.kind !== "plain" && read.kind !== "percent")) return null;
  // the decimals the text shows after its decimal separator ("18.0" keeps its one decimal)
  const body = text.replace(/%$/, "");
  const decimals = read.decimal ? body.length - body.lastIndexOf(read.decimal) - 1 : 0;
  const format: NumberFormat = read.kind === "percent" ? { kind: "percent", decimals } : decimals ? { kind: "decimal", decimals } : { kind: "integer" };
  return { value: read.value, style: "value", format };
}
