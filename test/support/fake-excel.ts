/**
 * A small recording fake of the Excel JavaScript API objects the Office adapter uses. Cells live
 * in memory so what is written can be read back. Like the real API, loaded properties are only
 * readable after the next `sync()`, and a request or a response over 5 MB is refused the way
 * Excel on the web refuses it. It records: sync() calls, cells written, the largest request and
 * response payloads (JSON bytes of the values carried between two syncs), and syncs that wrote
 * without calculation suspended. It does not calculate formulas: formula cells read back as empty.
 */

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

type Stored = string | number | boolean | { error: string };

interface StoredCell {
  value?: Stored;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

interface ValidationEntry {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
}

interface ConditionalEntry {
  id: string;
  rect: Rect;
  type: string;
  formula: string;
  fill: string | null;
}

export class FakeExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const bytesOf = (value: unknown): number => {
  // A loaded collection: its items' properties are counted when they materialize.
  if (Array.isArray(value) && value[0] instanceof FakeObject) return 2 + value.length;
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
};

// ---------- address helpers (independent of the adapter's own) ----------
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export function parseA1(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.replace(/\$/g, "").split(":");
  const parse = (p: string, end: boolean): { r: number; c: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
    return {
      c: m[1] ? colIndex(m[1]) : end ? MAX_COLUMNS - 1 : 0,
      r: m[2] ? Number(m[2]) - 1 : end ? MAX_ROWS - 1 : 0,
    };
  };
  const a = parse(parts[0], false);
  const b = parse(parts[1] ?? parts[0], true);
  return { row: a.r, column: a.c, rowCount: b.r - a.r + 1, columnCount: b.c - a.c + 1 };
}
export function formatA1(rect: Rect): string {
  const first = `${colLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${colLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}
function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
const contains = (outer: Rect, inner: Rect): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rowCount <= outer.row + outer.rowCount &&
  inner.column + inner.columnCount <= outer.column + outer.columnCount;
const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;

// ---------- the recording context ----------
export interface FakeStats {
  syncs: number;
  cellsWritten: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs that carried writes without suspendApiCalculationUntilNextSync() before them. */
  writeSyncsWithoutSuspension: number;
  /** Requests or responses refused for exceeding 5 MB (not counted in the maxima above). */
  refusedPayloads: number;
}

abstract class FakeObject {
  private pending = new Set<string>();
  private loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : [];
    for (const raw of list) {
      const path = raw.trim().replace(/^items\//, "");
      if (!path) continue;
      const slash = path.indexOf("/");
      if (slash > 0) {
        const child = this.child(path.slice(0, slash));
        child.load(path.slice(slash + 1));
      } else this.pending.add(path);
    }
    this.ctx.queueLoad(this);
    return this;
  }

  /** Called by sync(): reads the queued properties now; returns their payload size. */
  materialize(): number {
    let bytes = 0;
    for (const prop of this.pending) {
      const value = this.read(prop);
      this.loaded.set(prop, value);
      bytes += bytesOf(value);
    }
    this.pending.clear();
    return bytes;
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError("PropertyNotLoaded", `${this.constructor.name}.${prop} was not loaded and synced`);
    }
    return this.loaded.get(prop) as T;
  }

  protected child(name: string): FakeObject {
    throw new FakeExcelError("InvalidArgument", `${this.constructor.name} has no navigation property ${name}`);
  }
  protected abstract read(prop: string): unknown;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.suspended = true;
    },
  };
  readonly stats: FakeStats = {
    syncs: 0,
    cellsWritten: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    writeSyncsWithoutSuspension: 0,
    refusedPayloads: 0,
  };
  /** The cell selected by the last Range.select(). */
  selection: { sheet: string; address: string } | null = null;
  private loads = new Set<FakeObject>();
  private requestBytes = 0;
  private wroteSinceSync = false;
  private suspended = false;
  private idCounter = 0;

  constructor() {
    this.workbook = new FakeWorkbook(this);
  }

  queueLoad(object: FakeObject): void {
    this.loads.add(object);
  }

  recordWrite(bytes: number, cells: number): void {
    this.requestBytes += bytes;
    this.stats.cellsWritten += cells;
    this.wroteSinceSync = true;
  }

  recordRequest(bytes: number): void {
    this.requestBytes += bytes;
  }

  nextId(): string {
    this.idCounter += 1;
    return `{${String(this.idCounter).padStart(8, "0")}-CF}`;
  }

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    const request = this.requestBytes;
    const wrote = this.wroteSinceSync;
    const suspended = this.suspended;
    this.requestBytes = 0;
    this.wroteSinceSync = false;
    this.suspended = false;
    if (wrote && !suspended) this.stats.writeSyncsWithoutSuspension += 1;
    const loads = [...this.loads];
    this.loads.clear();
    if (request > FAKE_PAYLOAD_LIMIT) {
      this.stats.refusedPayloads += 1;
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    let response = 0;
    for (const object of loads) response += object.materialize();
    if (response > FAKE_PAYLOAD_LIMIT) {
      this.stats.refusedPayloads += 1;
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
    }
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
  }
}

// ---------- workbook, sheets, names ----------
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNameCollection;
  readonly pivotTables: FakePivotTableCollection;
  readonly pivotList: FakePivotData[] = [];
  readonly sheetList: FakeSheetData[] = [];
  readonly tableList: FakeTableData[] = [];
  readonly nameList: { name: string; formula: string }[] = [];

  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, this);
    this.tables = new FakeTableCollection(ctx, this, null);
    this.names = new FakeNameCollection(ctx, this);
    this.pivotTables = new FakePivotTableCollection(ctx, this);
  }

  sheetData(name: string): FakeSheetData | undefined {
    return this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  // ----- test helpers (not part of the Excel API) -----
  addSheetDirect(name: string): FakeSheetData {
    const sheet = new FakeSheetData(name);
    this.sheetList.push(sheet);
    return sheet;
  }
  /** Deletes a sheet the way a user would: its tables go, names pointing at it become #REF!. */
  deleteSheetDirect(name: string): void {
    const index = this.sheetList.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`no sheet ${name}`);
    const [sheet] = this.sheetList.splice(index, 1);
    for (let i = this.tableList.length - 1; i >= 0; i--) if (this.tableList[i].sheet === sheet) this.tableList.splice(i, 1);
    for (const n of this.nameList) {
      const prefix = `=${quoteSheet(name)}!`;
      if (n.formula.startsWith(prefix)) n.formula = `=#REF!${n.formula.slice(prefix.length)}`;
    }
  }
  cell(sheet: string, address: string): StoredCell | undefined {
    const rect = parseA1(address);
    return this.sheetData(sheet)?.cells.get(key(rect.row, rect.column));
  }
  setCellDirect(sheet: string, address: string, cell: StoredCell): void {
    const rect = parseA1(address);
    const data = this.sheetData(sheet);
    if (!data) throw new Error(`no sheet ${sheet}`);
    data.cells.set(key(rect.row, rect.column), cell);
  }
  tableData(name: string): FakeTableData | undefined {
    return this.tableList.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
}

const key = (row: number, column: number): string => `${row},${column}`;

export class FakeSheetData {
  cells = new Map<string, StoredCell>();
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalEntry[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  merges: Rect[] = [];
  charts: FakeChartData[] = [];
  pageLayout: Record<string, unknown> = {};
  pageBreaks: string[] = [];
  constructor(public name: string) {}

  usedRect(): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [k, cell] of this.cells) {
      if (cell.formula === undefined && (cell.value === undefined || cell.value === "")) continue;
      const [r, c] = k.split(",").map(Number);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    return maxR < 0 ? null : { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }
}

class FakeWorksheetCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
  ) {
    super(ctx);
  }
  get items(): FakeWorksheet[] {
    return this.got<FakeWorksheet[]>("items");
  }
  override load(props?: string | string[]): this {
    super.load("items");
    const list = typeof props === "string" ? props.split(",") : props ?? [];
    this.itemProps = list.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    return this;
  }
  private itemProps: string[] = [];
  protected read(prop: string): unknown {
    if (prop !== "items") throw new FakeExcelError("InvalidArgument", prop);
    const items = this.wb.sheetList.map((s) => new FakeWorksheet(this.ctx, this.wb, s));
    for (const item of items) {
      item.load(this.itemProps);
      item.materialize();
    }
    return items;
  }
  getItem(name: string): FakeWorksheet {
    const data = this.wb.sheetData(name);
    if (!data) throw new FakeExcelError("ItemNotFound", `worksheet ${name}`);
    return new FakeWorksheet(this.ctx, this.wb, data);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const data = this.wb.sheetData(name);
    return new FakeWorksheet(this.ctx, this.wb, data ?? null);
  }
  add(name: string): FakeWorksheet {
    if (this.wb.sheetData(name)) throw new FakeExcelError("ItemAlreadyExists", `worksheet ${name}`);
    this.ctx.recordRequest(bytesOf(name));
    return new FakeWorksheet(this.ctx, this.wb, this.wb.addSheetDirect(name));
  }
}

