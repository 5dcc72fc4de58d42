import { quoteSheet } from "../../core/a1";
import {
  SHEET,
  type CellSnapshot,
  type CellValue,
  type Grid,
  type TableSnapshot,
  type ValidationSnapshot,
  type WorkbookSnapshot,
} from "../../core/contract";
import { managedSheets } from "../../core/managed-sheets";
import type { PlanCell, PlanOp } from "../../core/plan-types";
import { tableDataRows, type TableColumnsSetup, type WorkbookPort } from "../../features/port";
import { pacedWithinStep, type WorkControl } from "../../features/work";
import { EXTENDED_PROPERTIES, syncSheetTitles } from "./app-props";
import { Book, type TableInfo } from "./book";
import { setFullCalcOnLoad } from "./book-edit";
import { columnToLetters } from "./formula";
import { PackageError, REL, XlsxPackage } from "./package";
import { readSheet, type Rect, type SheetRead, type SheetReadOptions } from "./sheet-read";
import { cellXml, editSheet, editSheetText, type SheetEdit } from "./sheet-write";
import { StyleBook } from "./styles";
import { readPaced } from "./xml";
import type { ZipEntry } from "./zip";

/** A cell's value as the scan kept it: in the compact values of a table's rows, or with its details. */
function valueAt(read: SheetRead, row: number, col: number): CellValue {
  const compact = read.values[row];
  if (compact) return compact[col - read.valuesLeft] ?? null;
  return read.rows.get(row)?.get(col)?.value ?? null;
}

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** Sheets whose every cell the snapshot carries (never the tracking sheet and its rows). */
const SNAPSHOT_SHEETS: readonly string[] = [SHEET.parameters, SHEET.lists, SHEET.indicators, SHEET.financing];

const unquoteRef = (formula: string): string =>
  formula.replace(/^'((?:[^']|'')+)'!/, (_all, sheet: string) => `${quoteSheet(sheet.replace(/''/g, "'"))}!`);

/** Why the tracking table cannot take rows as plain cells (null when it can). */
export type TableRefusal = "queryTable" | "totalsRow" | "merged" | "noHeader";

/**
 * The WorkbookPort over an .xlsx package: reads stream the parts they need, writes edit only the
 * parts the tool owns. Everything else is copied byte for byte by `save()`.
 */
export class PackageWorkbook implements WorkbookPort {
  readonly pkg: XlsxPackage;
  readonly book: Book;
  private readonly scans = new Map<string, SheetRead>();
  /** Pending edits of sheets, applied (as streams for the stored ones) when saving. */
  private readonly sheetEdits = new Map<string, SheetEdit>();
  /** Sheets this run creates, with the layout they get. */
  private readonly newSheets = new Map<string, { freezeRows?: number; widths: Map<number, number> }>();
  private styleBook: StyleBook | null = null;
  private work: WorkControl | undefined;
  /** The worksheets as read, in tab order (docProps/app.xml's titles are compared with them on save). */
  private readonly sheetsAsRead: string[];

  constructor(bytes: Uint8Array) {
    this.pkg = new XlsxPackage(bytes);
    this.book = new Book(this.pkg);
    this.sheetsAsRead = this.book.sheets().map((s) => s.name);
  }

  // --- reading ---------------------------------------------------------------------------------

  /**
   * Follows the reads of the features run on this package: the long scans report how far they got
   * within the feature's current step, and are where a cancel is taken (see src/features/work.ts).
   */
  follow(work: WorkControl | undefined): this {
    this.work = work;
    return this;
  }

  /** One streaming pass per sheet: its tables' cells, validations, and all cells of small sheets. */
  scan(sheetName: string): SheetRead {
    const cached = this.scans.get(sheetName);
    if (cached) return cached;
    const target = this.scanTarget(sheetName);
    const read: SheetRead = target
      ? readSheet(target.entry, () => this.book.sharedStrings(), target.options)
      : emptyRead();
    this.scans.set(sheetName, read);
    return read;
  }

