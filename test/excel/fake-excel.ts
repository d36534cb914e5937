/**
 * A recording fake of the Excel objects the adapter uses: a sparse grid per sheet, tables,
 * settings, charts, conditional formats, and one log entry per `context.sync()` with the
 * calls and the bytes queued in it. Properties that Excel makes you `load()` throw until a
 * sync follows the load, so a missing load fails here as it fails in Excel.
 *
 * Self-contained on purpose (no imports): the e2e test transpiles this file and serves it
 * to the browser as the scripted office.js host.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface FakeRequest {
  calls: string[];
  bytes: number;
}

interface FakeCell {
  v: unknown;
  f?: string;
  nf?: string;
}

interface StyleMark {
  row: number;
  column: number;
  rows: number;
  columns: number;
  path: string;
  value: unknown;
}

const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
// Excel objects passed as arguments travel as references, not as their contents.
const asReference = (_k: string, v: unknown) => (v instanceof Loadable ? "#ref" : v);
const bytesOf = (v: unknown) => (v === undefined ? 0 : utf8Length(JSON.stringify(v, asReference) ?? ""));

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function letters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const parts = a1.replace(/\$/g, "").split(":");
  const col = (s: string) => [...s.toUpperCase()].reduce((c, ch) => c * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  // whole columns ("A:C") and whole rows ("1:3"), as print titles and column widths use
  if (parts.length === 2 && /^[A-Za-z]+$/.test(parts[0]) && /^[A-Za-z]+$/.test(parts[1])) {
    return { row: 0, column: col(parts[0]), rows: MAX_ROWS, columns: col(parts[1]) - col(parts[0]) + 1 };
  }
  if (parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d+$/.test(parts[1])) {
    return { row: Number(parts[0]) - 1, column: 0, rows: Number(parts[1]) - Number(parts[0]) + 1, columns: MAX_COLUMNS };
  }
  const cell = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`InvalidArgument: address ${a1}`);
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, column: c - 1 };
  };
  const a = cell(parts[0]);
  const b = parts[1] ? cell(parts[1]) : a;
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

/** Any chain of properties and calls, recorded; used for formats, charts and the like. */
function recorder(fake: FakeExcel, path: string, onSet?: (path: string, value: unknown) => void): any {
  const children = new Map<string, unknown>();
  return new Proxy(function () {}, {
    get(_t, p) {
      if (typeof p === "symbol" || p === "then") return undefined;
      if (!children.has(p)) children.set(p, recorder(fake, `${path}.${p}`, onSet));
      return children.get(p);
    },
    set(_t, p, value) {
      fake.record(`${path}.${String(p)}=`, value);
      onSet?.(`${path}.${String(p)}`, value);
      return true;
    },
    apply(_t, _this, args) {
      fake.record(`${path}()`, args);
      return recorder(fake, `${path}()`, onSet);
    },
  });
}

/** Wraps an object so members it does not define fall back to a recorder. */
function permissive<T extends object>(fake: FakeExcel, obj: T, path: string): T {
  return new Proxy(obj, {
    get(t, p, r) {
      if (typeof p === "symbol" || p in t) return Reflect.get(t, p, r);
      if (p === "then" || p === "toJSON") return undefined;
      return recorder(fake, `${path}.${String(p)}`);
    },
  });
}

abstract class Loadable {
  protected loaded = false;
  constructor(protected readonly fake: FakeExcel) {}
  load(props?: unknown): this {
    this.fake.record(`${this.constructor.name}.load`, props ?? null);
    this.fake.pendingLoads.add(this);
    return this;
  }
  markLoaded(): void {
    this.loaded = true;
  }
  protected need(what: string): void {
    if (!this.loaded) throw new NotLoadedError(`${this.constructor.name}.${what}`);
  }
}

export class FakeRange extends Loadable {
  readonly format: any;
  readonly conditionalFormats: any;

  constructor(
    fake: FakeExcel,
    readonly worksheet: FakeSheet,
    readonly r: number,
    readonly c: number,
    readonly nRows: number,
    readonly nCols: number,
  ) {
    super(fake);
    const mark = (path: string, value: unknown) => worksheet.styles.push({ row: r, column: c, rows: nRows, columns: nCols, path, value });
    this.format = recorder(fake, "Range.format", mark);
    this.conditionalFormats = {
      add: (type: string) => {
        fake.record("Range.conditionalFormats.add", type);
        const cf = recorder(fake, `ConditionalFormat(${type})`);
        worksheet.conditionalFormats.push({ address: this.a1(), type, format: cf });
        return cf;
      },
    };
    return permissive(fake, this, "Range");
  }

