/**
 * A sheet described once, rendered twice: by the Office.js adapter (task pane) and by the
 * .xlsx writer (CLI). Coordinates are 0-based; every row has one cell per column (cells
 * covered by a merge are null but keep their style, so borders are drawn all around).
 * Numbers are percent as in the domain (60 means 60%): renderers write fractions.
 */
export type NumberFormat = { kind: "text" } | { kind: "integer" } | { kind: "decimal"; decimals: number } | { kind: "percent"; decimals: number };

export type StyleName = "title" | "subtitle" | "caption" | "section" | "header" | "index" | "unit" | "value" | "marked" | "note" | "plain";

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** points; the model's font size when absent */
  size?: number;
  hAlign: "left" | "center" | "right";
  vAlign: "top" | "middle";
  wrap: boolean;
  /** thin border on every side */
  border: boolean;
  /** background, RGB hex without '#' */
  fill?: string;
}

export type CellValue = string | number | null;

export interface ModelCell {
  value: CellValue;
  style: StyleName;
  format?: NumberFormat;
  /** why this cell departs from the rule; renderers attach it as a note */
  mark?: string;
  /**
   * A formula in en-US syntax (`=COUNTIF(T[Xếp loại],"Tốt")`, `,` separators, `.` decimals),
   * which the renderers write as a formula; `value` is what it computes, so a file keeps
   * the result for readers that do not calculate, and tests can evaluate and compare.
   */
  formula?: string;
}

/** A chart over a rectangle of the sheet (header row included), placed at `anchor`. */
export interface ModelChart {
  title: string;
  /** a clustered column chart: the first column names the categories, the others are series */
  data: { row: number; col: number; rows: number; cols: number };
  anchor: { row: number; col: number };
}

export type RowKind = "title" | "blank" | "section" | "header" | "data" | "note";

export interface ModelRow {
  kind: RowKind;
  cells: ModelCell[];
  /** points; absent means the renderer's default height */
  height?: number;
}

export interface Merge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** one page wide, as many pages tall as needed */
  fitToWidth: boolean;
  /** rows printed at the top of every page (0-based, inclusive) */
  repeatRows: { first: number; last: number } | null;
  /** inches */
  margins: { left: number; right: number; top: number; bottom: number };
}

export interface TableModel {
  sheetName: string;
  font: { name: string; size: number };
  /** in characters of the default font, as Excel measures column widths */
  columnWidths: number[];
  rows: ModelRow[];
  merges: Merge[];
  styles: Record<StyleName, StyleSpec>;
  print: PrintSetup;
  /** rows frozen at the top while scrolling (0 for none) */
  freezeRows: number;
  /** drawn by the Excel renderer; the .xlsx renderer writes a note at the anchor instead */
  chart?: ModelChart;
}

/** The Excel number-format code of a model format. The vi-VN tag makes LibreOffice print 91,16%. */
export function excelNumberFormat(format: NumberFormat | undefined): string {
  if (!format || format.kind === "text") return "@";
  if (format.kind === "integer") return "0";
  const fraction = format.decimals > 0 ? `.${"0".repeat(format.decimals)}` : "";
  if (format.kind === "decimal") return `[$-42A]0${fraction}`;
  return format.decimals > 0 ? `[$-42A]0.${"0".repeat(format.decimals)}%` : "[$-42A]0%";
}

/** The value an Excel cell holds: a percent becomes a fraction (60 → 0.6), rounded clean of float noise. */
export function excelValue(cell: ModelCell): string | number | null {
  if (typeof cell.value === "number" && cell.format?.kind === "percent") return Math.round(cell.value * 1e4) / 1e6;
  return cell.value;
}

/** A sheet name Excel accepts: none of : \ / ? * [ ], at most 31 characters, never empty. */
export function safeSheetName(wanted: string, fallback: string): string {
  return wanted.replace(/[[\]:*?/\\]/g, "-").slice(0, 31).trim() || fallback;
}

/** Sheet names already taken, in lower case (Excel compares them without case): kept by a caller adding many sheets. */
export interface LowerCaseNames {
  has(lowerCaseName: string): boolean;
}

function isNameList(taken: readonly string[] | LowerCaseNames): taken is readonly string[] {
  return Array.isArray(taken);
}

/** Never overwrite: "Phụ lục II" taken → "Phụ lục II (2)", then " (3)"…, within Excel's 31 characters, case-blind as Excel is. */
export function nextFreeSheetName(taken: readonly string[] | LowerCaseNames, wanted: string): string {
  const lower: LowerCaseNames = isNameList(taken) ? new Set(taken.map((t) => t.toLowerCase())) : taken;
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A1-style address of a 0-based cell, e.g. (0, 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A rectangle of cells sharing one style, for renderers that format ranges rather than cells. */
export interface StyleBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: StyleName;
}

/**
 * The sheet's styles as few rectangles as a simple sweep finds: runs of equal style along
 * a row, then identical runs stacked over consecutive rows. A 2,000-row table gives a
 * handful of blocks, so a renderer's request size does not grow with the row count.
 */
export function styleBlocks(model: TableModel): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, StyleBlock>();
  model.rows.forEach((row, r) => {
    const next = new Map<string, StyleBlock>();
    let c = 0;
    while (c < row.cells.length) {
      const style = row.cells[c].style;
      let end = c + 1;
      while (end < row.cells.length && row.cells[end].style === style) end++;
      const key = `${c}:${end}:${style}`;
      const prev = open.get(key);
      if (prev) {
        prev.rows++;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { row: r, col: c, rows: 1, cols: end - c, style });
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}