  /** What the scan of a sheet reads: its part, and the cells kept. Null for a sheet without a part. */
  private scanTarget(sheetName: string): { entry: ZipEntry; options: SheetReadOptions } | null {
    const sheet = this.book.sheet(sheetName);
    if (!sheet) throw new Error(`sheet ${sheetName} not found`);
    const entry = this.pkg.entry(sheet.part);
    if (!entry) return null;
    const tables = this.book.tables().filter((t) => t.sheet === sheetName);
    // A table's columns are read down to the sheet's end: rows typed under a table belong to no table
    // yet, and check and import must see them.
    const regions: Rect[] = tables.map((t) => ({ ...t.rect, bottom: MAX_ROW }));
    // Styles and formulas are kept for the header, first and last rows only (what a write needs).
    const detailRows = new Set(tables.flatMap((t) => [t.rect.top, t.rect.top + 1, t.rect.bottom]));
    return { entry, options: { all: this.snapshotSheets().includes(sheetName), regions, detailRows, formulas: true } };
  }

  /**
   * Scans the sheets not read yet, when the work is followed: the same reads as `scan`, with a
   * report of the bytes inflated against those to read (shared strings and sheets) at most every
   * PACED_INTERVAL_MS, a repaint and a cancel there. Unfollowed (the command line), `scan` reads on demand.
   */
  private async scanFollowed(sheetNames: readonly string[]): Promise<void> {
    if (!this.work) return;
    const targets = sheetNames
      .filter((name) => !this.scans.has(name))
      .map((name) => ({ name, target: this.scanTarget(name) }));
    if (targets.length === 0) return;
    const strings = this.book.sharedStringsToRead();
    const total = strings + targets.reduce((sum, { target }) => sum + (target?.entry.size ?? 0), 0);
    const within = pacedWithinStep(this.work);
    // Bytes of the parts already read, then of the part being read.
    let before = 0;
    const pace = (inflated: number) => within(total > 0 ? (before + inflated) / total : 1);
    await this.book.sharedStringsPaced(pace);
    before = strings;
    for (const { name, target } of targets) {
      const read = target
        ? await readPaced(
            (feed) => readSheet(target.entry, () => this.book.sharedStrings(), target.options, feed),
            pace,
          )
        : emptyRead();
      this.scans.set(name, read);
      before += target?.entry.size ?? 0;
    }
  }

  /**
   * The managed sheets whose cells the snapshot carries, under their real names (a renamed Paramètres keeps its
   * names).
   */
  private snapshotSheets(): string[] {
    const actual = managedSheets({
      sheets: this.book.sheets().map((s) => s.name),
      tables: this.book.tables().map((t) => ({ name: t.name, sheet: t.sheet })),
      names: this.book
        .definedNames()
        .filter((n) => n.localSheetId === undefined)
        .map((n) => ({ name: n.name, formula: n.formula })),
    });
    return [...new Set([...SNAPSHOT_SHEETS, actual.parameters, actual.lists])];
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const sheets = this.book.sheets();
    await this.scanFollowed(sheets.map((s) => s.name));
    const snapshotSheets = this.snapshotSheets();
    const tables: TableSnapshot[] = this.book
      .tables()
      .map((t) => ({ name: t.name, sheet: t.sheet, address: t.ref, headers: t.columns.map((c) => c.name) }));
    const validations: ValidationSnapshot[] = [];
    const cells: WorkbookSnapshot["cells"] = {};
    for (const sheet of sheets) {
      const read = this.scan(sheet.name);
      for (const v of read.validations) {
        if (v.type === "any" || v.type === "none" || !v.sqref) continue;
        validations.push({
          sheet: sheet.name,
          address: v.sqref,
          type: v.type as ValidationSnapshot["type"],
          ...(v.type === "list" && v.formula1 !== undefined ? { source: v.formula1 } : {}),
        });
      }
      if (snapshotSheets.includes(sheet.name)) {
        const sheetCells: Record<string, CellSnapshot> = {};
        for (const [row, columns] of read.rows) {
          for (const [col, cell] of columns) {
            if (cell.value === null && cell.formula === undefined) continue;
            sheetCells[`${columnToLetters(col)}${row}`] = {
              value: cell.value,
              ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
            };
          }
        }
        cells[sheet.name] = sheetCells;
      }
    }
    const names = this.book
      .definedNames()
      .filter((n) => n.localSheetId === undefined)
      .map((n) => ({ name: n.name, formula: n.formula.split(",").map(unquoteRef).join(",") }));
    return { sheets: sheets.map((s) => s.name), tables, names, cells, validations };
  }

