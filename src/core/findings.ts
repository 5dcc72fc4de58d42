import type { Message } from "../i18n";

/** What check reports. Codes are a contract shared by the task pane, the CLI's --json and tests. */
export const FINDING_CODES = [
  // structure
  "SHEET_MISSING",
  "TABLE_MISSING",
  "COLUMN_MISSING",
  "NAME_MISSING",
  "FORMULA_ALTERED",
  "VALIDATION_MISSING",
  // rows of Suivi
  "DATE_MISSING",
  "DATE_INVALID",
  "DATE_OUT_OF_PERIOD",
  "DATE_IN_FUTURE",
  "INDICATOR_MISSING",
  "INDICATOR_UNKNOWN",
  "COUNT_INVALID",
  "VALUE_UNKNOWN",
  "CELL_ERROR",
  "DUPLICATE_ROW",
  "TEXT_TOO_LONG",
  "DATE_HAS_TIME",
  "ROW_OUTSIDE_TABLE",
  // personal data
  "SENSITIVE_DATA",
  "PERSONAL_IDENTIFIER",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "error" | "warning";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell concerned ("" when the finding is about a missing sheet). */
  cell: string;
  /** Sheet row number (the same as in `cell`), null for workbook-level findings. */
  row: number | null;
  /** What to tell the person, said in their language at the edge (`say` in src/i18n). */
  text: Message;
}

export interface CheckReport {
  ok: boolean;
  summary: { errors: number; warnings: number; rows: number };
  findings: Finding[];
}
