import type { Message } from "../../i18n";
import type { CellValue } from "../contract";
import type { FindingCode, Severity } from "../findings";

/** One record of the source file, with the line (CSV) or sheet row (xlsx) the user sees it on. */
export interface SourceRow {
  line: number;
  cells: CellValue[];
}

/** The source file as a heading row plus data rows, before any mapping. */
export interface SourceTable {
  headings: SourceRow;
  rows: SourceRow[];
}

/** Problems only import can find (the row rules reuse check's finding codes). */
export type ImportProblemCode =
  | "SOURCE_UNREADABLE"
  | "SOURCE_EMPTY"
  | "HEADING_DUPLICATE"
  | "HEADING_REQUIRED"
  | "HEADING_IGNORED"
  | "ROW_EMPTY"
  | "TABLE_MISSING"
  | "NO_VALID_ROW"
  | "ROW_TOO_MANY_FIELDS"
  | "ENCODING_MIXED"
  | "HEADING_GARBLED"
  | "ROWS_BELOW_TABLE"
  | "ROW_ALREADY_PRESENT";

export interface ImportProblem {
  code: ImportProblemCode | FindingCode;
  severity: Severity;
  /** Line of the source file (CSV line or sheet row), null when the whole file is concerned. */
  line: number | null;
  /** The source heading concerned, when there is one. */
  column: string | null;
  /** What to tell the person, said in their language at the edge. */
  text: Message;
}

/** Either a value or the problems that prevented it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };
