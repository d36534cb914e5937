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
  /** bytes of the loaded cells sent back */
  responseBytes?: number;
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

const EXCEL_WEB_REQUEST_LIMIT = 5_000_000;
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

/** The one A1 parser of the tests: "B11", "A1:Q1", whole columns "B:B" and rows "6:7". */
export function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
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

/** Days from Excel's day 0 (1899-12-30) to a date: the number a date cell holds. */
function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A date typed as text, read the way Excel in en-US reads it (month first): "1/12" is 12 January this year. */
function typedDate(text: string): number | null {
  const m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : new Date().getFullYear();
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return dateSerial(year, month, day);
}

/**
 * A value written through `range.values` or `range.formulas`, as Excel takes it: into a Text
 * (`@`) cell, as it is; otherwise a string is read as typing. One that starts with "=", "+",
 * "-" or "@" becomes a formula (the Office.js docs), a date-like one ("1/12") a date, a number
 * in text ("001", "2.143") a number. The fake computes no formula: its value is its text.
 */
function enter(cell: FakeCell, v: unknown): void {
  cell.f = undefined;
  if (typeof v !== "string" || cell.nf === "@" || v === "") {
    cell.v = v ?? "";
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) {
    cell.v = Number(v.trim());
    return;
  }
  if (/^[=+\-@]./s.test(v)) {
    cell.f = v.startsWith("=") ? v : `=${v.startsWith("@") ? v.slice(1) : v}`;
    cell.v = cell.f;
    return;
  }
  const date = typedDate(v);
  if (date !== null) {
    cell.v = date;
    if (!cell.nf || cell.nf === "General") cell.nf = "m/d/yyyy";
    return;
  }
  cell.v = v;
}

class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

type ApiMember = [set: string, kind: "p" | "m", type: string | null];
interface ApiTable {
  members: Record<string, Record<string, ApiMember>>;
  declared: string;
}

/** The allow-list: @types/office-js's Excel members with their sets, and the ExcelApi version manifest.xml declares. */
function apiTable(): ApiTable {
  const table = (globalThis as any).__EXCEL_API__ as ApiTable | undefined;
  if (!table) throw new Error("fake: no Excel API table (test/setup/excel-api-global.ts sets globalThis.__EXCEL_API__)");
  return table;
}

function withinDeclared(set: string, declared: string): boolean {
  if (!/^\d+\.\d+$/.test(set)) return false;
  const [a, b] = set.split(".").map(Number);
  const [x, y] = declared.split(".").map(Number);
  return a < x || (a === x && b <= y);
}

/** The member `cls.name` of Excel's API, or null when Excel has none; throws when its set is not declared. */
const memberCache = new Map<string, ApiMember | null>();
function apiMember(cls: string, name: string): ApiMember | null {
  const key = `${cls}.${name}`;
  if (memberCache.has(key)) return memberCache.get(key)!;
  const m = lookUpMember(cls, name);
  memberCache.set(key, m);
  return m;
}

function lookUpMember(cls: string, name: string): ApiMember | null {
  const { members, declared } = apiTable();
  const m = Object.prototype.hasOwnProperty.call(members[cls] ?? {}, name) ? members[cls][name] : null;
  if (m && !withinDeclared(m[0], declared)) {
    throw new Error(`ApiNotAvailable: Excel.${cls}.${name} needs ${/^\d/.test(m[0]) ? `ExcelApi ${m[0]}` : m[0]}; manifest.xml declares ExcelApi ${declared}`);
  }
  return m;
}

/** Names any object is asked for by JavaScript itself, Jest's printing or Promise resolution. */
const INTRINSIC = new Set(["then", "constructor", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "toString", "valueOf", "inspect"]);

/**
 * A chain of properties and calls of Excel class `cls` that the fake does not model beyond
 * recording (formats, charts, page layout…): typed by the API table, so a member Excel lacks
 * or one outside the declared sets fails as it would in Excel. Set values read back.
 */
