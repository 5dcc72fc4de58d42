import type { CellSnapshot, CellValue, Grid, TableSnapshot, ValidationSnapshot, WorkbookSnapshot } from "../core/contract";
import { SHEET, TRACKING_TABLE } from "../core/contract";
import type { PlanCell, PlanOp, ValidationRule } from "../core/plan-types";
import type { TableColumnsSetup, WorkbookPort } from "../features/port";
import { managedSheets } from "../core/managed-sheets";
import { t } from "../i18n";
import { cellAddress, columnIndex, parseCell, parseRange, rangeAddress, stripSheet, type RangeRef } from "./a1";
import {
  CHUNK_BUDGET_BYTES,
  FIRST_READ_ROWS,
  chunkRowsByBytes,
  rowJsonBytes,
  rowsPerReadChunk,
} from "./chunking";

/** Sheets whose cells (and per-cell validations) the snapshot carries: what repair and check compare. */
const SNAPSHOT_SHEETS: readonly string[] = [SHEET.parameters, SHEET.lists, SHEET.indicators, SHEET.financing];
/** Above this many cells, a sheet's validations are read column by column instead of cell by cell. */
const PER_CELL_VALIDATION_LIMIT = 2000;

type ApiCell = string | number | boolean | null;

/** Structure known to the adapter: read once per request context and kept up to date by apply. */
interface Structure {
  sheets: Set<string>;
  names: Set<string>;
  tables: Set<string>;
}

const lower = (s: string): string => s.toLowerCase();

