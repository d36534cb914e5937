import { matchHeader, type HeaderMatch } from "../parsing/headers";
import { cleanName, cleanNameSlow, foldVietnamese, isPlainText, withoutInvisible } from "../parsing/text";
import { TOP_LEFT, type Origin } from "../problems/address";
import { coded, onCell, type CellPlaces, type TableProblem } from "./cell-problem";
import type { NumberOptions } from "../parsing/number";
import type { RuleSet } from "../ruleset/schema";
import { isSummaryLabel } from "../parsing/summary-labels";
import { isSheetNumber, plainValue, shownText, type Cell } from "./cell";
import { readPointsRow, type PointsColumns } from "./points-row";
import { groupOfHeader, readLongForm } from "./portal";
import { controlCharacter, readCountCell, readRateCell } from "./values";

/** A rate in percent (91.16 means 91.16 %), or the counts it comes from: what the engine reads. */
export interface ReadValue {
  rate?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export interface ReadUnit {
  unit: string;
  district?: string;
  level?: string;
  values: Record<string, ReadValue>;
  /** the portal's printed score of each group the table cannot compute (its long form), by group code */
  printedGroups?: Record<string, number>;
}


export type { TableProblem };

export interface TableUnit {
  /** 1-based row in the table as given */
  row: number;
  input: ReadUnit;
  /** the original cells as the sheet holds them, so unknown columns pass through untouched */
  cells: (string | number | boolean | null)[];
  /**
   * a points table's row: the group points as printed (never read as rates), and the total as
   * printed, else the sum of the groups; null when neither is known (the unit is incomplete)
   */
  points?: { groups: Record<string, number>; total: number | null };
  /** the portal's long form: the points it printed per indicator, kept beside the counts */
  printed?: Record<string, { points: number | null; max: number | null }>;
  /**
   * A unit over many rows (the long form): the row of each indicator (and printed group), which a
   * problem about it cites, and every row of the unit, whose problems are the unit's.
   */
  spread?: { indicatorRows: Record<string, number>; rows: number[] };
}

/**
 * What the table is: units with rates or counts per indicator; the portal's points table
 * (group points adding up to a total); or the portal's long form (one row per unit and metric).
 */
export type TableShape = "rates" | "points" | "long-form";

export interface ScoringTable {
  shape: TableShape;
  /** 1-based row of the header (title rows above it are skipped) */
  headerRow: number;
  header: string[];
  roles: (HeaderMatch | null)[];
  units: TableUnit[];
  problems: TableProblem[];
  /**
   * Rows left out as summaries ("Tổng cộng", "Toàn tỉnh", "Bình quân"), each with a
   * row.summaryRow problem: never scored as units, but a province report takes the whole's
   * own row from them (scoring/whole.ts isWholeRowName).
   */
  summaryRows?: TableUnit[];
}

/** How far down a header is looked for: titles of an annex take a few rows, never dozens. */
const HEADER_SEARCH_ROWS = 20;

const DOT_DECIMAL = /^[+-]?\d+\.(\d{1,2}|\d{4,})%?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+%?$/;

/** The decimal separator a cell's text shows when it is a number with a fraction (`89.65`, `91,16%`); null for any other cell. */
export function decimalShown(c: Cell): "," | "." | null {
  if (typeof c !== "string" || c.length > 40) return null;
  const t = c.trim();
  return DOT_DECIMAL.test(t) ? "." : COMMA_DECIMAL.test(t) ? "," : null;
}

/**
 * The decimal separator of a table, learned from all its numbers written as text: a machine
 * export writes `89.65`, and then `94.672` is 94,672, not 94 672. Vietnamese print (`,`) wins
 * a tie.
 */
export function decimalStyle(cells: readonly (readonly Cell[])[], from = 0): "," | "." {
  let dots = 0;
  let commas = 0;
  for (let r = from; r < cells.length; r++) {
    const row = cells[r] ?? [];
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      // Both shapes start with a digit or a sign once trimmed: text that starts with another
      // visible ASCII character (a word) is neither, and needs no trim and no test.
      const first = typeof c === "string" ? c.charCodeAt(0) : 0;
      if (first > 32 && first < 127 && first !== 43 && first !== 45 && (first < 48 || first > 57)) continue;
      const shown = decimalShown(c);
      if (shown === ".") dots++;
      else if (shown === ",") commas++;
    }
  }
  return dots > commas ? "." : ",";
}

