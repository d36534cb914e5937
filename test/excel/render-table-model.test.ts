import { buildAnnexModel } from "../../src/domain/report/annex-model";
import { a1, columnLetters, type TableModel } from "../../src/domain/report/table-model";
import { assignTargets, type BaselineUnit } from "../../src/domain/targets/assign";
import { getCampaignPreset } from "../../src/domain/targets/presets";
import { renderTableModel, type ExcelContextLike, type RangeLike, type WorksheetLike } from "../../src/excel/render-table-model";
import { annexIBaseline } from "../domain/targets/annex-i-baseline";

/*
 * A recording stand-in for Excel.RequestContext: a grid per sheet, the formats and merges
 * asked for, and the requests as Office.js would batch them (bytes queued between syncs).
 * Like Excel it refuses a duplicate sheet name, a values array of the wrong shape, and a
 * collection read before load + sync.
 */
class FakeExcel implements ExcelContextLike {
  syncs = 0;
  requests: number[] = [];
  private pending = 0;
  private loadQueued = false;
  private loaded = false;
  readonly sheets: FakeSheet[];
  readonly workbook: ExcelContextLike["workbook"];

  constructor(existing: string[]) {
    this.sheets = existing.map((n) => new FakeSheet(n, this));
    const worksheets = {
      load: () => {
        this.loadQueued = true;
        this.record(40);
      },
      items: [] as { name: string }[],
      add: (name?: string) => {
        if (this.sheets.some((s) => s.name.toLowerCase() === (name ?? "").toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        const s = new FakeSheet(name!, this);
        this.sheets.push(s);
        this.record(60);
        return s;
      },
    };
    Object.defineProperty(worksheets, "items", {
      get: () => {
        if (!this.loaded) throw new Error("PropertyNotLoaded: worksheets.items");
        return this.sheets.map((s) => ({ name: s.name }));
      },
    });
    this.workbook = { worksheets, application: { suspendApiCalculationUntilNextSync: () => this.record(40) } };
  }

  record(bytes: number) {
    this.pending += bytes + 100;
  }

  async sync() {
    this.syncs++;
    this.requests.push(this.pending);
    this.pending = 0;
    if (this.loadQueued) this.loaded = true;
  }

  sheet(name: string) {
    return this.sheets.find((s) => s.name === name)!;
  }
}

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
function parseAddress(address: string): Rect {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = m[2] ? Number(m[2]) - 1 : 0;
  const r1 = m[4] ? Number(m[4]) - 1 : m[3] && !m[4] ? 1_048_575 : r0;
  return { r0, c0: col(m[1]), r1, c1: m[3] ? col(m[3]) : col(m[1]) };
}

class FakeSheet implements WorksheetLike {
  values = new Map<string, unknown>();
  formats = new Map<string, unknown>();
  merges: string[] = [];
  styled: { address: string; props: Record<string, unknown> }[] = [];
  activated = false;
  printTitles = "";
  pageLayout: WorksheetLike["pageLayout"];

  constructor(
    public name: string,
    private ctx: FakeExcel,
  ) {
    this.pageLayout = {
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: {},
      leftMargin: 0,
      rightMargin: 0,
      topMargin: 0,
      bottomMargin: 0,
      centerHorizontally: false,
      setPrintTitleRows: (rows: string) => {
        this.printTitles = rows;
        ctx.record(20);
      },
    };
  }

  activate() {
    this.activated = true;
    this.ctx.record(10);
  }

  getRange(address = "A1"): RangeLike {
    const rect = parseAddress(address);
    const ctx = this.ctx;
    const props: Record<string, unknown> = {};
    this.styled.push({ address, props });
    const setter = (key: string) => ({
      set(v: unknown) {
        props[key] = v;
        ctx.record(JSON.stringify(v).length);
      },
      get: () => props[key],
      enumerable: true,
    });
    const grid = (target: Map<string, unknown>, v: unknown) => {
      const rows = v as unknown[][];
      if (rows.length !== rect.r1 - rect.r0 + 1 || rows.some((r) => r.length !== rect.c1 - rect.c0 + 1)) throw new Error(`InvalidArgument: shape of ${address}`);
      rows.forEach((row, i) => row.forEach((x, j) => target.set(a1(rect.r0 + i, rect.c0 + j), x)));
      ctx.record(JSON.stringify(v).length);
    };
    const edge = (name: string) => Object.defineProperties({}, { style: setter(`border.${name}`) }) as { style: string };
    const format = Object.defineProperties(
      {
        font: Object.defineProperties({}, { name: setter("font.name"), size: setter("font.size"), bold: setter("font.bold"), italic: setter("font.italic") }),
        fill: Object.defineProperties({}, { color: setter("fill") }),
        borders: { getItem: (n: string) => edge(n) },
      },
      {
        horizontalAlignment: setter("hAlign"),
        verticalAlignment: setter("vAlign"),
        wrapText: setter("wrap"),
        rowHeight: setter("rowHeight"),
        columnWidth: setter("columnWidth"),
      },
    );
    const range = {
      format: format as unknown as RangeLike["format"],
      merge: () => {
        this.merges.push(address);
        ctx.record(10);
      },
    };
    const writeOnly = (name: string, target: Map<string, unknown>) => ({
      set: (v: unknown) => grid(target, v),
      get: () => {
        throw new Error(`PropertyNotLoaded: ${name}`);
      },
    });
    return Object.defineProperties(range, { values: writeOnly("values", this.values), numberFormat: writeOnly("numberFormat", this.formats) }) as unknown as RangeLike;
  }

  /** The last value of a style property that covers a cell. */
  styleAt(cell: string, key: string): unknown {
    const { r0, c0 } = parseAddress(cell);
    let found: unknown;
    for (const s of this.styled) {
      const r = parseAddress(s.address);
      if (key in s.props && r0 >= r.r0 && r0 <= r.r1 && c0 >= r.c0 && c0 <= r.c1) found = s.props[key];
    }
    return found;
  }
}

const campaign = getCampaignPreset("chien-dich-100-ngay-2024");
const departments = annexIBaseline("a1_2023_departments", "department");
const communes = annexIBaseline("a3_2023_communes", "commune");
/** 2,000 communes: a3's real rates, repeated under numbered names */
const many: BaselineUnit[] = Array.from({ length: 2000 }, (_, i) => ({ ...communes[i % communes.length], unit: `${communes[i % communes.length].unit} (${i + 1})`, district: undefined }));

const annex = (baseline: BaselineUnit[]): TableModel => buildAnnexModel(assignTargets(campaign, baseline));

describe("renderTableModel (Office.js) on a recording fake", () => {
  test("writes a new sheet next to an existing 'Phụ lục II', which stays untouched", async () => {
    const excel = new FakeExcel(["Sheet1", "Phụ lục II"]);
    const result = await renderTableModel(excel, annex([...departments, ...annexIBaseline("a2_2023_districts", "district")]));
    expect(result.sheetName).toBe("Phụ lục II (2)");
    expect(excel.sheet("Phụ lục II").values.size).toBe(0);
    const ws = excel.sheet("Phụ lục II (2)");
    expect(ws.activated).toBe(true);
    expect(ws.values.get("A1")).toBe("PHỤ LỤC II");
    expect(ws.merges).toContain("A1:Q1");
    // Sở Giao thông vận tải is department 4: row 7 header + 4 → Excel row 11; payment in H:J
    expect(ws.values.get("B11")).toBe("Sở Giao thông vận tải");
    expect(["H11", "I11", "J11"].map((c) => ws.values.get(c))).toEqual([0.6737, 0.7237, 0.7737]);
    expect(ws.formats.get("I11")).toBe("[$-42A]0.00%");
    expect(ws.styleAt("I11", "font.name")).toBe("Times New Roman");
    // Sở Xây dựng (row 23), DVC at 50 days: overridden, filled
    expect(ws.values.get("B23")).toBe("Sở Xây dựng");
    expect(ws.styleAt("F23", "fill")).toBe("#FFF2CC");
    expect(ws.styleAt("E23", "fill")).toBeUndefined();
    // painted as a change over the value style: bold italic on top of the value cell's font and borders
    expect([ws.styleAt("F23", "font.bold"), ws.styleAt("F23", "font.italic"), ws.styleAt("F23", "font.name")]).toEqual([true, true, "Times New Roman"]);
    expect([ws.styleAt("E23", "font.bold"), ws.styleAt("E23", "font.italic")]).toEqual([false, false]);
    expect(ws.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(ws.printTitles).toBe("$6:$7");
  });

  test("a second run takes the next free name", async () => {
    const excel = new FakeExcel(["Phụ lục II", "Phụ lục II (2)"]);
    expect((await renderTableModel(excel, annex(departments))).sheetName).toBe("Phụ lục II (3)");
  });

  test.each([
    ["17 departments (a1)", departments],
    ["220 communes (a3)", communes],
    ["2,000 communes", many],
  ])("%s: 2 syncs, every request under 4 MB, every cell written", async (label, baseline) => {
    const model = annex(baseline);
    const excel = new FakeExcel(["Sheet1"]);
    const result = await renderTableModel(excel, model);
    expect(result.syncs).toBe(2);
    expect(excel.syncs).toBe(2);
    for (const bytes of excel.requests) expect(bytes).toBeLessThan(4_000_000);
    const ws = excel.sheet(model.sheetName);
    expect(ws.values.size).toBe(model.rows.length * model.columnWidths.length);
    const last = model.rows.length - 1;
    const lastData = model.rows.map((r) => r.kind).lastIndexOf("data");
    expect(ws.values.get(a1(lastData, 1))).toBe(model.rows[lastData].cells[1].value);
    expect(ws.values.get(a1(last, 0))).toBe(model.rows[last].cells[0].value);
    console.log(`${label}: ${excel.syncs} syncs, requests ${excel.requests.map((b) => `${Math.round(b / 1024)} KB`).join(" + ")}`);
  });

  test("a request limit splits the writes by extra syncs, never a request above it", async () => {
    const model = annex(many);
    const excel = new FakeExcel([]);
    const result = await renderTableModel(excel, model, { maxRequestBytes: 300_000, rowsPerWrite: 500 });
    expect(result.syncs).toBeGreaterThan(2);
    for (const bytes of excel.requests) expect(bytes).toBeLessThan(300_000);
    expect(excel.sheet(model.sheetName).values.size).toBe(model.rows.length * model.columnWidths.length);
  });

  test("column widths in points and every column styled", async () => {
    const excel = new FakeExcel([]);
    const model = annex(departments);
    await renderTableModel(excel, model);
    const ws = excel.sheet(model.sheetName);
    const widths = ws.styled.filter((s) => "columnWidth" in s.props);
    expect(widths.map((s) => s.address)).toEqual(model.columnWidths.map((_, c) => `${columnLetters(c)}:${columnLetters(c)}`));
    // 30 characters of the unit column ≈ (30 × 7 + 5) px × 0.75
    expect(widths[1].props.columnWidth).toBeCloseTo(161.25, 2);
  });
});
