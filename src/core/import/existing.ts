import type { CellValue } from "../contract";

const isSemester = (header: string): boolean =>
  String(header ?? "")
    .trim()
    .toLowerCase() === "semestre";

/**
 * Rows of the tracking table compared as a person compares them: every column but the calculated
 * Semestre, text without surrounding spaces or case, blanks all alike (the rule check uses for
 * duplicates). A row imported again from the same file has the same key as the row already there.
 */
export function rowKey(headers: readonly string[], cells: readonly CellValue[]): string {
  const parts: string[] = [];
  headers.forEach((header, i) => {
    if (isSemester(header)) return;
    const value = cells[i] ?? null;
    if (value === null || (typeof value === "string" && value.trim() === "")) parts.push("");
    else if (typeof value === "string") parts.push(`s${value.trim().toLowerCase()}`);
    else if (typeof value === "number") parts.push(`n${value}`);
    else if (typeof value === "boolean") parts.push(`b${value}`);
    else parts.push(`e${value.error}`);
  });
  return JSON.stringify(parts);
}

/** One cell as rowKey compares it, cheap to test against a Set (numbers stay numbers). */
function cellProbe(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim().toLowerCase();
  if (typeof value === "number" || typeof value === "boolean") return value;
  return `#${value.error}`;
}

/**
 * Which of `keys` (rowKey of rows about to be added) the table's rows already hold. Only the rows
 * whose first compared cell matches one of the candidates' get a key: a table of 100 000 rows is
 * not turned into 100 000 kept strings.
 */
export function keysAlreadyPresent(
  headers: readonly string[],
  rows: readonly CellValue[][],
  candidates: readonly (readonly CellValue[])[],
): Set<string> {
  const found = new Set<string>();
  if (candidates.length === 0) return found;
  const keys = new Set(candidates.map((cells) => rowKey(headers, cells)));
  const blank = rowKey(headers, []);
  const column = headers.findIndex((header) => !isSemester(header));
  // No compared column: every row has the blank key, which is never "already present".
  if (column < 0) return found;
  const probes = new Set(candidates.map((cells) => cellProbe(cells[column])));
  for (const row of rows) {
    if (!probes.has(cellProbe(row[column]))) continue;
    const key = rowKey(headers, row);
    if (key !== blank && keys.has(key)) found.add(key);
  }
  return found;
}