/**
 * The number options of a table whose decimal style is learned from its cells when a cell first
 * asks: most never do (words, and the common `91,16%`, `100`, are read without it), and a
 * table of notes is then read without a pass over all its cells. A class, so that every table's
 * options share one shape and one getter (an object literal's getter is a new closure each time).
 */
class LearnedOnUse implements NumberOptions {
  private learned: "," | "." | undefined;
  constructor(
    private readonly cells: readonly (readonly Cell[])[],
    private readonly from: number,
  ) {}

  get decimal(): "," | "." {
    return (this.learned ??= decimalStyle(this.cells, this.from));
  }
}

/** A row with nothing in it: every cell empty or white space as shown. */
function isBlankRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    // Most rows start with a visible ASCII character: no text to build or trim.
    if (typeof c === "string" && c.charCodeAt(0) > 32 && c.charCodeAt(0) < 127) return false;
    if (shownText(c).trim() !== "") return false;
  }
  return true;
}

/** The first row that names a unit column (within the first rows); the first row when none does. */
function findHeaderRow(ruleSet: RuleSet, cells: readonly (readonly Cell[])[]): number {
  const limit = Math.min(cells.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = cells[r] ?? [];
    if (row.some((c) => typeof c === "string" && matchHeader(ruleSet, c.trim())?.kind === "unit")) return r;
  }
  return 0;
}

/**
 * Reads a table of units into scoring inputs: title rows, then a header, then one unit per
 * row. Indicator columns are named by code or Vietnamese title and hold a rate, or
 * `<code> tử số` / `<code> mẫu số` counts; every cell is read by the one rule of
 * {@link readRateCell} and {@link readCountCell}. Every cell that cannot be read is a
 * problem on its row and column, and on its cell: `origin` is where the cells start in their
 * sheet or file; null when the caller cannot know it (a custom function's argument).
 */
