import type {
  CellSnapshot,
  CellValue,
  Grid,
  TableSnapshot,
  ValidationSnapshot,
  WorkbookSnapshot,
} from "../core/contract";
import { SHEET, TRACKING_TABLE } from "../core/contract";
import { managedSheets } from "../core/managed-sheets";
import type { PlanCell, PlanOp, ValidationRule } from "../core/plan-types";
import { tableDataRows, type TableColumnsSetup, type WorkbookPort } from "../features/port";
import { withinStep, writingStep, type WorkControl } from "../features/work";
import { t } from "../i18n";
import "../i18n/areas/office";
import { cellAddress, columnIndex, parseCell, parseRange, rangeAddress, stripSheet, type RangeRef } from "./a1";
import {
  CELL_READ_BYTES,
  CHUNK_BUDGET_BYTES,
  FIRST_READ_ROWS,
  MAX_ROWS_PER_REQUEST,
  STATEMENT_BYTES,
  VALIDATION_READ_BYTES,
  cellJsonBytes,
  chunkRowsByBytes,
  isPayloadError,
  rowJsonBytes,
  rowsPerReadChunk,
} from "./chunking";
import { Requests, type RequestItem } from "./requests";

/** Sheets whose cells (and per-cell validations) the snapshot carries: what repair and check compare. */
const SNAPSHOT_SHEETS: readonly string[] = [SHEET.parameters, SHEET.lists, SHEET.indicators, SHEET.financing];
/** Above this many cells, a sheet's validations are read column by column instead of cell by cell. */
const PER_CELL_VALIDATION_LIMIT = 2000;

type ApiCell = string | number | boolean | null;
type WriteKind = "values" | "formulas" | "numberFormat";

/** Structure known to the adapter: read once per request context and kept up to date by apply. */
interface Structure {
  sheets: Set<string>;
  names: Set<string>;
  tables: Set<string>;
}

const lower = (s: string): string => s.toLowerCase();

/**
 * An append that failed part-way: `written` rows (the first ones, in order) are in the table, the
 * others are not, so running the import again after a fix does not write any row twice.
 */
export class AppendRowsError extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
    readonly failure: unknown,
  ) {
    const reason = (failure instanceof Error ? failure.message : String(failure)).replace(/\.\s*$/, "");
    super(t("office.error.appendPartial", { written, total, reason }));
  }
}

