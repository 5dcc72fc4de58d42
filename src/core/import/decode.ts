import { parse } from "csv-parse/sync";
import { msg, type Message } from "../../i18n";
import "../../i18n/areas/import";
import { isBlank } from "../check/text";
import { at } from "../checked";
import type { CellValue } from "../contract";
import type { ImportProblem, Outcome, SourceRow, SourceTable } from "./types";

export type CsvEncoding = "utf-8" | "windows-1252";
export type CsvDelimiter = ";" | ",";

export interface ParsedCsv extends SourceTable {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /**
   * What reading found line by line: rows with more fields than headings (errors: their values
   * would be shifted) and lines read as Windows-1252 in a UTF-8 file (a warning).
   */
  problems: ImportProblem[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function refusal(text: Message, line: number | null = null): Outcome<never> {
  const problem: ImportProblem = { code: "SOURCE_UNREADABLE", severity: "error", line, column: null, text };
  return { ok: false, problems: [problem] };
}

/**
 * What Windows-1252 puts at 0x80–0x9F (WHATWG Encoding Standard; the five unassigned bytes stay
 * as they are). Node 20.18.3+ decodes "windows-1252" as Latin-1 and returns C1 control characters
 * there (nodejs/node#56542): mapping them again is a no-op in browsers and a fix in Node.
 */
const C1_AS_1252 = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const decode1252 = (bytes: Uint8Array): string =>
  new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => at(C1_AS_1252, c.charCodeAt(0) - 0x80));

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, Windows-1252 otherwise: the two
 * encodings Excel writes for "CSV UTF-8" and "CSV (séparateur : point-virgule)" on a French Windows.
 * A file that mixes them (UTF-8 lines with one line pasted from a 1252 file) is decoded line by
 * line, each in its own encoding, so that the good lines never turn into « rÃ©alisÃ©s »;
 * `windows1252Lines` then names the lines read as Windows-1252.
 */
export function decodeText(
  bytes: Uint8Array,
): Outcome<{ text: string; encoding: CsvEncoding; windows1252Lines?: number[] }> {
  // UTF-16 (Excel's "Texte Unicode") would decode as 1252 into garbage: say so instead.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return refusal(msg("import.source.utf16"));
  }
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, value: { text: utf8.decode(body), encoding: "utf-8" } };
  } catch {
    // Not UTF-8 as a whole: line by line (a UTF-8 sequence never holds the byte 0x0A).
    const parts: string[] = [];
    const windows1252Lines: number[] = [];
    let utf8Accents = false;
    let start = 0;
    for (let line = 1; start <= body.length; line++) {
      let end = body.indexOf(0x0a, start);
      if (end < 0) end = body.length;
      const bytesOfLine = body.subarray(start, end);
      try {
        parts.push(utf8.decode(bytesOfLine));
        if (bytesOfLine.some((b) => b >= 0x80)) utf8Accents = true;
      } catch {
        parts.push(decode1252(bytesOfLine));
        windows1252Lines.push(line);
      }
      start = end + 1;
    }
    const text = parts.join("\n");
    // No line needs UTF-8: a plain Windows-1252 file.
    if (!utf8Accents) return { ok: true, value: { text, encoding: "windows-1252" } };
    return { ok: true, value: { text, encoding: "utf-8", windows1252Lines } };
  }
}

/** `;` or `,`, whichever occurs more often outside quotes on the first non-blank line (`;` on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (started) break;
    } else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
    if (char.trim() !== "") started = true;
  }
  return commas > semicolons ? "," : ";";
}

const isBlankRow = (cells: CellValue[]): boolean => cells.every(isBlank);

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Decodes and parses a CSV file into its heading row and data rows, each with the line number the
 * user sees in a text editor (a quoted value spanning lines counts from its first line).
 * Blank lines, and lines of empty cells that spreadsheets export for blank rows, are left out.
 */
export function parseCsv(bytes: Uint8Array): Outcome<ParsedCsv> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  // One line-ending convention, so that csv-parse's line counter matches the editor's.
  const text = decoded.value.text.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(text);
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : null;
    return refusal(msg("import.source.malformed", { line: line ?? "?" }), line);
  }
  const rows: SourceRow[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    const row: SourceRow = { line: previousEnd + 1, cells: record };
    previousEnd = info.lines;
    if (!isBlankRow(row.cells)) rows.push(row);
  }
  const [headings, ...data] = rows;
  if (!headings) return refusal(msg("import.source.empty"));
  const problems: ImportProblem[] = [];
  const mixed = decoded.value.windows1252Lines ?? [];
  if (mixed.length > 0) {
    problems.push({
      code: "ENCODING_MIXED",
      severity: "warning",
      line: null,
      column: null,
      text: msg("import.source.mixedEncoding", { lines: listLines(mixed) }),
    });
  }
  // A trailing delimiter makes empty fields: harmless. A value past the last heading is not.
  const width = lastFilled(headings.cells) + 1;
  for (const row of data) {
    const count = lastFilled(row.cells) + 1;
    if (count > width) {
      problems.push({
        code: "ROW_TOO_MANY_FIELDS",
        severity: "error",
        line: row.line,
        column: null,
        text: msg("import.row.tooManyFields", { line: row.line, count, headings: width, delimiter }),
      });
    }
  }
  return {
    ok: true,
    value: { headings, rows: data, encoding: decoded.value.encoding, delimiter, problems },
  };
}

const lastFilled = (cells: CellValue[]): number => {
  for (let i = cells.length - 1; i >= 0; i--) if (!isBlank(at(cells, i))) return i;
  return -1;
};

/** "2, 5, 9" (the first 20, then "…"). */
export function listLines(lines: readonly number[]): string {
  return lines.length > 20 ? `${lines.slice(0, 20).join(", ")}, …` : lines.join(", ");
}

/** Heading row and data rows of a grid read from a workbook; `firstRow` is the sheet row of rows[0]. */
export function gridToSource(rows: CellValue[][], firstRow = 1): Outcome<SourceTable> {
  const numbered = rows.map((cells, i) => ({ line: firstRow + i, cells })).filter((row) => !isBlankRow(row.cells));
  const [headings, ...data] = numbered;
  if (!headings) return refusal(msg("import.source.empty"));
  return { ok: true, value: { headings, rows: data } };
}