export function readUnitTable(ruleSet: RuleSet, cells: readonly (readonly Cell[])[], origin: Origin | null = TOP_LEFT): ScoringTable {
  const h = findHeaderRow(ruleSet, cells);
  const longForm = readLongFormTable(ruleSet, cells, h, origin);
  if (longForm) return longForm;
  const headerRow = h + 1;
  // The arrays the rows are read by are built by push, not map(), filter() or flatMap(): those
  // give arrays of another shape once optimized, and optimized code that met both was thrown
  // away and compiled again (on a table's first reads, the compiler's time is most of it).
  const header: string[] = [];
  const roles: (HeaderMatch | null)[] = [];
  for (const c of cells[h] ?? []) {
    header.push(shownText(c).trim());
    roles.push(matchHeader(ruleSet, header[header.length - 1]));
  }
  const problems: TableProblem[] = [];
  const unitCol = roles.findIndex((r) => r?.kind === "unit");
  const districtCol = roles.findIndex((r) => r?.kind === "district");
  const levelCol = roles.findIndex((r) => r?.kind === "level");

  if (unitCol < 0) problems.push(coded("table.noUnitColumn", "error", headerRow, header[0] ?? "", { rows: Math.min(cells.length, HEADER_SEARCH_ROWS) }));
  const seen = new Map<string, number>();
  roles.forEach((r, i) => {
    if (r?.kind !== "indicator") return;
    const key = `${r.code}|${r.part}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(onCell({ header, origin }, "table.duplicateColumn", "error", headerRow, i, { column: header[i], indicator: r.code, first: header[first] }));
    } else seen.set(key, i);
  });

  const options = new LearnedOnUse(cells, h + 1);
  // The columns read per row, decided once from the header (the first of duplicate columns).
  const indicatorColumns: IndicatorColumn[] = [];
  // The numerator columns, where a count above its denominator is looked for.
  const countColumns: IndicatorColumn[] = [];
  roles.forEach((role, col) => {
    if (role?.kind !== "indicator" || seen.get(`${role.code}|${role.part}`) !== col) return;
    indicatorColumns.push({ col, code: role.code, part: role.part });
    if (role.part === "numerator") countColumns.push({ col, code: role.code, part: role.part });
  });
  // Columns of points (a total, or a group's points as the portal's points table has them): a
  // number there makes a row a unit's as much as a rate does.
  const pointColumns: number[] = [];
  roles.forEach((role, col) => {
    if (role?.kind === "total" || (role?.kind !== "indicator" && groupOfHeader(ruleSet, header[col]) !== null)) pointColumns.push(col);
  });
  const reading: RowsReading = { header, origin, unitCol, districtCol, levelCol, pointColumns, indicatorColumns, countColumns, options, problems, units: [], summaryRows: [], names: new Map() };
  for (let r = h + 1; r < cells.length; r++) readRow(reading, cells[r] ?? [], r + 1);
  const { units, summaryRows } = reading;
  const pointsTable = readPointsTable(ruleSet, { header, origin }, roles, cells, units, options, problems);
  if (pointsTable) {
    // Points are never read as rates: a summary row of points carries none either, as the units.
    const summaries = summaryRows.map((u) => ({ ...u, input: { ...u.input, values: {} } }));
    return { shape: "points", headerRow, header, roles, ...pointsTable, summaryRows: summaries };
  }
  return { shape: "rates", headerRow, header, roles, units, problems, summaryRows };
}

/** The problem of a row left out (not a unit, a summary): one per row, shown with the table's own problems. */
export function isLeftOutRow(p: Pick<TableProblem, "code">): boolean {
  return p.code === "row.notAUnit" || p.code === "row.summaryRow";
}

type IndicatorColumn = { col: number; code: string; part: "rate" | "numerator" | "denominator" };

/** A table's rows being read: the columns its header gave, and what the rows so far gave. */
interface RowsReading extends CellPlaces {
  unitCol: number;
  districtCol: number;
  levelCol: number;
  /** the columns of points (a total, a group's points): value columns like the indicators' */
  pointColumns: number[];
  indicatorColumns: IndicatorColumn[];
  countColumns: IndicatorColumn[];
  options: NumberOptions;
  problems: TableProblem[];
  units: TableUnit[];
  summaryRows: TableUnit[];
  /** the unit of each name's first row (its index in `units`), by the name's folded form (and district) */
  names: Map<string, number>;
}

/**
 * One row of a table, read into a unit and problems on its cells. A function of its own, small
 * enough that the engine optimizes it early and once, rather than the whole table reader again.
 */
function readRow(t: RowsReading, row: readonly Cell[], rowNumber: number): void {
  if (isBlankRow(row)) return;
  const { problems, unitCol, districtCol, levelCol } = t;
  const given = unitCol >= 0 ? shownText(row[unitCol]) : "";
  // A plain name (most are) has nothing to clean and no control or invisible character.
  const plain = isPlainText(given);
  // cleanName would test for plain text again: the name that is not plain goes to its full routine.
  const unit = plain ? given : cleanNameSlow(given);
  if (leftOut(t, row, rowNumber, unit)) return;
  if (unitCol >= 0 && !unit) problems.push(onCell(t, "row.noUnitName", "error", rowNumber, unitCol));
  if (unit) {
    const control = plain ? null : controlCharacter(given);
    if (control !== null) problems.push(onCell(t, "cell.controlCharacter", "warning", rowNumber, unitCol, { code: control }));
    // Invisible characters and a letter's case or marks make two names that look alike: said, never merged.
    // the same commune name in two districts is two units
    const folded = foldVietnamese(plain ? unit : withoutInvisible(unit));
    // Without a district column the folded name is the key itself (a remembered fold, hashed once).
    const key = districtCol >= 0 ? `${foldVietnamese(shownText(row[districtCol]))}|${folded}` : folded;
    const seen = t.names.get(key);
    // This row's unit is pushed below, at this index.
    if (seen === undefined) t.names.set(key, t.units.length);
    else {
      const first = t.units[seen];
      if (first.input.unit === unit) problems.push(onCell(t, "row.duplicateName", "warning", rowNumber, unitCol, { unit, first: String(first.row) }));
      else problems.push(onCell(t, "row.lookAlikeName", "warning", rowNumber, unitCol, { unit, other: first.input.unit, first: String(first.row) }));
    }
  }
  const values = indicatorValues(t, row, rowNumber);
  for (let i = 0; i < t.countColumns.length; i++) {
    const { code, col } = t.countColumns[i];
    const v = values[code];
    if (v?.numerator != null && v.denominator != null && v.numerator > v.denominator) {
      problems.push(onCell(t, "count.numeratorAboveDenominator", "error", rowNumber, col, { indicator: code, numerator: v.numerator, denominator: v.denominator }));
      // Not a rate above 100 %: a data error, so the indicator is left unread rather than scored.
      delete values[code];
    }
  }
  t.units.push({
    row: rowNumber,
    cells: row.map(plainValue),
    input: {
      unit: unit || `(dòng ${rowNumber})`,
      district: districtCol >= 0 ? cleanName(shownText(row[districtCol])) || undefined : undefined,
      level: levelCol >= 0 ? cleanName(shownText(row[levelCol])) || undefined : undefined,
      values,
    },
  });
}

/**
 * A row that is not a unit, left out with one warning on its name cell (never dropped without
 * a word): a summary ("Tổng cộng", "Cộng", "Bình quân"), kept aside for a province report; or
 * a row with no number and no no-data mark in any value column (a section heading "I. KHỐI
 * HUYỆN", a note "Ghi chú: số liệu tạm tính", an annex's own header lines), whose notes then
 * get no problem per cell. A unit whose cells all say "Chưa có dữ liệu" holds marks: it stays.
 */
function leftOut(t: RowsReading, row: readonly Cell[], rowNumber: number, unit: string): boolean {
  // The label is the unit's name; a row whose label spans the first columns (merged "Tổng cộng") has it elsewhere.
  const col = unit ? t.unitCol : firstTextColumn(row);
  const text = unit || (col >= 0 ? cleanName(shownText(row[col])) : "");
  if (isSummaryLabel(text)) {
    t.problems.push(onCell(t, "row.summaryRow", "warning", rowNumber, col, { text: labelOf(text) }));
    t.summaryRows.push(summaryRow(t, row, rowNumber, text));
    return true;
  }
  // A table without value columns says nothing about its rows: they stay as they are.
  if ((t.indicatorColumns.length === 0 && t.pointColumns.length === 0) || holdsValues(t, row)) return false;
  t.problems.push(onCell(t, "row.notAUnit", "warning", rowNumber, col, { text: labelOf(text) }));
  return true;
}

/** The column of a row's first cell with text in it; -1 when none has. */
function firstTextColumn(row: readonly Cell[]): number {
  for (let i = 0; i < row.length; i++) if (shownText(row[i]).trim() !== "") return i;
  return -1;
}

/** Whether any value column of the row holds a number (even one written wrongly, a problem then) or a no-data mark. */
function holdsValues(t: RowsReading, row: readonly Cell[]): boolean {
  for (let i = 0; i < t.indicatorColumns.length; i++) {
    const { col, part } = t.indicatorColumns[i];
    if (holdsValue(row[col], part === "rate" ? readRateCell : readCountCell, t.options)) return true;
  }
  for (let i = 0; i < t.pointColumns.length; i++) if (holdsValue(row[t.pointColumns[i]], readCountCell, t.options)) return true;
  return false;
}

/**
 * A number, a no-data mark ("Chưa có dữ liệu", "-"), or a number the reader refuses for its
 * writing (`9 8%`, `21/20`, `120%`, a sheet error: said on its cell); not an empty cell, nor
 * words: text with a letter that is no number (a note merged across the row, "01/NQ-CP ≥ 50%").
 */
function holdsValue(c: Cell, read: typeof readRateCell, options: NumberOptions): boolean {
  if (c === null || c === undefined || c === "") return false;
  // A sheet's number, said without reading it (most cells of most rows).
  if (typeof c === "number" || isSheetNumber(c)) return true;
  // Plain ASCII text without a letter is a number, a mark ("-") or a number written wrongly, all
  // values: said without reading it (the row's own reading follows), by a test cheaper than \p{L},
  // which took a quarter of the time of an 80 000-character cell.
  if (typeof c === "string" && !MAYBE_LETTER.test(c)) return c.trim() !== "";
  const r = read(c, options);
  if (r.ok) return r.value !== null || shownText(c).trim() !== "";
  return typeof c !== "string" || !LETTER.test(c);
}

const LETTER = /\p{L}/u;
/** An ASCII letter, or any character beyond ASCII punctuation (a letter may be among them). */
const MAYBE_LETTER = /[A-Za-z\u00AA-\uFFFF]/;

/** A row's label as a problem's parameter: a note can be a paragraph, the sentence needs its start. */
function labelOf(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

const LABEL_LENGTH = 60;

/** A summary row as a unit would be read, without its cells' problems (its one problem says it is left out). */
function summaryRow(t: RowsReading, row: readonly Cell[], rowNumber: number, unit: string): TableUnit {
  return { row: rowNumber, cells: row.map(plainValue), input: { unit, values: indicatorValues(t, row, null) } };
}

/**
 * The values of a row's indicator columns. A cell that cannot be read is a problem on it when
 * `rowNumber` is given (a unit's row), and is left out silently when it is null (a summary row,
 * whose one problem says it is not a unit).
 */
function indicatorValues(t: RowsReading, row: readonly Cell[], rowNumber: number | null): Record<string, ReadValue> {
  const values: Record<string, ReadValue> = {};
  // Indexed loops: iterating with for…of costs calls per step until the engine optimizes the row.
  for (let i = 0; i < t.indicatorColumns.length; i++) {
    const { col, code, part } = t.indicatorColumns[i];
    const read = part === "rate" ? readRateCell(row[col], t.options) : readCountCell(row[col], t.options);
    if (!read.ok) {
      if (rowNumber !== null) t.problems.push(onCell(t, read.code, "error", rowNumber, col, read.params));
    } else if (read.value !== null) (values[code] ??= {})[part] = read.value;
  }
  return values;
}

/** Points may differ from their printed total by the rounding of each part to 2 decimals. */
const ROUNDING = 0.011;

/**
 * A table whose group columns add up to its total column is the portal's points table: its
 * rows are kept as points (never read as rates), when at least 9 rows in 10 add up. Its cells
 * are then read as points ({@link readPointsRow}): the problems of its group and total cells
 * are those, in place of what the row reader said of them as rates; its other problems stay.
 */
function readPointsTable(
  ruleSet: RuleSet,
  places: CellPlaces,
  roles: readonly (HeaderMatch | null)[],
  cells: readonly (readonly Cell[])[],
  units: readonly TableUnit[],
  options: NumberOptions,
  rowProblems: readonly TableProblem[],
): { units: TableUnit[]; problems: TableProblem[] } | null {
  const { header } = places;
  const groupColumns = header.flatMap((t, j) => {
    const g = roles[j]?.kind === "total" ? null : groupOfHeader(ruleSet, t);
    return g ? [{ j, g }] : [];
  });
  const totalCol = roles.findIndex((r) => r?.kind === "total");
  if (groupColumns.length < 2 || totalCol < 0 || units.length === 0) return null;
  const maxOf = new Map(ruleSet.groups.map((g) => [g.code, g.max]));
  const columns: PointsColumns = {
    groups: groupColumns.map(({ j, g }) => ({ col: j, group: g, max: maxOf.get(g)! })),
    ruleSetGroups: ruleSet.groups,
    total: { col: totalCol, max: ruleSet.groups.reduce((a, g) => a + g.max, 0) },
    allowance: ROUNDING * groupColumns.length,
  };
  // Each cell read once, by the table's decimal style (learned once by the caller: learning it
  // again per cell was quadratic); whether the table is a points table is decided on the same readings.
  const rows = units.map((u) => readPointsRow(cells[u.row - 1] ?? [], columns, options));
  if (rows.filter((r) => r.adds).length * 10 < units.length * 9) return null;

  const pointsCols = new Set([totalCol, ...groupColumns.map((c) => c.j)]);
  const unitRows = new Set(units.map((u) => u.row));
  // What the row reader said of a points cell, it said of a rate: the points reading replaces it.
  const problems = rowProblems.filter((p) => !unitRows.has(p.row) || !pointsCols.has(header.indexOf(p.column)));
  const read = units.map((u, k) => {
    const { groups, total, problems: found } = rows[k];
    for (const p of found) problems.push(onCell(places, p.code, p.severity, u.row, p.col, p.params));
    return { ...u, input: { ...u.input, values: {} }, points: { groups, total } };
  });
  // Each row's problems together, in the order of the rows (a stable sort keeps a row's own order).
  return { units: read, problems: problems.sort((a, b) => a.row - b.row) };
}

/**
 * The portal's long form (one row per unit and metric) read as one unit per unit, with the
 * indicators the capture carries, the points it printed, the printed score of each group it
 * cannot compute, and the problems of its cells; null for any other shape.
 */
function readLongFormTable(ruleSet: RuleSet, cells: readonly (readonly Cell[])[], h: number, origin: Origin | null): ScoringTable | null {
  const read = readLongForm(ruleSet, cells, h, origin);
  if (!read) return null;
  const units: TableUnit[] = read.units.map((u) => ({
    row: u.row,
    cells: [u.unit],
    input: { unit: u.unit, level: u.level, values: u.values, ...(Object.keys(u.printedGroups).length ? { printedGroups: u.printedGroups } : {}) },
    printed: u.printed,
    spread: { indicatorRows: u.rows, rows: u.lines },
  }));
  return { shape: "long-form", headerRow: h + 1, header: ["Đơn vị"], roles: [{ kind: "unit" }], units, problems: read.problems };
}