export class FakeWorksheet extends FakeObject {
  readonly tables: FakeTableCollection;
  readonly freezePanes: { freezeRows: (count: number) => void };
  private readonly createdAtSync: number;
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    readonly data: FakeSheetData | null,
  ) {
    super(ctx);
    this.createdAtSync = ctx.stats.syncs;
    this.extras = data ? sheetExtras(ctx, wb, data) : null;
    this.tables = new FakeTableCollection(ctx, wb, data);
    this.freezePanes = {
      freezeRows: (count: number) => {
        this.live().frozenRows = count;
        ctx.recordRequest(8);
      },
    };
  }
  private live(): FakeSheetData {
    if (!this.data) throw new FakeExcelError("ItemNotFound", "worksheet (null object)");
    if (!this.wb.sheetList.includes(this.data)) throw new FakeExcelError("ItemNotFound", `worksheet ${this.data.name} was deleted`);
    return this.data;
  }
  get isNullObject(): boolean {
    if (this.ctx.stats.syncs === this.createdAtSync) throw new FakeExcelError("PropertyNotLoaded", "isNullObject before sync");
    return this.data === null;
  }
  get name(): string {
    return this.got<string>("name");
  }
  set name(value: string) {
    const data = this.live();
    if (this.wb.sheetList.some((s) => s !== data && s.name.toLowerCase() === value.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `worksheet ${value}`);
    data.name = value;
    this.ctx.recordRequest(bytesOf(value));
  }
  private readonly extras: ReturnType<typeof sheetExtras> | null;
  get charts(): FakeChartCollection {
    return this.extras!.charts;
  }
  get pageLayout(): Record<string, unknown> {
    return this.extras!.pageLayout;
  }
  get horizontalPageBreaks(): { add: (address: string) => void } {
    return this.extras!.horizontalPageBreaks;
  }
  get position(): number {
    return this.got<number>("position");
  }
  set position(index: number) {
    const data = this.live();
    const list = this.wb.sheetList;
    list.splice(list.indexOf(data), 1);
    list.splice(Math.min(index, list.length), 0, data);
    this.ctx.recordRequest(8);
  }
  protected read(prop: string): unknown {
    if (this.data === null) return null; // a null object's properties load as null
    const data = this.live();
    if (prop === "name") return data.name;
    if (prop === "position") return this.wb.sheetList.indexOf(data);
    if (prop === "visibility") return "Visible";
    throw new FakeExcelError("InvalidArgument", `Worksheet.${prop}`);
  }
  getRange(address?: string): FakeRange {
    const rect = address ? parseA1(address) : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
    return new FakeRange(this.ctx, this.wb, this.live(), rect);
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this.wb, this.live(), { row, column, rowCount, columnCount });
  }
  getUsedRangeOrNullObject(): FakeRange {
    const data = this.live();
    const rect = data.usedRect();
    return new FakeRange(this.ctx, this.wb, data, rect ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }, rect === null);
  }
  activate(): void {
    this.live();
  }
  delete(): void {
    this.wb.deleteSheetDirect(this.live().name);
  }
}

class FakeNameCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
  ) {
    super(ctx);
  }
  private itemProps: string[] = [];
  override load(props?: string | string[]): this {
    super.load("items");
    const list = typeof props === "string" ? props.split(",") : props ?? [];
    this.itemProps = list.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.got<FakeNamedItem[]>("items");
  }
  protected read(): unknown {
    return this.wb.nameList.map((entry) => {
      const item = new FakeNamedItem(this.ctx, this.wb, entry);
      item.load(this.itemProps);
      item.materialize();
      return item;
    });
  }
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    if (this.wb.nameList.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError("ItemAlreadyExists", `name ${name}`);
    }
    const formula =
      typeof reference === "string"
        ? reference.startsWith("=")
          ? reference
          : `=${reference}`
        : `=${quoteSheet(reference.sheetName)}!${absolute(reference.rect)}`;
    const entry = { name, formula };
    this.wb.nameList.push(entry);
    this.ctx.recordRequest(bytesOf(entry));
    return new FakeNamedItem(this.ctx, this.wb, entry);
  }
  getItem(name: string): FakeNamedItem {
    const entry = this.wb.nameList.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!entry) throw new FakeExcelError("ItemNotFound", `name ${name}`);
    return new FakeNamedItem(this.ctx, this.wb, entry);
  }
}

