import ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange, quoteSheet } from "../core/a1";
import {
  SHEET,
  type CellSnapshot,
  type CellValue,
  type Grid,
  type TableSnapshot,
  type ValidationSnapshot,
  type WorkbookSnapshot,
} from "../core/contract";
import { managedSheets } from "../core/managed-sheets";
import type { PlanCell, PlanOp, ValidationRule } from "../core/plan-types";
import { tableDataRows, type TableColumnsSetup, type WorkbookPort } from "../features/port";
import { applyExcelJsPatches } from "./exceljs-patches";

applyExcelJsPatches();

// ExcelJS's Table class, to register a table from a model without rewriting the cells of its range.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ExcelJsTable: new (ws: ExcelJS.Worksheet) => { model: unknown } = require("exceljs/lib/doc/table");

type Validations = {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, rule: ExcelJS.DataValidation): void;
};
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: Validations }).dataValidations;

const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system

/** Sheets whose cells the snapshot carries (the tracking sheet can hold 100 000 rows: not it). */
const SNAPSHOT_SHEETS: readonly string[] = [SHEET.parameters, SHEET.lists, SHEET.indicators, SHEET.financing];

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY + EPOCH_SERIAL;
}

/** An ExcelJS cell value as the core sees it (dates as serials, formulas by their result). */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EPOCH_SERIAL;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined) return null;
      if (result !== null && typeof result === "object" && "error" in result)
        return { error: String((result as { error: unknown }).error) };
      return toCellValue(result as ExcelJS.CellValue);
    }
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return null;
}

/**
 * The value of a cell as the core sees it. For formulas the result is read from the cell itself:
 * ExcelJS's `cell.value` copy drops falsy results (a computed 0 would read as empty).
 */
export function readCell(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell as unknown as { result: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in (result as object))
      return { error: String((result as { error: unknown }).error) };
    return toCellValue(result as ExcelJS.CellValue);
  }
  return toCellValue(cell.value);
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const f = cell.formula;
  return f ? f.replace(/^=/, "") : undefined;
}

type TableModel = {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string; calculatedColumnFormula?: string }[];
};

