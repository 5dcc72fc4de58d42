/**
 * The workbook contract: sheet, table, column and defined names that the build writes and that
 * check, import, evaluation and other tools rely on. Renaming any of these breaks users' files.
 */
export const SHEET = {
  parameters: "Paramètres",
  lists: "Listes",
  tracking: "Suivi",
  indicators: "Indicateurs",
  financing: "Financement",
} as const;
export type ManagedSheet = (typeof SHEET)[keyof typeof SHEET];

/** The counsellor's tracking table (an Excel table, same name as its sheet). */
export const TRACKING_TABLE = "Suivi";

export const TRACKING_COLUMNS = [
  "Date",
  "Indicateur",
  "Nombre",
  "Quartier",
  "Tranche d'âge",
  "Sexe",
  "Précision",
  "Commentaire",
  "Saisi par",
  "Semestre",
] as const;
export type TrackingColumn = (typeof TRACKING_COLUMNS)[number];

/** Columns the counsellor types into (Semestre is calculated). */
export const TRACKING_INPUT_COLUMNS: readonly TrackingColumn[] = TRACKING_COLUMNS.filter((c) => c !== "Semestre");

/** Free-text columns searched for personal data (plus any column the user added). */
export const FREE_TEXT_COLUMNS: readonly TrackingColumn[] = ["Précision", "Commentaire"];

/** Defined names of the Paramètres sheet that formulas and other tools read. */
export const DEFINED_NAME = {
  number: "CONV_NUMERO",
  start: "CONV_DEBUT",
  end: "CONV_FIN",
  etp: "CONV_ETP",
} as const;

/**
 * A cell value as both adapters hand it to the core: dates are Excel serial numbers (1900 system),
 * error values are `{ error: "#REF!" }`, empty cells are null.
 */
export type CellValue = string | number | boolean | null | { error: string };

/** A rectangular block read from a sheet, with the sheet row number of its first row. */
export interface Grid {
  sheet: string;
  /** 1-based sheet row number of rows[0]. */
  firstRow: number;
  /** 1-based sheet column number of each row's first cell. */
  firstColumn: number;
  rows: CellValue[][];
}

/** What an adapter reads of a workbook's structure, for repair and for check. */
export interface WorkbookSnapshot {
  sheets: string[];
  tables: TableSnapshot[];
  /** Workbook-level defined names, formula without the leading "=" (e.g. "Paramètres!$B$2"). */
  names: { name: string; formula: string }[];
  /** Cells of the managed computed sheets, keyed by sheet then A1 address. */
  cells: Record<string, Record<string, CellSnapshot>>;
  validations: ValidationSnapshot[];
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** Whole table range including header, e.g. "A1:J120". */
  address: string;
  headers: string[];
}

export interface CellSnapshot {
  /** Formula without the leading "=", in en-US syntax, when the cell holds one. */
  formula?: string;
  value: CellValue;
}

export interface ValidationSnapshot {
  sheet: string;
  /** Range the rule applies to, e.g. "B2:B1048576" or a table column's data range. */
  address: string;
  type: "list" | "whole" | "decimal" | "date" | "textLength" | "custom";
  /** For a list: the source formula or the comma-separated values. */
  source?: string;
}