/**
 * The Office.js side of the WorkbookPort. Built with the `Excel.RequestContext` of one `Excel.run`,
 * so a feature call runs in a single batch session. Few syncs: every read of a step is queued then
 * synced once; only big value reads and writes are cut into chunks under Excel on the web's 5 MB
 * payload limit; calculation is suspended before each write request.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** `context.sync()` calls made by this adapter (the bench and the tests report it). */
  syncCount = 0;
  private structure: Structure | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = CHUNK_BUDGET_BYTES,
  ) {}

  private async sync(): Promise<void> {
    this.syncCount += 1;
    await this.context.sync();
  }

  // ---------- reading ----------

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const wb = this.context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name, items/worksheet/name");
    const names = wb.names.load("items/name, items/formula");
    await this.sync();

    const sheetNames = sheets.items.map((s) => s.name);
    this.structure = {
      sheets: new Set(sheetNames.map(lower)),
      names: new Set(names.items.map((n) => lower(n.name))),
      tables: new Set(tables.items.map((tb) => lower(tb.name))),
    };

    // Second request: every table's range and header, and the computed sheets' cells.
    const tableReads = tables.items.map((table) => ({
      name: table.name,
      sheet: table.worksheet.name,
      range: table.getRange().load("address"),
      header: table.getHeaderRowRange().load("values"),
    }));
    // The managed sheets under their real names (a renamed Paramètres keeps its defined names).
    const actual = managedSheets({
      sheets: sheetNames,
      tables: tables.items.map((tb) => ({ name: tb.name, sheet: tb.worksheet.name })),
      names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
    });
    const cellSheets = [...new Set([...SNAPSHOT_SHEETS, actual.parameters, actual.lists])];
    const cellReads = cellSheets.filter((s) => this.structure?.sheets.has(lower(s))).map((sheet) => ({
      sheet,
      used: wb.worksheets.getItem(sheet).getUsedRangeOrNullObject().load("rowIndex, columnIndex, formulas, values, valueTypes"),
    }));
    if (tableReads.length + cellReads.length > 0) await this.sync();

    const tableSnapshots: TableSnapshot[] = tableReads.map((r) => ({
      name: r.name,
      sheet: r.sheet,
      address: stripSheet(r.range.address),
      headers: (r.header.values[0] ?? []).map((h) => String(h)),
    }));

    // Third request: validations. The API cannot list them, so they are read where they matter:
    // each column of the tracking table, and each cell (or column) of the snapshot sheets' used ranges.
    const validations: ValidationSnapshot[] = [];
    const areas: { sheet: string; ref: RangeRef }[] = [];
    const tracking = tableSnapshots.find((s) => lower(s.name) === lower(TRACKING_TABLE));
    if (tracking) {
      const body = parseRange(tracking.address);
      tracking.headers.forEach((_, i) =>
        areas.push({ sheet: tracking.sheet, ref: { row: body.row + 1, column: body.column + i, rowCount: Math.max(1, body.rowCount - 1), columnCount: 1 } }),
      );
    }
    for (const read of cellReads) {
      if (read.used.isNullObject) continue;
      const rows = read.used.formulas.length;
      const columns = read.used.formulas[0]?.length ?? 0;
      const perCell = rows * columns <= PER_CELL_VALIDATION_LIMIT;
      for (let c = 0; c < columns; c++) {
        const column = read.used.columnIndex + c;
        if (!perCell) areas.push({ sheet: read.sheet, ref: { row: read.used.rowIndex, column, rowCount: rows, columnCount: 1 } });
        else for (let r = 0; r < rows; r++) areas.push({ sheet: read.sheet, ref: { row: read.used.rowIndex + r, column, rowCount: 1, columnCount: 1 } });
      }
    }
    if (areas.length > 0) {
      const reads = areas.map((area) => {
        const address = rangeAddress(area.ref);
        return { sheet: area.sheet, address, validation: wb.worksheets.getItem(area.sheet).getRange(address).dataValidation.load("type, rule") };
      });
      await this.sync();
      for (const read of reads) {
        const snapshot = validationSnapshot(read.sheet, read.address, read.validation.type, read.validation.rule);
        if (snapshot) validations.push(snapshot);
      }
    }

    const cells: WorkbookSnapshot["cells"] = {};
    for (const read of cellReads) {
      const map: Record<string, CellSnapshot> = {};
      if (!read.used.isNullObject) {
        read.used.formulas.forEach((row, r) =>
          row.forEach((formula, c) => {
            const value = toCellValue(read.used.values[r][c], read.used.valueTypes[r][c]);
            const isFormula = typeof formula === "string" && formula.startsWith("=");
            if (!isFormula && value === null) return;
            map[cellAddress(read.used.rowIndex + r, read.used.columnIndex + c)] = isFormula ? { formula: formula.slice(1), value } : { value };
          }),
        );
      }
      cells[read.sheet] = map;
    }

    return {
      sheets: sheetNames,
      tables: tableSnapshots,
      names: names.items.map((n) => ({ name: n.name, formula: n.formula.replace(/^=/, "") })),
      cells,
      validations,
    };
  }

  async readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null> {
    const found = this.context.workbook.tables.getItemOrNullObject(name).load("name");
    await this.sync();
    if (found.isNullObject) return null;

    const header = found.getHeaderRowRange().load("values");
    const body = found.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
    const sheet = found.worksheet.load("name");
    // The first rows come with the metadata; their size sets the size of the next chunks.
    const first = body.getRow(0).getResizedRange(FIRST_READ_ROWS - 1, 0).load("values, valueTypes");
    await this.sync();

    const total = body.rowCount;
    const rows: CellValue[][] = [];
    let perChunk = this.takeRows(first.values, first.valueTypes, Math.min(total, FIRST_READ_ROWS), rows);

    const worksheet = this.context.workbook.worksheets.getItem(sheet.name);
    let start = Math.min(total, FIRST_READ_ROWS);
    while (start < total) {
      const count = Math.min(perChunk, total - start);
      const chunk = worksheet.getRangeByIndexes(body.rowIndex + start, body.columnIndex, count, body.columnCount).load("values, valueTypes");
      try {
        await this.sync();
      } catch (error) {
        // Rows longer than the sample: halve the chunk and ask again.
        if (isPayloadError(error) && count > 1) {
          perChunk = Math.max(1, Math.floor(count / 2));
          continue;
        }
        throw error;
      }
      perChunk = Math.min(perChunk, this.takeRows(chunk.values, chunk.valueTypes, count, rows));
      start += count;
    }

    // A table with no data still shows one empty row: it is not a row of data.
    const onlyRow = rows.length === 1 ? rows[0] : null;
    const dataRows = onlyRow && onlyRow.every((v) => v === null) ? [] : rows;
    return {
      headers: (header.values[0] ?? []).map((h) => String(h)),
      grid: { sheet: sheet.name, firstRow: body.rowIndex + 1, firstColumn: body.columnIndex + 1, rows: dataRows },
    };
  }

  /** Converts `count` read rows into cell values; returns the rows per chunk their size allows. */
  private takeRows(values: unknown[][], types: string[][], count: number, into: CellValue[][]): number {
    const sizes: number[] = [];
    for (let r = 0; r < count; r++) {
      into.push(values[r].map((v, c) => toCellValue(v, types[r][c])));
      sizes.push(rowJsonBytes(values[r]) + rowJsonBytes(types[r]));
    }
    return rowsPerReadChunk(sizes, this.budget);
  }

  // ---------- writing ----------

  async apply(ops: PlanOp[]): Promise<void> {
    ops.forEach((op) => validateOp(op));
    const wb = this.context.workbook;
    const known = await this.knownStructure();
    const created = new Set<string>();
    for (const op of ops) {
      if (op.kind === "addSheet" && !known.sheets.has(lower(op.sheet))) created.add(lower(op.sheet));
    }

    // Cells the user may have filled in are only written where empty: read those ranges first.
    const fillReads = new Map<PlanOp, Excel.Range>();
    for (const op of ops) {
      if (op.kind === "writeCells" && op.repair === "fillEmpty" && known.sheets.has(lower(op.sheet))) {
        fillReads.set(op, wb.worksheets.getItem(op.sheet).getRange(writeRange(op.address, op.cells)).load("formulas"));
      }
    }
    if (fillReads.size > 0) await this.sync();

    const batch = new WriteBatch(this.context, () => this.sync(), this.budget);
    for (const op of ops) {
      await this.applyOp(op, batch, known, created, fillReads.get(op));
    }
    await batch.flush();
    this.structure = known;
  }

  private async knownStructure(): Promise<Structure> {
    if (this.structure) return this.structure;
    const sheets = this.context.workbook.worksheets.load("items/name");
    const names = this.context.workbook.names.load("items/name");
    const tables = this.context.workbook.tables.load("items/name");
    await this.sync();
    return {
      sheets: new Set(sheets.items.map((s) => lower(s.name))),
      names: new Set(names.items.map((n) => lower(n.name))),
      tables: new Set(tables.items.map((tb) => lower(tb.name))),
    };
  }

  private async applyOp(op: PlanOp, batch: WriteBatch, known: Structure, created: Set<string>, current?: Excel.Range): Promise<void> {
    const wb = this.context.workbook;
    switch (op.kind) {
      case "addSheet": {
        if (known.sheets.has(lower(op.sheet))) return;
        await batch.reserve(op.sheet.length + 64);
        const sheet = wb.worksheets.add(op.sheet);
        if (op.position !== undefined) sheet.position = Math.min(op.position, known.sheets.size);
        known.sheets.add(lower(op.sheet));
        return;
      }
      case "writeCells": {
        if (op.repair === "createOnly" && !op.layoutAdded && !created.has(lower(op.sheet))) return;
        const sheet = wb.worksheets.getItem(op.sheet);
        const address = writeRange(op.address, op.cells);
        const text = op.numberFormat === "@";
        let cells = op.cells.map((row) => row.map((cell) => toApiCell(cell, text)));
        if (current) cells = cells.map((row, r) => row.map((cell, c) => (isEmptyFormula(current.formulas[r][c]) ? cell : null)));
        if (op.numberFormat !== undefined) {
          await batch.reserve(op.numberFormat.length + 64);
          sheet.getRange(address).numberFormat = fillAll(op.numberFormat);
        }
        await this.writeRows(batch, sheet, parseRange(address), cells);
        if (op.bold) sheet.getRange(address).format.font.bold = true;
        return;
      }
      case "addTable": {
        // An existing table holds the user's rows: a rebuild never recreates it.
        if (known.tables.has(lower(op.name))) return;
        known.tables.add(lower(op.name));
        const sheet = wb.worksheets.getItem(op.sheet);
        const ref = parseRange(op.address);
        // Values first, then the table over them: the fastest way to build a big table.
        const grid = [op.headers.map((h) => toApiCell(h, false)), ...op.rows.map((row) => row.map((cell) => toApiCell(cell, false)))];
        await this.writeRows(batch, sheet, { ...ref, rowCount: grid.length }, grid);
        await batch.reserve(op.name.length + 128);
        const table = sheet.tables.add(rangeAddress(ref), true);
        table.name = op.name;
        for (const calculated of op.calculatedColumns ?? []) {
          await batch.reserve(calculated.formula.length + 64);
          table.columns.getItem(calculated.column).getDataBodyRange().formulas = fillAll(`=${calculated.formula}`);
        }
        for (const format of op.numberFormats ?? []) {
          await batch.reserve(format.format.length + 64);
          table.columns.getItem(format.column).getDataBodyRange().numberFormat = fillAll(format.format);
        }
        return;
      }
      case "setValidation": {
        await batch.reserve(op.errorMessage.length + op.errorTitle.length + 256);
        const validation = wb.worksheets.getItem(op.sheet).getRange(op.address).dataValidation;
        validation.clear();
        validation.rule = validationRule(op.rule);
        validation.errorAlert = { showAlert: true, style: "Stop", title: op.errorTitle, message: op.errorMessage };
        if (op.prompt) validation.prompt = { showPrompt: true, title: op.errorTitle, message: op.prompt };
        return;
      }
      case "defineName": {
        await batch.reserve(op.name.length + op.address.length + 128);
        if (known.names.has(lower(op.name))) wb.names.getItem(op.name).delete();
        wb.names.add(op.name, wb.worksheets.getItem(op.sheet).getRange(op.address));
        known.names.add(lower(op.name));
        return;
      }
      case "freezeRows":
        await batch.reserve(64);
        wb.worksheets.getItem(op.sheet).freezePanes.freezeRows(op.rows);
        return;
      case "moveCells":
        // Values, formulas and formats go together; the source is emptied (ExcelApi 1.11).
        await batch.reserve(op.from.length + op.to.length + 64);
        wb.worksheets.getItem(op.sheet).getRange(op.from).moveTo(op.to);
        return;
      case "setColumnWidths": {
        const sheet = wb.worksheets.getItem(op.sheet);
        for (const { column, width } of op.widths) {
          await batch.reserve(64);
          sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
        }
        return;
      }
    }
  }

  /** Writes a block row chunk by row chunk, each chunk within the request budget. */
  private async writeRows(batch: WriteBatch, sheet: Excel.Worksheet, ref: RangeRef, rows: ApiCell[][]): Promise<void> {
    for (const span of chunkRowsByBytes(rows, this.budget)) {
      const part = rows.slice(span.start, span.end);
      await batch.reserve(part.reduce((sum, row) => sum + rowJsonBytes(row), 0));
      const target = rangeAddress({ row: ref.row + span.start, column: ref.column, rowCount: part.length, columnCount: ref.columnCount });
      const range = sheet.getRange(target);
      if (part.some((row) => row.some((cell) => typeof cell === "string" && cell.startsWith("=")))) range.formulas = part as unknown[][];
      else range.values = part as unknown[][];
    }
  }

  /** One request round trip, counted like the adapter's own (for the functions outside the class). */
  syncOnce(): Promise<void> {
    return this.sync();
  }

  readBelowTable(name: string): Promise<Grid | null> {
    return readBelowTable(this, this.context, name);
  }

  extendTable(name: string, lastRow: number, columns: TableColumnsSetup): Promise<void> {
    return extendTable(this, this.context, name, lastRow, columns);
  }

  async appendRows(table: string, rows: CellValue[][]): Promise<void> {
    const found = this.context.workbook.tables.getItemOrNullObject(table).load("name");
    await this.sync();
    if (found.isNullObject) throw new Error(t("office.error.tableMissing", { table }));
    const body = found.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
    const firstRow = body.getRow(0).load("formulas");
    await this.sync();

    const width = body.columnCount;
    const values = rows.map((row, i) => {
      if (row.length !== width) throw new Error(t("office.error.rowWidth", { row: i + 1, count: row.length, columns: width, table }));
      return row.map((cell, c) => {
        if (cell !== null && typeof cell === "object") {
          throw new Error(t("office.error.errorValue", { row: i + 1, column: c + 1, error: cell.error }));
        }
        return toApiCell(cell, false);
      });
    });
    if (values.length === 0) return;

    const batch = new WriteBatch(this.context, () => this.sync(), this.budget);
    let rest = values;
    // A table without data shows one empty row: fill it rather than leave a blank line.
    if (body.rowCount === 1 && firstRow.formulas[0].every(isEmptyOrFormula)) {
      await batch.reserve(rowJsonBytes(values[0]));
      body.getRow(0).values = [values[0]];
      rest = values.slice(1);
    }
    for (const span of chunkRowsByBytes(rest, this.budget)) {
      const part = rest.slice(span.start, span.end);
      await batch.reserve(part.reduce((sum, row) => sum + rowJsonBytes(row), 0));
      found.rows.add(undefined, part as (string | number | boolean)[][]);
    }
    await batch.flush();
  }
}