function absolute(rect: Rect): string {
  const cell = (r: number, c: number): string => `$${colLetters(c)}$${r + 1}`;
  const first = cell(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cell(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly entry: { name: string; formula: string },
  ) {
    super(ctx);
  }
  get name(): string {
    return this.got<string>("name");
  }
  get formula(): string {
    return this.got<string>("formula");
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.entry.name;
    if (prop === "formula") return this.entry.formula;
    if (prop === "type") return this.entry.formula.includes("#REF!") ? "Error" : "Range";
    throw new FakeExcelError("InvalidArgument", `NamedItem.${prop}`);
  }
  delete(): void {
    const index = this.wb.nameList.indexOf(this.entry);
    if (index >= 0) this.wb.nameList.splice(index, 1);
    this.ctx.recordRequest(8);
  }
}

// ---------- tables ----------
export class FakeTableData {
  name: string;
  calculated = new Map<number, string>();
  constructor(
    public sheet: FakeSheetData,
    public rect: Rect,
    name: string,
  ) {
    this.name = name;
  }
  headers(): string[] {
    const out: string[] = [];
    for (let c = 0; c < this.rect.columnCount; c++) {
      out.push(String(this.sheet.cells.get(key(this.rect.row, this.rect.column + c))?.value ?? ""));
    }
    return out;
  }
  bodyRect(): Rect {
    return { row: this.rect.row + 1, column: this.rect.column, rowCount: this.rect.rowCount - 1, columnCount: this.rect.columnCount };
  }
}

class FakeTableCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly sheet: FakeSheetData | null,
  ) {
    super(ctx);
  }
  private itemProps: string[] = [];
  private nestedWorksheetProps: string[] = [];
  override load(props?: string | string[]): this {
    super.load("items");
    const list = (typeof props === "string" ? props.split(",") : props ?? []).map((p) => p.trim().replace(/^items\//, ""));
    this.itemProps = list.filter((p) => p && !p.includes("/"));
    this.nestedWorksheetProps = list.filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    return this;
  }
  get items(): FakeTable[] {
    return this.got<FakeTable[]>("items");
  }
  protected read(): unknown {
    return this.wb.tableList
      .filter((t) => this.sheet === null || t.sheet === this.sheet)
      .map((data) => {
        const table = new FakeTable(this.ctx, this.wb, data);
        table.load(this.itemProps);
        table.materialize();
        table.worksheet.load(this.nestedWorksheetProps);
        table.worksheet.materialize();
        return table;
      });
  }
  getItem(name: string): FakeTable {
    const data = this.wb.tableData(name);
    if (!data) throw new FakeExcelError("ItemNotFound", `table ${name}`);
    return new FakeTable(this.ctx, this.wb, data);
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, this.wb, this.wb.tableData(name) ?? null);
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    if (!this.sheet) throw new FakeExcelError("InvalidArgument", "workbook.tables.add needs a sheet-qualified address in this fake");
    if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake only models tables with headers");
    const rect = parseA1(address);
    if (rect.rowCount === 1) rect.rowCount = 2; // Excel gives a header-only table one empty data row
    if (this.wb.tableList.some((t) => t.sheet === this.sheet && intersects(t.rect, rect))) {
      throw new FakeExcelError("InvalidOperation", `table over ${address} overlaps another table`);
    }
    for (let c = 0; c < rect.columnCount; c++) {
      const k = key(rect.row, rect.column + c);
      const cell = this.sheet.cells.get(k);
      if (cell?.value === undefined || cell.value === "") this.sheet.cells.set(k, { ...cell, value: `Column${c + 1}` });
    }
    let n = this.wb.tableList.length + 1;
    while (this.wb.tableData(`Table${n}`)) n++;
    const data = new FakeTableData(this.sheet, rect, `Table${n}`);
    this.wb.tableList.push(data);
    this.ctx.recordRequest(bytesOf(address));
    return new FakeTable(this.ctx, this.wb, data);
  }
}

export class FakeTable extends FakeObject {
  readonly columns: { getItem: (name: string) => FakeTableColumn; getItemOrNullObject: (name: string) => FakeTableColumn };
  readonly rows: { add: (index: number | null | undefined, values: unknown[][]) => void };
  private readonly createdAtSync: number;
  private sheetObject: FakeWorksheet | null = null;
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    readonly data: FakeTableData | null,
  ) {
    super(ctx);
    this.createdAtSync = ctx.stats.syncs;
    const column = (name: string, orNull: boolean): FakeTableColumn => {
      const index = this.live().headers().findIndex((h) => h.toLowerCase() === name.toLowerCase());
      if (index < 0 && !orNull) throw new FakeExcelError("ItemNotFound", `column ${name}`);
      return new FakeTableColumn(ctx, wb, this.live(), index < 0 ? null : index);
    };
    this.columns = { getItem: (n) => column(n, false), getItemOrNullObject: (n) => column(n, true) };
    this.rows = { add: (index, values) => this.addRows(index, values) };
  }
  private live(): FakeTableData {
    if (!this.data || !this.wb.tableList.includes(this.data)) throw new FakeExcelError("ItemNotFound", "table (null or deleted)");
    return this.data;
  }
  get isNullObject(): boolean {
    if (this.ctx.stats.syncs === this.createdAtSync) throw new FakeExcelError("PropertyNotLoaded", "isNullObject before sync");
    return this.data === null;
  }
  get name(): string {
    return this.got<string>("name");
  }
  set name(value: string) {
    const data = this.live();
    if (this.wb.tableList.some((t) => t !== data && t.name.toLowerCase() === value.toLowerCase())) {
      throw new FakeExcelError("ItemAlreadyExists", `table ${value}`);
    }
    data.name = value;
    this.ctx.recordRequest(bytesOf(value));
  }
  get worksheet(): FakeWorksheet {
    this.sheetObject ??= new FakeWorksheet(this.ctx, this.wb, this.live().sheet);
    return this.sheetObject;
  }
  protected override child(name: string): FakeObject {
    if (name === "worksheet") return this.worksheet;
    return super.child(name);
  }
  protected read(prop: string): unknown {
    if (this.data === null) return null; // a null object's properties load as null
    if (prop === "name") return this.live().name;
    throw new FakeExcelError("InvalidArgument", `Table.${prop}`);
  }
  getRange(): FakeRange {
    const d = this.live();
    return new FakeRange(this.ctx, this.wb, d.sheet, { ...d.rect });
  }
  getHeaderRowRange(): FakeRange {
    const d = this.live();
    return new FakeRange(this.ctx, this.wb, d.sheet, { ...d.rect, rowCount: 1 });
  }
  getDataBodyRange(): FakeRange {
    const d = this.live();
    return new FakeRange(this.ctx, this.wb, d.sheet, d.bodyRect());
  }
  private addRows(index: number | null | undefined, values: unknown[][]): void {
    const d = this.live();
    if (index !== null && index !== undefined) throw new FakeExcelError("InvalidArgument", "the fake only appends rows");
    if (values.some((row) => row.length !== d.rect.columnCount)) {
      throw new FakeExcelError("InvalidArgument", "row length differs from the table's column count");
    }
    const first = d.rect.row + d.rect.rowCount;
    d.rect.rowCount += values.length;
    const range = new FakeRange(this.ctx, this.wb, d.sheet, { row: first, column: d.rect.column, rowCount: values.length, columnCount: d.rect.columnCount });
    for (const [c, formula] of d.calculated) {
      for (let r = 0; r < values.length; r++) d.sheet.cells.set(key(first + r, d.rect.column + c), { formula });
    }
    range.values = values;
  }
}