  private a1(): string {
    const first = `${letters(this.c)}${this.r + 1}`;
    const last = `${letters(this.c + this.nCols - 1)}${this.r + this.nRows - 1 + 1}`;
    return first === last ? first : `${first}:${last}`;
  }

  private grid<T>(pick: (cell: FakeCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.nRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.nCols; j++) row.push(pick(this.worksheet.cell(this.r + i, this.c + j)));
      out.push(row);
    }
    return out;
  }

  private put(what: string, data: unknown, apply: (cell: FakeCell, v: unknown) => void): void {
    this.fake.record(`Range.${what}=`, data);
    const block = Array.isArray(data) ? (data as unknown[][]) : null;
    if (block && (block.length !== this.nRows || block.some((row) => !Array.isArray(row) || row.length !== this.nCols))) {
      throw new Error(`InvalidArgument: ${what} of ${block.length}×${block[0]?.length} written to ${this.a1()} (${this.nRows}×${this.nCols})`);
    }
    for (let i = 0; i < this.nRows; i++) {
      for (let j = 0; j < this.nCols; j++) apply(this.worksheet.cellForWrite(this.r + i, this.c + j), block ? block[i][j] : data);
    }
  }

  get values(): unknown[][] {
    this.need("values");
    return this.grid((cell) => (cell ? cell.v : ""));
  }
  set values(data: unknown[][]) {
    this.put("values", data, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=")) {
        cell.f = v;
        cell.v = v;
      } else {
        cell.f = undefined;
        cell.v = v ?? "";
      }
    });
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.grid((cell) => (cell ? (cell.f ?? cell.v) : ""));
  }
  set formulas(data: unknown[][]) {
    this.put("formulas", data, (cell, v) => {
      cell.f = typeof v === "string" && v.startsWith("=") ? v : undefined;
      cell.v = v ?? "";
    });
  }
  get numberFormat(): unknown[][] {
    this.need("numberFormat");
    return this.grid((cell) => cell?.nf ?? "General");
  }
  set numberFormat(data: unknown[][]) {
    this.put("numberFormat", data, (cell, v) => {
      cell.nf = String(v);
    });
  }
  get text(): string[][] {
    this.need("text");
    return this.grid((cell) => (cell ? String(cell.v ?? "") : ""));
  }
  get address(): string {
    this.need("address");
    return `${quoteSheet(this.worksheet.name)}!${this.a1()}`;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.r;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.c;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.nRows;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.nCols;
  }

  private isNull = false;
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.isNull;
  }
  /** the bounding box of the non-empty cells inside this range, or a null object */
  getUsedRangeOrNullObject(): FakeRange {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [key, cell] of this.worksheet.cells) {
      if (cell.v === "" || cell.v === null || cell.v === undefined) continue;
      const [r, c] = key.split(",").map(Number);
      if (r < this.r || r >= this.r + this.nRows || c < this.c || c >= this.c + this.nCols) continue;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    if (r1 < 0) {
      const empty = new FakeRange(this.fake, this.worksheet, this.r, this.c, 1, 1);
      empty.isNull = true;
      return empty;
    }
    return new FakeRange(this.fake, this.worksheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }

  select(): void {
    this.fake.record("Range.select", this.a1());
    this.fake.selection = { sheet: this.worksheet.name, address: this.a1() };
  }
  merge(across?: boolean): void {
    this.fake.record("Range.merge", across ?? false);
    this.worksheet.merges.push(this.a1());
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r + row, this.c + column, 1, 1);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r, this.c, this.nRows + dr, this.nCols + dc);
  }
  getOffsetRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r + dr, this.c + dc, this.nRows, this.nCols);
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r + i, this.c, 1, this.nCols);
  }
  getColumn(j: number): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r, this.c + j, this.nRows, 1);
  }
}

export class FakeTable extends Loadable {
  readonly columns: any;
  readonly rows: any;
  style = "TableStyleMedium2";

  constructor(
    fake: FakeExcel,
    private tableName: string,
    readonly worksheet: FakeSheet,
    public r: number,
    public c: number,
    public nRows: number,
    public nCols: number,
  ) {
    super(fake);
    const table = this;
    this.columns = {
      add(index: number | null, values: unknown[][] | null, name?: string) {
        fake.record("Table.columns.add", { index, values, name });
        if (index !== null && index !== undefined && index !== table.nCols) throw new Error("fake: only appending columns is modelled");
        const col = table.c + table.nCols;
        table.nCols += 1;
        const header = worksheet.cellForWrite(table.r, col);
        header.v = name ?? (values ? values[0][0] : `Column${table.nCols}`);
        if (values) values.slice(1).forEach((row, i) => (worksheet.cellForWrite(table.r + 1 + i, col).v = row[0]));
        return recorder(fake, "TableColumn");
      },
      get count() {
        return table.nCols;
      },
    };
    this.rows = {
      get count() {
        return table.nRows - 1;
      },
    };
    return permissive(fake, this, "Table");
  }
  get name(): string {
    return this.tableName;
  }
  set name(v: string) {
    this.fake.record("Table.name=", v);
    if (this.fake.tables.some((t) => t !== this && t.name.toLowerCase() === v.toLowerCase())) throw new Error(`InvalidArgument: table name ${v} exists`);
    this.tableName = v;
  }
  getRange(): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r, this.c, this.nRows, this.nCols);
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r, this.c, 1, this.nCols);
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.fake, this.worksheet, this.r + 1, this.c, this.nRows - 1, this.nCols);
  }
}

class FakeTableCollection extends Loadable {
  constructor(
    fake: FakeExcel,
    private readonly sheet: FakeSheet | null,
  ) {
    super(fake);
  }
  get items(): FakeTable[] {
    this.need("items");
    return this.fake.tables.filter((t) => !this.sheet || t.worksheet === this.sheet);
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    this.fake.record("Tables.add", { address: typeof address === "string" ? address : "(range)", hasHeaders });
    if (!hasHeaders) throw new Error("fake: tables without headers are not modelled");
    let sheet = this.sheet;
    let box: { row: number; column: number; rows: number; columns: number };
    if (typeof address === "string") {
      const bang = address.lastIndexOf("!");
      if (bang >= 0) sheet = this.fake.sheet(address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) ?? null;
      box = parseA1(address.slice(bang + 1));
    } else {
      sheet = address.worksheet;
      box = { row: address.r, column: address.c, rows: address.nRows, columns: address.nCols };
    }
    if (!sheet) throw new Error("InvalidArgument: table address without sheet");
    const name = `Table${this.fake.tables.length + 1}`;
    const t = new FakeTable(this.fake, name, sheet, box.row, box.column, box.rows, box.columns);
    this.fake.tables.push(t);
    return t;
  }
  getItem(name: string): FakeTable {
    const t = this.fake.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`ItemNotFound: table ${name}`);
    return t;
  }
}

class FakeChartCollection {
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeSheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy?: string): any {
    this.fake.record("Charts.add", { type, seriesBy });
    const chart = recorder(this.fake, `Chart(${type})`, (path, value) => (entry.props[path] = value));
    const entry = { type, source: `${letters(source.c)}${source.r + 1}:${letters(source.c + source.nCols - 1)}${source.r + source.nRows}`, props: {} as Record<string, unknown> };
    this.sheet.chartLog.push(entry);
    return chart;
  }
}

export class FakeSheet extends Loadable {
  readonly cells = new Map<string, FakeCell>();
  readonly styles: StyleMark[] = [];
  readonly merges: string[] = [];
  readonly conditionalFormats: { address: string; type: string; format: any }[] = [];
  readonly chartLog: { type: string; source: string; props: Record<string, unknown> }[] = [];
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  frozenRows = 0;

  constructor(
    fake: FakeExcel,
    private sheetName: string,
  ) {
    super(fake);
    this.tables = new FakeTableCollection(fake, this);
    this.charts = new FakeChartCollection(fake, this);
    return permissive(fake, this, "Worksheet");
  }
  get name(): string {
    return this.sheetName;
  }
  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  cellForWrite(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { v: "" }));
    return cell;
  }
  getRange(address?: string): FakeRange {
    const b = parseA1(address ?? "A1");
    return new FakeRange(this.fake, this, b.row, b.column, b.rows, b.columns);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new Error(`InvalidArgument: getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`);
    return new FakeRange(this.fake, this, row, column, rows, columns);
  }
  getUsedRange(): FakeRange {
    const b = this.bounds();
    return new FakeRange(this.fake, this, b.row, b.column, Math.max(1, b.rows), Math.max(1, b.columns));
  }
  activate(): void {
    this.fake.record("Worksheet.activate", this.sheetName);
    this.fake.activeSheet = this;
  }
  get freezePanes(): any {
    return {
      freezeRows: (n: number) => {
        this.fake.record("Worksheet.freezePanes.freezeRows", n);
        this.frozenRows = n;
      },
    };
  }
  /** the bounding box of every written cell */
  bounds(): { row: number; column: number; rows: number; columns: number } {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? { row: 0, column: 0, rows: 0, columns: 0 } : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }
  /** the written cells as a 2-D array of values (formulas as their text), from A1 */
  dump(): unknown[][] {
    const b = this.bounds();
    const out: unknown[][] = [];
    for (let r = 0; r < b.row + b.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < b.column + b.columns; c++) row.push(this.cell(r, c)?.v ?? "");
      out.push(row);
    }
    return out;
  }
}

