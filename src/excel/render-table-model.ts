import {
  a1,
  excelNumberFormat,
  excelValue,
  nextFreeSheetName,
  styleBlocks,
  type StyleName,
  type StyleSpec,
  type TableModel,
} from "../domain/report/table-model";
import { BulkWriter, formula } from "./bulk-writer";

/**
 * Styles painted as a change over another: scattered marked cells (every "Chưa đạt" of a
 * 2,000-unit report) would otherwise split the value columns into thousands of rectangles,
 * each restyled in full. The base is painted in a few large blocks, then each marked run
 * gets only what differs (fill, bold, italic).
 */
const OVERLAY_BASE: Partial<Record<StyleName, StyleName>> = { marked: "value" };

export interface RenderOptions {
  /** data bytes per request (the one budget of request-budget.ts); tests lower it to see the split */
  maxRequestBytes?: number;
  /** the workbook's sheet names, when the caller has read them already: saves the first sync */
  takenSheetNames?: readonly string[];
  /** bytes the caller has queued on this context and not yet sent (they go with this render's syncs) */
  queuedBytes?: number;
}

export interface RenderResult {
  sheetName: string;
  syncs: number;
}

/** request overhead of one queued property set or method call, beyond its payload */
const OP_BYTES = 200;

/** Excel's character widths in points: (7 px per character + 5 px padding) × 0.75. */
function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center" } as const;

/**
 * Renders a table model as a NEW worksheet (never overwrites: "Phụ lục II (2)"…). One sync
 * reads the sheet names; everything else is queued in bulk (values and number formats in
 * row blocks, styles per rectangle, merges, print setup) and sent by one more sync, split
 * only if the request would pass `maxRequestBytes`. So 17, 220 or 2,000 units take 2 syncs.
 */
export async function renderTableModel(context: Excel.RequestContext, model: TableModel, options: RenderOptions = {}): Promise<RenderResult> {
  const sheets = context.workbook.worksheets;
  let taken = options.takenSheetNames;
  if (!taken) {
    sheets.load("items/name");
    await context.sync();
    taken = sheets.items.map((s) => s.name);
  }
  const sheetName = nextFreeSheetName(taken, model.sheetName);

  // the one writer: text as Text, formats before values, a sync only when the budget is full
  const writer = new BulkWriter(context, options.maxRequestBytes);
  const queue = (bytes: number) => writer.reserve(bytes + OP_BYTES);
  if (options.queuedBytes) await writer.reserve(options.queuedBytes);
  const ws = sheets.add(sheetName);
  model.columnWidths.forEach((w, c) => {
    ws.getRange(`${a1(0, c).replace(/\d+$/, "")}:${a1(0, c).replace(/\d+$/, "")}`).format.columnWidth = widthInPoints(w);
  });
  await writer.reserve(model.columnWidths.length * OP_BYTES);

  // A formula cell goes as a formula (en-US syntax); every other cell as its value, text as Text.
  const values = model.rows.map((row) => row.cells.map((cell) => (cell.formula ? formula(cell.formula) : (excelValue(cell) ?? ""))));
  await writer.write(ws, 0, 0, values, (r, c) => {
    const format = model.rows[r].cells[c].format;
    return format ? excelNumberFormat(format) : null;
  });

  const blockRange = (b: { row: number; col: number; rows: number; cols: number }) => ws.getRange(`${a1(b.row, b.col)}:${a1(b.row + b.rows - 1, b.col + b.cols - 1)}`);
  const baseModel = { ...model, rows: model.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, style: OVERLAY_BASE[c.style] ?? c.style })) })) };
  for (const b of styleBlocks(baseModel)) {
    await queue(OP_BYTES * 12);
    applyStyle(blockRange(b), model.styles[b.style], model.font, b.rows, b.cols);
  }
  for (const b of styleBlocks(model)) {
    const base = OVERLAY_BASE[b.style];
    if (!base) continue;
    const changes = styleChanges(model.styles[base], model.styles[b.style]);
    await queue(OP_BYTES * changes.length);
    for (const change of changes) change(blockRange(b).format);
  }
  for (const m of model.merges) {
    await queue(0);
    ws.getRange(`${a1(m.row, m.col)}:${a1(m.row + m.rowSpan - 1, m.col + m.colSpan - 1)}`).merge(false);
  }
  // Consecutive rows of one height are set together.
  for (let r = 0; r < model.rows.length; ) {
    const h = model.rows[r].height;
    let end = r + 1;
    while (end < model.rows.length && model.rows[end].height === h) end++;
    if (h) {
      await queue(0);
      ws.getRange(`A${r + 1}:A${end}`).format.rowHeight = h;
    }
    r = end;
  }

  if (model.chart && ws.charts) {
    const { data, anchor, title } = model.chart;
    await queue(OP_BYTES * 4);
    const chart = ws.charts.add("ColumnClustered", blockRange({ ...data }), "Columns");
    chart.title.text = title;
    chart.legend.visible = false;
    chart.setPosition(a1(anchor.row, anchor.col), a1(anchor.row + 19, anchor.col + 9));
  }

  const page = ws.pageLayout;
  page.orientation = model.print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  if (model.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const inch = 72;
  page.leftMargin = model.print.margins.left * inch;
  page.rightMargin = model.print.margins.right * inch;
  page.topMargin = model.print.margins.top * inch;
  page.bottomMargin = model.print.margins.bottom * inch;
  page.centerHorizontally = true;
  if (model.print.repeatRows) page.setPrintTitleRows(`$${model.print.repeatRows.first + 1}:$${model.print.repeatRows.last + 1}`);
  ws.activate();
  await queue(OP_BYTES * 10);
  await writer.finish();
  return { sheetName, syncs: (options.takenSheetNames ? 0 : 1) + writer.requestBytes.length };
}