class FakeTableColumn extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly table: FakeTableData,
    private readonly index: number | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.index === null;
  }
  protected read(prop: string): unknown {
    if (prop === "name" && this.index !== null) return this.table.headers()[this.index];
    throw new FakeExcelError("InvalidArgument", `TableColumn.${prop}`);
  }
  getDataBodyRange(): FakeRange {
    if (this.index === null) throw new FakeExcelError("ItemNotFound", "column (null object)");
    const body = this.table.bodyRect();
    return new FakeRange(this.ctx, this.wb, this.table.sheet, { ...body, column: body.column + this.index, columnCount: 1 }, false, {
      table: this.table,
      column: this.index,
    });
  }
}

// ---------- ranges ----------
export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private readonly createdAtSync: number;
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    readonly sheet: FakeSheetData,
    readonly rect: Rect,
    private readonly nullObject = false,
    private readonly tableColumn: { table: FakeTableData; column: number } | null = null,
  ) {
    super(ctx);
    this.createdAtSync = ctx.stats.syncs;
    this.format = new FakeRangeFormat(ctx, sheet, rect);
    this.dataValidation = new FakeDataValidation(ctx, sheet, rect);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, sheet, rect);
  }
  get sheetName(): string {
    return this.sheet.name;
  }
  get isNullObject(): boolean {
    if (this.ctx.stats.syncs === this.createdAtSync) throw new FakeExcelError("PropertyNotLoaded", "isNullObject before sync");
    return this.nullObject;
  }
  get address(): string {
    return this.got<string>("address");
  }
  get rowIndex(): number {
    return this.got<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.got<number>("columnIndex");
  }
  get rowCount(): number {
    return this.got<number>("rowCount");
  }
  get columnCount(): number {
    return this.got<number>("columnCount");
  }
  get values(): unknown[][] {
    return this.got<unknown[][]>("values");
  }
  get formulas(): unknown[][] {
    return this.got<unknown[][]>("formulas");
  }
  get valueTypes(): string[][] {
    return this.got<string[][]>("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.got<string[][]>("numberFormat");
  }
  set values(input: unknown) {
    this.write(input, "value");
  }
  set formulas(input: unknown) {
    this.write(input, "formula");
  }
  set numberFormat(input: unknown) {
    this.write(input, "numberFormat");
  }

  private grid<T>(cellOf: (cell: StoredCell | undefined) => T): T[][] {
    if (this.rect.rowCount * this.rect.columnCount > 5_000_000) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "more than 5,000,000 cells read");
    }
    const out: T[][] = [];
    for (let r = 0; r < this.rect.rowCount; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.rect.columnCount; c++) row.push(cellOf(this.sheet.cells.get(key(this.rect.row + r, this.rect.column + c))));
      out.push(row);
    }
    return out;
  }

  protected read(prop: string): unknown {
    switch (prop) {
      case "address":
        return `${quoteSheet(this.sheet.name)}!${formatA1(this.rect)}`;
      case "rowIndex":
        return this.rect.row;
      case "columnIndex":
        return this.rect.column;
      case "rowCount":
        return this.rect.rowCount;
      case "columnCount":
        return this.rect.columnCount;
      case "values":
        return this.grid((cell) => {
          const v = cell?.formula !== undefined ? cell.value : cell?.value;
          if (v === undefined) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return this.grid((cell) => {
          if (cell?.formula !== undefined) return `=${cell.formula}`;
          const v = cell?.value;
          if (v === undefined) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "valueTypes":
        return this.grid((cell) => {
          const v = cell?.value;
          if (v === undefined || v === "") return "Empty";
          if (typeof v === "object") return "Error";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return "String";
        });
      case "numberFormat":
        return this.grid((cell) => cell?.numberFormat ?? "General");
      default:
        throw new FakeExcelError("InvalidArgument", `Range.${prop}`);
    }
  }

  private write(input: unknown, what: "value" | "formula" | "numberFormat"): void {
    const { rowCount, columnCount } = this.rect;
    const scalar = !Array.isArray(input);
    if (!scalar) {
      const rows = input as unknown[][];
      if (rows.length !== rowCount || rows.some((row) => !Array.isArray(row) || row.length !== columnCount)) {
        throw new FakeExcelError("InvalidArgument", `dimensions of the array do not match ${formatA1(this.rect)}`);
      }
    }
    this.ctx.recordWrite(bytesOf(input), 0);
    let written = 0;
    for (let r = 0; r < rowCount; r++) {
      for (let c = 0; c < columnCount; c++) {
        const v = scalar ? input : (input as unknown[][])[r][c];
        if (v === null || v === undefined) continue; // the API leaves the cell unchanged
        const k = key(this.rect.row + r, this.rect.column + c);
        const cell: StoredCell = { ...this.sheet.cells.get(k) };
        if (what === "numberFormat") cell.numberFormat = String(v);
        else if (typeof v === "string" && v.startsWith("=")) {
          cell.formula = v.slice(1);
          delete cell.value;
        } else {
          if (typeof v === "object") throw new FakeExcelError("InvalidArgument", "object in a values array");
          // Like Excel, a leading apostrophe marks text and is not part of the value.
          cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as Stored);
          delete cell.formula;
        }
        this.sheet.cells.set(k, cell);
        if (what !== "numberFormat") written++;
      }
    }
    this.ctx.stats.cellsWritten += written;
    if (scalar && what === "formula" && this.tableColumn && typeof input === "string") {
      this.tableColumn.table.calculated.set(this.tableColumn.column, input.slice(1));
    }
  }

  getRow(index: number): FakeRange {
    return new FakeRange(this.ctx, this.wb, this.sheet, { ...this.rect, row: this.rect.row + index, rowCount: 1 });
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, this.wb, this.sheet, { row: this.rect.row + row, column: this.rect.column + column, rowCount: 1, columnCount: 1 });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.ctx, this.wb, this.sheet, {
      ...this.rect,
      rowCount: this.rect.rowCount + deltaRows,
      columnCount: this.rect.columnCount + deltaColumns,
    });
  }
  merge(across = false): void {
    if (across) throw new FakeExcelError("NotImplemented", "the fake merges whole ranges only");
    if (this.sheet.merges.some((m) => intersects(m, this.rect))) throw new FakeExcelError("InvalidOperation", "overlapping merge");
    this.sheet.merges.push({ ...this.rect });
    this.ctx.recordRequest(16);
  }
  select(): void {
    if (!this.wb.sheetList.includes(this.sheet)) throw new FakeExcelError("ItemNotFound", "sheet deleted");
    this.ctx.selection = { sheet: this.sheet.name, address: formatA1(this.rect) };
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean };
  readonly fill: { color: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheetData,
    private readonly rect: Rect,
  ) {
    const each = (fn: (cell: StoredCell) => void): void => {
      for (let r = 0; r < rect.rowCount; r++) {
        for (let c = 0; c < rect.columnCount; c++) {
          const k = key(rect.row + r, rect.column + c);
          const cell = { ...sheet.cells.get(k) };
          fn(cell);
          sheet.cells.set(k, cell);
        }
      }
    };
    this.font = {
      set bold(value: boolean) {
        each((cell) => (cell.bold = value));
        ctx.recordRequest(8);
      },
      get bold(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", "font.bold is not readable in this fake");
      },
    };
    this.fill = {
      set color(_value: string) {
        throw new FakeExcelError("InvalidOperation", "the adapter must not change the user's fill");
      },
      get color(): string {
        throw new FakeExcelError("PropertyNotLoaded", "fill.color is not readable in this fake");
      },
    };
  }
  set columnWidth(width: number) {
    for (let c = 0; c < this.rect.columnCount; c++) this.sheet.columnWidths.set(this.rect.column + c, width);
    this.ctx.recordRequest(8);
  }
  get columnWidth(): number {
    throw new FakeExcelError("PropertyNotLoaded", "columnWidth is not readable in this fake");
  }
}

