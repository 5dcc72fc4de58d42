import type { CellValue, Grid, WorkbookSnapshot } from "../core/contract";
import type { PlanOp } from "../core/plan-types";

/**
 * What the features (build, check, import, evaluate) need from a workbook. Implemented by the
 * Office.js adapter (src/office) and the ExcelJS adapter (src/xlsx); features never touch either API.
 */
export interface WorkbookPort {
  /** Sheets, tables, defined names, validations, and the cells of the computed sheets. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * The table's header and data rows (dates as serial numbers), or null when there is no such table.
   * `grid.firstRow` is the sheet row of the first data row. The one empty row a table without data
   * shows is not a row of data: such a table reads with no rows (see `tableDataRows`).
   */
  readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null>;
  /** Applies plan operations in order (the build's additions and repairs). */
  apply(ops: PlanOp[]): Promise<void>;
  /**
   * Appends rows after the table's last row, in the table's column order (a table without data gets
   * its empty row filled first). Callers leave calculated columns null: the column's formula fills
   * them. A value given there is not part of the contract (Excel would keep it as an exception to
   * the calculated column; the file engines write the formula).
   */
  appendRows(table: string, rows: CellValue[][]): Promise<void>;
  /**
   * The cells under the table, in its columns, from the row just below its last row down to the
   * sheet's last used row (`grid.firstRow` is that first row below); null when there is no such
   * table. What was typed there is outside the table: counted nowhere, and in an append's way.
   */
  readBelowTable(name: string): Promise<Grid | null>;
  /**
   * Grows the table down to sheet row `lastRow`, taking in the rows typed under it with their
   * values and formats; calculated columns get their formula, and a cell without a number format
   * gets its column's.
   */
  extendTable(name: string, lastRow: number, columns: TableColumnsSetup): Promise<void>;
}

/** What a table's new rows get: the calculated columns' formulas and the columns' number formats. */
export interface TableColumnsSetup {
  calculatedColumns: { column: string; formula: string }[];
  numberFormats: { column: string; format: string }[];
}

/**
 * The data rows of a table's body as read: none when the body is the single empty row Excel keeps
 * under the header of a table without data. Every adapter's readTable goes through it, so that an
 * empty table reads the same whatever engine holds the workbook.
 */
export function tableDataRows<T extends readonly unknown[]>(rows: T[]): T[] {
  const only = rows.length === 1 ? rows[0] : undefined;
  return only && only.every((v) => v === null || v === "") ? [] : rows;
}
