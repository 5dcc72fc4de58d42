import type { Message } from "../i18n";
import type { CellValue } from "./contract";

/**
 * The declarative workbook plan: what the build wants the workbook to contain. The core computes
 * it from a convention; both adapters (Office.js and ExcelJS) apply the same operations.
 * Formulas are en-US syntax without the leading "=" (the API's `range.formulas` form).
 */
export type PlanCell = CellValue | { formula: string };

export type ValidationRule =
  | { type: "list"; source: string } // a formula such as '=INDIRECT("ListeSexes[Sexe]")' or "a,b,c"
  | { type: "whole"; min: number; max?: number }
  | { type: "decimal"; min: number; max?: number }
  | { type: "date"; min: string; max: string } // formulas or ISO dates, e.g. "=CONV_DEBUT"
  | { type: "textLength"; max: number };

export type PlanOp =
  /** Adds a worksheet when it does not exist; `position` is its 0-based tab index when created. */
  | { kind: "addSheet"; sheet: string; position?: number }
  /** Writes a rectangle of values/formulas whose top-left cell is `address`. */
  | {
      kind: "writeCells";
      sheet: string;
      address: string;
      cells: PlanCell[][];
      numberFormat?: string;
      bold?: boolean;
      /**
       * How a rebuild treats cells that already exist (default "restore"):
       * "restore" rewrites any cell that differs (headers, labels, formulas of computed sheets);
       * "fillEmpty" writes only into empty cells (settings the user may have edited);
       * "createOnly" writes only when the sheet is created (cells finance staff type in).
       */
      repair?: "restore" | "fillEmpty" | "createOnly";
      /**
       * The cells are new in the layout of an existing sheet (a year the period gained): written
       * like on a new sheet, "createOnly" notwithstanding.
       */
      layoutAdded?: boolean;
    }
  /**
   * Carries a typed cell to its new place, value and number format, and empties the old one
   * (a block the layout moves). A no-op when the source is empty.
   */
  | { kind: "moveCells"; sheet: string; from: string; to: string }
  /**
   * Creates an Excel table over `address` (header row included) with `headers` and data `rows`.
   * Calculated columns carry a formula applied to every data row.
   */
  | {
      kind: "addTable";
      sheet: string;
      name: string;
      address: string;
      headers: string[];
      rows: PlanCell[][];
      calculatedColumns?: { column: string; formula: string }[];
      numberFormats?: { column: string; format: string }[];
    }
  /** Data validation on a range (a table column's data body is given as a range address). */
  | {
      kind: "setValidation";
      sheet: string;
      address: string;
      rule: ValidationRule;
      errorTitle: string;
      errorMessage: string;
      prompt?: string;
    }
  | { kind: "defineName"; name: string; sheet: string; address: string }
  | { kind: "freezeRows"; sheet: string; rows: number }
  | { kind: "setColumnWidths"; sheet: string; widths: { column: string; width: number }[] };

/** One change a build made or would make, reported to the user in plain French. */
export interface RepairChange {
  op: PlanOp;
  /** What to tell the person ("Feuille « Indicateurs » recréée."), said at the edge. */
  text: Message;
}
