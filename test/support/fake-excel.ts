/**
 * A small recording fake of the Excel JavaScript API objects the Office adapter uses, failing the way
 * Office.js fails (see test/office/fake-excel.test.ts, written from Microsoft's documentation):
 *
 * - every write, method call and load is a statement queued on the context; nothing reaches the
 *   workbook before `context.sync()`, which runs the statements in order;
 * - `getItem` on a missing item does not throw at the call: the statement that uses the object fails
 *   at the sync, which rejects with an `OfficeExtension.Error`-shaped error (name, code, message,
 *   debugInfo.errorLocation naming the failing call); the statements before it stay applied, the
 *   ones after it are dropped;
 * - a loaded property is readable only after the sync that carried its load (PropertyNotLoaded
 *   otherwise); `isNullObject` of an `…OrNullObject` object likewise;
 * - a request or a response over the payload limit (5 MB, Excel on the web) is refused whole: a
 *   refused request applies nothing. Request bytes are what the statements carry (a fixed cost per
 *   statement plus the JSON of their arguments and values), response bytes the JSON of what loads return.
 *
 * Cells live in memory so what is written can be read back. It records syncs, cells written, every
 * request's and response's size, and syncs that wrote without calculation suspended. It does not
 * calculate formulas: formula cells read back as empty.
 */

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/**
 * What each step of a statement's object path costs in a request, arguments aside (method name, ids).
 * 128 makes a validation read (worksheets, getItem, getRange, dataValidation, load) about 600 bytes:
 * 8 000 of them come near 5 MB, as estimated when reviewing the adapter against Office.js.
 */
export const STATEMENT_BYTES = 128;
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

type Stored = string | number | boolean | { error: string };

interface StoredCell {
  value?: Stored;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface Rect {
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

export interface ConditionalEntry {
  id: string;
  /** The areas the format applies to (one for a range, several for a RangeAreas). */
  areas: Rect[];
  type: string;
  formula: string;
  fill: string | null;
}

/** Thrown inside a statement when it runs; sync() turns it into an OfficeExtension.Error. */
export class FakeExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    /** The call at fault when it is not the statement that ran (a getItem resolved by a later use). */
    public readonly location?: string,
  ) {
    super(message);
  }
}

/** What Office.js rejects `context.sync()` with (OfficeExtension.Error and its DebugInfo). */
export class FakeOfficeError extends Error {
  override readonly name = "OfficeExtension.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation, statement: errorLocation };
  }
}

/** Client-side errors Office.js throws at the call (reading what was not loaded). */
function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

const bytesOf = (value: unknown): number => {
  if (value === undefined) return 4;
  if (Array.isArray(value) && value[0] instanceof FakeObject) return 2 + value.length;
  return Buffer.byteLength(JSON.stringify(value), "utf8");
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
  const parts = local.replace(/\$/g, "").trim().split(":");
  const parse = (p: string, end: boolean): { r: number; c: number } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m || (!m[1] && !m[2]))
      throw new FakeExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (${address}).`,
      );
    const c = m[1] ? colIndex(m[1]) : end ? MAX_COLUMNS - 1 : 0;
    const r = m[2] ? Number(m[2]) - 1 : end ? MAX_ROWS - 1 : 0;
    if (r < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS)
      throw new FakeExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (${address}).`,
      );
    return { c, r };
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
  a.row < b.row + b.rowCount &&
  b.row < a.row + a.rowCount &&
  a.column < b.column + b.columnCount &&
  b.column < a.column + a.columnCount;

// ---------- the recording context ----------
export interface FakeStats {
  syncs: number;
  cellsWritten: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Every sync's request and response size in bytes (refused ones included), in order. */
  requests: { request: number; response: number; refused: boolean }[];
  /** Syncs that carried writes without suspendApiCalculationUntilNextSync() before them. */
  writeSyncsWithoutSuspension: number;
  /** Requests or responses refused for exceeding the payload limit (not counted in the maxima above). */
  refusedPayloads: number;
  /** Writes of one value over several cells (the adapter writes 2-D arrays of the range's shape). */
  scalarFills: number;
  /** Table rows deleted through TableRow.delete(). */
  rowsDeleted: number;
}

export interface FakeOptions {
  /** Largest request or response accepted, in bytes (Excel on the web: 5 MB). */
  payloadLimit: number;
  /**
   * The error code of an oversized request. Excel on the web answers RequestPayloadSizeLimitExceeded;
   * older builds answered GeneralException.
   */
  requestLimitCode: string;
}

interface Statement {
  location: string;
  bytes: number;
  write: boolean;
  /** Runs against the workbook; a load returns its response size and what to deliver once accepted. */
  run: () => { bytes: number; deliver: () => void } | void;
}

abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  /** The object this one was reached from: its path is sent with every statement on this one. */
  parent: FakeObject | null = null;
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly kind: string,
  ) {}

  load(props?: string | string[]): this {
    const list = (typeof props === "string" ? props.split(",") : (props ?? [])).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(`${this.kind}.load`, this.cost() + bytesOf(list), false, () => this.collect(list));
    return this;
  }

  /** Reads `props` (paths like "items/worksheet/name") now; delivers them when the response is accepted. */
  collect(props: string[]): { bytes: number; deliver: () => void } {
    const own = new Map<string, unknown>();
    const nested = new Map<string, string[]>();
    for (const path of props) {
      const slash = path.indexOf("/");
      if (slash < 0) own.set(path, undefined);
      else nested.set(path.slice(0, slash), [...(nested.get(path.slice(0, slash)) ?? []), path.slice(slash + 1)]);
    }
    let bytes = 0;
    const deliveries: (() => void)[] = [];
    for (const prop of own.keys()) {
      const value = this.read(prop);
      own.set(prop, value);
      bytes += bytesOf(value);
    }
    for (const [name, rest] of nested) {
      const result = this.collectNested(name, rest);
      bytes += result.bytes;
      deliveries.push(result.deliver);
    }
    return {
      bytes,
      deliver: () => {
        for (const [prop, value] of own) this.loaded.set(prop, value);
        deliveries.forEach((d) => d());
      },
    };
  }

  protected collectNested(name: string, rest: string[]): { bytes: number; deliver: () => void } {
    void rest;
    throw new FakeExcelError("InvalidArgument", `${this.kind} has no navigation property ${name}`);
  }

  /** Request bytes of a statement on this object, arguments aside: one call per step of its path. */
  cost(): number {
    return STATEMENT_BYTES + (this.parent?.cost() ?? 0);
  }

  protected under<T extends FakeObject>(child: T): T {
    child.parent = this;
    return child;
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(`${this.kind}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  protected abstract read(prop: string): unknown;
}

/** An `…OrNullObject` result: whether it is null is known after the sync that resolved it. */
class NullState {
  private known: boolean | undefined;
  constructor(ctx: FakeContext, kind: string, isNull: () => boolean) {
    ctx.enqueue(kind, STATEMENT_BYTES, false, () => {
      const value = isNull();
      return {
        bytes: 8,
        deliver: () => {
          this.known = value;
        },
      };
    });
  }
  get value(): boolean {
    if (this.known === undefined) throw notLoaded("isNullObject");
    return this.known;
  }
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
    requests: [],
    writeSyncsWithoutSuspension: 0,
    refusedPayloads: 0,
    scalarFills: 0,
    rowsDeleted: 0,
  };
  readonly options: FakeOptions = {
    payloadLimit: FAKE_PAYLOAD_LIMIT,
    requestLimitCode: "RequestPayloadSizeLimitExceeded",
  };
  /** The cell selected by the last Range.select(). */
  selection: { sheet: string; address: string } | null = null;
  private queue: Statement[] = [];
  private suspended = false;
  private idCounter = 0;

  constructor() {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(location: string, bytes: number, write: boolean, run: Statement["run"]): void {
    this.queue.push({ location, bytes, write, run });
  }

  /** Statements queued and not yet synced (what Office.js calls the pending statements). */
  get pendingStatements(): string[] {
    return this.queue.map((s) => s.location);
  }

  nextId(): string {
    this.idCounter += 1;
    return `{${String(this.idCounter).padStart(8, "0")}-CF}`;
  }

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    const statements = this.queue;
    const suspended = this.suspended;
    this.queue = [];
    this.suspended = false;
    const request = statements.reduce((sum, s) => sum + s.bytes, 0);
    const limit = this.options.payloadLimit;
    if (request > limit) {
      this.stats.refusedPayloads += 1;
      this.stats.requests.push({ request, response: 0, refused: true });
      throw new FakeOfficeError(
        this.options.requestLimitCode,
        `The request payload size has exceeded the limit (${request} bytes).`,
      );
    }
    let response = 0;
    let wrote = false;
    const deliveries: (() => void)[] = [];
    try {
      for (const statement of statements) {
        try {
          const result = statement.run();
          if (result) {
            response += result.bytes;
            deliveries.push(result.deliver);
          }
          if (statement.write) wrote = true;
        } catch (error) {
          if (error instanceof FakeExcelError)
            throw new FakeOfficeError(error.code, error.message, error.location ?? statement.location);
          throw error;
        }
      }
    } finally {
      if (wrote && !suspended) this.stats.writeSyncsWithoutSuspension += 1;
    }
    if (response > limit) {
      this.stats.refusedPayloads += 1;
      this.stats.requests.push({ request, response, refused: true });
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${response} bytes).`,
      );
    }
    this.stats.requests.push({ request, response, refused: false });
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
    deliveries.forEach((d) => d());
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

  /** The selected cell (Excel always has one: A1 of the first sheet when nothing was selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, this, "Workbook.getSelectedRange", () => {
      const selection = this.ctx.selection ?? { sheet: this.sheetList[0]?.name ?? "", address: "A1" };
      const sheet = this.sheetData(selection.sheet);
      if (!sheet)
        throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (sheet ${selection.sheet}).`);
      return { sheet, rect: parseA1(selection.address) };
    });
  }

  sheetData(name: string): FakeSheetData | undefined {
    return this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  // ----- test helpers (not part of the Excel API): they act at once, like a user in Excel -----
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
    for (let i = this.tableList.length - 1; i >= 0; i--)
      if (this.tableList[i].sheet === sheet) this.tableList.splice(i, 1);
    for (let i = this.pivotList.length - 1; i >= 0; i--)
      if (this.pivotList[i].sheet === sheet) this.pivotList.splice(i, 1);
    for (const n of this.nameList) {
      const prefix = `=${quoteSheet(name)}!`;
      if (n.formula.startsWith(prefix)) n.formula = `=#REF!${n.formula.slice(prefix.length)}`;
    }
  }
  /**
   * Inserts `count` whole rows before 0-based row `at`, as a user would: cells, conditional formats,
   * validations and tables below move down (a table the insertion crosses grows).
   */
  insertRowsDirect(sheetName: string, at: number, count: number): void {
    const sheet = this.sheetData(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const moved = new Map<string, StoredCell>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      moved.set(key(r >= at ? r + count : r, c), cell);
    }
    sheet.cells = moved;
    const shift = (rect: Rect): void => {
      if (rect.row >= at) rect.row += count;
      else if (rect.row + rect.rowCount > at) rect.rowCount += count;
    };
    sheet.conditionalFormats.forEach((cf) => cf.areas.forEach(shift));
    sheet.validations.forEach((v) => shift(v.rect));
    sheet.merges.forEach(shift);
    this.tableList.filter((t) => t.sheet === sheet).forEach((t) => shift(t.rect));
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
  /** A protected sheet refuses every change (AccessDenied at the sync), as Excel does. */
  protected = false;
  merges: Rect[] = [];
  charts: FakeChartData[] = [];
  /** What was set on the sheet's PageLayout (printArea, printTitleRows, paperSize, orientation, zoom). */
  pageLayout: Record<string, unknown> = {};
  /** Horizontal page breaks, as the addresses given. */
  pageBreaks: string[] = [];
  constructor(public name: string) {}

  /** Excel's used range: cells with a value or formula, and with `valuesOnly` false formatted ones too. */
  usedRect(valuesOnly: boolean): Rect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.formula !== undefined || (cell.value !== undefined && cell.value !== "");
      const hasFormat = cell.numberFormat !== undefined || cell.bold !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [r, c] = k.split(",").map(Number);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    return maxR < 0 ? null : { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }
}

/** Refuses a change to a protected sheet. */
function writable(sheet: FakeSheetData): FakeSheetData {
  if (sheet.protected)
    throw new FakeExcelError("AccessDenied", `The sheet ${sheet.name} is protected: the change is refused.`);
  return sheet;
}