class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheetData,
    private readonly rect: Rect,
  ) {
    super(ctx);
  }
  private entry(): ValidationEntry | undefined {
    const found = this.sheet.validations.filter((v) => intersects(v.rect, this.rect));
    return found.length === 1 && contains(found[0].rect, this.rect) ? found[0] : undefined;
  }
  get type(): string {
    return this.got<string>("type");
  }
  get rule(): Record<string, unknown> {
    return this.got<Record<string, unknown>>("rule");
  }
  protected read(prop: string): unknown {
    const hits = this.sheet.validations.filter((v) => intersects(v.rect, this.rect));
    const entry = this.entry();
    if (prop === "type") {
      if (hits.length === 0) return "None";
      if (!entry) return "Inconsistent";
      const kind = Object.keys(entry.rule)[0];
      return { list: "List", wholeNumber: "WholeNumber", decimal: "Decimal", date: "Date", textLength: "TextLength", custom: "Custom" }[kind] ?? "None";
    }
    if (prop === "rule") return entry ? entry.rule : {};
    if (prop === "errorAlert") return entry?.errorAlert ?? null;
    throw new FakeExcelError("InvalidArgument", `DataValidation.${prop}`);
  }
  set rule(rule: Record<string, unknown>) {
    if (this.sheet.validations.some((v) => intersects(v.rect, this.rect))) {
      throw new FakeExcelError("InvalidOperation", "a validation exists on this range: clear() it first");
    }
    this.sheet.validations.push({ rect: { ...this.rect }, rule });
    this.ctx.recordRequest(bytesOf(rule));
  }
  set errorAlert(alert: Record<string, unknown>) {
    const entry = this.entry();
    if (!entry) throw new FakeExcelError("InvalidOperation", "errorAlert without a rule");
    entry.errorAlert = alert;
    this.ctx.recordRequest(bytesOf(alert));
  }
  set prompt(prompt: Record<string, unknown>) {
    const entry = this.entry();
    if (!entry) throw new FakeExcelError("InvalidOperation", "prompt without a rule");
    entry.prompt = prompt;
    this.ctx.recordRequest(bytesOf(prompt));
  }
  clear(): void {
    const partial = this.sheet.validations.some((v) => intersects(v.rect, this.rect) && !contains(this.rect, v.rect));
    if (partial) throw new FakeExcelError("NotImplemented", "the fake cannot clear part of a validation");
    this.sheet.validations = this.sheet.validations.filter((v) => !intersects(v.rect, this.rect));
    this.ctx.recordRequest(8);
  }
}

