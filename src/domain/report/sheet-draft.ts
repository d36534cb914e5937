import { decimalsOf } from "./number-format";
import type { Merge, ModelCell, ModelRow, StyleName, StyleSpec, TableModel } from "./table-model";

/** The look of the province's printed annexes and reports (seed 002): Times New Roman, A4 landscape. */
export const REPORT_FONT = { name: "Times New Roman", size: 11 };
/** points per printed line at the body size */
export const LINE = 15;

export const REPORT_STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 13, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  subtitle: { bold: true, size: 12, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  caption: { italic: true, size: 12, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  section: { bold: true, size: 12, hAlign: "left", vAlign: "middle", wrap: true, border: false },
  header: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: true },
  index: { hAlign: "center", vAlign: "middle", wrap: false, border: true },
  unit: { hAlign: "left", vAlign: "middle", wrap: true, border: true },
  value: { hAlign: "center", vAlign: "middle", wrap: false, border: true },
  marked: { bold: true, italic: true, hAlign: "center", vAlign: "middle", wrap: false, border: true, fill: "FFF2CC" },
  note: { italic: true, hAlign: "left", vAlign: "top", wrap: true, border: false },
  plain: { hAlign: "left", vAlign: "middle", wrap: false, border: false },
};

/** The sentence the notes use for the `marked` style. */
export const MARKED_LOOK = "Ô tô nền vàng, chữ nghiêng đậm";

/** Lines a text needs in a column `width` characters wide, wrapping at spaces (an estimate: no font metrics in the domain). */
export function linesNeeded(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.25));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room) used = need;
    else {
      lines += used === 0 ? Math.ceil(word.length / room) - 1 : 1;
      used = Math.min(word.length, room);
    }
  }
  return lines;
}

export function blankCell(style: StyleName = "plain"): ModelCell {
  return { value: null, style };
}

/** A percent printed with the decimals it has (70 → 70%, 82,6%, 72,37%). */
export function percentCell(value: number): ModelCell {
  return { value, style: "value", format: { kind: "percent", decimals: decimalsOf(value) } };
}

/** Rows and merges of a report sheet being laid out, top to bottom, over fixed columns. */
export class SheetDraft {
  readonly rows: ModelRow[] = [];
  readonly merges: Merge[] = [];
  private readonly totalWidth: number;

  constructor(readonly columnWidths: readonly number[]) {
    this.totalWidth = columnWidths.reduce((s, w) => s + w, 0);
  }

  get width(): number {
    return this.columnWidths.length;
  }

  /** One text over the whole width, tall enough for its wrapped lines. */
  fullWidth(kind: ModelRow["kind"], text: string, style: StyleName): void {
    const lines = linesNeeded(text, this.totalWidth * (REPORT_FONT.size / (REPORT_STYLES[style].size ?? REPORT_FONT.size)));
    this.merge(this.rows.length, 0, 1, this.width);
    this.rows.push({ kind, cells: [{ value: text, style }, ...Array.from({ length: this.width - 1 }, () => blankCell(style))], height: Math.max(1, lines) * (LINE + 3) });
  }

  blankRow(): void {
    this.rows.push({ kind: "blank", cells: this.columnWidths.map(() => blankCell()) });
  }

  /**
   * Opens a two-row table header (a section of the annex or of the progress report) with its
   * first two columns, "TT" and the unit's, each merged over both rows.
   */
  twoRowHeaderStart(unitHeader: string): { top: number; upper: ModelCell[]; lower: ModelCell[] } {
    const top = this.rows.length;
    this.merge(top, 0, 2, 1);
    this.merge(top, 1, 2, 1);
    return {
      top,
      upper: [
        { value: "TT", style: "header" },
        { value: unitHeader, style: "header" },
      ],
      lower: [blankCell("header"), blankCell("header")],
    };
  }

  merge(row: number, col: number, rowSpan: number, colSpan: number): void {
    if (rowSpan > 1 || colSpan > 1) this.merges.push({ row, col, rowSpan, colSpan });
  }

  /** A4 landscape, one page wide, `repeatRows` printed on every page. */
  toModel(sheetName: string, repeatRows: TableModel["print"]["repeatRows"]): TableModel {
    return {
      sheetName,
      font: REPORT_FONT,
      columnWidths: [...this.columnWidths],
      rows: this.rows,
      merges: this.merges,
      styles: REPORT_STYLES,
      print: {
        paper: "A4",
        orientation: "landscape",
        fitToWidth: true,
        repeatRows,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      },
      freezeRows: 0,
    };
  }
}