/** The WorkbookPort over an ExcelJS workbook held in memory. */
export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const wb = this.workbook;
    const tables: TableSnapshot[] = [];
    const validations: ValidationSnapshot[] = [];
    const cells: WorkbookSnapshot["cells"] = {};
    const cellSheets = snapshotSheets(wb);
    for (const ws of wb.worksheets) {
      for (const table of this.tablesOf(ws)) {
        tables.push({
          name: table.name,
          sheet: ws.name,
          address: table.tableRef,
          headers: table.columns.map((c) => c.name),
        });
      }
      for (const [address, rule] of Object.entries(validationsOf(ws).model)) {
        if (!rule || (rule.type as string) === "any") continue;
        const type = rule.type as ValidationSnapshot["type"];
        const source = type === "list" && rule.formulae?.[0] !== undefined ? String(rule.formulae[0]) : undefined;
        validations.push({ sheet: ws.name, address, type, ...(source !== undefined ? { source } : {}) });
      }
      if (cellSheets.includes(ws.name)) {
        const sheetCells: Record<string, CellSnapshot> = {};
        ws.eachRow({ includeEmpty: false }, (row) => {
          row.eachCell({ includeEmpty: false }, (cell) => {
            const formula = formulaOf(cell);
            sheetCells[cell.address] = { value: readCell(cell), ...(formula !== undefined ? { formula } : {}) };
          });
        });
        cells[ws.name] = sheetCells;
      }
    }
    // ExcelJS quotes every sheet name; keep quotes only where Excel needs them ("Paramètres!$B$2").
    const unquote = (range: string) =>
      range.replace(/^'((?:[^']|'')+)'!/, (_all, sheet: string) => `${quoteSheet(sheet.replace(/''/g, "'"))}!`);
    const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({
      name: n.name,
      formula: n.ranges.map(unquote).join(","),
    }));
    return { sheets: wb.worksheets.map((ws) => ws.name), tables, names, cells, validations };
  }

  async readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null> {
    const found = this.findTable(name);
    if (!found) return null;
    const { ws, table } = found;
    const r = parseRange(table.tableRef);
    const rows: CellValue[][] = [];
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const sheetRow = ws.getRow(row);
      const values: CellValue[] = [];
      for (let col = r.left; col <= r.right; col++) values.push(readCell(sheetRow.getCell(col)));
      rows.push(values);
    }
    return {
      headers: table.columns.map((c) => c.name),
      grid: { sheet: ws.name, firstRow: r.top + 1, firstColumn: r.left, rows: tableDataRows(rows) },
    };
  }

  async apply(ops: PlanOp[]): Promise<void> {
    for (const op of ops) this.applyOne(op);
  }

  async appendRows(tableName: string, rows: CellValue[][]): Promise<void> {
    const found = this.findTable(tableName);
    if (!found) throw new Error(`table ${tableName} not found`);
    const { ws, table } = found;
    const r = parseRange(table.tableRef);
    let start = r.bottom + 1;
    // A freshly created table keeps one empty row (Excel needs one): fill it first.
    if (r.bottom === r.top + 1 && this.rowIsEmpty(ws, r.bottom, r.left, r.right)) start = r.bottom;
    const formats = table.columns.map((_, j) => ws.getCell(r.top + 1, r.left + j).numFmt);
    rows.forEach((values, i) => {
      const sheetRow = ws.getRow(start + i);
      table.columns.forEach((column, j) => {
        const cell = sheetRow.getCell(r.left + j);
        if (column.calculatedColumnFormula)
          cell.value = { formula: column.calculatedColumnFormula } as ExcelJS.CellFormulaValue;
        else cell.value = fromCellValue(values[j] ?? null, formats[j]);
        if (formats[j]) cell.numFmt = formats[j];
      });
    });
    const bottom = Math.max(r.bottom, start + rows.length - 1);
    table.tableRef = `${cellAddress(r.top, r.left)}:${cellAddress(bottom, r.right)}`;
    table.autoFilterRef = table.tableRef;
  }

  async readBelowTable(name: string): Promise<Grid | null> {
    const found = this.findTable(name);
    if (!found) return null;
    const { ws, table } = found;
    const r = parseRange(table.tableRef);
    const rows: CellValue[][] = [];
    // findRow/findCell read without creating rows or cells (getRow/getCell would add them).
    for (let row = r.bottom + 1; row <= ws.rowCount; row++) {
      const sheetRow = ws.findRow(row);
      const values: CellValue[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const cell = sheetRow?.findCell(col);
        values.push(cell ? readCell(cell) : null);
      }
      rows.push(values);
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || v === "")) rows.pop();
    return { sheet: ws.name, firstRow: r.bottom + 1, firstColumn: r.left, rows };
  }

  async extendTable(name: string, lastRow: number, columns: TableColumnsSetup): Promise<void> {
    const found = this.findTable(name);
    if (!found) throw new Error(`table ${name} not found`);
    const { ws, table } = found;
    const r = parseRange(table.tableRef);
    if (lastRow <= r.bottom) return;
    const calculated = new Map(columns.calculatedColumns.map((c) => [c.column, c.formula]));
    const formats = new Map(columns.numberFormats.map((f) => [f.column, f.format]));
    table.columns.forEach((column, j) => {
      for (let row = r.bottom + 1; row <= lastRow; row++) {
        const cell = ws.getCell(row, r.left + j);
        const formula = calculated.get(column.name);
        if (formula) cell.value = { formula } as ExcelJS.CellFormulaValue;
        const format = formats.get(column.name);
        if (format && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = format;
      }
    });
    table.tableRef = `${cellAddress(r.top, r.left)}:${cellAddress(lastRow, r.right)}`;
    table.autoFilterRef = table.tableRef;
  }

  /** Writes the workbook next to `path` then renames it over: readers never see a partial file. */
  async saveAtomically(path: string): Promise<void> {
    // Node only: webpack leaves this import alone, so the task pane's bundle carries no fs/path code.
    const save = await import(/* webpackIgnore: true */ "./save");
    return save.saveAtomically(this.workbook, path);
  }

  // ---------------------------------------------------------------------------------------------

  private tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
    return ws
      .getTables()
      .map((t) => (t as unknown as { table?: TableModel }).table ?? (t as unknown as { model: TableModel }).model);
  }

  private findTable(name: string): { ws: ExcelJS.Worksheet; table: TableModel } | null {
    for (const ws of this.workbook.worksheets) {
      const table = this.tablesOf(ws).find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { ws, table };
    }
    return null;
  }

  private rowIsEmpty(ws: ExcelJS.Worksheet, row: number, left: number, right: number): boolean {
    for (let col = left; col <= right; col++) {
      const cell = ws.getCell(row, col);
      if (cell.type !== ExcelJS.ValueType.Null && cell.type !== ExcelJS.ValueType.Formula) return false;
    }
    return true;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`sheet ${name} not found`);
    return ws;
  }

  private applyOne(op: PlanOp): void {
    switch (op.kind) {
      case "addSheet":
        return this.addSheet(op.sheet, op.position);
      case "writeCells": {
        const ws = this.sheet(op.sheet);
        const origin = parseCell(op.address);
        op.cells.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = ws.getCell(origin.row + i, origin.col + j);
            cell.value = fromPlanCell(value);
            if (op.numberFormat) cell.numFmt = op.numberFormat;
            if (op.bold) cell.font = { ...(cell.font ?? {}), bold: true };
          }),
        );
        return;
      }
      case "addTable":
        return this.addTable(op);
      case "setValidation":
        validationsOf(this.sheet(op.sheet)).add(
          op.address,
          toValidation(op.rule, op.errorTitle, op.errorMessage, op.prompt),
        );
        return;
      case "defineName": {
        const names = this.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
        const others = names.model.filter((n) => n.name !== op.name);
        names.model = [...others, { name: op.name, ranges: [`${quoteSheet(op.sheet)}!${op.address}`] }];
        return;
      }
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
      case "moveCells":
        return moveCell(this.sheet(op.sheet), op.from, op.to);
      case "setColumnWidths": {
        const ws = this.sheet(op.sheet);
        for (const { column, width } of op.widths) ws.getColumn(column).width = width;
        return;
      }
    }
  }

  private addSheet(name: string, position?: number): void {
    if (this.workbook.getWorksheet(name)) return;
    const created = this.workbook.addWorksheet(name);
    if (position === undefined) return;
    const others = this.workbook.worksheets.filter((ws) => ws !== created);
    others.splice(Math.min(position, others.length), 0, created);
    others.forEach((ws, i) => {
      (ws as unknown as { orderNo: number }).orderNo = i;
    });
  }

  private addTable(op: Extract<PlanOp, { kind: "addTable" }>): void {
    const ws = this.sheet(op.sheet);
    if (this.findTable(op.name)) return;
    const r = parseRange(op.address);
    const calculated = new Map((op.calculatedColumns ?? []).map((c) => [c.column, c.formula]));
    const headerPresent = op.headers.every((h, j) => toCellValue(ws.getCell(r.top, r.left + j).value) === h);
    let bottom: number;
    if (headerPresent) {
      // The data is still there (only the table object was lost): adopt it without rewriting a row.
      bottom = r.top + 1;
      for (let row = r.top + 1; row <= ws.rowCount; row++)
        if (!this.rowIsEmpty(ws, row, r.left, r.left + op.headers.length - 1)) bottom = row;
    } else {
      op.headers.forEach((h, j) => {
        ws.getCell(r.top, r.left + j).value = h;
      });
      const rows = op.rows.length > 0 ? op.rows : [op.headers.map(() => null)];
      rows.forEach((values, i) =>
        values.forEach((value, j) => {
          ws.getCell(r.top + 1 + i, r.left + j).value = fromPlanCell(value);
        }),
      );
      bottom = r.top + rows.length;
    }
    const formats = new Map((op.numberFormats ?? []).map((f) => [f.column, f.format]));
    op.headers.forEach((h, j) => {
      ws.getCell(r.top, r.left + j).font = { bold: true };
      for (let row = r.top + 1; row <= bottom; row++) {
        const cell = ws.getCell(row, r.left + j);
        const formula = calculated.get(h);
        if (formula) cell.value = { formula } as ExcelJS.CellFormulaValue;
        const format = formats.get(h);
        if (format) cell.numFmt = format;
      }
    });
    const ref = `${cellAddress(r.top, r.left)}:${cellAddress(bottom, r.left + op.headers.length - 1)}`;
    const model: TableModel & Record<string, unknown> = {
      name: op.name,
      displayName: op.name,
      ref: cellAddress(r.top, r.left),
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
      columns: op.headers.map((name) => ({
        name,
        filterButton: true,
        ...(calculated.has(name) ? { calculatedColumnFormula: calculated.get(name) } : {}),
      })),
      rows: [],
    };
    // Built from the model directly: ExcelJS's addTable would rewrite every cell of the range.
    const table = new ExcelJsTable(ws);
    table.model = model;
    (ws as unknown as { tables: Record<string, unknown> }).tables[op.name] = table;
  }
}

