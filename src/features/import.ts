import { msg, msgDynamic, type StringKey } from "../i18n";
import "../i18n/areas/common";
import "../i18n/areas/import";
import { normalizeLabel } from "../core/catalogue";
import { filledRowsBelow, rowRanges } from "../core/check/outside";
import { checkTrackingRows } from "../core/check/rows";
import { columnLetters } from "../core/check/text";
import { TRACKING_COLUMNS, TRACKING_TABLE, type CellValue, type TrackingColumn } from "../core/contract";
import type { Convention } from "../core/convention";
import type { FindingCode } from "../core/findings";
import { gridToSource, listLines, parseCsv, type CsvDelimiter, type CsvEncoding } from "../core/import/decode";
import { keysAlreadyPresent, rowKey } from "../core/import/existing";
import { mapHeadings, type HeadingMap } from "../core/import/headings";
import { convertRow, type ConvertedRow } from "../core/import/rows";
import type { ImportProblem, Outcome, SourceTable } from "../core/import/types";
import { workbookConvention } from "./check";
import type { WorkbookPort } from "./port";
import { readsWorkbookSettings, type SettingsSource } from "./settings-source";
import { beforeWrite, checkpoint, type WorkControl } from "./work";

/** A CSV file's bytes, or the cells of another workbook (heading row first). */
export type ImportSource =
  | { kind: "csv"; bytes: Uint8Array }
  | {
      kind: "grid";
      rows: CellValue[][];
      /** Sheet row of rows[0] (default 1), so that problems name the rows the user sees. */
      firstRow?: number;
      /** Sheet column of each row's first cell (default 1, column A). */
      firstColumn?: number;
    };

export interface ImportOptions {
  /** Import the valid rows and report the others, instead of refusing the whole file. */
  skipInvalid: boolean;
  convention: Convention;
  /**
   * "preset" (default): rows are judged against the convention read back from the target workbook
   * (period from Paramètres, lists from Listes), `convention` filling whatever cannot be read;
   * "chosen": against `convention` as given. See SettingsSource.
   */
  settings?: SettingsSource;
  /** Today as ISO yyyy-mm-dd (dates after it are refused). */
  today: string;
  /**
   * Import rows that are already in the table (same values in every column) again. By default
   * they are left out and counted: importing the same file twice must not double every figure.
   */
  allowDuplicates?: boolean;
  /** Progress, and cancellation up to the first write (never once rows are being appended). */
  work?: WorkControl;
}

export interface ImportReport {
  /** "refused": nothing was written to the workbook. */
  status: "imported" | "refused";
  /** Data rows read from the source (blank lines aside). */
  read: number;
  imported: number;
  /** Rows left out because of an error (all of them when the import is refused for their sake). */
  rejected: number;
  /** Rows left out because none of their recognised columns holds anything. */
  skipped: number;
  /** Rows left out because the table already holds them (unless `allowDuplicates`). */
  alreadyPresent: number;
  /** Errors and warnings, file-level first, then in source line order. */
  problems: ImportProblem[];
  /** How a CSV source was read. */
  csv?: { encoding: CsvEncoding; delimiter: CsvDelimiter };
}

// The convention forbids recording these: an error of the personal-data guard always refuses the row.
// Its warnings « à vérifier » (a word sensitive only in some contexts) are reported, and the row imported:
// refusing a whole file for a word that is most often harmless would make the warning an error.
const ALWAYS_REFUSED: readonly FindingCode[] = ["SENSITIVE_DATA", "PERSONAL_IDENTIFIER"];

function fileProblem(
  code: ImportProblem["code"],
  key: StringKey,
  params: Record<string, string | number> = {},
): ImportProblem {
  return { code, severity: "error", line: null, column: null, text: msgDynamic(key, params) };
}

function refused(problems: ImportProblem[], counts: Partial<ImportReport> = {}): ImportReport {
  return { status: "refused", read: 0, imported: 0, rejected: 0, skipped: 0, alreadyPresent: 0, ...counts, problems };
}

const trackingColumnOf = (header: string): TrackingColumn | undefined =>
  TRACKING_COLUMNS.find((column) => normalizeLabel(column) === normalizeLabel(header));

/** Where the read of the target's table ends on an import's progress bar (a caller may do that read first). */
export const IMPORT_READ_END = 0.3;

/**
 * Appends rows from a CSV file or another workbook to the tracking table. Every row is converted
 * and checked with the table's row rules first; by default nothing is written when any row has an
 * error, with `skipInvalid` the valid rows are appended (in source order) and the others reported.
 * Existing rows are never touched: the port only appends after them.
 */