/** The property writes that turn a range styled `from` into one styled `to` (same font and borders). */
function styleChanges(from: StyleSpec, to: StyleSpec): ((f: Excel.RangeFormat) => void)[] {
  const changes: ((f: Excel.RangeFormat) => void)[] = [];
  if ((to.bold ?? false) !== (from.bold ?? false)) changes.push((f) => (f.font.bold = to.bold ?? false));
  if ((to.italic ?? false) !== (from.italic ?? false)) changes.push((f) => (f.font.italic = to.italic ?? false));
  if (to.size !== from.size && to.size !== undefined) changes.push((f) => (f.font.size = to.size!));
  if (to.hAlign !== from.hAlign) changes.push((f) => (f.horizontalAlignment = H_ALIGN[to.hAlign]));
  if (to.vAlign !== from.vAlign) changes.push((f) => (f.verticalAlignment = V_ALIGN[to.vAlign]));
  if (to.wrap !== from.wrap) changes.push((f) => (f.wrapText = to.wrap));
  if (to.fill && to.fill !== from.fill) changes.push((f) => (f.fill.color = `#${to.fill}`));
  if (to.border !== from.border) throw new Error("an overlay style must keep its base's borders");
  return changes;
}

function applyStyle(range: Excel.Range, spec: StyleSpec, font: TableModel["font"], rows: number, cols: number): void {
  const f = range.format;
  f.font.name = font.name;
  f.font.size = spec.size ?? font.size;
  f.font.bold = spec.bold ?? false;
  f.font.italic = spec.italic ?? false;
  f.horizontalAlignment = H_ALIGN[spec.hAlign];
  f.verticalAlignment = V_ALIGN[spec.vAlign];
  f.wrapText = spec.wrap;
  if (spec.fill) f.fill.color = `#${spec.fill}`;
  if (spec.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
    for (const e of edges) f.borders.getItem(e).style = "Continuous";
    if (cols > 1) f.borders.getItem("InsideVertical").style = "Continuous";
    if (rows > 1) f.borders.getItem("InsideHorizontal").style = "Continuous";
  }
}

