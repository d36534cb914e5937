import { foldVietnamese } from "../parsing/text";

/**
 * A period of the index: a year, a quarter, a month (the portal's `timeType`), or a snapshot
 * dated to the day (a capture, a 10-day campaign report, a year-to-date figure).
 * Written `2026`, `2026-Q3`, `2026-08`, `2026-10-10`; ordered by the day it ends.
 */
export type PeriodKind = "year" | "quarter" | "month" | "snapshot";

export interface Period {
  /** the written form, the period's identity: `2026`, `2026-Q3`, `2026-08`, `2026-10-10` */
  id: string;
  kind: PeriodKind;
  year: number;
  /** the last day the period covers, `YYYY-MM-DD` (sorts as text) */
  end: string;
}

/** What each kind is called on a sheet, so a month beside its quarter says which is which. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  year: "Năm",
  quarter: "Quý",
  month: "Tháng",
  snapshot: "Đến ngày",
};

// Among periods ending the same day (September, Q3 and a 30/09 snapshot), the shorter comes
// first: the order stays total and a month sits before the quarter it closes.
const KIND_RANK: Record<PeriodKind, number> = { snapshot: 0, month: 1, quarter: 2, year: 3 };

const pad2 = (n: number) => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Years the index can have: it started in 2022; a typo such as 20266 or 0226 is refused.
const MIN_YEAR = 2000;
const MAX_YEAR = 2099;
const validYear = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

export function yearPeriod(year: number): Period | null {
  return validYear(year) ? { id: String(year), kind: "year", year, end: `${year}-12-31` } : null;
}

export function quarterPeriod(year: number, quarter: number): Period | null {
  if (!validYear(year) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
  const lastMonth = quarter * 3;
  return { id: `${year}-Q${quarter}`, kind: "quarter", year, end: `${year}-${pad2(lastMonth)}-${pad2(daysInMonth(year, lastMonth))}` };
}

export function monthPeriod(year: number, month: number): Period | null {
  if (!validYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return { id: `${year}-${pad2(month)}`, kind: "month", year, end: `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}` };
}

export function snapshotPeriod(year: number, month: number, day: number): Period | null {
  if (!validYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const id = `${year}-${pad2(month)}-${pad2(day)}`;
  return { id, kind: "snapshot", year, end: id };
}

/** A period from its written form (`2026`, `2026-Q3`, `2026-08`, `2026-10-10`; `q3` also taken), or null. */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  m = /^(\d{4})-[Qq]([1-4])$/.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return monthPeriod(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return snapshotPeriod(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Orders by the day each ends, then shorter before longer; 0 only for the same period. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortPeriods<T extends Period>(periods: readonly T[]): T[] {
  return [...periods].sort(comparePeriods);
}

/**
 * The previous period of `p` among `periods`: the last one that ends on an earlier day
 * (issue 14: "the previous period is the one that ends before"). A quarter is therefore
 * preceded by the month before its last one only when that month is kept; periods ending on
 * the same day are never each other's previous.
 */
export function previousPeriod<T extends Period>(p: Period, periods: readonly T[]): T | null {
  let best: T | null = null;
  for (const q of periods) {
    if (q.end < p.end && (best === null || comparePeriods(q, best) > 0)) best = q;
  }
  return best;
}

/** How a period reads on a sheet: "Tháng 08/2026", "Quý III/2026", "Năm 2026", "Đến ngày 10/10/2026". */
export function periodLabel(p: Period): string {
  const [y, mo, d] = p.end.split("-");
  switch (p.kind) {
    case "year":
      return `Năm ${y}`;
    case "quarter":
      return `Quý ${ROMAN[Number(p.id.slice(-1)) - 1]}/${y}`;
    case "month":
      return `Tháng ${mo}/${y}`;
    case "snapshot":
      return `Đến ngày ${d}/${mo}/${y}`;
  }
}

const ROMAN = ["I", "II", "III", "IV"];

/**
 * A period inside a sentence ("Từ … đến …", "kỳ trước (…)"): "tháng 08/2026", "quý III/2026",
 * "năm 2026", and a snapshot as its day, "ngày 10/10/2026", since "Từ đến ngày … đến đến ngày …"
 * is no Vietnamese. A label alone (a column's header) keeps {@link periodLabel}.
 */
export function periodInSentence(p: Period): string {
  if (p.kind === "snapshot") {
    const [y, mo, d] = p.end.split("-");
    return `ngày ${d}/${mo}/${y}`;
  }
  const label = periodLabel(p);
  return label.charAt(0).toLocaleLowerCase("vi") + label.slice(1);
}

/**
 * A period named in a title, as the portal's and the provinces' tables write it. Accepted
 * (case and diacritics ignored; `/`, `-` or `.` between day, month and year):
 * - "(tính) đến ngày 10/10/2026", "đến 10/10/2026", "đến ngày 10 tháng 10 năm 2026" → the snapshot of that day;
 * - "tháng 8/2026", "tháng 08/2026", "tháng 8 năm 2026" → the month;
 * - "quý III/2026", "quý 3/2026", "quý 3 năm 2026" → the quarter;
 * - "6 tháng đầu năm 2026", "9 tháng năm 2026" → a year-to-date snapshot at the end of that
 *   month (30/06/2026): the portal's year is year-to-date, and no quarter covers six months;
 * - "năm 2026" → the year;
 * - a bare "ngày 10/10/2026" → the snapshot, only when nothing above matched (a title often
 *   dates the document that carries the table, so a named period wins over a date).
 * Anything else (two different periods named, no year) gives null: the door then asks.
 */
export function periodFromTitle(title: string): Period | null {
  // "10-10-2026", "10.10.2026" and "ngày 10 tháng 10 năm 2026" all become "10/10/2026".
  const t = foldVietnamese(title.replace(/(\d)\s*[-.]\s*(?=\d)/g, "$1/")).replace(/\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/g, "$1/$2/$3");
  const date = "(\\d{1,2})/(\\d{1,2})/(\\d{4})";
  let m = new RegExp(`\\bden (?:het )?(?:ngay )?${date}`).exec(t);
  if (m) return snapshotPeriod(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\b(\d{1,2}) thang (?:dau )?(?:nam )?(\d{4})\b/.exec(t);
  if (m) return m[1] === "12" ? yearPeriod(Number(m[2])) : lastDayOf(Number(m[2]), Number(m[1]));
  m = /\bthang (\d{1,2})(?:\/| nam )(\d{4})\b/.exec(t);
  if (m) return monthPeriod(Number(m[2]), Number(m[1]));
  m = /\bquy (iv|iii|ii|i|[1-4])(?:\/| nam )(\d{4})\b/.exec(t);
  if (m) return quarterPeriod(Number(m[2]), /\d/.test(m[1]) ? Number(m[1]) : ROMAN.indexOf(m[1].toUpperCase()) + 1);
  m = /\bnam (\d{4})\b/.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  m = new RegExp(`\\bngay ${date}`).exec(t);
  if (m) return snapshotPeriod(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function lastDayOf(year: number, month: number): Period | null {
  if (!validYear(year) || month < 1 || month > 12) return null;
  return snapshotPeriod(year, month, daysInMonth(year, month));
}

/**
 * The period a file name holds in its written form (`2026-08.csv`, `gialai_2026-10-10_units.csv`,
 * `bao-cao-2026-Q3.xlsx`, `2026.csv`), or null. A bare four-digit year counts only when it stands
 * alone between separators, so a code such as `H21` or a count `12026` is not taken for one.
 */
export function periodFromFileName(fileName: string): Period | null {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const m = /(?:^|[^0-9A-Za-z])(\d{4}(?:-[Qq][1-4]|-\d{2}(?:-\d{2})?)?)(?=$|[^0-9A-Za-z-])/.exec(base);
  return m ? parsePeriod(m[1]) : null;
}