/**
 * The Office.js side of the WorkbookPort. Built with the `Excel.RequestContext` of one `Excel.run`,
 * so a feature call runs in a single batch session. Few syncs: the reads of a step are queued then
 * synced together; every read and write goes through requests kept under a budget well below
 * Excel on the web's 5 MB payload limit, cut in two when Excel refuses one as too large; calculation
 * is suspended before each write request.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** `context.sync()` calls made by this adapter (the bench and the tests report it). */
  syncCount = 0;
  private structure: Structure | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = CHUNK_BUDGET_BYTES,
    /** Followed between the read chunks of a table (progress, and a cancel before anything is written). */
    private readonly work?: WorkControl,
  ) {}

  private async sync(): Promise<void> {
    this.syncCount += 1;
    await this.context.sync();
  }

  private requests(writes: boolean): Requests {
    return new Requests(this.context, () => this.sync(), { budget: this.budget, writes });
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

    // Second request: every table's range and header, and where the computed sheets' cells are
    // (values only: formats do not matter here, and a formatted column would make the range huge).
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
    const usedReads = cellSheets
      .filter((s) => this.structure?.sheets.has(lower(s)))
      .map((sheet) => ({
        sheet,
        used: wb.worksheets
          .getItem(sheet)
          .getUsedRangeOrNullObject(true)
          .load("rowIndex, columnIndex, rowCount, columnCount"),
      }));
    if (tableReads.length + usedReads.length > 0) await this.sync();

    const tableSnapshots: TableSnapshot[] = tableReads.map((r) => ({
      name: r.name,
      sheet: r.sheet,
      address: stripSheet(r.range.address),
      headers: (r.header.values[0] ?? []).map((h) => String(h)),
    }));

    // Then the cells and the validations, in as few requests as the budget allows. The API cannot
    // list validations, so they are read where they matter: each column of the tracking table, and
    // each cell (or column) of the snapshot sheets' used ranges.
    const reads = this.requests(false);
    const cells: WorkbookSnapshot["cells"] = {};
    const areas: { sheet: string; ref: RangeRef }[] = [];
    const tracking = tableSnapshots.find((s) => lower(s.name) === lower(TRACKING_TABLE));
    if (tracking) {
      const body = parseRange(tracking.address);
      tracking.headers.forEach((_, i) =>
        areas.push({
          sheet: tracking.sheet,
          ref: { row: body.row + 1, column: body.column + i, rowCount: Math.max(1, body.rowCount - 1), columnCount: 1 },
        }),
      );
    }
    for (const { sheet, used } of usedReads) {
      const map: Record<string, CellSnapshot> = {};
      cells[sheet] = map;
      if (used.isNullObject) continue;
      const ref: RangeRef = {
        row: used.rowIndex,
        column: used.columnIndex,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
      };
      await reads.add(this.cellsItem(sheet, ref, map));
      const perCell = ref.rowCount * ref.columnCount <= PER_CELL_VALIDATION_LIMIT;
      for (let c = 0; c < ref.columnCount; c++) {
        const column = ref.column + c;
        if (!perCell) areas.push({ sheet, ref: { row: ref.row, column, rowCount: ref.rowCount, columnCount: 1 } });
        else
          for (let r = 0; r < ref.rowCount; r++)
            areas.push({ sheet, ref: { row: ref.row + r, column, rowCount: 1, columnCount: 1 } });
      }
    }
    const found: (ValidationSnapshot | null)[] = areas.map(() => null);
    for (const [i, area] of areas.entries()) {
      const address = rangeAddress(area.ref);
      await reads.add({
        bytes: STATEMENT_BYTES + VALIDATION_READ_BYTES,
        rows: 0,
        queue: () => {
          const validation = wb.worksheets.getItem(area.sheet).getRange(address).dataValidation.load("type, rule");
          return () => {
            found[i] = validationSnapshot(area.sheet, address, validation.type, validation.rule);
          };
        },
      });
    }
    await reads.flush();

    return {
      sheets: sheetNames,
      tables: tableSnapshots,
      names: names.items.map((n) => ({ name: n.name, formula: n.formula.replace(/^=/, "") })),
      cells,
      validations: found.filter((v): v is ValidationSnapshot => v !== null),
    };
  }

  /** Reads the formulas and values of a block of cells into `map` (split by rows when refused). */
  private cellsItem(sheet: string, ref: RangeRef, map: Record<string, CellSnapshot>): RequestItem {
    return {
      bytes: STATEMENT_BYTES + ref.rowCount * ref.columnCount * CELL_READ_BYTES,
      rows: 0,
      queue: () => {
        const range = this.context.workbook.worksheets
          .getItem(sheet)
          .getRangeByIndexes(ref.row, ref.column, ref.rowCount, ref.columnCount)
          .load("formulas, values, valueTypes");
        return () =>
          range.formulas.forEach((row, r) =>
            row.forEach((formula, c) => {
              const value = toCellValue(range.values[r][c], range.valueTypes[r][c]);
              const isFormula = typeof formula === "string" && formula.startsWith("=");
              if (!isFormula && value === null) return;
              map[cellAddress(ref.row + r, ref.column + c)] = isFormula
                ? { formula: formula.slice(1), value }
                : { value };
            }),
          );
      },
      split:
        ref.rowCount > 1
          ? () => {
              const half = Math.ceil(ref.rowCount / 2);
              return [
                this.cellsItem(sheet, { ...ref, rowCount: half }, map),
                this.cellsItem(sheet, { ...ref, row: ref.row + half, rowCount: ref.rowCount - half }, map),
              ];
            }
          : undefined,
    };
  }

  async readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null> {
    const found = this.context.workbook.tables.getItemOrNullObject(name).load("name");
    await this.sync();
    if (found.isNullObject) return null;

    // The first rows come with the metadata; their size sets the size of the next chunks. Rows far
    // longer than usual can make even these too large: then fewer are asked for.
    let sample = FIRST_READ_ROWS;
    for (;;) {
      const header = found.getHeaderRowRange().load("values");
      const body = found.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
      const sheet = found.worksheet.load("name");
      const first = body
        .getRow(0)
        .getResizedRange(sample - 1, 0)
        .load("values, valueTypes");
      try {
        await this.sync();
      } catch (error) {
        if (isPayloadError(error) && sample > 1) {
          sample = Math.ceil(sample / 2);
          continue;
        }
        throw error;
      }
      return this.readRest(header, body, sheet, first, sample);
    }
  }

  /** The rest of a table read, after its metadata and first `sample` rows. */
  private async readRest(
    header: Excel.Range,
    body: Excel.Range,
    sheet: Excel.Worksheet,
    first: Excel.Range,
    sample: number,
  ): Promise<{ headers: string[]; grid: Grid }> {
    const total = body.rowCount;
    const rows: CellValue[][] = [];
    let perChunk = this.takeRows(first.values, first.valueTypes, Math.min(total, sample), rows);

    const worksheet = this.context.workbook.worksheets.getItem(sheet.name);
    let start = Math.min(total, sample);
    while (start < total) {
      const count = Math.min(perChunk, total - start);
      const chunk = worksheet
        .getRangeByIndexes(body.rowIndex + start, body.columnIndex, count, body.columnCount)
        .load("values, valueTypes");
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
      // Between two reads: a cancel here leaves the workbook untouched.
      await withinStep(this.work, start / total);
    }

    return {
      headers: (header.values[0] ?? []).map((h) => String(h)),
      grid: {
        sheet: sheet.name,
        firstRow: body.rowIndex + 1,
        firstColumn: body.columnIndex + 1,
        rows: tableDataRows(rows),
      },
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
    const current = new Map<PlanOp, unknown[][]>();
    const reads = this.requests(false);
    for (const op of ops) {
      if (op.kind === "writeCells" && op.repair === "fillEmpty" && known.sheets.has(lower(op.sheet))) {
        const address = writeRange(op.address, op.cells);
        const ref = parseRange(address);
        await reads.add({
          bytes: STATEMENT_BYTES + ref.rowCount * ref.columnCount * CELL_READ_BYTES,
          rows: 0,
          queue: () => {
            const range = wb.worksheets.getItem(op.sheet).getRange(address).load("formulas");
            return () => void current.set(op, range.formulas);
          },
        });
      }
    }
    await reads.flush();

    const writes = this.requests(true);
    for (const op of ops) await this.applyOp(op, writes, known, created, current.get(op));
    await writes.flush();
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

  private async applyOp(
    op: PlanOp,
    writes: Requests,
    known: Structure,
    created: Set<string>,
    current?: unknown[][],
  ): Promise<void> {
    const wb = this.context.workbook;
    const sheetOf = (name: string) => wb.worksheets.getItem(name);
    const small = (bytes: number, queue: () => void): RequestItem => ({
      bytes: STATEMENT_BYTES + bytes,
      rows: 0,
      queue,
    });
    switch (op.kind) {
      case "addSheet": {
        if (known.sheets.has(lower(op.sheet))) return;
        const position = op.position === undefined ? undefined : Math.min(op.position, known.sheets.size);
        known.sheets.add(lower(op.sheet));
        await writes.add(
          small(op.sheet.length * 3 + 16, () => {
            const sheet = wb.worksheets.add(op.sheet);
            if (position !== undefined) sheet.position = position;
          }),
        );
        return;
      }
      case "writeCells": {
        if (op.repair === "createOnly" && !op.layoutAdded && !created.has(lower(op.sheet))) return;
        const address = writeRange(op.address, op.cells);
        const ref = parseRange(address);
        const text = op.numberFormat === "@";
        let cells = op.cells.map((row) => row.map((cell) => toApiCell(cell, text)));
        if (current)
          cells = cells.map((row, r) => row.map((cell, c) => (isEmptyFormula(current[r]?.[c]) ? cell : null)));
        // Ragged plan rows: the range is a rectangle, the API wants every row as wide (null leaves a cell alone).
        cells = cells.map((row) => [...row, ...Array<ApiCell>(ref.columnCount - row.length).fill(null)]);
        if (op.numberFormat !== undefined) {
          await this.writeRows(
            writes,
            op.sheet,
            ref,
            fill(ref.rowCount, ref.columnCount, op.numberFormat),
            "numberFormat",
          );
        }
        await this.writeRows(writes, op.sheet, ref, cells, hasFormula(cells) ? "formulas" : "values");
        if (op.bold)
          await writes.add(small(16, () => void (sheetOf(op.sheet).getRange(address).format.font.bold = true)));
        return;
      }
      case "addTable": {
        // An existing table holds the user's rows: a rebuild never recreates it.
        if (known.tables.has(lower(op.name))) return;
        known.tables.add(lower(op.name));
        const ref = parseRange(op.address);
        // Values first, then the table over them: the fastest way to build a big table.
        const grid = [
          op.headers.map((h) => toApiCell(h, false)),
          ...op.rows.map((row) => row.map((cell) => toApiCell(cell, false))),
        ];
        await this.writeRows(
          writes,
          op.sheet,
          { ...ref, rowCount: grid.length },
          grid,
          hasFormula(grid) ? "formulas" : "values",
        );
        // A header-only table gets one empty data row.
        const bodyRows = Math.max(1, ref.rowCount - 1);
        const columns = [
          ...(op.calculatedColumns ?? []).map((c) => ({
            column: c.column,
            kind: "formulas" as const,
            value: `=${c.formula}`,
          })),
          ...(op.numberFormats ?? []).map((f) => ({
            column: f.column,
            kind: "numberFormat" as const,
            value: f.format,
          })),
        ];
        const bytes =
          op.name.length +
          128 +
          columns.reduce((sum, c) => sum + STATEMENT_BYTES + bodyRows * (cellJsonBytes(c.value) + 3), 0);
        await writes.add(
          small(bytes, () => {
            const table = sheetOf(op.sheet).tables.add(rangeAddress(ref), true);
            table.name = op.name;
            // The whole column body at once: a formula over all of it makes a calculated column.
            for (const c of columns)
              table.columns.getItem(c.column).getDataBodyRange()[c.kind] = fill(bodyRows, 1, c.value);
          }),
        );
        return;
      }
      case "setValidation": {
        const bytes =
          cellJsonBytes(op.errorMessage) + cellJsonBytes(op.errorTitle) + cellJsonBytes(op.prompt ?? "") + 256;
        await writes.add(
          small(bytes, () => {
            const validation = sheetOf(op.sheet).getRange(op.address).dataValidation;
            validation.clear();
            validation.rule = validationRule(op.rule);
            validation.errorAlert = { showAlert: true, style: "Stop", title: op.errorTitle, message: op.errorMessage };
            if (op.prompt) validation.prompt = { showPrompt: true, title: op.errorTitle, message: op.prompt };
          }),
        );
        return;
      }
      case "defineName": {
        const exists = known.names.has(lower(op.name));
        known.names.add(lower(op.name));
        await writes.add(
          small(op.name.length + op.address.length + 128, () => {
            if (exists) wb.names.getItem(op.name).delete();
            wb.names.add(op.name, sheetOf(op.sheet).getRange(op.address));
          }),
        );
        return;
      }
      case "freezeRows":
        await writes.add(small(16, () => sheetOf(op.sheet).freezePanes.freezeRows(op.rows)));
        return;
      case "moveCells":
        // Values, formulas and formats go together; the source is emptied (ExcelApi 1.11).
        requireExcelApi("1.11", t("office.api.moveCells"));
        await writes.add(
          small(op.from.length + op.to.length + 64, () => void sheetOf(op.sheet).getRange(op.from).moveTo(op.to)),
        );
        return;
      case "setColumnWidths":
        await writes.add(
          small(op.widths.length * STATEMENT_BYTES, () => {
            const sheet = sheetOf(op.sheet);
            for (const { column, width } of op.widths)
              sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
          }),
        );
        return;
    }
  }

  /** Writes a block row chunk by row chunk (each a 2-D array of its range's shape) within the budget. */
  private async writeRows(
    writes: Requests,
    sheet: string,
    ref: RangeRef,
    rows: ApiCell[][],
    kind: WriteKind,
  ): Promise<void> {
    for (const span of chunkRowsByBytes(rows, this.budget - STATEMENT_BYTES, MAX_ROWS_PER_REQUEST)) {
      await writes.add(this.rowsItem(sheet, ref, rows, span.start, span.end, kind));
    }
  }

  private rowsItem(
    sheet: string,
    ref: RangeRef,
    rows: ApiCell[][],
    start: number,
    end: number,
    kind: WriteKind,
  ): RequestItem {
    const part = rows.slice(start, end);
    return {
      bytes: STATEMENT_BYTES + part.reduce((sum, row) => sum + rowJsonBytes(row), 0),
      rows: 0,
      queue: () => {
        const target = rangeAddress({
          row: ref.row + start,
          column: ref.column,
          rowCount: part.length,
          columnCount: ref.columnCount,
        });
        this.context.workbook.worksheets.getItem(sheet).getRange(target)[kind] = part;
      },
      split:
        part.length > 1 ? () => halves(start, end, (a, b) => this.rowsItem(sheet, ref, rows, a, b, kind)) : undefined,
    };
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
    const body = found.getDataBodyRange().load("rowCount, columnCount");
    const firstRow = body.getRow(0).load("formulas");
    await this.sync();

    const width = body.columnCount;
    const values = rows.map((row, i) => {
      if (row.length !== width)
        throw new Error(t("office.error.rowWidth", { row: i + 1, count: row.length, columns: width, table }));
      return row.map((cell, c) => {
        if (cell !== null && typeof cell === "object") {
          throw new Error(t("office.error.errorValue", { row: i + 1, column: c + 1, error: cell.error }));
        }
        return toApiCell(cell, false);
      });
    });
    if (values.length === 0) return;

    const writes = this.requests(true);
    const tableOf = () => this.context.workbook.tables.getItem(table);
    let rest = values;
    try {
      // A table without data shows one empty row: fill it rather than leave a blank line.
      if (body.rowCount === 1 && (firstRow.formulas[0] ?? []).every(isEmptyOrFormula)) {
        const first = values[0];
        await writes.add({
          bytes: STATEMENT_BYTES + rowJsonBytes(first),
          rows: 1,
          queue: () => void (tableOf().getDataBodyRange().getRow(0).values = [first]),
        });
        rest = values.slice(1);
      }
      for (const span of chunkRowsByBytes(rest, this.budget - STATEMENT_BYTES, MAX_ROWS_PER_REQUEST)) {
        await writes.add(this.appendItem(tableOf, rest, span.start, span.end));
        // Rows already sent stay: from here the work is followed, never cancelled.
        await writingStep(this.work, writes.rowsDone / values.length);
      }
      await writes.flush();
    } catch (error) {
      throw new AppendRowsError(writes.rowsDone, values.length, error);
    }
  }

  private appendItem(tableOf: () => Excel.Table, rows: ApiCell[][], start: number, end: number): RequestItem {
    const part = rows.slice(start, end);
    return {
      bytes: STATEMENT_BYTES + part.reduce((sum, row) => sum + rowJsonBytes(row), 0),
      rows: part.length,
      queue: () => void tableOf().rows.add(undefined, part as (string | number | boolean)[][]),
      split: part.length > 1 ? () => halves(start, end, (a, b) => this.appendItem(tableOf, rows, a, b)) : undefined,
    };
  }
}

/** Two items for the halves of rows [start, end). */
function halves(start: number, end: number, make: (a: number, b: number) => RequestItem): [RequestItem, RequestItem] {
  const middle = start + Math.ceil((end - start) / 2);
  return [make(start, middle), make(middle, end)];
}

/** Rows under a table read per request (a table is at most a few dozen columns wide). */
const BELOW_TABLE_CHUNK_ROWS = 5000;

/** The port's two operations on the rows typed under a table, kept apart for whatever engine comes next. */
export async function readBelowTable(
  workbook: OfficeWorkbook,
  context: Excel.RequestContext,
  name: string,
): Promise<Grid | null> {
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
    const cells = context.workbook.worksheets
      .getItem(sheet.name)
      .getRangeByIndexes(start, range.columnIndex, count, range.columnCount)
      .load("values, valueTypes");
    await workbook.syncOnce();
    for (let r = 0; r < count; r++)
      grid.rows.push(cells.values[r].map((v, c) => toCellValue(v, cells.valueTypes[r][c])));
  }
  while (grid.rows.length > 0 && grid.rows[grid.rows.length - 1].every((v) => v === null)) grid.rows.pop();
  return grid;
}