function recorder(fake: FakeExcel, cls: string, path: string, onSet?: (path: string, value: unknown) => void): any {
  const children = new Map<string, unknown>();
  const values = new Map<string, unknown>();
  return new Proxy(
    {},
    {
      get(_t, p) {
        if (typeof p === "symbol" || INTRINSIC.has(p)) return undefined;
        const m = apiMember(cls, p);
        if (!m) return undefined;
        if (m[1] === "m") {
          return (...args: unknown[]) => {
            fake.record(`${path}.${p}()`, args);
            onSet?.(`${path}.${p}()`, args);
            return m[2] ? recorder(fake, m[2], `${path}.${p}()`, onSet) : undefined;
          };
        }
        if (m[2]) {
          if (!children.has(p)) children.set(p, recorder(fake, m[2], `${path}.${p}`, onSet));
          return children.get(p);
        }
        return values.get(p);
      },
      set(_t, p, value) {
        if (typeof p === "symbol" || !apiMember(cls, p)) throw new Error(`fake: Excel.${cls} has no property ${String(p)}`);
        fake.record(`${path}.${p}=`, value);
        onSet?.(`${path}.${p}`, value);
        values.set(p, value);
        return true;
      },
    },
  );
}

/**
 * Wraps a fake object standing for Excel class `cls`: a member of Excel outside the declared
 * sets throws; one Excel has but the fake does not model is recorded (typed); the fake's own
 * helpers (dump, cell…) stay reachable for the tests, which TypeScript keeps out of src.
 */
function strict<T extends object>(fake: FakeExcel, obj: T, cls: string): T {
  const children = new Map<string, unknown>();
  return new Proxy(obj, {
    get(t, p, r) {
      if (typeof p === "symbol" || INTRINSIC.has(p)) return Reflect.get(t, p, r);
      const m = apiMember(cls, p);
      if (p in t) return Reflect.get(t, p, r);
      if (!m) return undefined;
      if (!children.has(p)) {
        const path = `${cls}.${p}`;
        if (m[1] === "m") children.set(p, (...args: unknown[]) => (fake.record(`${path}()`, args), m[2] ? recorder(fake, m[2], `${path}()`) : undefined));
        else if (m[2]) children.set(p, recorder(fake, m[2], path));
        else return undefined;
      }
      return children.get(p);
    },
    set(t, p, v, r) {
      if (typeof p === "string") apiMember(cls, p);
      return Reflect.set(t, p, v, r);
    },
  });
}

abstract class Loadable {
  protected loaded = false;
  constructor(protected readonly fake: FakeExcel) {}
  protected loadAsked: string[] = [];
  load(props?: unknown): this {
    this.fake.record(`${this.constructor.name}.load`, props ?? null);
    this.fake.pendingLoads.add(this);
    this.loadAsked = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props.map(String) : [];
    return this;
  }
  /** bytes this object's loaded properties add to the response of the sync */
  responseBytes(): number {
    return 0;
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
    this.format = recorder(fake, "RangeFormat", "Range.format", mark);
    this.conditionalFormats = strict(fake, {
      add: (type: string) => {
        fake.record("Range.conditionalFormats.add", type);
        const cf = recorder(fake, "ConditionalFormat", `ConditionalFormat(${type})`);
        worksheet.conditionalFormats.push({ address: this.a1(), type, format: cf });
        return cf;
      },
    }, "ConditionalFormatCollection");
    return strict(fake, this, "Range");
  }

  override responseBytes(): number {
    const grids = ["values", "numberFormat", "formulas", "text"].filter((p) => this.loadAsked.includes(p));
    this.loaded = true;
    return grids.reduce((n, p) => n + bytesOf((this as any)[p]), 0);
  }

  private a1(): string {
    const first = `${letters(this.c)}${this.r + 1}`;
    const last = `${letters(this.c + this.nCols - 1)}${this.r + this.nRows - 1 + 1}`;
    return first === last ? first : `${first}:${last}`;
  }