/** Parses a collection's item properties ("items/name, items/worksheet/name" or "name"). */
function itemPaths(props?: string | string[]): string[] {
  return (typeof props === "string" ? props.split(",") : (props ?? []))
    .map((p) => p.trim().replace(/^items\//, ""))
    .filter((p) => p && p !== "items");
}

/** A collection proxy: `load("items/…")` reads its items (fresh proxies) with those properties. */
abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  override load(props?: string | string[]): this {
    const paths = itemPaths(props);
    this.ctx.enqueue(`${this.kind}.load`, this.cost() + bytesOf(paths), false, () => {
      const items = this.current();
      let bytes = 2 + items.length;
      const deliveries: (() => void)[] = [];
      for (const item of items) {
        const result = item.collect(paths);
        bytes += result.bytes;
        deliveries.push(result.deliver);
      }
      return {
        bytes,
        deliver: () => {
          this.loaded.set("items", items);
          deliveries.forEach((d) => d());
        },
      };
    });
    return this;
  }
  get items(): T[] {
    return this.got<T[]>("items");
  }
  protected read(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `${this.kind}.${prop}`);
  }
  protected abstract current(): T[];
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
  ) {
    super(ctx, "WorksheetCollection");
  }
  protected current(): FakeWorksheet[] {
    return this.wb.sheetList.map((s) => this.under(new FakeWorksheet(this.ctx, this.wb, "Worksheet", () => s)));
  }
  getItem(name: string): FakeWorksheet {
    return this.under(
      new FakeWorksheet(this.ctx, this.wb, "WorksheetCollection.getItem", () => {
        const data = this.wb.sheetData(name);
        if (!data)
          throw new FakeExcelError(
            "ItemNotFound",
            `The requested resource doesn't exist (worksheet ${name}).`,
            "WorksheetCollection.getItem",
          );
        return data;
      }),
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = this.under(
      new FakeWorksheet(
        this.ctx,
        this.wb,
        "WorksheetCollection.getItemOrNullObject",
        () => this.wb.sheetData(name) ?? null,
      ),
    );
    sheet.nullState = new NullState(
      this.ctx,
      "WorksheetCollection.getItemOrNullObject",
      () => !this.wb.sheetData(name),
    );
    return sheet;
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheetData | null = null;
    this.ctx.enqueue("WorksheetCollection.add", this.cost() + bytesOf(name), true, () => {
      if (this.wb.sheetData(name))
        throw new FakeExcelError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (worksheet ${name}).`,
        );
      created = this.wb.addSheetDirect(name);
    });
    return this.under(
      new FakeWorksheet(this.ctx, this.wb, "WorksheetCollection.add", () => {
        if (!created)
          throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (worksheet not created).");
        return created;
      }),
    );
  }
}

export class FakeWorksheet extends FakeObject {
  readonly tables: FakeTableCollection;
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: { add: (address: string) => void };
  nullState: NullState | null = null;
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly location: string,
    private readonly resolve: () => FakeSheetData | null,
  ) {
    super(ctx, "Worksheet");
    this.tables = this.under(new FakeTableCollection(ctx, wb, () => this.live()));
    this.charts = this.under(new FakeChartCollection(ctx, () => this.live()));
    this.pageLayout = this.under(new FakePageLayout(ctx, () => this.live()));
    this.horizontalPageBreaks = {
      add: (address: string) =>
        ctx.enqueue("PageBreakCollection.add", this.cost() + STATEMENT_BYTES + bytesOf(address), true, () => {
          const sheet = this.live();
          parseA1(address);
          sheet.pageBreaks.push(address);
        }),
    };
    this.freezePanes = {
      freezeRows: (count: number) =>
        ctx.enqueue("WorksheetFreezePanes.freezeRows", this.cost() + 8, true, () => {
          writable(this.live()).frozenRows = count;
        }),
    };
  }
  /** The sheet at execution time; fails like Excel when it does not exist (any more). */
  live(): FakeSheetData {
    const data = this.resolve();
    if (!data) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (${this.location}).`);
    if (!this.wb.sheetList.includes(data))
      throw new FakeExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist (worksheet ${data.name} was deleted).`,
      );
    return data;
  }
  get isNullObject(): boolean {
    if (!this.nullState) return false;
    return this.nullState.value;
  }
  get name(): string {
    return this.got<string>("name");
  }
  /** Renames the sheet at the sync; like Excel, defined names pointing at it follow. */
  set name(value: string) {
    this.ctx.enqueue("Worksheet.name", this.cost() + bytesOf(value), true, () => {
      const data = this.live();
      if (value.length === 0 || value.length > 31 || /[\\/?*[\]:]/.test(value) || /^'|'$/.test(value)) {
        throw new FakeExcelError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format (worksheet name ${value}).`,
        );
      }
      if (this.wb.sheetList.some((s) => s !== data && s.name.toLowerCase() === value.toLowerCase())) {
        throw new FakeExcelError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (worksheet ${value}).`,
        );
      }
      const prefix = `=${quoteSheet(data.name)}!`;
      for (const n of this.wb.nameList)
        if (n.formula.startsWith(prefix)) n.formula = `=${quoteSheet(value)}!${n.formula.slice(prefix.length)}`;
      data.name = value;
    });
  }
  get position(): number {
    return this.got<number>("position");
  }
  set position(index: number) {
    this.ctx.enqueue("Worksheet.position", this.cost() + 8, true, () => {
      const data = this.live();
      const list = this.wb.sheetList;
      list.splice(list.indexOf(data), 1);
      list.splice(Math.min(index, list.length), 0, data);
    });
  }
  protected read(prop: string): unknown {
    const data = this.resolve();
    if (data === null) return null; // a null object's properties load as null
    if (prop === "name") return this.live().name;
    if (prop === "position") return this.wb.sheetList.indexOf(this.live());
    if (prop === "visibility") return "Visible";
    throw new FakeExcelError("InvalidArgument", `Worksheet.${prop}`);
  }
  getRange(address?: string): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, "Worksheet.getRange", () => ({
        sheet: this.live(),
        rect: address ? parseA1(address) : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS },
      })),
    );
  }
  /** Several areas ("A1:A3, C5"), ExcelApi 1.9. */
  getRanges(address: string): FakeRangeAreas {
    return this.under(
      new FakeRangeAreas(this.ctx, "Worksheet.getRanges", () => ({
        sheet: this.live(),
        areas: address.split(",").map((a) => parseA1(a)),
      })),
    );
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, "Worksheet.getRangeByIndexes", () => ({
        sheet: this.live(),
        rect: { row, column, rowCount, columnCount },
      })),
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const place = (): Place | null => {
      const sheet = this.live();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    };
    const range = this.under(new FakeRange(this.ctx, this.wb, "Worksheet.getUsedRangeOrNullObject", place));
    range.nullState = new NullState(this.ctx, "Worksheet.getUsedRangeOrNullObject", () => place() === null);
    return range;
  }
  activate(): void {
    this.ctx.enqueue("Worksheet.activate", this.cost(), false, () => void this.live());
  }
  delete(): void {
    this.ctx.enqueue("Worksheet.delete", this.cost(), true, () => this.wb.deleteSheetDirect(this.live().name));
  }
}

class FakeNameCollection extends FakeCollection<FakeNamedItem> {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
  ) {
    super(ctx, "NamedItemCollection");
  }
  protected current(): FakeNamedItem[] {
    return this.wb.nameList.map((entry) => this.under(new FakeNamedItem(this.ctx, this.wb, () => entry)));
  }
  add(name: string, reference: FakeRange | string): void {
    const argument = typeof reference === "string" ? reference : "range";
    this.ctx.enqueue("NamedItemCollection.add", this.cost() + bytesOf([name, argument]), true, () => {
      if (this.wb.nameList.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (name ${name}).`,
        );
      }
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const place = reference.place();
        formula = `=${quoteSheet(place.sheet.name)}!${absolute(place.rect)}`;
      }
      this.wb.nameList.push({ name, formula });
    });
  }
  getItem(name: string): FakeNamedItem {
    return this.under(
      new FakeNamedItem(this.ctx, this.wb, () => {
        const entry = this.wb.nameList.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!entry)
          throw new FakeExcelError(
            "ItemNotFound",
            `The requested resource doesn't exist (name ${name}).`,
            "NamedItemCollection.getItem",
          );
        return entry;
      }),
    );
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
    private readonly resolve: () => { name: string; formula: string },
  ) {
    super(ctx, "NamedItem");
  }
  get name(): string {
    return this.got<string>("name");
  }
  get formula(): string {
    return this.got<string>("formula");
  }
  protected read(prop: string): unknown {
    const entry = this.resolve();
    if (prop === "name") return entry.name;
    if (prop === "formula") return entry.formula;
    if (prop === "type") return entry.formula.includes("#REF!") ? "Error" : "Range";
    throw new FakeExcelError("InvalidArgument", `NamedItem.${prop}`);
  }
  delete(): void {
    this.ctx.enqueue("NamedItem.delete", this.cost(), true, () => {
      const index = this.wb.nameList.indexOf(this.resolve());
      if (index >= 0) this.wb.nameList.splice(index, 1);
    });
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
    return {
      row: this.rect.row + 1,
      column: this.rect.column,
      rowCount: this.rect.rowCount - 1,
      columnCount: this.rect.columnCount,
    };
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly sheet: (() => FakeSheetData) | null,
  ) {
    super(ctx, "TableCollection");
  }
  protected current(): FakeTable[] {
    const sheet = this.sheet?.() ?? null;
    return this.wb.tableList
      .filter((t) => sheet === null || t.sheet === sheet)
      .map((data) => this.under(new FakeTable(this.ctx, this.wb, () => data)));
  }
  getItem(name: string): FakeTable {
    return this.under(
      new FakeTable(this.ctx, this.wb, () => {
        const data = this.wb.tableData(name);
        if (!data)
          throw new FakeExcelError(
            "ItemNotFound",
            `The requested resource doesn't exist (table ${name}).`,
            "TableCollection.getItem",
          );
        return data;
      }),
    );
  }
  getItemOrNullObject(name: string): FakeTable {
    const table = this.under(new FakeTable(this.ctx, this.wb, () => this.wb.tableData(name) ?? null));
    table.nullState = new NullState(this.ctx, "TableCollection.getItemOrNullObject", () => !this.wb.tableData(name));
    return table;
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: FakeTableData | null = null;
    this.ctx.enqueue("TableCollection.add", this.cost() + bytesOf(address), true, () => {
      if (!this.sheet)
        throw new FakeExcelError("InvalidArgument", "workbook.tables.add needs a sheet-qualified address in this fake");
      if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake only models tables with headers");
      const sheet = writable(this.sheet());
      const rect = parseA1(address);
      if (rect.rowCount === 1) rect.rowCount = 2; // Excel gives a header-only table one empty data row
      if (this.wb.tableList.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
        throw new FakeExcelError("InvalidOperation", `A table can't overlap another table (${address}).`);
      }
      for (let c = 0; c < rect.columnCount; c++) {
        const k = key(rect.row, rect.column + c);
        const cell = sheet.cells.get(k);
        if (cell?.value === undefined || cell.value === "") sheet.cells.set(k, { ...cell, value: `Column${c + 1}` });
      }
      let n = this.wb.tableList.length + 1;
      while (this.wb.tableData(`Table${n}`)) n++;
      created = new FakeTableData(sheet, rect, `Table${n}`);
      this.wb.tableList.push(created);
    });
    return this.under(
      new FakeTable(this.ctx, this.wb, () => {
        if (!created)
          throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (table not created).");
        return created;
      }),
    );
  }
}