export async function extendTable(
  workbook: OfficeWorkbook,
  context: Excel.RequestContext,
  name: string,
  lastRow: number,
  columns: TableColumnsSetup,
): Promise<void> {
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
  requireExcelApi("1.13", t("office.api.resizeTable"));
  table.resize(
    rangeAddress({
      row: range.rowIndex,
      column: range.columnIndex,
      rowCount: lastRow - range.rowIndex,
      columnCount: range.columnCount,
    }),
  );
  for (const c of columns.calculatedColumns) {
    const index = headers.indexOf(c.column);
    if (index >= 0) added(index).formulas = Array.from({ length: lastRow - bottom }, () => [`=${c.formula}`]);
  }
  for (const f of formats) {
    f.range.numberFormat = f.range.numberFormat.map((row) =>
      row.map((format) => (format === "General" || format === "" ? f.format : format)),
    );
  }
  await workbook.syncOnce();
}

/** A rows × columns array of one value: the shape of the range it is written to. */
function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(columns).fill(value));
}

function hasFormula(rows: ApiCell[][]): boolean {
  return rows.some((row) => row.some((cell) => typeof cell === "string" && cell.startsWith("=")));
}

// ---------- conversions ----------

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
  return Math.round(((Math.trunc(characters * 7 + 5) * 72) / 96) * 100) / 100;
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

function validationSnapshot(
  sheet: string,
  address: string,
  type: string,
  rule: Excel.DataValidationRule,
): ValidationSnapshot | null {
  const kind = VALIDATION_TYPES[type];
  if (!kind) return null; // None, Inconsistent, MixedCriteria, Time: no usable rule on the column
  const snapshot: ValidationSnapshot = { sheet, address, type: kind };
  if (kind === "list" && rule.list) snapshot.source = String(rule.list.source);
  return snapshot;
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
          throw new Error(
            t("office.error.tableShape", { table: op.name, address: op.address, columns: ref.columnCount }),
          );
        }
        if (op.rows.length + 1 > ref.rowCount && ref.rowCount > 1) {
          throw new Error(
            t("office.error.tableShape", { table: op.name, address: op.address, columns: ref.columnCount }),
          );
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

/**
 * Refuses, before anything is queued, an operation newer than the manifest's ExcelApi 1.9 when the
 * host lacks it (outside Office, as in tests, the caller's object model is trusted).
 */
function requireExcelApi(version: string, what: string): void {
  if (typeof Office === "undefined" || !Office.context?.requirements) return;
  if (!Office.context.requirements.isSetSupported("ExcelApi", version))
    throw new Error(t("office.api.missing", { what, version }));
}