class FakeSheetCollection extends Loadable {
  get items(): FakeSheet[] {
    this.need("items");
    return this.fake.sheets;
  }
  add(name: string): FakeSheet {
    this.fake.record("Worksheets.add", name);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
    if (this.fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    const s = new FakeSheet(this.fake, name);
    this.fake.sheets.push(s);
    return s;
  }
  getItem(name: string): FakeSheet {
    const s = this.fake.sheet(name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }
  getActiveWorksheet(): FakeSheet {
    return this.fake.activeSheet ?? this.fake.sheets[0];
  }
}

class FakeSetting extends Loadable {
  constructor(
    fake: FakeExcel,
    private readonly key: string,
  ) {
    super(fake);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return !this.fake.settings.has(this.key);
  }
  get value(): unknown {
    this.need("value");
    if (!this.fake.settings.has(this.key)) throw new Error(`ItemNotFound: setting ${this.key}`);
    return this.fake.settings.get(this.key);
  }
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, unknown>();
  readonly requests: FakeRequest[] = [];
  readonly calculations: string[] = [];
  readonly pendingLoads = new Set<Loadable>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: FakeSheet | null = null;
  /** calls queued after the last sync of an Excel.run: work Excel would have dropped */
  unsent: string[] = [];
  private current: FakeRequest = { calls: [], bytes: 0 };
  readonly workbook: any;

  constructor() {
    const fake = this;
    const worksheets = new FakeSheetCollection(this);
    const tables = new FakeTableCollection(this, null);
    this.workbook = permissive(
      this,
      {
        worksheets,
        tables,
        settings: {
          add(key: string, value: unknown) {
            fake.record("Settings.add", { key, value });
            fake.settings.set(key, value);
          },
          getItemOrNullObject(key: string) {
            return new FakeSetting(fake, key);
          },
        },
        application: {
          suspendApiCalculationUntilNextSync() {
            fake.record("Application.suspendApiCalculationUntilNextSync", null);
          },
          calculate(type: string) {
            fake.record("Application.calculate", type);
            fake.calculations.push(type);
          },
        },
        getSelectedRange() {
          if (!fake.selection) throw new Error("fake: nothing selected");
          const sheet = fake.sheet(fake.selection.sheet)!;
          return sheet.getRange(fake.selection.address);
        },
      },
      "Workbook",
    );
  }

  record(call: string, args: unknown): void {
    this.current.calls.push(call);
    this.current.bytes += bytesOf(args) + call.length + 16;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet holding `values` from A1 (a user's data, as a test starts from). */
  addSheet(name: string, values: unknown[][] = []): FakeSheet {
    const s = new FakeSheet(this, name);
    this.sheets.push(s);
    values.forEach((row, r) => row.forEach((v, c) => (s.cellForWrite(r, c).v = v)));
    this.activeSheet ??= s;
    return s;
  }

  /** A table over existing cells, named `name` (the user's or an earlier import's). */
  addTable(sheetName: string, address: string, name: string): FakeTable {
    const b = parseA1(address);
    const t = new FakeTable(this, name, this.sheet(sheetName)!, b.row, b.column, b.rows, b.columns);
    this.tables.push(t);
    return t;
  }

  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }

  get syncCount(): number {
    return this.requests.length;
  }

  /** The largest request sent, in bytes. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  resetLog(): void {
    this.requests.length = 0;
    this.unsent = [];
  }

  private async sync(): Promise<void> {
    const req = this.current;
    this.current = { calls: [], bytes: 0 };
    this.requests.push(req);
    if (req.bytes > EXCEL_WEB_REQUEST_LIMIT) throw new Error(`RequestPayloadSizeLimitExceeded: ${req.bytes} bytes in one request`);
    for (const o of this.pendingLoads) o.markLoaded();
    this.pendingLoads.clear();
    // Yield like a round trip would, so ordering bugs show.
    await Promise.resolve();
  }

  /** Excel.run: a fresh context over this workbook; loads do not survive from one run to the next. */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = { workbook: this.workbook, application: this.workbook.application, sync: () => this.sync() };
    try {
      return await batch(context);
    } finally {
      if (this.current.calls.length) this.unsent.push(...this.current.calls);
      this.current = { calls: [], bytes: 0 };
    }
  };
}
