import { open, rename, unlink } from "node:fs/promises";
import ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange, quoteSheet } from "../core/a1";
import { SHEET, type CellSnapshot, type CellValue, type Grid, type WorkbookSnapshot } from "../core/contract";
import type { PlanOp } from "../core/plan-types";
import { tableDataRows, type WorkbookPort } from "../features/port";
import { removeStaleTemporaries, temporaryPath } from "./save";
import { fromCellValue, fromPlanCell, toCellValue, toValidation } from "./workbook";
import { rewriteZip } from "./zip-rewrite";

/*
 * A fresh tracking workbook written with ExcelJS's streaming writer, so that 100 000 rows never sit
 * in memory as ExcelJS cells. The plan ops are first folded into small per-sheet drafts (the rows
 * appended to a table are kept as the caller's arrays); saving writes each sheet row by row.
 *
 * The streaming writer supports cells, styles (number formats, bold), column widths, frozen panes,
 * data validations and defined names, but no tables: their parts (xl/tables/tableN.xml with the
 * calculated column, the sheet's <tableParts> and relationships, the content types) are added
 * afterwards by copying the zip entry by entry (src/xlsx/zip-rewrite.ts). The table XML is rendered
 * by ExcelJS's own table xform, as the in-memory adapter does, so both files read back the same.
 */

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS does not export its xforms: required by path */
const RelationshipsXform: new () => {
  toXml(model: unknown): string;
} = require("exceljs/lib/xlsx/xform/core/relationships-xform");
const TableXform: new () => {
  prepare(model: unknown, options: unknown): void;
  toXml(model: unknown): string;
} = require("exceljs/lib/xlsx/xform/table/table-xform");
/* eslint-enable @typescript-eslint/no-require-imports */

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
/** Yield to the event loop this often so the zip stream drains while rows are produced. */
const ROWS_PER_TURN = 2000;

/** Sheets whose cells the snapshot carries, as in the in-memory adapter (never the tracking rows). */
const SNAPSHOT_SHEETS: readonly string[] = Object.values(SHEET).filter((s) => s !== SHEET.tracking);

interface CellDraft {
  value: ExcelJS.CellValue;
  numFmt?: string;
  bold?: boolean;
}

/** Rows appended to a table: kept as given, turned into cells only while the sheet is written. */
interface AppendedRows {
  start: number;
  rows: CellValue[][];
  formats: (string | undefined)[];
  formulas: (string | undefined)[];
}

interface TableDraft {
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  headers: string[];
  calculated: Map<string, string>;
  appended: AppendedRows[];
}

interface SheetDraft {
  name: string;
  rows: Map<number, Map<number, CellDraft>>;
  validations: Map<string, ExcelJS.DataValidation>;
  views: Partial<ExcelJS.WorksheetView>[];
  widths: Map<string, number>;
  tables: TableDraft[];
}

type StreamSheet = {
  getColumn(letter: string): { width?: number };
  getRow(row: number): ExcelJS.Row;
  dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void };
  commit(): void;
};
type StreamWriter = {
  addWorksheet(name: string, options: { views: Partial<ExcelJS.WorksheetView>[] }): StreamSheet;
  definedNames: { model: { name: string; ranges: string[] }[] };
  commit(): Promise<unknown>;
};

const isFormula = (value: ExcelJS.CellValue): boolean =>
  value !== null && typeof value === "object" && "formula" in value;

/**
 * The WorkbookPort of a workbook that does not exist yet, written by `saveAtomically`. It reads
 * back what was applied to it, so `buildWorkbook` and the checks see the same workbook as the
 * in-memory adapter would hold.
 */
