import { shownText, type Cell } from "../reading/cell";
import type { ImportResult } from "../reading/import-schema";
import { monthPeriod, periodFromTitle, quarterPeriod, snapshotPeriod, yearPeriod, type Period, type PeriodKind } from "./period";

/**
 * The period a user gives for an import when the title does not say it: a kind and a value
 * typed the way Vietnamese documents write it ("08/2026", "III/2026", "2026", "10/10/2026").
 */
export interface PeriodChoice {
  kind: PeriodKind;
  value: string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const ROMAN = ["I", "II", "III", "IV"];

/** The usual case: last month's results, published at the start of this month. */
export function defaultPeriodChoice(today: Date): PeriodChoice {
  const month = today.getMonth(); // 0-based: this month's index is last month's number
  const year = month === 0 ? today.getFullYear() - 1 : today.getFullYear();
  return { kind: "month", value: `${pad2(month === 0 ? 12 : month)}/${year}` };
}

/** A period as the fields show it, to prefill them with what a title said. */
export function choiceOf(p: Period): PeriodChoice {
  const [y, m, d] = p.end.split("-");
  switch (p.kind) {
    case "year":
      return { kind: "year", value: y };
    case "quarter":
      return { kind: "quarter", value: `${ROMAN[Number(p.id.slice(-1)) - 1]}/${y}` };
    case "month":
      return { kind: "month", value: `${m}/${y}` };
    case "snapshot":
      return { kind: "snapshot", value: `${d}/${m}/${y}` };
  }
}

/** The period of a choice, or null when its value does not read as that kind (the door then says how to write it). */
export function periodOfChoice(choice: PeriodChoice): Period | null {
  const v = choice.value.trim().replace(/\s*[-.]\s*/g, "/").replace(/\s+/g, "");
  let m: RegExpExecArray | null;
  switch (choice.kind) {
    case "year":
      return /^\d{4}$/.test(v) ? yearPeriod(Number(v)) : null;
    case "quarter":
      m = /^(IV|III|II|I|[1-4])\/(\d{4})$/i.exec(v);
      return m ? quarterPeriod(Number(m[2]), /\d/.test(m[1]) ? Number(m[1]) : ROMAN.indexOf(m[1].toUpperCase()) + 1) : null;
    case "month":
      m = /^(\d{1,2})\/(\d{4})$/.exec(v);
      return m ? monthPeriod(Number(m[2]), Number(m[1])) : null;
    case "snapshot":
      m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
      return m ? snapshotPeriod(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  }
}

/**
 * The period the title above an imported table names (the rows before its header: "Kết quả
 * đến ngày 10/10/2026"), or null. Pasted text gives its lines, a selection its cells.
 */
export function periodOfImport(source: string | readonly (readonly Cell[])[], result: Pick<ImportResult, "tables">): Period | null {
  const header = result.tables[0]?.row ?? 0;
  const before = Math.max(0, header - 1);
  const lines = typeof source === "string" ? source.split(/\r?\n/).slice(0, before) : source.slice(0, before).map((r) => r.map(shownText).filter((t) => t !== "").join(" "));
  return lines.length ? periodFromTitle(lines.join(" ")) : null;
}