  async readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null> {
    const table = this.book.table(name);
    if (!table) return null;
    await this.scanFollowed([table.sheet]);
    const read = this.scan(table.sheet);
    const { rect } = table;
    const first = rect.top + Math.max(0, table.headerRowCount);
    const last = rect.bottom - table.totalsRowCount;
    const rows: CellValue[][] = [];
    const width = rect.right - rect.left + 1;
    for (let row = first; row <= last; row++) {
      const compact = read.values[row];
      if (compact) {
        const from = rect.left - read.valuesLeft;
        // Shared with the scan (no copy of 100 000 rows): callers read grids, never write them.
        rows.push(from === 0 && compact.length === width ? compact : compact.slice(from, from + width));
        continue;
      }
      const cells = read.rows.get(row);
      const values: CellValue[] = [];
      for (let col = rect.left; col <= rect.right; col++) values.push(cells?.get(col)?.value ?? null);
      rows.push(values);
    }
    return {
      headers: table.columns.map((c) => c.name),
      grid: { sheet: table.sheet, firstRow: first, firstColumn: rect.left, rows: tableDataRows(rows) },
    };
  }

  async readBelowTable(name: string): Promise<Grid | null> {
    const table = this.book.table(name);
    if (!table) return null;
    await this.scanFollowed([table.sheet]);
    const read = this.scan(table.sheet);
    const { rect } = table;
    const rows: CellValue[][] = [];
    let last = rect.bottom;
    last = Math.max(last, read.values.length - 1);
    for (const row of read.rows.keys()) if (row > last) last = row;
    for (let row = rect.bottom + 1; row <= last; row++) {
      const values: CellValue[] = [];
      for (let col = rect.left; col <= rect.right; col++) values.push(valueAt(read, row, col));
      rows.push(values);
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || v === "")) rows.pop();
    return { sheet: table.sheet, firstRow: rect.bottom + 1, firstColumn: rect.left, rows };
  }

  async extendTable(name: string, lastRow: number, columns: TableColumnsSetup): Promise<void> {
    const table = this.book.table(name);
    if (!table) throw new Error(`table ${name} not found`);
    const { rect } = table;
    if (lastRow <= rect.bottom) return;
    // The rows taken in are read again with their styles and formulas (the scan keeps values only
    // there); this happens only when someone typed rows under the table.
    const entry = this.pkg.entry(this.book.sheet(table.sheet)!.part);
    const below: Rect = { top: rect.bottom + 1, bottom: lastRow, left: rect.left, right: rect.right };
    const read = entry
      ? readSheet(entry, () => this.book.sharedStrings(), { regions: [below], detailRows: "all", formulas: true })
      : this.scan(table.sheet);
    const edit = this.sheetEdit(table.sheet);
    edit.rows ??= new Map();
    const calculated = new Map(columns.calculatedColumns.map((c) => [c.column, c.formula]));
    const formats = new Map(columns.numberFormats.map((f) => [f.column, f.format]));
    for (let row = rect.bottom + 1; row <= lastRow; row++) {
      const cells = edit.rows.get(row) ?? new Map<number, string>();
      table.columns.forEach((column, j) => {
        const col = rect.left + j;
        const existing = read.rows.get(row)?.get(col);
        const formula = calculated.get(column.name);
        const format = formats.get(column.name);
        // A cell the user styled keeps its style; an unstyled one gets its column's number format.
        const style =
          existing?.style || read.columnStyles.get(col) || (format ? this.styles().styleFor(format, false) : undefined);
        if (formula) cells.set(col, cellXml(row, col, { formula }, style));
        else if (existing && style !== existing.style) {
          cells.set(
            col,
            cellXml(row, col, existing.formula !== undefined ? { formula: existing.formula } : existing.value, style),
          );
        }
      });
      if (cells.size > 0) edit.rows.set(row, cells);
    }
    this.growTable(table, lastRow);
    const previousHead = edit.head;
    edit.head = (head) => growDimension(previousHead ? previousHead(head) : head, lastRow, rect.right);
  }

  /** Why rows cannot be appended to `name` as plain cells, or null. */
  tableRefusal(name: string): TableRefusal | null {
    const table = this.book.table(name);
    if (!table) return null;
    if (table.tableType !== "worksheet") return "queryTable";
    if (table.totalsRowCount > 0) return "totalsRow";
    if (table.headerRowCount < 1) return "noHeader";
    const { rect } = table;
    const merged = this.scan(table.sheet).merges.some(
      (m) => m.bottom > rect.top && m.top <= rect.bottom + 1 && m.right >= rect.left && m.left <= rect.right,
    );
    return merged ? "merged" : null;
  }

  // --- writing ---------------------------------------------------------------------------------

  async apply(ops: PlanOp[]): Promise<void> {
    if (ops.length === 0) return;
    const { applyPlan } = await import("./repair");
    applyPlan(this, ops);
  }

  async appendRows(tableName: string, rows: CellValue[][]): Promise<void> {
    const table = this.book.table(tableName);
    if (!table) throw new Error(`table ${tableName} not found`);
    const refusal = this.tableRefusal(tableName);
    if (refusal) throw new PackageError("damaged", `table ${tableName}: ${refusal}`);
    if (rows.length === 0) return;
    const read = this.scan(table.sheet);
    const { rect } = table;
    const edit = this.sheetEdit(table.sheet);
    edit.rows ??= new Map();
    // A fresh table keeps one empty data row (Excel needs one): it is filled first.
    const emptyRow = rect.bottom === rect.top + 1 && this.rowIsBlank(read, edit, rect.bottom, rect);
    const start = emptyRow ? rect.bottom : rect.bottom + 1;
    // New rows look like the row above: its cells' styles, else the columns' styles.
    const styleRow = rect.bottom > rect.top ? rect.bottom : undefined;
    const styles = table.columns.map((_, j) => {
      const col = rect.left + j;
      const fromRow = styleRow !== undefined ? read.rows.get(styleRow)?.get(col)?.style : undefined;
      return fromRow ?? read.columnStyles.get(col);
    });
    rows.forEach((values, i) => {
      const rowNumber = start + i;
      const cells = edit.rows!.get(rowNumber) ?? new Map<number, string>();
      table.columns.forEach((column, j) => {
        const value: PlanCell = column.calculatedFormula ? { formula: column.calculatedFormula } : (values[j] ?? null);
        cells.set(rect.left + j, cellXml(rowNumber, rect.left + j, value, styles[j]));
      });
      edit.rows!.set(rowNumber, cells);
    });
    const bottom = Math.max(rect.bottom, start + rows.length - 1);
    this.growTable(table, bottom);
    const previousHead = edit.head;
    edit.head = (head) => growDimension(previousHead ? previousHead(head) : head, bottom, rect.right);
  }

  /** Sets the table's range (and its filter's) to end at `bottom`. */
  protected growTable(table: TableInfo, bottom: number): void {
    const ref = `${columnToLetters(table.rect.left)}${table.rect.top}:${columnToLetters(table.rect.right)}${bottom}`;
    const text = this.pkg.text(table.part)!;
    const edited = text
      .replace(/(<(?:[\w.-]+:)?table\b[^>]*?\sref=")[^"]*(")/, `$1${ref}$2`)
      .replace(/(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref=")[^"]*(")/, `$1${ref}$2`);
    this.pkg.setText(table.part, edited);
    table.ref = ref;
    table.rect = { ...table.rect, bottom };
  }

  private rowIsBlank(read: SheetRead, edit: SheetEdit, row: number, rect: Rect): boolean {
    const pending = edit.rows?.get(row);
    // Cells written by this run (a table just created): blank unless one holds a value.
    if (pending) return [...pending.values()].every((xml) => !/<v>|<is>/.test(xml));
    const cells = read.rows.get(row);
    if (!cells) return true;
    for (let col = rect.left; col <= rect.right; col++) {
      const cell = cells.get(col);
      if (cell && cell.formula === undefined && cell.value !== null && cell.value !== "") return false;
    }
    return true;
  }

  /** The style index of a cell as read (for the cells the sheet's scan keeps). */
  cellStyle(sheetName: string, row: number, col: number): number | undefined {
    if (!this.book.sheet(sheetName)) return undefined;
    return this.scan(sheetName).rows.get(row)?.get(col)?.style;
  }

  styles(): StyleBook {
    return (this.styleBook ??= new StyleBook(this.pkg, this.book.workbookTarget(REL.styles)));
  }

  sheetPrefix(sheetName: string): string {
    return this.isNewSheet(sheetName) ? "" : this.scan(sheetName).prefix;
  }

  markNewSheet(sheetName: string): void {
    this.newSheets.set(sheetName, { widths: new Map() });
  }

  isNewSheet(sheetName: string): boolean {
    return this.newSheets.has(sheetName);
  }

  newSheetDraft(sheetName: string): { freezeRows?: number; widths: Map<number, number> } {
    const draft = this.newSheets.get(sheetName);
    if (!draft) throw new Error(`layout is only set on a sheet the build creates (${sheetName})`);
    return draft;
  }

  sheetEditOf(sheetName: string): SheetEdit {
    return this.sheetEdit(sheetName);
  }

  private sheetEdit(sheetName: string): SheetEdit {
    let edit = this.sheetEdits.get(sheetName);
    if (!edit) {
      edit = {};
      this.sheetEdits.set(sheetName, edit);
    }
    return edit;
  }

  /** Parts this save writes or removes (every other entry is copied as it was read). */
  ownedParts(): string[] {
    return this.pkg.editedParts();
  }

  /** The package with the edits made: unchanged entries copied compressed, as they were. */
  save(): Uint8Array {
    for (const [sheetName, draft] of this.newSheets) {
      const edit = this.sheetEdit(sheetName);
      const previous = edit.head;
      edit.head = (head) => (previous ? previous(head) : head) + layoutXml(draft);
    }
    for (const [sheetName, edit] of this.sheetEdits) {
      const sheet = this.book.sheet(sheetName);
      if (!sheet) continue;
      const entry = this.pkg.entry(sheet.part);
      if (!entry) {
        this.pkg.setText(sheet.part, editSheetText(this.pkg.text(sheet.part)!, edit));
        continue;
      }
      const { prefix, lastRow } = this.scan(sheetName);
      // Large sheets are deflated fast: the time goes to the rows, the size hardly changes.
      this.pkg.setStream(sheet.part, editSheet(entry, edit, prefix, lastRow), entry.size > 4 * 1024 * 1024 ? 1 : 6);
    }
    this.newSheets.clear();
    this.sheetEdits.clear();
    if (this.pkg.edited) this.recalculateOnOpen();
    this.syncAppProperties();
    return this.pkg.save();
  }

  /** A save that adds or removes sheets updates the sheet titles of docProps/app.xml, when there is one. */
  private syncAppProperties(): void {
    const sheets = this.book.sheets().map((s) => s.name);
    if (sheets.length === this.sheetsAsRead.length && sheets.every((name, i) => name === this.sheetsAsRead[i])) return;
    const app = this.pkg.relationships("").find((r) => r.type === EXTENDED_PROPERTIES && !r.external);
    const text = app ? this.pkg.text(app.target) : undefined;
    if (!app || text === undefined) return;
    const edited = syncSheetTitles(text, this.sheetsAsRead, sheets);
    if (edited !== null) this.pkg.setText(app.target, edited);
  }

  /** Formulas were written without results: Excel recalculates on open, and the stale calcChain goes. */
  private recalculateOnOpen(): void {
    const part = this.book.workbookPart;
    this.pkg.setText(part, setFullCalcOnLoad(this.pkg.text(part)!));
    const chains = this.book.workbookRels().filter((r) => r.type === REL.calcChain);
    for (const chain of chains) {
      if (!chain.external) {
        this.pkg.remove(chain.target);
        this.pkg.removeOverride(chain.target);
      }
    }
    if (chains.length > 0)
      this.pkg.removeRelationships(
        part,
        chains.map((c) => c.id),
      );
  }
}

/** The scan of a sheet without a part (nothing in it). */
function emptyRead(): SheetRead {
  return {
    rows: new Map(),
    values: [],
    valuesLeft: 1,
    validations: [],
    merges: [],
    lastRow: 0,
    lastFilledRow: new Map(),
    columnStyles: new Map(),
    prefix: "",
  };
}

/** Frozen rows and column widths of a sheet the build creates, placed just before <sheetData>. */
function layoutXml(draft: { freezeRows?: number; widths: Map<number, number> }): string {
  let xml = "";
  if (draft.freezeRows) {
    const top = `A${draft.freezeRows + 1}`;
    xml +=
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${draft.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
  }
  if (draft.widths.size > 0) {
    const cols = [...draft.widths.entries()].sort((a, b) => a[0] - b[0]);
    xml += `<cols>${cols.map(([col, width]) => `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`).join("")}</cols>`;
  }
  return xml;
}

/** The sheet's <dimension ref> widened to reach `bottom` and `right`. */
export function growDimension(head: string, bottom: number, right: number): string {
  return head.replace(
    /(<(?:[\w.-]+:)?dimension\b[^>]*?\sref=")([^"]*)(")/,
    (all, a: string, ref: string, b: string) => {
      const [start, end] = ref.split(":");
      const endCell = /^([A-Z]+)(\d+)$/.exec(end ?? start);
      if (!endCell) return all;
      const col = Math.max(lettersToColumn(endCell[1]), right);
      const row = Math.max(Number(endCell[2]), bottom);
      return `${a}${start.includes(":") ? start : start}:${columnToLetters(col)}${row}${b}`;
    },
  );
}

function lettersToColumn(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}
