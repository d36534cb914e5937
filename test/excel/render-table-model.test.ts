import { buildAnnexModel } from "../../src/domain/report/annex-model";
import { a1, type TableModel } from "../../src/domain/report/table-model";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/request-budget";
import { assignTargets, type BaselineUnit } from "../../src/domain/targets/assign";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { renderTableModel, type RenderOptions } from "../../src/excel/render-table-model";
import { annexIBaseline } from "../domain/targets/annex-i-baseline";
import { FakeExcel, parseA1, type FakeSheet } from "./fake-excel";

/** Renders `model` in one Excel.run of the strict fake, as the report screens do. */
function render(fake: FakeExcel, model: TableModel, options?: RenderOptions) {
  return fake.run((context) => renderTableModel(context, model, options));
}

function workbook(existing: string[]): FakeExcel {
  const fake = new FakeExcel();
  for (const name of existing) fake.addSheet(name);
  return fake;
}

const valueAt = (ws: FakeSheet, address: string) => {
  const { row, column } = parseA1(address);
  return ws.cell(row, column)?.v;
};
const formatAt = (ws: FakeSheet, address: string) => {
  const { row, column } = parseA1(address);
  return ws.cell(row, column)?.nf;
};

/** The last value set on `Range.format.<key>` over a range that covers the cell. */
function styleAt(ws: FakeSheet, address: string, key: string): unknown {
  const { row, column } = parseA1(address);
  let found: unknown;
  for (const s of ws.styles) {
    if (s.path === `Range.format.${key}` && row >= s.row && row < s.row + s.rows && column >= s.column && column < s.column + s.columns) found = s.value;
  }
  return found;
}

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const departments = annexIBaseline("a1_2023_departments", "department");
const communes = annexIBaseline("a3_2023_communes", "commune");
/** 2,000 communes: a3's real rates, repeated under numbered names */
const many: BaselineUnit[] = Array.from({ length: 2000 }, (_, i) => ({ ...communes[i % communes.length], unit: `${communes[i % communes.length].unit} (${i + 1})`, district: undefined }));

const annex = (baseline: BaselineUnit[]): TableModel => buildAnnexModel(assignTargets(campaign, baseline));

describe("renderTableModel on the strict Excel fake", () => {
  test("writes a new sheet next to an existing 'Phụ lục II', which stays untouched", async () => {
    const excel = workbook(["Sheet1", "Phụ lục II"]);
    const result = await render(excel, annex([...departments, ...annexIBaseline("a2_2023_districts", "district")]));
    expect(result.sheetName).toBe("Phụ lục II (2)");
    expect(excel.sheet("Phụ lục II")!.cells.size).toBe(0);
    const ws = excel.sheet("Phụ lục II (2)")!;
    expect(excel.activeSheet).toBe(ws);
    expect(valueAt(ws, "A1")).toBe("PHỤ LỤC II");
    expect(ws.merges).toContain("A1:Q1");
    // Sở Giao thông vận tải is department 4: row 7 header + 4 → Excel row 11; payment in H:J
    expect(valueAt(ws, "B11")).toBe("Sở Giao thông vận tải");
    expect(formatAt(ws, "B11")).toBe("@");
    expect(["H11", "I11", "J11"].map((c) => valueAt(ws, c))).toEqual([0.6737, 0.7237, 0.7737]);
    expect(formatAt(ws, "I11")).toBe("[$-42A]0.00%");
    expect(styleAt(ws, "I11", "font.name")).toBe("Times New Roman");
    // Sở Xây dựng (row 23), DVC at 50 days: overridden, filled
    expect(valueAt(ws, "B23")).toBe("Sở Xây dựng");
    expect(styleAt(ws, "F23", "fill.color")).toBe("#FFF2CC");
    expect(styleAt(ws, "E23", "fill.color")).toBeUndefined();
    // painted as a change over the value style: bold italic on top of the value cell's font and borders
    expect([styleAt(ws, "F23", "font.bold"), styleAt(ws, "F23", "font.italic"), styleAt(ws, "F23", "font.name")]).toEqual([true, true, "Times New Roman"]);
    expect([styleAt(ws, "E23", "font.bold"), styleAt(ws, "E23", "font.italic")]).toEqual([false, false]);
    expect(ws.pageSetup).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(ws.pageSetup["setPrintTitleRows()"]).toBe("$6:$7");
  });

  test("a second run takes the next free name", async () => {
    const excel = workbook(["Phụ lục II", "Phụ lục II (2)"]);
    expect((await render(excel, annex(departments))).sheetName).toBe("Phụ lục II (3)");
  });

  test.each([
    ["17 departments (a1)", departments],
    ["220 communes (a3)", communes],
    ["2,000 communes", many],
  ])("%s: 2 syncs, every request under the limit, every cell written", async (label, baseline) => {
    const model = annex(baseline);
    const excel = workbook(["Sheet1"]);
    const result = await render(excel, model);
    expect(result.syncs).toBe(2);
    expect(excel.syncCount).toBe(2);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    const ws = excel.sheet(model.sheetName)!;
    expect(ws.cells.size).toBe(model.rows.length * model.columnWidths.length);
    const last = model.rows.length - 1;
    const lastData = model.rows.map((r) => r.kind).lastIndexOf("data");
    expect(valueAt(ws, a1(lastData, 1))).toBe(model.rows[lastData].cells[1].value);
    expect(valueAt(ws, a1(last, 0))).toBe(model.rows[last].cells[0].value);
    console.log(`${label}: ${excel.syncCount} syncs, requests ${excel.requests.map((r) => `${Math.round(r.bytes / 1024)} KB`).join(" + ")}`);
  });

  test("a request limit splits the writes by extra syncs, never a request above it", async () => {
    const model = annex(many);
    const excel = workbook([]);
    const result = await render(excel, model, { maxRequestBytes: 300_000 });
    expect(result.syncs).toBeGreaterThan(2);
    // the budget counts data; the calls' own envelope stays within a few percent of it
    for (const r of excel.requests) expect(r.bytes).toBeLessThan(300_000 * 1.05);
    expect(excel.sheet(model.sheetName)!.cells.size).toBe(model.rows.length * model.columnWidths.length);
  });

  test("column widths in points and every column styled", async () => {
    const excel = workbook([]);
    const model = annex(departments);
    await render(excel, model);
    const ws = excel.sheet(model.sheetName)!;
    const widths = ws.styles.filter((s) => s.path === "Range.format.columnWidth");
    // whole columns, one per column of the model
    expect(widths.map((s) => [s.column, s.columns, s.rows])).toEqual(model.columnWidths.map((_, c) => [c, 1, 1048576]));
    // 30 characters of the unit column ≈ (30 × 7 + 5) px × 0.75
    expect(widths[1].value).toBeCloseTo(161.25, 2);
  });
});