export class StreamedWorkbook implements WorkbookPort {
  private readonly sheets: SheetDraft[] = [];
  private names: { name: string; ranges: string[] }[] = [];

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const snapshot: WorkbookSnapshot = {
      sheets: this.sheets.map((s) => s.name),
      tables: [],
      names: [],
      cells: {},
      validations: [],
    };
    for (const sheet of this.sheets) {
      for (const t of sheet.tables) {
        snapshot.tables.push({
          name: t.name,
          sheet: sheet.name,
          address: `${cellAddress(t.top, t.left)}:${cellAddress(t.bottom, t.right)}`,
          headers: [...t.headers],
        });
      }
      for (const [address, rule] of sheet.validations) {
        const source = rule.type === "list" && rule.formulae?.[0] !== undefined ? String(rule.formulae[0]) : undefined;
        snapshot.validations.push({
          sheet: sheet.name,
          address,
          type: rule.type as WorkbookSnapshot["validations"][number]["type"],
          ...(source !== undefined ? { source } : {}),
        });
      }
      if (!SNAPSHOT_SHEETS.includes(sheet.name)) continue;
      const cells: Record<string, CellSnapshot> = {};
      for (const row of [...sheet.rows.keys()].sort((a, b) => a - b)) {
        for (const [col, cell] of [...sheet.rows.get(row)!].sort((a, b) => a[0] - b[0])) {
          if (cell.value === null || cell.value === undefined) continue;
          const formula = isFormula(cell.value) ? (cell.value as ExcelJS.CellFormulaValue).formula : undefined;
          cells[cellAddress(row, col)] = {
            value: toCellValue(cell.value),
            ...(formula !== undefined ? { formula } : {}),
          };
        }
      }
      snapshot.cells[sheet.name] = cells;
    }
    snapshot.names = this.names.map((n) => ({ name: n.name, formula: n.ranges.join(",") }));
    return snapshot;
  }

  async readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null> {
    const found = this.findTable(name);
    if (!found) return null;
    const { sheet, table } = found;
    const rows: CellValue[][] = [];
    for (let row = table.top + 1; row <= table.bottom; row++) {
      const values: CellValue[] = [];
      for (let col = table.left; col <= table.right; col++) {
        const cell = this.cellAt(sheet, row, col);
        values.push(cell ? toCellValue(isFormula(cell.value) ? null : cell.value) : null);
      }
      rows.push(values);
    }
    return {
      headers: [...table.headers],
      grid: { sheet: sheet.name, firstRow: table.top + 1, firstColumn: table.left, rows: tableDataRows(rows) },
    };
  }

  async apply(ops: PlanOp[]): Promise<void> {
    for (const op of ops) this.applyOne(op);
  }

  async appendRows(tableName: string, rows: CellValue[][]): Promise<void> {
    const found = this.findTable(tableName);
    if (!found) throw new Error(`table ${tableName} not found`);
    const { sheet, table } = found;
    if (rows.length === 0) return;
    let start = table.bottom + 1;
    // Like the in-memory adapter: a fresh table's single empty row is filled first.
    if (table.bottom === table.top + 1 && this.rowIsEmpty(sheet, table.bottom, table.left, table.right))
      start = table.bottom;
    const columns = table.headers.map((_, j) => table.left + j);
    table.appended.push({
      start,
      rows,
      formats: columns.map((col) => sheet.rows.get(table.top + 1)?.get(col)?.numFmt),
      formulas: table.headers.map((h) => table.calculated.get(h)),
    });
    table.bottom = Math.max(table.bottom, start + rows.length - 1);
  }

  /** A workbook being created holds nothing under its tables. */
  async readBelowTable(name: string): Promise<Grid | null> {
    const found = this.findTable(name);
    if (!found) return null;
    return { sheet: found.sheet.name, firstRow: found.table.bottom + 1, firstColumn: found.table.left, rows: [] };
  }

  async extendTable(name: string): Promise<void> {
    throw new Error(`table ${name}: a workbook being created has no rows under its tables`);
  }

  /**
   * Streams the workbook into a temporary file next to `path`, adds the table parts while copying
   * it into a second one, then renames that over `path`: a failure leaves no partial file.
   */
  async saveAtomically(path: string): Promise<void> {
    await removeStaleTemporaries(path);
    const temp = temporaryPath(path);
    const raw = temp.replace(/\.tmp$/, ".raw.tmp");
    try {
      const sheetIds = await this.writeStreamed(raw);
      await rewriteZip(raw, temp, this.tableParts(sheetIds));
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    } finally {
      await unlink(raw).catch(() => undefined);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Writes every sheet with the streaming writer (tables aside); returns each sheet's part number. */
  private async writeStreamed(file: string): Promise<Map<string, number>> {
    // Opening first turns a missing folder or a read-only place into a plain rejected promise.
    const handle = await open(file, "wx");
    const stream = handle.createWriteStream();
    const streamFailed = new Promise<never>((_, reject) => stream.on("error", reject));
    // Stored, not deflated: the copy that adds the tables compresses every part exactly once.
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useSharedStrings: true,
      useStyles: true,
      zip: { store: true },
    }) as unknown as StreamWriter;
    const write = async () => {
      const ids = new Map<string, number>();
      for (const [index, draft] of this.sheets.entries()) {
        const ws = writer.addWorksheet(draft.name, { views: draft.views });
        ids.set(draft.name, index + 1);
        for (const [column, width] of draft.widths) ws.getColumn(column).width = width;
        for (const [address, rule] of draft.validations) ws.dataValidations.add(address, rule);
        await this.writeRows(draft, ws);
        ws.commit();
      }
      writer.definedNames.model = this.names.map((n) => ({ name: n.name, ranges: [...n.ranges] }));
      await writer.commit();
      return ids;
    };
    try {
      return await Promise.race([write(), streamFailed]);
    } finally {
      stream.destroy();
      await handle.close().catch(() => undefined);
    }
  }

  /** Writes the drafted cells and the appended table rows in sheet-row order, committing each row. */
  private async writeRows(draft: SheetDraft, ws: StreamSheet): Promise<void> {
    const batches = draft.tables.flatMap((t) => t.appended.map((a) => ({ table: t, ...a })));
    const lastRow = Math.max(0, ...draft.rows.keys(), ...batches.map((b) => b.start + b.rows.length - 1));
    const styles = new SharedStyles();
    let written = 0;
    for (let r = 1; r <= lastRow; r++) {
      const drafted = draft.rows.get(r);
      const batch = batches.find((b) => r >= b.start && r < b.start + b.rows.length);
      if (!drafted && !batch) continue;
      const row = ws.getRow(r);
      const left = batch ? batch.table.left : 0;
      const right = batch ? left + batch.table.headers.length - 1 : -1;
      if (drafted) {
        for (const [col, cell] of drafted) {
          if (col >= left && col <= right) continue; // overwritten by the appended row below
          const target = row.getCell(col);
          target.value = cell.value;
          target.style = styles.of(cell.numFmt, cell.bold);
        }
      }
      if (batch) {
        const values = batch.rows[r - batch.start];
        for (let j = 0; j <= right - left; j++) {
          const formula = batch.formulas[j];
          const under = drafted?.get(left + j);
          const target = row.getCell(left + j);
          target.value = formula
            ? ({ formula } as ExcelJS.CellFormulaValue)
            : fromCellValue(values[j] ?? null, batch.formats[j]);
          target.style = styles.of(batch.formats[j] ?? under?.numFmt, under?.bold);
        }
      }
      row.commit();
      if (++written % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * What the copy adds: table parts, each sheet's relationships and <tableParts>, content types, full
   * recalculation.
   */
  private tableParts(sheetIds: Map<string, number>): Parameters<typeof rewriteZip>[2] {
    const add: { name: string; text: string }[] = [];
    const insertBefore: Record<string, { marker: string; insert: string }> = {};
    const overrides: string[] = [];
    let tableCount = 0;
    for (const sheet of this.sheets) {
      if (sheet.tables.length === 0) continue;
      const sheetId = sheetIds.get(sheet.name)!;
      const rels: { Id: string; Type: string; Target: string }[] = [];
      for (const table of sheet.tables) {
        tableCount++;
        const xform = new TableXform();
        const model = tableModel(table, tableCount);
        xform.prepare(model, {});
        add.push({ name: `xl/tables/table${tableCount}.xml`, text: xform.toXml(model) });
        rels.push({ Id: `rId${rels.length + 1}`, Type: TABLE_REL, Target: `../tables/table${tableCount}.xml` });
        overrides.push(`<Override PartName="/xl/tables/table${tableCount}.xml" ContentType="${TABLE_CONTENT_TYPE}"/>`);
      }
      add.push({ name: `xl/worksheets/_rels/sheet${sheetId}.xml.rels`, text: new RelationshipsXform().toXml(rels) });
      const parts = rels.map((rel) => `<tablePart r:id="${rel.Id}"/>`).join("");
      insertBefore[`xl/worksheets/sheet${sheetId}.xml`] = {
        marker: "</worksheet>",
        insert: `<tableParts count="${rels.length}">${parts}</tableParts>`,
      };
    }
    return {
      add,
      insertBefore,
      // Fast deflate: about the size plain ExcelJS writes, at a third of the default level's time.
      compressionLevel: 1,
      edit: {
        "[Content_Types].xml": (xml) => replaceOnce(xml, "</Types>", `${overrides.join("")}</Types>`),
        // As the in-memory adapter: Excel and LibreOffice recompute every formula on opening.
        "xl/workbook.xml": (xml) =>
          /fullCalcOnLoad=/.test(xml) ? xml : xml.replace(/<calcPr\b([^>]*?)\s*\/>/, '<calcPr$1 fullCalcOnLoad="1"/>'),
      },
    };
  }

  private applyOne(op: PlanOp): void {
    switch (op.kind) {
      case "addSheet": {
        if (this.sheets.some((s) => s.name === op.sheet)) return;
        const draft: SheetDraft = {
          name: op.sheet,
          rows: new Map(),
          validations: new Map(),
          views: [],
          widths: new Map(),
          tables: [],
        };
        this.sheets.splice(
          op.position === undefined ? this.sheets.length : Math.min(op.position, this.sheets.length),
          0,
          draft,
        );
        return;
      }
      case "writeCells": {
        const sheet = this.sheet(op.sheet);
        const origin = parseCell(op.address);
        op.cells.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = this.setCell(sheet, origin.row + i, origin.col + j, fromPlanCell(value));
            if (op.numberFormat) cell.numFmt = op.numberFormat;
            if (op.bold) cell.bold = true;
          }),
        );
        return;
      }
      case "addTable":
        return this.addTable(op);
      case "setValidation":
        this.sheet(op.sheet).validations.set(
          op.address,
          toValidation(op.rule, op.errorTitle, op.errorMessage, op.prompt),
        );
        return;
      case "defineName":
        this.names = [
          ...this.names.filter((n) => n.name !== op.name),
          { name: op.name, ranges: [`${quoteSheet(op.sheet)}!${op.address}`] },
        ];
        return;
      case "freezeRows":
        this.sheet(op.sheet).views = [
          {
            state: "frozen",
            xSplit: 0,
            ySplit: op.rows,
            topLeftCell: `A${op.rows + 1}`,
            activeCell: `A${op.rows + 1}`,
          },
        ];
        return;
      case "setColumnWidths": {
        const sheet = this.sheet(op.sheet);
        for (const { column, width } of op.widths) sheet.widths.set(column, width);
        return;
      }
      case "moveCells":
        // A workbook being created has nothing typed to carry.
        return;
    }
  }

  /** The same cells and table as the in-memory adapter's addTable on a new sheet. */
  private addTable(op: Extract<PlanOp, { kind: "addTable" }>): void {
    if (this.findTable(op.name)) return;
    const sheet = this.sheet(op.sheet);
    const r = parseRange(op.address);
    const calculated = new Map((op.calculatedColumns ?? []).map((c) => [c.column, c.formula]));
    const formats = new Map((op.numberFormats ?? []).map((f) => [f.column, f.format]));
    const rows = op.rows.length > 0 ? op.rows : [op.headers.map(() => null)];
    const bottom = r.top + rows.length;
    op.headers.forEach((h, j) => {
      this.setCell(sheet, r.top, r.left + j, h).bold = true;
      for (let row = r.top + 1; row <= bottom; row++) {
        const formula = calculated.get(h);
        const cell = this.setCell(
          sheet,
          row,
          r.left + j,
          formula ? ({ formula } as ExcelJS.CellFormulaValue) : fromPlanCell(rows[row - r.top - 1][j] ?? null),
        );
        const format = formats.get(h);
        if (format) cell.numFmt = format;
      }
    });
    sheet.tables.push({
      name: op.name,
      top: r.top,
      left: r.left,
      bottom,
      right: r.left + op.headers.length - 1,
      headers: [...op.headers],
      calculated,
      appended: [],
    });
  }

  private setCell(sheet: SheetDraft, row: number, col: number, value: ExcelJS.CellValue): CellDraft {
    let cells = sheet.rows.get(row);
    if (!cells) sheet.rows.set(row, (cells = new Map()));
    const cell = cells.get(col);
    if (cell) {
      cell.value = value;
      return cell;
    }
    const created: CellDraft = { value };
    cells.set(col, created);
    return created;
  }

  /** The drafted cell at (row, col), appended table rows included (formulas as formulas). */
  private cellAt(sheet: SheetDraft, row: number, col: number): CellDraft | undefined {
    for (const table of sheet.tables) {
      if (col < table.left || col > table.right) continue;
      for (const batch of table.appended) {
        if (row < batch.start || row >= batch.start + batch.rows.length) continue;
        const j = col - table.left;
        const formula = batch.formulas[j];
        return {
          value: formula
            ? ({ formula } as ExcelJS.CellFormulaValue)
            : fromCellValue(batch.rows[row - batch.start][j] ?? null, batch.formats[j]),
        };
      }
    }
    return sheet.rows.get(row)?.get(col);
  }

  private rowIsEmpty(sheet: SheetDraft, row: number, left: number, right: number): boolean {
    for (let col = left; col <= right; col++) {
      const value = this.cellAt(sheet, row, col)?.value;
      if (value !== null && value !== undefined && !isFormula(value)) return false;
    }
    return true;
  }

  private sheet(name: string): SheetDraft {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`sheet ${name} not found`);
    return found;
  }

  private findTable(name: string): { sheet: SheetDraft; table: TableDraft } | null {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { sheet, table };
    }
    return null;
  }
}