/** A typed cell carried to its new place with its value and style; the old place is emptied. */
function moveCell(ws: ExcelJS.Worksheet, from: string, to: string): void {
  const source = ws.getCell(from);
  if (source.type === ExcelJS.ValueType.Null) return;
  const target = ws.getCell(to);
  target.value = source.value;
  target.style = { ...source.style };
  source.value = null;
}

/** The sheets whose cells the snapshot carries: the managed ones, found under their real names. */
function snapshotSheets(wb: ExcelJS.Workbook): string[] {
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({
    name: n.name,
    formula: n.ranges[0] ?? "",
  }));
  const tables = wb.worksheets.flatMap((ws) =>
    ws.getTables().map((t) => ({
      name: (
        (t as unknown as { table?: { name: string } }).table ?? (t as unknown as { model: { name: string } }).model
      ).name,
      sheet: ws.name,
    })),
  );
  const actual = managedSheets({ sheets: wb.worksheets.map((ws) => ws.name), tables, names });
  return [...SNAPSHOT_SHEETS, actual.parameters, actual.lists];
}

export function fromPlanCell(value: PlanCell): ExcelJS.CellValue {
  if (value !== null && typeof value === "object" && "formula" in value)
    return { formula: value.formula } as ExcelJS.CellFormulaValue;
  if (value !== null && typeof value === "object" && "error" in value)
    return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/** A core value written to a cell; a serial number in a date-formatted column becomes a Date. */
export function fromCellValue(value: CellValue, numFmt: string | undefined): ExcelJS.CellValue {
  if (typeof value === "number" && numFmt && /d/.test(numFmt) && /y/.test(numFmt)) {
    return new Date(Math.round((value - EPOCH_SERIAL) * MS_PER_DAY));
  }
  return fromPlanCell(value);
}

export function toValidation(
  rule: ValidationRule,
  title: string,
  message: string,
  prompt?: string,
): ExcelJS.DataValidation {
  // OOXML knows "stop" (blocking), "warning" and "information"; "stop" is what refuses bad input.
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: title,
    error: message,
    ...(prompt ? { showInputMessage: true, prompt } : {}),
  };
  const bound = (v: string) => (v.startsWith("=") ? v.slice(1) : String(isoToSerial(v)));
  switch (rule.type) {
    case "list":
      return {
        ...common,
        type: "list",
        formulae: [rule.source.startsWith("=") ? rule.source.slice(1) : `"${rule.source}"`],
      } as ExcelJS.DataValidation;
    case "whole":
    case "decimal":
      return (
        rule.max === undefined
          ? { ...common, type: rule.type, operator: "greaterThanOrEqual", formulae: [rule.min] }
          : { ...common, type: rule.type, operator: "between", formulae: [rule.min, rule.max] }
      ) as ExcelJS.DataValidation;
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [bound(rule.min), bound(rule.max)],
      } as ExcelJS.DataValidation;
    case "textLength":
      return {
        ...common,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [rule.max],
      } as ExcelJS.DataValidation;
  }
}