  grid<T>(pick: (cell: FakeCell | undefined) => T): T[][] {
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
    // Excel applies a write when the request reaches it, at sync(): until then the cells keep their old content.
    this.fake.later(() => {
      for (let i = 0; i < this.nRows; i++) {
        for (let j = 0; j < this.nCols; j++) apply(this.worksheet.cellForWrite(this.r + i, this.c + j), block ? block[i][j] : data);
      }
    });
  }

  get values(): unknown[][] {
    this.need("values");
    return this.grid((cell) => (cell ? cell.v : ""));
  }
  set values(data: unknown[][]) {
    this.put("values", data, enter);
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.grid((cell) => (cell ? (cell.f ?? cell.v) : ""));
  }
  set formulas(data: unknown[][]) {
    this.put("formulas", data, enter);
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
  /**
   * Inserts cells, shifting those below down (only "Down" is modelled). A table whose columns the
   * range spans grows when the range starts inside its data body, and moves down when it starts
   * at or below the range; any other overlap with a table is not modelled.
   */
  insert(shift: string): FakeRange {
    this.fake.record("Range.insert", shift);
    if (shift !== "Down") throw new Error(`fake: Range.insert(${shift}) is not modelled`);
    const { r, c, nRows, nCols, worksheet } = this;
    const grow: FakeTable[] = [];
    const move: FakeTable[] = [];
    for (const t of this.fake.tables) {
      if (t.worksheet !== worksheet || t.c + t.nCols <= c || t.c >= c + nCols || t.r + t.nRows <= r) continue;
      const spans = t.c >= c && t.c + t.nCols <= c + nCols;
      if (spans && t.r >= r) move.push(t);
      else if (spans && r > t.r && r < t.r + t.nRows) grow.push(t);
      else throw new Error("fake: Range.insert over part of a table is not modelled");
    }
    this.fake.later(() => {
      const moved: [string, FakeCell][] = [];
      for (const [k, cell] of worksheet.cells) {
        const [row, col] = k.split(",").map(Number);
        if (col < c || col >= c + nCols || row < r) continue;
        worksheet.cells.delete(k);
        moved.push([`${row + nRows},${col}`, cell]);
      }
      for (const [k, cell] of moved) worksheet.cells.set(k, cell);
      for (const t of grow) t.nRows += nRows;
      for (const t of move) t.r += nRows;
    });
    return new FakeRange(this.fake, worksheet, r, c, nRows, nCols);
  }
  /** Copies values, formulas and number formats from `source` (same size; "All" only). */
  copyFrom(source: FakeRange, copyType = "All"): void {
    this.fake.record("Range.copyFrom", copyType);
    if (copyType !== "All") throw new Error(`fake: Range.copyFrom(${copyType}) is not modelled`);
    if (source.nRows !== this.nRows || source.nCols !== this.nCols) throw new Error("fake: Range.copyFrom between ranges of different sizes is not modelled");
    this.fake.later(() => {
      const copies = source.grid((cell) => (cell ? { ...cell } : undefined));
      copies.forEach((row, i) =>
        row.forEach((cell, j) => {
          const key = `${this.r + i},${this.c + j}`;
          if (cell) this.worksheet.cells.set(key, cell);
          else this.worksheet.cells.delete(key);
        }),
      );
    });
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
    this.columns = strict(fake, {
      add(index: number | null, values: unknown[][] | null, name?: string) {
        fake.record("Table.columns.add", { index, values, name });
        if (index !== null && index !== undefined && index !== table.nCols) throw new Error("fake: only appending columns is modelled");
        const col = table.c + table.nCols;
        table.nCols += 1;
        const header = worksheet.cellForWrite(table.r, col);
        header.v = name ?? (values ? values[0][0] : `Column${table.nCols}`);
        if (values) values.slice(1).forEach((row, i) => (worksheet.cellForWrite(table.r + 1 + i, col).v = row[0]));
        return recorder(fake, "TableColumn", "TableColumn");
      },
      get count() {
        return table.nCols;
      },
    }, "TableColumnCollection");
    this.rows = strict(fake, {
      get count() {
        return table.nRows - 1;
      },
    }, "TableRowCollection");
    return strict(fake, this, "Table");
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
    return strict(fake, this, "TableCollection");
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
  ) {
    return strict(fake, this, "ChartCollection");
  }
  add(type: string, source: FakeRange, seriesBy?: string): any {
    this.fake.record("Charts.add", { type, seriesBy });
    const chart = recorder(this.fake, "Chart", `Chart(${type})`, (path, value) => (entry.props[path] = value));
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
  /** what was set on the page layout (orientation, margins…) and the print titles asked for */
  readonly pageSetup: Record<string, unknown> = {};
  private pageLayoutRecorder: unknown;

  constructor(
    fake: FakeExcel,
    private sheetName: string,
  ) {
    super(fake);
    this.tables = new FakeTableCollection(fake, this);
    this.charts = new FakeChartCollection(fake, this);
    return strict(fake, this, "Worksheet");
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
    return strict(
      this.fake,
      {
        freezeRows: (n: number) => {
          this.fake.record("Worksheet.freezePanes.freezeRows", n);
          this.frozenRows = n;
        },
      },
      "WorksheetFreezePanes",
    );
  }
  get pageLayout(): any {
    this.pageLayoutRecorder ??= recorder(this.fake, "PageLayout", "pageLayout", (path, value) => {
      this.pageSetup[path.replace(/^pageLayout\./, "")] = Array.isArray(value) && path.endsWith("()") ? value[0] : value;
    });
    return this.pageLayoutRecorder;
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
  constructor(fake: FakeExcel) {
    super(fake);
    return strict(fake, this, "WorksheetCollection");
  }
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
    return strict(fake, this, "Setting");
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
    this.workbook = strict(
      this,
      {
        worksheets,
        tables,
        settings: strict(
          this,
          {
            add(key: string, value: unknown) {
              fake.record("Settings.add", { key, value });
              fake.later(() => fake.settings.set(key, value));
            },
            getItemOrNullObject(key: string) {
              return new FakeSetting(fake, key);
            },
          },
          "SettingCollection",
        ),
        application: strict(this, {
          suspendApiCalculationUntilNextSync() {
            fake.record("Application.suspendApiCalculationUntilNextSync", null);
          },
          calculate(type: string) {
            fake.record("Application.calculate", type);
            fake.calculations.push(type);
          },
        }, "Application"),
        getSelectedRange() {
          if (!fake.selection) throw new Error("fake: nothing selected");
          const sheet = fake.sheet(fake.selection.sheet)!;
          return sheet.getRange(fake.selection.address);
        },
      },
      "Workbook",
    );
  }

  /** writes queued since the last sync, applied in order by the next one */
  private readonly queued: (() => void)[] = [];
  later(write: () => void): void {
    this.queued.push(write);
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

  /** The largest response, in bytes. */
  get maxResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes ?? 0));
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
    const writes = this.queued.splice(0);
    for (const write of writes) write();
    // Excel on the web refuses a response over 5 MB too: a big table must be read in chunks.
    req.responseBytes = [...this.pendingLoads].reduce((n, o) => n + o.responseBytes(), 0);
    if (req.responseBytes > EXCEL_WEB_REQUEST_LIMIT) throw new Error(`ResponsePayloadSizeLimitExceeded: ${req.responseBytes} bytes in one response`);
    for (const o of this.pendingLoads) o.markLoaded();
    this.pendingLoads.clear();
    // Yield like a round trip would, so ordering bugs show.
    await Promise.resolve();
  }

  /** Excel.run: a fresh context over this workbook; loads do not survive from one run to the next. */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = strict(this, { workbook: this.workbook, application: this.workbook.application, sync: () => this.sync() }, "RequestContext");
    try {
      return await batch(context);
    } finally {
      if (this.current.calls.length) this.unsent.push(...this.current.calls);
      this.current = { calls: [], bytes: 0 };
      this.queued.length = 0;
    }
  };
}
