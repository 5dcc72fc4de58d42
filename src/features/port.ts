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
   * `grid.firstRow` is the sheet row of the first data row.
   */
  readTable(name: string): Promise<{ headers: string[]; grid: Grid } | null>;
  /** Applies plan operations in order (the build's additions and repairs). */
  apply(ops: PlanOp[]): Promise<void>;
  /** Appends rows after the table's last row, in the table's column order. */
  appendRows(table: string, rows: CellValue[][]): Promise<void>;
}