/** Rows under a table read per request (a table is at most a few dozen columns wide). */
const BELOW_TABLE_CHUNK_ROWS = 5000;

/** The port's two operations on the rows typed under a table, kept apart for whatever engine comes next. */
export async function readBelowTable(workbook: OfficeWorkbook, context: Excel.RequestContext, name: string): Promise<Grid | null> {
  const found = context.workbook.tables.getItemOrNullObject(name).load("name");
  await workbook.syncOnce();
  if (found.isNullObject) return null;
  const range = found.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
  const sheet = found.worksheet.load("name");
  // Values only: formatting alone under the table is not a row anyone typed.
  const used = found.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
  await workbook.syncOnce();
  const firstBelow = range.rowIndex + range.rowCount; // 0-based index of the row under the table
  const grid: Grid = { sheet: sheet.name, firstRow: firstBelow + 1, firstColumn: range.columnIndex + 1, rows: [] };
  const end = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  // In chunks (the sheet's last used row may be far below): each response stays under the web's limit.
  for (let start = firstBelow; start < end; start += BELOW_TABLE_CHUNK_ROWS) {
    const count = Math.min(BELOW_TABLE_CHUNK_ROWS, end - start);
    const cells = context.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(start, range.columnIndex, count, range.columnCount).load("values, valueTypes");
    await workbook.syncOnce();
    for (let r = 0; r < count; r++) grid.rows.push(cells.values[r].map((v, c) => toCellValue(v, cells.valueTypes[r][c])));
  }
  while (grid.rows.length > 0 && grid.rows[grid.rows.length - 1].every((v) => v === null)) grid.rows.pop();
  return grid;
}