/** The table model the in-memory adapter registers (same style, filter buttons, calculated column). */
function tableModel(table: TableDraft, id: number) {
  const ref = `${cellAddress(table.top, table.left)}:${cellAddress(table.bottom, table.right)}`;
  return {
    id,
    name: table.name,
    displayName: table.name,
    tableRef: ref,
    autoFilterRef: ref,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: "TableStyleMedium2",
      showRowStripes: true,
      showColumnStripes: false,
      showFirstColumn: false,
      showLastColumn: false,
    },
    columns: table.headers.map((name) => ({
      name,
      filterButton: true,
      ...(table.calculated.has(name) ? { calculatedColumnFormula: table.calculated.get(name) } : {}),
    })),
  };
}

/**
 * One style object per (number format, bold) pair. ExcelJS's style registry remembers the id of a
 * style object it has seen, so sharing the objects saves serialising a style for every cell.
 * The objects are never changed once handed out.
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  of(numFmt: string | undefined, bold: boolean | undefined): Partial<ExcelJS.Style> {
    const key = `${bold ? "b" : ""}|${numFmt ?? ""}`;
    let style = this.byKey.get(key);
    if (!style) {
      style = { ...(numFmt ? { numFmt } : {}), ...(bold ? { font: { bold: true } } : {}) };
      this.byKey.set(key, style);
    }
    return style;
  }
}

function replaceOnce(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  if (at < 0) throw new Error(`${search} not found`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}