class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheetData,
    private readonly rect: Rect,
  ) {
    super(ctx);
  }
  get items(): FakeConditionalFormat[] {
    return this.got<FakeConditionalFormat[]>("items");
  }
  private itemProps: string[] = [];
  override load(props?: string | string[]): this {
    super.load("items");
    const list = typeof props === "string" ? props.split(",") : props ?? [];
    this.itemProps = list.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    return this;
  }
  protected read(): unknown {
    return this.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, this.rect))
      .map((entry) => {
        const item = new FakeConditionalFormat(this.ctx, this.sheet, entry);
        item.load(this.itemProps);
        item.materialize();
        return item;
      });
  }
  add(type: string): FakeConditionalFormat {
    const entry: ConditionalEntry = { id: this.ctx.nextId(), rect: { ...this.rect }, type, formula: "", fill: null };
    this.sheet.conditionalFormats.push(entry);
    this.ctx.recordRequest(32);
    return new FakeConditionalFormat(this.ctx, this.sheet, entry);
  }
}

class FakeConditionalFormat extends FakeObject {
  readonly custom: { rule: FakeRule; format: { fill: { color: string } } };
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheetData,
    readonly entry: ConditionalEntry,
  ) {
    super(ctx);
    const e = entry;
    this.custom = {
      rule: new FakeRule(ctx, entry),
      format: {
        fill: {
          set color(value: string) {
            e.fill = value;
            ctx.recordRequest(16);
          },
          get color(): string {
            throw new FakeExcelError("PropertyNotLoaded", "fill.color is not readable in this fake");
          },
        },
      },
    };
  }
  get type(): string {
    return this.got<string>("type");
  }
  get id(): string {
    return this.got<string>("id");
  }
  protected read(prop: string): unknown {
    if (prop === "type") return this.entry.type;
    if (prop === "id") return this.entry.id;
    throw new FakeExcelError("InvalidArgument", `ConditionalFormat.${prop}`);
  }
  protected override child(name: string): FakeObject {
    if (name === "custom") {
      if (this.entry.type !== "Custom") throw new FakeExcelError("InvalidOperation", "custom on a non-custom conditional format");
      return this.custom.rule;
    }
    return super.child(name);
  }
  delete(): void {
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((cf) => cf !== this.entry);
    this.ctx.recordRequest(16);
  }
}

class FakeRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly entry: ConditionalEntry,
  ) {
    super(ctx);
  }
  get formula(): string {
    return this.got<string>("formula");
  }
  set formula(value: string) {
    this.entry.formula = value;
    this.ctx.recordRequest(bytesOf(value));
  }
  protected read(prop: string): unknown {
    if (prop === "formula") return this.entry.formula;
    throw new FakeExcelError("InvalidArgument", `ConditionalFormatRule.${prop}`);
  }
  protected override child(name: string): FakeObject {
    if (name === "rule") return this;
    return super.child(name);
  }
}

/** A fake context with an empty workbook (no sheets), and the object to hand to the adapter. */
export function createFakeExcel(): { fake: FakeContext; context: Excel.RequestContext } {
  const fake = new FakeContext();
  return { fake, context: fake as unknown as Excel.RequestContext };
}

// ---------- pivots, charts, page layout (recorded, not computed) ----------
export interface FakeChartData {
  type: string;
  seriesBy: string;
  /** The PivotTable whose layout range the chart was made over (Excel binds it as a PivotChart), or null. */
  pivot: string | null;
  source: string;
  title: string | null;
}

export interface FakePivotData {
  name: string;
  source: string;
  sheet: FakeSheetData;
  destination: Rect;
  headers: string[];
  rows: string[];
  columns: string[];
  data: { name: string; summarizeBy: string }[];
  filters: string[];
  /** Manual filters applied, by field: the items kept. */
  filtered: Record<string, string[]>;
  refreshed: number;
}

/** Pivot layout range: the chart collection recognises it. */
class FakePivotLayoutRange extends FakeRange {
  constructor(ctx: FakeContext, wb: FakeWorkbook, sheet: FakeSheetData, rect: Rect, readonly pivotName: string) {
    super(ctx, wb, sheet, rect);
  }
}

class FakePivotTableCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly wb: FakeWorkbook,
  ) {}
  add(name: string, source: string | FakeRange, destination: FakeRange | string): FakePivotTable {
    if (this.wb.pivotList.some((p) => p.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `pivot ${name}`);
    if (typeof source !== "string") throw new FakeExcelError("NotImplemented", "the fake takes a table name as source");
    const table = this.wb.tableData(source);
    if (!table) throw new FakeExcelError("ItemNotFound", `table ${source}`);
    if (typeof destination === "string") throw new FakeExcelError("NotImplemented", "the fake takes a Range as destination");
    const data: FakePivotData = {
      name, source: table.name, sheet: destination.sheet, destination: { ...destination.rect }, headers: table.headers(),
      rows: [], columns: [], data: [], filters: [], filtered: {}, refreshed: 0,
    };
    this.wb.pivotList.push(data);
    this.ctx.recordRequest(bytesOf([name, source]));
    return new FakePivotTable(this.ctx, this.wb, data);
  }
  refreshAll(): void {
    for (const p of this.wb.pivotList) p.refreshed += 1;
    this.ctx.recordRequest(8);
  }
}

class FakePivotTable {
  readonly hierarchies: { getItem: (name: string) => { name: string } };
  readonly rowHierarchies: { add: (h: { name: string }) => void };
  readonly columnHierarchies: { add: (h: { name: string }) => void };
  readonly dataHierarchies: { add: (h: { name: string }) => { summarizeBy: string } };
  readonly filterHierarchies: { add: (h: { name: string }) => { fields: { getItem: (name: string) => { applyFilter: (f: { manualFilter?: { selectedItems: string[] } }) => void } } } };
  readonly layout: { getRange: () => FakeRange };
  constructor(ctx: FakeContext, wb: FakeWorkbook, data: FakePivotData) {
    const placed = new Set<string>();
    const place = (h: { name: string }, list: string[]) => {
      if (placed.has(h.name)) throw new FakeExcelError("InvalidArgument", `hierarchy ${h.name} is already placed`);
      placed.add(h.name);
      list.push(h.name);
      ctx.recordRequest(bytesOf(h.name));
    };
    this.hierarchies = {
      getItem: (name) => {
        if (!data.headers.includes(name)) throw new FakeExcelError("ItemNotFound", `hierarchy ${name}`);
        return { name };
      },
    };
    this.rowHierarchies = { add: (h) => place(h, data.rows) };
    this.columnHierarchies = { add: (h) => place(h, data.columns) };
    this.dataHierarchies = {
      add: (h) => {
        const entry = { name: h.name, summarizeBy: "Automatic" };
        data.data.push(entry);
        ctx.recordRequest(bytesOf(h.name));
        return {
          set summarizeBy(value: string) {
            entry.summarizeBy = value;
            ctx.recordRequest(bytesOf(value));
          },
          get summarizeBy(): string {
            throw new FakeExcelError("PropertyNotLoaded", "summarizeBy is not readable in this fake");
          },
        };
      },
    };
    this.filterHierarchies = {
      add: (h) => {
        place(h, data.filters);
        return {
          fields: {
            getItem: (name) => ({
              applyFilter: (f) => {
                if (!f.manualFilter) throw new FakeExcelError("NotImplemented", "the fake records manual filters only");
                data.filtered[name] = [...f.manualFilter.selectedItems];
                ctx.recordRequest(bytesOf(f));
              },
            }),
          },
        };
      },
    };
    this.layout = { getRange: () => new FakePivotLayoutRange(ctx, wb, data.sheet, data.destination, data.name) };
  }
}

class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheetData,
  ) {}
  add(type: string, source: FakeRange, seriesBy = "Auto"): { title: { text: string } } {
    const data: FakeChartData = {
      type, seriesBy, pivot: source instanceof FakePivotLayoutRange ? source.pivotName : null, source: `${source.sheetName}!${formatA1(source.rect)}`, title: null,
    };
    this.sheet.charts.push(data);
    this.ctx.recordRequest(bytesOf(type));
    const ctx = this.ctx;
    return {
      title: {
        set text(value: string) {
          data.title = value;
          ctx.recordRequest(bytesOf(value));
        },
        get text(): string {
          throw new FakeExcelError("PropertyNotLoaded", "title.text is not readable in this fake");
        },
      },
    };
  }
}

function sheetExtras(ctx: FakeContext, _wb: FakeWorkbook, data: FakeSheetData) {
  const record = (key: string, value: unknown) => {
    data.pageLayout[key] = value;
    ctx.recordRequest(bytesOf(value));
  };
  const pageLayout = {
    setPrintArea: (address: string) => record("printArea", address),
    setPrintTitleRows: (address: string) => record("printTitleRows", address),
    set paperSize(v: string) {
      record("paperSize", v);
    },
    set orientation(v: string) {
      record("orientation", v);
    },
    set zoom(v: unknown) {
      record("zoom", v);
    },
  } as Record<string, unknown>;
  return {
    charts: new FakeChartCollection(ctx, data),
    pageLayout,
    horizontalPageBreaks: {
      add: (address: string) => {
        data.pageBreaks.push(address);
        ctx.recordRequest(bytesOf(address));
      },
    },
  };
}