export async function extendTable(workbook: OfficeWorkbook, context: Excel.RequestContext, name: string, lastRow: number, columns: TableColumnsSetup): Promise<void> {
  const table = context.workbook.tables.getItem(name);
  const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
  const header = table.getHeaderRowRange().load("values");
  const where = table.worksheet.load("name");
  await workbook.syncOnce();
  const bottom = range.rowIndex + range.rowCount; // sheet row (1-based) of the table's last row
  if (lastRow <= bottom) return;
  const sheet = context.workbook.worksheets.getItem(where.name);
  const added = (column: number) => sheet.getRangeByIndexes(bottom, range.columnIndex + column, lastRow - bottom, 1);
  const headers = (header.values[0] ?? []).map(String);
  // Formats of the new rows read first: a cell the user formatted keeps its format.
  const formats = columns.numberFormats
    .map((f) => ({ ...f, index: headers.indexOf(f.column) }))
    .filter((f) => f.index >= 0)
    .map((f) => ({ ...f, range: added(f.index).load("numberFormat") }));
  await workbook.syncOnce();
  table.resize(rangeAddress({ row: range.rowIndex, column: range.columnIndex, rowCount: lastRow - range.rowIndex, columnCount: range.columnCount }));
  for (const c of columns.calculatedColumns) {
    const index = headers.indexOf(c.column);
    if (index >= 0) added(index).formulas = Array.from({ length: lastRow - bottom }, () => [`=${c.formula}`]);
  }
  for (const f of formats) {
    f.range.numberFormat = f.range.numberFormat.map((row) => row.map((format) => (format === "General" || format === "" ? f.format : format)));
  }
  await workbook.syncOnce();
}