export async function importRows(
  port: WorkbookPort,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const work = options.work;
  await checkpoint(work, 0, IMPORT_READ_END, "read");
  const table = await port.readTable(TRACKING_TABLE);
  await checkpoint(work, IMPORT_READ_END);
  if (!table) return refused([fileProblem("TABLE_MISSING", "import.table.missing", { table: TRACKING_TABLE })]);
  // Rows typed under the table (outside it) would be written over: refuse, naming them.
  const below = await port.readBelowTable(TRACKING_TABLE);
  await checkpoint(work, 0.35);
  const typedBelow = filledRowsBelow(table.headers, below);
  if (below && typedBelow.length > 0) {
    const ranges = rowRanges(typedBelow, below.firstColumn, table.headers.length);
    return refused([
      fileProblem("ROWS_BELOW_TABLE", "import.table.rowsBelow", {
        count: typedBelow.length,
        table: TRACKING_TABLE,
        ranges,
      }),
    ]);
  }

  let parsed: Outcome<SourceTable>;
  let csv: ImportReport["csv"];
  let reading: ImportProblem[] = [];
  if (source.kind === "csv") {
    const read = parseCsv(source.bytes);
    if (read.ok) {
      csv = { encoding: read.value.encoding, delimiter: read.value.delimiter };
      reading = read.value.problems;
    }
    parsed = read;
  } else {
    parsed = gridToSource(source.rows, source.firstRow ?? 1);
  }
  await checkpoint(work, 0.45);
  if (!parsed.ok) return refused(parsed.problems);
  const { headings, rows } = parsed.value;

  const map = mapHeadings(headings, rows);
  const tableColumns = new Set(table.headers.map(trackingColumnOf));
  const absent = (Object.keys(map.headingOf) as TrackingColumn[]).filter((column) => !tableColumns.has(column));
  const structural = [
    ...reading.filter((p) => p.line === null),
    ...map.problems,
    ...absent.map((column) =>
      fileProblem("COLUMN_MISSING", "import.table.columnMissing", { column, table: TRACKING_TABLE }),
    ),
  ];
  if (structural.some((p) => p.severity === "error")) return refused(structural, { read: rows.length, csv });
  if (rows.length === 0) return refused([...structural, fileProblem("SOURCE_EMPTY", "import.source.noRows")], { csv });

  const convention = !readsWorkbookSettings(options.settings)
    ? options.convention
    : await workbookConvention(port, options.convention);
  await checkpoint(work, 0.5, 0.8, "check");
  const vocabulary = { indicators: convention.indicators, lists: convention.lists };
  const converted = rows.map((row) => convertRow(row, map, vocabulary));
  // A row with more fields than headings is refused as it is: its values would land in the wrong columns.
  const readingProblems = reading.filter((p) => p.line !== null);
  const misread = new Set(readingProblems.map((p) => p.line));
  const blank = converted.filter((row) => row.blank && !misread.has(row.line));
  const candidates = converted.filter((row) => !row.blank && !misread.has(row.line));
  const rowProblems = [
    ...readingProblems,
    ...blank.map((row): ImportProblem => ({
      code: "ROW_EMPTY",
      severity: "warning",
      line: row.line,
      column: null,
      text: msg("import.row.nothing", { line: row.line }),
    })),
    ...checkRows(candidates, map, source.kind === "grid" ? (source.firstColumn ?? 1) : 1, convention, options.today),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const problems = [...structural, ...rowProblems];
  await checkpoint(work, 0.8);

  const invalidLines = new Set(rowProblems.filter((p) => p.severity === "error").map((p) => p.line));
  const counts = { read: rows.length, skipped: blank.length, rejected: invalidLines.size, csv };
  if (invalidLines.size > 0 && !options.skipInvalid) return refused(problems, counts);
  const valid = candidates.filter((row) => !invalidLines.has(row.line));
  if (valid.length === 0) return refused([...problems, fileProblem("NO_VALID_ROW", "import.noValidRow")], counts);

  const laidOut = valid.map((row) => ({
    line: row.line,
    cells: table.headers.map((header) => {
      const column = trackingColumnOf(header);
      return column ? row.values[column] : null;
    }),
  }));
  // Rows the table already holds are left out (and counted) unless asked for: a file imported twice.
  let fresh = laidOut;
  if (!options.allowDuplicates) {
    const existing = keysAlreadyPresent(
      table.headers,
      table.grid.rows,
      laidOut.map((row) => row.cells),
    );
    fresh = laidOut.filter((row) => !existing.has(rowKey(table.headers, row.cells)));
    const present = laidOut.filter((row) => !fresh.includes(row)).map((row) => row.line);
    if (present.length > 0) {
      problems.push({
        code: "ROW_ALREADY_PRESENT",
        severity: "warning",
        line: null,
        column: null,
        text: msg("text.pair", {
          first: msg("import.row.alreadyPresent", { count: present.length }),
          second: msg("import.row.alreadyPresentLines", { lines: listLines(present) }),
        }),
      });
    }
  }
  const alreadyPresent = laidOut.length - fresh.length;
  if (fresh.length > 0) {
    await beforeWrite(work, 0.85);
    await port.appendRows(
      TRACKING_TABLE,
      fresh.map((row) => row.cells),
    );
  }
  return { status: "imported", imported: fresh.length, problems, ...counts, alreadyPresent };
}

/**
 * Runs the tracking table's row rules over the converted rows laid out as the source is (same
 * columns, one grid row per source line), so that each finding names the source's own cell and
 * line, and duplicates within the file are found.
 */
function checkRows(
  rows: ConvertedRow[],
  map: HeadingMap,
  firstColumn: number,
  convention: Convention,
  today: string,
): ImportProblem[] {
  if (rows.length === 0) return [];
  const firstLine = rows[0].line;
  const grid: CellValue[][] = Array.from({ length: rows[rows.length - 1].line - firstLine + 1 }, () => []);
  for (const row of rows)
    grid[row.line - firstLine] = map.columns.map((column) => (column ? row.values[column] : null));
  const findings = checkTrackingRows({
    // Ignored source columns get no heading: the rules then see empty cells there.
    headers: map.columns.map((column) => column ?? ""),
    grid: { sheet: "", firstRow: firstLine, firstColumn, rows: grid },
    convention,
    today,
  });
  // Findings only concern mapped columns (the others are empty): name them by the source's heading.
  const headingAt = new Map(
    map.columns.map((column, i) => [columnLetters(firstColumn + i), column ? map.headingOf[column] : undefined]),
  );
  return findings.map((finding) => ({
    code: finding.code,
    severity: ALWAYS_REFUSED.includes(finding.code) && finding.severity === "error" ? "error" : finding.severity,
    line: finding.row,
    column: finding.code === "DUPLICATE_ROW" ? null : (headingAt.get(finding.cell.replace(/\d+$/, "")) ?? null),
    text: finding.text,
  }));
}