export class FakeTable extends FakeObject {
  readonly columns: {
    getItem: (name: string) => FakeTableColumn;
    getItemOrNullObject: (name: string) => FakeTableColumn;
  };
  readonly rows: {
    add: (index: number | null | undefined, values: unknown[][]) => FakeTableRow;
    getItemAt: (index: number) => FakeTableRow;
  };
  nullState: NullState | null = null;
  private sheetObject: FakeWorksheet | null = null;
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly resolve: () => FakeTableData | null,
  ) {
    super(ctx, "Table");
    const column = (name: string, orNull: boolean): FakeTableColumn =>
      this.under(
        new FakeTableColumn(ctx, wb, () => {
          const table = this.live();
          const index = table.headers().findIndex((h) => h.toLowerCase() === name.toLowerCase());
          if (index < 0 && !orNull)
            throw new FakeExcelError(
              "ItemNotFound",
              `The requested resource doesn't exist (column ${name}).`,
              "TableColumnCollection.getItem",
            );
          return { table, index: index < 0 ? null : index };
        }),
      );
    this.columns = { getItem: (n) => column(n, false), getItemOrNullObject: (n) => column(n, true) };
    this.rows = {
      add: (index, values) => this.addRows(index, values),
      // Resolved when a statement uses it: the table and the row are looked up at execution time.
      getItemAt: (index) =>
        this.under(new FakeTableRow(ctx, "TableRowCollection.getItemAt", () => ({ table: this.live(), index }))),
    };
  }
  live(): FakeTableData {
    const data = this.resolve();
    if (!data || !this.wb.tableList.includes(data))
      throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist (table).");
    return data;
  }
  get isNullObject(): boolean {
    if (!this.nullState) return false;
    return this.nullState.value;
  }
  get name(): string {
    return this.got<string>("name");
  }
  set name(value: string) {
    this.ctx.enqueue("Table.name", this.cost() + bytesOf(value), true, () => {
      const data = this.live();
      if (this.wb.tableList.some((t) => t !== data && t.name.toLowerCase() === value.toLowerCase())) {
        throw new FakeExcelError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (table ${value}).`,
        );
      }
      data.name = value;
    });
  }
  get worksheet(): FakeWorksheet {
    this.sheetObject ??= this.under(new FakeWorksheet(this.ctx, this.wb, "Table.worksheet", () => this.live().sheet));
    return this.sheetObject;
  }
  protected override collectNested(name: string, rest: string[]): { bytes: number; deliver: () => void } {
    if (name === "worksheet") return this.worksheet.collect(rest);
    return super.collectNested(name, rest);
  }
  protected read(prop: string): unknown {
    if (this.resolve() === null) return null; // a null object's properties load as null
    if (prop === "name") return this.live().name;
    throw new FakeExcelError("InvalidArgument", `Table.${prop}`);
  }
  getRange(): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, "Table.getRange", () => ({
        sheet: this.live().sheet,
        rect: { ...this.live().rect },
      })),
    );
  }
  getHeaderRowRange(): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, "Table.getHeaderRowRange", () => ({
        sheet: this.live().sheet,
        rect: { ...this.live().rect, rowCount: 1 },
      })),
    );
  }
  getDataBodyRange(): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, "Table.getDataBodyRange", () => ({
        sheet: this.live().sheet,
        rect: this.live().bodyRect(),
      })),
    );
  }
  /** Like Excel (ExcelApi 1.13): same header row, the new range overlaps the old one; cells are kept. */
  resize(address: string): void {
    this.ctx.enqueue("Table.resize", this.cost() + bytesOf(address), true, () => {
      const d = this.live();
      const rect = parseA1(address);
      if (rect.row !== d.rect.row || rect.column !== d.rect.column || rect.rowCount < 2) {
        throw new FakeExcelError("InvalidArgument", `resize to ${address}: the header row must stay where it is`);
      }
      if (this.wb.tableList.some((t) => t !== d && t.sheet === d.sheet && intersects(t.rect, rect))) {
        throw new FakeExcelError("InvalidOperation", `resize to ${address} overlaps another table`);
      }
      d.rect = rect;
    });
  }
  private addRows(index: number | null | undefined, input: unknown[][]): FakeTableRow {
    const values = input.map((row) => row.slice());
    // The index of the (first) added row in the data rows, known once the statement has run.
    let added: { table: FakeTableData; index: number } | null = null;
    this.ctx.enqueue("TableRowCollection.add", this.cost() + bytesOf(values), true, () => {
      const d = this.live();
      writable(d.sheet);
      if (index !== null && index !== undefined)
        throw new FakeExcelError("InvalidArgument", "the fake only appends rows");
      if (values.some((row) => row.length !== d.rect.columnCount)) {
        throw new FakeExcelError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      const first = d.rect.row + d.rect.rowCount;
      d.rect.rowCount += values.length;
      for (const [c, formula] of d.calculated) {
        for (let r = 0; r < values.length; r++) d.sheet.cells.set(key(first + r, d.rect.column + c), { formula });
      }
      writeCells(
        this.ctx,
        d.sheet,
        { row: first, column: d.rect.column, rowCount: values.length, columnCount: d.rect.columnCount },
        values,
        "value",
      );
      added = { table: d, index: first - (d.rect.row + 1) };
    });
    // The TableRow Excel returns for the (first) added row: usable in the same batch, after the add.
    return this.under(
      new FakeTableRow(this.ctx, "TableRowCollection.add", () => {
        if (!added)
          throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (table row not added).");
        return added;
      }),
    );
  }
}

/**
 * One data row of a table (ExcelApi 1.1): like Excel's, it stands for a position (its index in the
 * data rows), not for the data, and is resolved when a statement uses it. delete() moves the rows
 * below it up; Excel keeps one (empty) data row in a table.
 */
class FakeTableRow extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly location: string,
    private readonly resolve: () => { table: FakeTableData; index: number },
  ) {
    super(ctx, "TableRow");
  }
  /** The table and the row's sheet row at execution time; a row past the table's end fails like Excel. */
  private live(): { table: FakeTableData; index: number; row: number } {
    const { table, index } = this.resolve();
    const row = table.rect.row + 1 + index;
    if (!Number.isInteger(index) || index < 0 || row > table.rect.row + table.rect.rowCount - 1) {
      throw new FakeExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist (table row ${index}).`,
        this.location,
      );
    }
    return { table, index, row };
  }
  get index(): number {
    return this.got<number>("index");
  }
  get values(): unknown[][] {
    return this.got<unknown[][]>("values");
  }
  protected read(prop: string): unknown {
    const { table, index, row } = this.live();
    if (prop === "index") return index;
    if (prop === "values") {
      return [
        Array.from({ length: table.rect.columnCount }, (_, c) => {
          const v = table.sheet.cells.get(key(row, table.rect.column + c))?.value;
          return v === undefined ? "" : typeof v === "object" ? v.error : v;
        }),
      ];
    }
    throw new FakeExcelError("InvalidArgument", `TableRow.${prop}`);
  }
  delete(): void {
    this.ctx.enqueue("TableRow.delete", this.cost(), true, () => {
      const { table: t, row } = this.live();
      writable(t.sheet);
      const last = t.rect.row + t.rect.rowCount - 1;
      for (let r = row; r <= last; r++) {
        for (let c = t.rect.column; c < t.rect.column + t.rect.columnCount; c++) {
          const below = r < last ? t.sheet.cells.get(key(r + 1, c)) : undefined;
          if (below) t.sheet.cells.set(key(r, c), { ...below });
          else t.sheet.cells.delete(key(r, c));
        }
      }
      if (t.rect.rowCount > 2) t.rect.rowCount -= 1;
      this.ctx.stats.rowsDeleted += 1;
    });
  }
}