/**
 * Queues writes into requests of at most `budget` estimated bytes: when the next write would not
 * fit, the pending request is sent first. Calculation is suspended at the start of every request.
 */
class WriteBatch {
  private pending = 0;
  private open = false;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly send: () => Promise<void>,
    private readonly budget: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.open && this.pending + bytes > this.budget) await this.flush();
    if (!this.open) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.open = true;
    }
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.pending = 0;
    await this.send();
  }
}

// ---------- conversions ----------

/** The whole range takes one value: the API applies a single (non-array) value to every cell. */
function fillAll(value: string): unknown[][] {
  return value as unknown as unknown[][];
}

function isEmptyFormula(formula: unknown): boolean {
  return formula === "" || formula === null || formula === undefined;
}

function isEmptyOrFormula(formula: unknown): boolean {
  return isEmptyFormula(formula) || (typeof formula === "string" && formula.startsWith("="));
}

/** API read value + its value type → the contract's cell value. */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || type === "Empty") return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

// Text Excel would turn into a number, a date, a boolean, an error or a formula when typed in.
const COERCED_TEXT = /^(\s*[-+=@#]|\s*[\d.,:/%€$ \u00a0-]+\s*$|\s*(true|false|vrai|faux)\s*$)/i;

/** Plan or row cell → what the API receives. Text Excel would reinterpret gets the "'" text prefix. */
export function toApiCell(cell: PlanCell | CellValue, textFormat: boolean): ApiCell {
  if (cell === null) return null;
  if (typeof cell === "object") {
    if ("formula" in cell) return `=${cell.formula}`;
    return cell.error;
  }
  if (typeof cell === "string" && !textFormat && cell !== "" && COERCED_TEXT.test(cell)) return `'${cell}`;
  return cell;
}

/** The range a block of `cells` covers from its top-left `address`. */
function writeRange(address: string, cells: PlanCell[][]): string {
  const topLeft = parseCell(stripSheet(address).split(":")[0]);
  const columnCount = Math.max(1, ...cells.map((row) => row.length));
  return rangeAddress({ row: topLeft.row, column: topLeft.column, rowCount: Math.max(1, cells.length), columnCount });
}

/** Excel column width in characters (as the plan and ExcelJS give it) → points for the API. */
export function charactersToPoints(characters: number): number {
  // Calibri 11: 7 px per character plus 5 px of padding; 96 px = 72 pt.
  return Math.round((Math.trunc(characters * 7 + 5) * 72) / 96 * 100) / 100;
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "whole":
    case "decimal": {
      const basic: Excel.BasicDataValidation =
        rule.max === undefined
          ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: rule.min, formula2: rule.max, operator: "Between" };
      return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
    case "date":
      return { date: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "textLength":
      return { textLength: { formula1: rule.max, operator: "LessThanOrEqualTo" } };
  }
}

const VALIDATION_TYPES: Record<string, ValidationSnapshot["type"]> = {
  List: "list",
  WholeNumber: "whole",
  Decimal: "decimal",
  Date: "date",
  TextLength: "textLength",
  Custom: "custom",
};

function validationSnapshot(sheet: string, address: string, type: string, rule: Excel.DataValidationRule): ValidationSnapshot | null {
  const kind = VALIDATION_TYPES[type];
  if (!kind) return null; // None, Inconsistent, MixedCriteria, Time: no usable rule on the column
  const snapshot: ValidationSnapshot = { sheet, address, type: kind };
  if (kind === "list" && rule.list) snapshot.source = String(rule.list.source);
  return snapshot;
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Checks an operation before anything is written, so bad input changes nothing. */
function validateOp(op: PlanOp): void {
  try {
    switch (op.kind) {
      case "writeCells":
        parseRange(op.address);
        return;
      case "addTable": {
        const ref = parseRange(op.address);
        if (op.headers.length !== ref.columnCount || op.rows.some((row) => row.length !== ref.columnCount)) {
          throw new Error(t("office.error.tableShape", { table: op.name, address: op.address, columns: ref.columnCount }));
        }
        if (op.rows.length + 1 > ref.rowCount && ref.rowCount > 1) {
          throw new Error(t("office.error.tableShape", { table: op.name, address: op.address, columns: ref.columnCount }));
        }
        return;
      }
      case "setValidation":
      case "defineName":
        parseRange(op.address);
        return;
      case "moveCells":
        parseRange(op.from);
        parseRange(op.to);
        return;
      case "setColumnWidths":
        op.widths.forEach((w) => columnIndex(w.column));
        return;
      default:
        return;
    }
  } catch (error) {
    const sheet = "sheet" in op ? op.sheet : "";
    throw new Error(t("office.error.op", { sheet, reason: error instanceof Error ? error.message : String(error) }));
  }
}
