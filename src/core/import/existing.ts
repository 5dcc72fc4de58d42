import type { CellValue } from "../contract";

/**
 * Rows of the tracking table compared as a person compares them: every column but the calculated
 * Semestre, text without surrounding spaces or case, blanks all alike (the rule check uses for
 * duplicates). A row imported again from the same file has the same key as the row already there.
 */
export function rowKey(headers: readonly string[], cells: readonly CellValue[]): string {
  const parts: string[] = [];
  headers.forEach((header, i) => {
    if (String(header ?? "").trim().toLowerCase() === "semestre") return;
    const value = cells[i] ?? null;
    if (value === null || (typeof value === "string" && value.trim() === "")) parts.push("");
    else if (typeof value === "string") parts.push(`s${value.trim().toLowerCase()}`);
    else if (typeof value === "number") parts.push(`n${value}`);
    else if (typeof value === "boolean") parts.push(`b${value}`);
    else parts.push(`e${value.error}`);
  });
  return JSON.stringify(parts);
}

/** Keys of the rows the table holds (its blank rows aside). */
export function existingRowKeys(headers: readonly string[], rows: readonly CellValue[][]): Set<string> {
  const blank = rowKey(headers, []);
  const keys = new Set<string>();
  for (const row of rows) {
    const key = rowKey(headers, row);
    if (key !== blank) keys.add(key);
  }
  return keys;
}