class FakeTableColumn extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly resolve: () => { table: FakeTableData; index: number | null },
  ) {
    super(ctx, "TableColumn");
  }
  protected read(prop: string): unknown {
    const { table, index } = this.resolve();
    if (prop === "name" && index !== null) return table.headers()[index];
    throw new FakeExcelError("InvalidArgument", `TableColumn.${prop}`);
  }
  getDataBodyRange(): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, "TableColumn.getDataBodyRange", () => {
        const { table, index } = this.resolve();
        if (index === null) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist (column).");
        const body = table.bodyRect();
        return {
          sheet: table.sheet,
          rect: { ...body, column: body.column + index, columnCount: 1 },
          column: { table, index },
        };
      }),
    );
  }
}

// ---------- ranges ----------
interface Place {
  sheet: FakeSheetData;
  rect: Rect;
  /** The table column whose data body this range is (a formula over all of it makes a calculated column). */
  column?: { table: FakeTableData; index: number };
}

/** Writes a scalar or a 2-D array of values, formulas or number formats into `rect` (at execution time). */
function writeCells(
  ctx: FakeContext,
  sheet: FakeSheetData,
  rect: Rect,
  input: unknown,
  what: "value" | "formula" | "numberFormat",
): void {
  writable(sheet);
  const { rowCount, columnCount } = rect;
  const scalar = !Array.isArray(input);
  if (scalar && rowCount * columnCount > 1) ctx.stats.scalarFills += 1;
  if (!scalar) {
    const rows = input as unknown[][];
    if (rows.length !== rowCount || rows.some((row) => !Array.isArray(row) || row.length !== columnCount)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatA1(rect)}).`,
      );
    }
  }
  let written = 0;
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columnCount; c++) {
      const v = scalar ? input : (input as unknown[][])[r][c];
      if (v === null || v === undefined) continue; // the API leaves the cell unchanged
      const k = key(rect.row + r, rect.column + c);
      const cell: StoredCell = { ...sheet.cells.get(k) };
      if (what === "numberFormat") cell.numberFormat = String(v);
      else if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v.slice(1);
        delete cell.value;
      } else {
        if (typeof v === "object")
          throw new FakeExcelError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format (object in a values array).",
          );
        // Like Excel, a leading apostrophe marks text and is not part of the value.
        cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as Stored);
        delete cell.formula;
      }
      sheet.cells.set(k, cell);
      if (what !== "numberFormat") written++;
    }
  }
  ctx.stats.cellsWritten += written;
}

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  nullState: NullState | null = null;
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
    private readonly location: string,
    private readonly locate: () => Place | null,
  ) {
    super(ctx, "Range");
    this.format = new FakeRangeFormat(
      ctx,
      () => this.place(),
      () => this.cost() + STATEMENT_BYTES,
    );
    this.dataValidation = this.under(new FakeDataValidation(ctx, () => this.place()));
    this.conditionalFormats = this.under(
      new FakeConditionalFormatCollection(ctx, () => {
        const p = this.place();
        return { sheet: p.sheet, areas: [p.rect] };
      }),
    );
  }
  /** Where the range is at execution time; a null object fails like Excel when used. */
  place(): Place {
    const p = this.locate();
    if (!p)
      throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (${this.location}, null object).`);
    if (!this.wb.sheetList.includes(p.sheet))
      throw new FakeExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist (worksheet ${p.sheet.name} was deleted).`,
      );
    return p;
  }
  get isNullObject(): boolean {
    if (!this.nullState) return false;
    return this.nullState.value;
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
    this.queueWrite(input, "value", "Range.values");
  }
  set formulas(input: unknown) {
    this.queueWrite(input, "formula", "Range.formulas");
  }
  set numberFormat(input: unknown) {
    this.queueWrite(input, "numberFormat", "Range.numberFormat");
  }

  private queueWrite(input: unknown, what: "value" | "formula" | "numberFormat", location: string): void {
    // Office.js serialises the argument at the call: later changes to the array do not count.
    const copy = Array.isArray(input)
      ? (input as unknown[][]).map((row) => (Array.isArray(row) ? row.slice() : row))
      : input;
    this.ctx.enqueue(location, this.cost() + bytesOf(copy), true, () => {
      const place = this.place();
      writeCells(this.ctx, place.sheet, place.rect, copy, what);
      // A formula written over a whole table column's data makes it a calculated column.
      if (what === "formula" && place.column) {
        const formulas = Array.isArray(copy) ? (copy as unknown[][]).map((row) => row[0]) : [copy];
        const first = formulas[0];
        if (typeof first === "string" && first.startsWith("=") && formulas.every((f) => f === first)) {
          place.column.table.calculated.set(place.column.index, first.slice(1));
        }
      }
    });
  }

  private grid<T>(place: Place, cellOf: (cell: StoredCell | undefined) => T): T[][] {
    const { sheet, rect } = place;
    if (rect.rowCount * rect.columnCount > 5_000_000) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "more than 5,000,000 cells read");
    }
    const out: T[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: T[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(cellOf(sheet.cells.get(key(rect.row + r, rect.column + c))));
      out.push(row);
    }
    return out;
  }

  protected read(prop: string): unknown {
    const place = this.locate();
    if (place === null) return null; // a null object's properties load as null
    const p = this.place();
    const { rect } = p;
    switch (prop) {
      case "address":
        return `${quoteSheet(p.sheet.name)}!${formatA1(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "cellCount":
        return rect.rowCount * rect.columnCount;
      case "values":
        return this.grid(p, (cell) => {
          const v = cell?.value;
          if (v === undefined) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return this.grid(p, (cell) => {
          if (cell?.formula !== undefined) return `=${cell.formula}`;
          const v = cell?.value;
          if (v === undefined) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "valueTypes":
        return this.grid(p, (cell) => {
          const v = cell?.value;
          if (v === undefined || v === "") return "Empty";
          if (typeof v === "object") return "Error";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return "String";
        });
      case "numberFormat":
        return this.grid(p, (cell) => cell?.numberFormat ?? "General");
      default:
        throw new FakeExcelError("InvalidArgument", `Range.${prop}`);
    }
  }

  private derived(location: string, rect: (r: Rect) => Rect): FakeRange {
    return this.under(
      new FakeRange(this.ctx, this.wb, location, () => {
        const p = this.place();
        return { sheet: p.sheet, rect: rect(p.rect) };
      }),
    );
  }

  /** Range.moveTo (ExcelApi 1.11): values, formulas and formats to the destination; the source is emptied. */
  moveTo(destination: string | FakeRange): void {
    const to = typeof destination === "string" ? destination : null;
    this.ctx.enqueue("Range.moveTo", this.cost() + bytesOf(to ?? ""), true, () => {
      const place = this.place();
      const target = to !== null ? parseA1(to) : (destination as FakeRange).place().rect;
      const moved: [number, number, StoredCell | undefined][] = [];
      for (let r = 0; r < place.rect.rowCount; r++) {
        for (let c = 0; c < place.rect.columnCount; c++) {
          const k = key(place.rect.row + r, place.rect.column + c);
          moved.push([r, c, place.sheet.cells.get(k)]);
          place.sheet.cells.delete(k);
        }
      }
      for (const [r, c, cell] of moved) {
        const k = key(target.row + r, target.column + c);
        if (cell) place.sheet.cells.set(k, { ...cell });
        else place.sheet.cells.delete(k);
      }
    });
  }
  getRow(index: number): FakeRange {
    return this.derived("Range.getRow", (r) => ({ ...r, row: r.row + index, rowCount: 1 }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived("Range.getCell", (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("Range.getResizedRange", (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }
  /** Range.merge: the fake merges whole ranges only (across=false). */
  merge(across = false): void {
    this.ctx.enqueue("Range.merge", this.cost() + 8, true, () => {
      if (across) throw new FakeExcelError("NotImplemented", "the fake merges whole ranges only");
      const { sheet, rect } = this.place();
      if (writable(sheet).merges.some((m) => intersects(m, rect))) {
        throw new FakeExcelError(
          "InvalidOperation",
          `This operation cannot be performed on a merged range (${formatA1(rect)} overlaps a merge).`,
        );
      }
      sheet.merges.push({ ...rect });
    });
  }
  select(): void {
    this.ctx.enqueue("Range.select", this.cost(), false, () => {
      const p = this.place();
      this.ctx.selection = { sheet: p.sheet.name, address: formatA1(p.rect) };
    });
  }
}

/** Several areas of one sheet (Worksheet.getRanges, ConditionalFormat.getRanges). */
export class FakeRangeAreas extends FakeObject {
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    ctx: FakeContext,
    private readonly location: string,
    private readonly locate: () => { sheet: FakeSheetData; areas: Rect[] },
  ) {
    super(ctx, "RangeAreas");
    this.conditionalFormats = this.under(new FakeConditionalFormatCollection(ctx, locate));
  }
  get address(): string {
    return this.got<string>("address");
  }
  get areaCount(): number {
    return this.got<number>("areaCount");
  }
  get cellCount(): number {
    return this.got<number>("cellCount");
  }
  protected read(prop: string): unknown {
    const { sheet, areas } = this.locate();
    if (prop === "address") return areas.map((a) => `${quoteSheet(sheet.name)}!${formatA1(a)}`).join(",");
    if (prop === "areaCount") return areas.length;
    if (prop === "cellCount") return areas.reduce((sum, a) => sum + a.rowCount * a.columnCount, 0);
    throw new FakeExcelError("InvalidArgument", `${this.location}.${prop}`);
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean };
  readonly fill: { color: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly place: () => Place,
    private readonly cost: () => number,
  ) {
    const each = (fn: (cell: StoredCell) => void): void => {
      const { sheet, rect } = place();
      writable(sheet);
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
        ctx.enqueue("RangeFont.bold", cost() + 8, true, () => each((cell) => (cell.bold = value)));
      },
      get bold(): boolean {
        throw notLoaded("RangeFont.bold");
      },
    };
    this.fill = {
      set color(_value: string) {
        // Not an Excel rule: the adapter must never change the user's own fill (marks use conditional formats).
        ctx.enqueue("RangeFill.color", cost() + 16, true, () => {
          throw new FakeExcelError("InvalidOperation", "the adapter must not change the user's fill");
        });
      },
      get color(): string {
        throw notLoaded("RangeFill.color");
      },
    };
  }
  set columnWidth(width: number) {
    this.ctx.enqueue("RangeFormat.columnWidth", this.cost() + 8, true, () => {
      const { sheet, rect } = this.place();
      for (let c = 0; c < rect.columnCount; c++) writable(sheet).columnWidths.set(rect.column + c, width);
    });
  }
  get columnWidth(): number {
    throw notLoaded("RangeFormat.columnWidth");
  }
}

class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly place: () => Place,
  ) {
    super(ctx, "DataValidation");
  }
  private entry(): ValidationEntry | undefined {
    const { sheet, rect } = this.place();
    const found = sheet.validations.filter((v) => intersects(v.rect, rect));
    return found.length === 1 && contains(found[0].rect, rect) ? found[0] : undefined;
  }
  get type(): string {
    return this.got<string>("type");
  }
  get rule(): Record<string, unknown> {
    return this.got<Record<string, unknown>>("rule");
  }
  protected read(prop: string): unknown {
    const { sheet, rect } = this.place();
    const hits = sheet.validations.filter((v) => intersects(v.rect, rect));
    const entry = this.entry();
    if (prop === "type") {
      if (hits.length === 0) return "None";
      if (!entry) return "Inconsistent";
      const kind = Object.keys(entry.rule)[0];
      return (
        {
          list: "List",
          wholeNumber: "WholeNumber",
          decimal: "Decimal",
          date: "Date",
          textLength: "TextLength",
          custom: "Custom",
        }[kind] ?? "None"
      );
    }
    if (prop === "rule") return entry ? entry.rule : {};
    if (prop === "errorAlert") return entry?.errorAlert ?? null;
    throw new FakeExcelError("InvalidArgument", `DataValidation.${prop}`);
  }
  set rule(rule: Record<string, unknown>) {
    this.ctx.enqueue("DataValidation.rule", this.cost() + bytesOf(rule), true, () => {
      const { sheet, rect } = this.place();
      if (writable(sheet).validations.some((v) => intersects(v.rect, rect))) {
        throw new FakeExcelError("InvalidOperation", "a validation exists on this range: clear() it first");
      }
      sheet.validations.push({ rect: { ...rect }, rule });
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.ctx.enqueue("DataValidation.errorAlert", this.cost() + bytesOf(alert), true, () => {
      const entry = this.entry();
      if (!entry) throw new FakeExcelError("InvalidOperation", "errorAlert without a rule");
      entry.errorAlert = alert;
    });
  }
  set prompt(prompt: Record<string, unknown>) {
    this.ctx.enqueue("DataValidation.prompt", this.cost() + bytesOf(prompt), true, () => {
      const entry = this.entry();
      if (!entry) throw new FakeExcelError("InvalidOperation", "prompt without a rule");
      entry.prompt = prompt;
    });
  }
  clear(): void {
    this.ctx.enqueue("DataValidation.clear", this.cost(), true, () => {
      const { sheet, rect } = this.place();
      const partial = sheet.validations.some((v) => intersects(v.rect, rect) && !contains(rect, v.rect));
      if (partial) throw new FakeExcelError("NotImplemented", "the fake cannot clear part of a validation");
      writable(sheet).validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}

class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    private readonly locate: () => { sheet: FakeSheetData; areas: Rect[] },
  ) {
    super(ctx, "ConditionalFormatCollection");
  }
  protected current(): FakeConditionalFormat[] {
    const { sheet, areas } = this.locate();
    return sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))))
      .map((entry) => this.under(new FakeConditionalFormat(this.ctx, () => ({ sheet, entry }))));
  }
  add(type: string): FakeConditionalFormat {
    let created: { sheet: FakeSheetData; entry: ConditionalEntry } | null = null;
    this.ctx.enqueue("ConditionalFormatCollection.add", this.cost() + bytesOf(type), true, () => {
      const { sheet, areas } = this.locate();
      const entry: ConditionalEntry = {
        id: this.ctx.nextId(),
        areas: areas.map((a) => ({ ...a })),
        type,
        formula: "",
        fill: null,
      };
      writable(sheet).conditionalFormats.push(entry);
      created = { sheet, entry };
    });
    return this.under(
      new FakeConditionalFormat(this.ctx, () => {
        if (!created)
          throw new FakeExcelError(
            "InvalidObjectPath",
            "The object path is not valid (conditional format not created).",
          );
        return created;
      }),
    );
  }
}

class FakeConditionalFormat extends FakeObject {
  readonly custom: { rule: FakeRule; format: { fill: { color: string } } };
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheetData; entry: ConditionalEntry },
  ) {
    super(ctx, "ConditionalFormat");
    const customEntry = (): ConditionalEntry => {
      const { sheet, entry } = resolve();
      if (!sheet.conditionalFormats.includes(entry))
        throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist (conditional format).");
      if (entry.type !== "Custom")
        throw new FakeExcelError("InvalidOperation", "custom on a non-custom conditional format");
      return entry;
    };
    const fillCost = () => this.cost() + 2 * STATEMENT_BYTES;
    this.custom = {
      rule: this.under(new FakeRule(ctx, customEntry)),
      format: {
        fill: {
          set color(value: string) {
            ctx.enqueue("ConditionalFill.color", fillCost() + bytesOf(value), true, () => {
              writable(resolve().sheet);
              customEntry().fill = value;
            });
          },
          get color(): string {
            throw notLoaded("ConditionalFill.color");
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
    const { entry } = this.resolve();
    if (prop === "type") return entry.type;
    if (prop === "id") return entry.id;
    throw new FakeExcelError("InvalidArgument", `ConditionalFormat.${prop}`);
  }
  protected override collectNested(name: string, rest: string[]): { bytes: number; deliver: () => void } {
    if (name === "custom") {
      const paths = rest.map((p) => p.replace(/^rule\//, ""));
      if (rest.some((p) => !p.startsWith("rule/"))) return super.collectNested(`custom/${rest.join(",")}`, []);
      return this.custom.rule.collect(paths);
    }
    return super.collectNested(name, rest);
  }
  /** The areas the format applies to (ExcelApi 1.9). */
  getRanges(): FakeRangeAreas {
    return this.under(
      new FakeRangeAreas(this.ctx, "ConditionalFormat.getRanges", () => {
        const { sheet, entry } = this.resolve();
        return { sheet, areas: entry.areas };
      }),
    );
  }
  delete(): void {
    this.ctx.enqueue("ConditionalFormat.delete", this.cost(), true, () => {
      const { sheet, entry } = this.resolve();
      writable(sheet).conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== entry);
    });
  }
}

class FakeRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly entry: () => ConditionalEntry,
  ) {
    super(ctx, "ConditionalFormatRule");
  }
  get formula(): string {
    return this.got<string>("formula");
  }
  set formula(value: string) {
    this.ctx.enqueue("ConditionalFormatRule.formula", this.cost() + bytesOf(value), true, () => {
      this.entry().formula = value;
    });
  }
  protected read(prop: string): unknown {
    if (prop === "formula") return this.entry().formula;
    throw new FakeExcelError("InvalidArgument", `ConditionalFormatRule.${prop}`);
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
  /** The source table's headers when the pivot was made: its hierarchies. */
  headers: string[];
  rows: string[];
  columns: string[];
  data: { name: string; summarizeBy: string }[];
  filters: string[];
  /** Manual filters applied, by field: the items kept. */
  filtered: Record<string, string[]>;
  refreshed: number;
}

/** A pivot's layout range: the chart collection recognises it and makes a PivotChart. */
class FakePivotLayoutRange extends FakeRange {
  constructor(
    ctx: FakeContext,
    wb: FakeWorkbook,
    readonly pivot: () => FakePivotData,
  ) {
    super(ctx, wb, "PivotLayout.getRange", () => {
      const p = pivot();
      return { sheet: p.sheet, rect: { ...p.destination } };
    });
  }
}

class FakePivotTableCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly wb: FakeWorkbook,
  ) {
    super(ctx, "PivotTableCollection");
  }
  protected read(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `PivotTableCollection.${prop}`);
  }
  add(name: string, source: string | FakeRange, destination: FakeRange | string): FakePivotTable {
    let created: FakePivotData | null = null;
    const argument = typeof source === "string" ? source : "range";
    this.ctx.enqueue("PivotTableCollection.add", this.cost() + bytesOf([name, argument]), true, () => {
      if (this.wb.pivotList.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists (pivot ${name}).`,
        );
      }
      if (typeof source !== "string")
        throw new FakeExcelError("NotImplemented", "the fake takes a table name as source");
      const table = this.wb.tableData(source);
      if (!table) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (table ${source}).`);
      if (typeof destination === "string")
        throw new FakeExcelError("NotImplemented", "the fake takes a Range as destination");
      const { sheet, rect } = destination.place();
      created = {
        name,
        source: table.name,
        sheet: writable(sheet),
        destination: { ...rect },
        headers: table.headers(),
        rows: [],
        columns: [],
        data: [],
        filters: [],
        filtered: {},
        refreshed: 0,
      };
      this.wb.pivotList.push(created);
    });
    return this.under(
      new FakePivotTable(this.ctx, this.wb, () => {
        if (!created)
          throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (pivot table not created).");
        return created;
      }),
    );
  }
  refreshAll(): void {
    this.ctx.enqueue("PivotTableCollection.refreshAll", this.cost(), true, () => {
      for (const p of this.wb.pivotList) p.refreshed += 1;
    });
  }
}

/** A hierarchy of a pivot (one per source column); the name is checked when a statement uses it. */
class FakePivotHierarchy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly pivot: () => FakePivotData,
    readonly hierarchyName: string,
  ) {
    super(ctx, "PivotHierarchy");
  }
  /** The hierarchy's name at execution time; fails like a getItem on a missing item. */
  resolveName(): string {
    if (!this.pivot().headers.includes(this.hierarchyName)) {
      throw new FakeExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist (hierarchy ${this.hierarchyName}).`,
        "PivotHierarchyCollection.getItem",
      );
    }
    return this.hierarchyName;
  }
  get name(): string {
    return this.got<string>("name");
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.resolveName();
    throw new FakeExcelError("InvalidArgument", `PivotHierarchy.${prop}`);
  }
}

class FakeDataHierarchy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly entry: () => { name: string; summarizeBy: string },
  ) {
    super(ctx, "DataPivotHierarchy");
  }
  set summarizeBy(value: string) {
    this.ctx.enqueue("DataPivotHierarchy.summarizeBy", this.cost() + bytesOf(value), true, () => {
      this.entry().summarizeBy = value;
    });
  }
  get summarizeBy(): string {
    return this.got<string>("summarizeBy");
  }
  protected read(prop: string): unknown {
    if (prop === "summarizeBy") return this.entry().summarizeBy;
    if (prop === "name") return this.entry().name;
    throw new FakeExcelError("InvalidArgument", `DataPivotHierarchy.${prop}`);
  }
}

type ManualFilter = { manualFilter?: { selectedItems: string[] } };

class FakePivotTable extends FakeObject {
  readonly hierarchies: { getItem: (name: string) => FakePivotHierarchy };
  readonly rowHierarchies: { add: (h: FakePivotHierarchy) => void };
  readonly columnHierarchies: { add: (h: FakePivotHierarchy) => void };
  readonly dataHierarchies: { add: (h: FakePivotHierarchy) => FakeDataHierarchy };
  readonly filterHierarchies: {
    add: (h: FakePivotHierarchy) => {
      fields: { getItem: (name: string) => { applyFilter: (f: ManualFilter) => void } };
    };
  };
  readonly layout: { getRange: () => FakeRange };
  constructor(
    ctx: FakeContext,
    wb: FakeWorkbook,
    private readonly resolve: () => FakePivotData,
  ) {
    super(ctx, "PivotTable");
    // A hierarchy goes on one axis (rows, columns or filters); the data area may take it as well.
    const placeOnAxis = (kind: string, h: FakePivotHierarchy, axis: (p: FakePivotData) => string[]): void =>
      ctx.enqueue(`${kind}.add`, this.cost() + STATEMENT_BYTES + bytesOf(h.hierarchyName), true, () => {
        const p = this.resolve();
        const name = h.resolveName();
        if ([...p.rows, ...p.columns, ...p.filters].includes(name)) {
          throw new FakeExcelError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format (hierarchy ${name} is already placed).`,
          );
        }
        axis(p).push(name);
      });
    this.hierarchies = { getItem: (name) => this.under(new FakePivotHierarchy(ctx, this.resolve, name)) };
    this.rowHierarchies = { add: (h) => placeOnAxis("RowColumnPivotHierarchyCollection", h, (p) => p.rows) };
    this.columnHierarchies = { add: (h) => placeOnAxis("RowColumnPivotHierarchyCollection", h, (p) => p.columns) };
    this.dataHierarchies = {
      add: (h) => {
        let entry: { name: string; summarizeBy: string } | null = null;
        ctx.enqueue(
          "DataPivotHierarchyCollection.add",
          this.cost() + STATEMENT_BYTES + bytesOf(h.hierarchyName),
          true,
          () => {
            entry = { name: h.resolveName(), summarizeBy: "Automatic" };
            this.resolve().data.push(entry);
          },
        );
        return this.under(
          new FakeDataHierarchy(ctx, () => {
            if (!entry)
              throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (data hierarchy not added).");
            return entry;
          }),
        );
      },
    };
    this.filterHierarchies = {
      add: (h) => {
        placeOnAxis("FilterPivotHierarchyCollection", h, (p) => p.filters);
        const fieldCost = () => this.cost() + 3 * STATEMENT_BYTES;
        return {
          fields: {
            getItem: (field) => ({
              applyFilter: (f) => {
                const copy = JSON.parse(JSON.stringify(f)) as ManualFilter;
                ctx.enqueue("PivotField.applyFilter", fieldCost() + bytesOf(copy), true, () => {
                  const p = this.resolve();
                  // A hierarchy over a table column has one field, of the same name.
                  if (!p.filters.includes(h.hierarchyName) || field !== h.hierarchyName) {
                    throw new FakeExcelError(
                      "ItemNotFound",
                      `The requested resource doesn't exist (field ${field}).`,
                      "PivotFieldCollection.getItem",
                    );
                  }
                  if (!copy.manualFilter)
                    throw new FakeExcelError("NotImplemented", "the fake records manual filters only");
                  p.filtered[field] = [...copy.manualFilter.selectedItems];
                });
              },
            }),
          },
        };
      },
    };
    this.layout = { getRange: () => this.under(new FakePivotLayoutRange(ctx, wb, this.resolve)) };
  }
  get name(): string {
    return this.got<string>("name");
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.resolve().name;
    throw new FakeExcelError("InvalidArgument", `PivotTable.${prop}`);
  }
}

class FakeChart extends FakeObject {
  readonly title: { text: string };
  constructor(ctx: FakeContext, entry: () => FakeChartData) {
    super(ctx, "Chart");
    const titleCost = () => this.cost() + STATEMENT_BYTES;
    this.title = {
      set text(value: string) {
        ctx.enqueue("ChartTitle.text", titleCost() + bytesOf(value), true, () => {
          entry().title = value;
        });
      },
      get text(): string {
        throw notLoaded("ChartTitle.text");
      },
    };
  }
  protected read(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `Chart.${prop}`);
  }
}

class FakeChartCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
  ) {
    super(ctx, "ChartCollection");
  }
  protected read(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `ChartCollection.${prop}`);
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartData | null = null;
    this.ctx.enqueue("ChartCollection.add", this.cost() + bytesOf([type, seriesBy]), true, () => {
      const sheet = writable(this.sheet());
      const { sheet: from, rect } = source.place();
      created = {
        type,
        seriesBy,
        pivot: source instanceof FakePivotLayoutRange ? source.pivot().name : null,
        source: `${quoteSheet(from.name)}!${formatA1(rect)}`,
        title: null,
      };
      sheet.charts.push(created);
    });
    return this.under(
      new FakeChart(this.ctx, () => {
        if (!created)
          throw new FakeExcelError("InvalidObjectPath", "The object path is not valid (chart not created).");
        return created;
      }),
    );
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): what is set is recorded on the sheet when the sync runs. */
class FakePageLayout extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
  ) {
    super(ctx, "PageLayout");
  }
  private record(location: string, prop: string, value: unknown, check?: () => void): void {
    const copy = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
    this.ctx.enqueue(`PageLayout.${location}`, this.cost() + bytesOf(copy), true, () => {
      const sheet = this.sheet();
      check?.();
      sheet.pageLayout[prop] = copy;
    });
  }
  setPrintArea(address: string): void {
    this.record("setPrintArea", "printArea", address, () => address.split(",").forEach((a) => parseA1(a)));
  }
  setPrintTitleRows(address: string): void {
    this.record("setPrintTitleRows", "printTitleRows", address, () => parseA1(address));
  }
  set paperSize(value: string) {
    this.record("paperSize", "paperSize", value);
  }
  get paperSize(): string {
    return this.got<string>("paperSize");
  }
  set orientation(value: string) {
    this.record("orientation", "orientation", value);
  }
  get orientation(): string {
    return this.got<string>("orientation");
  }
  set zoom(value: Record<string, unknown>) {
    this.record("zoom", "zoom", value);
  }
  get zoom(): Record<string, unknown> {
    return this.got<Record<string, unknown>>("zoom");
  }
  protected read(prop: string): unknown {
    if (["paperSize", "orientation", "zoom"].includes(prop)) return this.sheet().pageLayout[prop] ?? null;
    throw new FakeExcelError("InvalidArgument", `PageLayout.${prop}`);
  }
}
