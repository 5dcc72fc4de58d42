/**
 * Payload sizing for Office.js requests. Excel on the web rejects a request or a response over
 * 5 MB, so big writes and reads are cut into chunks whose estimated JSON size stays under a budget
 * well below that limit. Pure functions: unit-tested without Excel.
 */

/** Excel on the web's cap on one request or response payload. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * What one request or response is allowed to carry by our estimate: half the limit, because Microsoft
 * does not say how the 5 MB is counted (protocol overhead, encoding), and a refusal is retried smaller.
 */
export const CHUNK_BUDGET_BYTES = 2_500_000;
/** Microsoft's large-range guidance: blocks of 5 000 to 20 000 rows; never more rows than this per request. */
export const MAX_ROWS_PER_REQUEST = 20_000;
/** Rows read in the first request of a table read; their size decides the size of the next chunks. */
export const FIRST_READ_ROWS = 1000;
/** Our estimate of what one statement (object path, method, ids) adds to a request, arguments aside. */
export const STATEMENT_BYTES = 256;
/** Estimated response bytes of one cell read with its formula, value and value type. */
export const CELL_READ_BYTES = 256;
/** Estimated response bytes of one data validation read (type and the whole rule object). */
export const VALIDATION_READ_BYTES = 1024;

/** UTF-8 bytes of `JSON.stringify(text)`, quotes included, without building the string. */
export function stringJsonBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate is escaped as \uXXXX
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of one cell in a JSON payload (values, formulas, value types or number formats). */
export function cellJsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "string") return stringJsonBytes(value);
  return stringJsonBytes(JSON.stringify(value)); // rare (error objects): an upper bound is enough
}

/** Bytes of one row `[a,b,c]` plus the comma that separates it from the next row. */
export function rowJsonBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1) + 1;
  for (const cell of row) bytes += cellJsonBytes(cell);
  return bytes;
}

/** Half-open row spans [start, end). */
export interface RowSpan {
  start: number;
  end: number;
}

/**
 * Cuts `rows` into consecutive spans whose estimated size stays within `budget` bytes; a single
 * row larger than the budget gets a span of its own (Excel will then refuse it with a clear error).
 */
export function chunkRowsByBytes(
  rows: readonly (readonly unknown[])[],
  budget = CHUNK_BUDGET_BYTES,
  maxRows = MAX_ROWS_PER_REQUEST,
): RowSpan[] {
  const spans: RowSpan[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const size = rowJsonBytes(rows[i]);
    if (i > start && (bytes + size > budget || i - start >= maxRows)) {
      spans.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (rows.length > start) spans.push({ start, end: rows.length });
  return spans;
}

/**
 * Rows per read request after the first one, from the byte sizes of the rows already read (values
 * and value types): the budget divided by the largest sample row, at least one row, at most
 * MAX_ROWS_PER_REQUEST.
 */
export function rowsPerReadChunk(sampleRowBytes: readonly number[], budget = CHUNK_BUDGET_BYTES): number {
  const largest = sampleRowBytes.reduce((max, b) => Math.max(max, b), 1);
  return Math.min(MAX_ROWS_PER_REQUEST, Math.max(1, Math.floor(budget / largest)));
}

/**
 * Errors Excel gives for a request or a response too large: the payload codes, and GeneralException,
 * which older builds of Excel on the web answered instead. The caller retries with half as much.
 */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "GeneralException"
  );
}
