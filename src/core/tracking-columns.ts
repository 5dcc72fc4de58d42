// Finding the tracking table's columns by header and counting its filled rows: kept apart from the
// row rules so that what only reads the table (the pane's home screen) loads none of the checks.
import { normalizeLabel } from "./catalogue";
import { TRACKING_COLUMNS, type CellValue, type Grid, type TrackingColumn } from "./contract";

/** A header as the rules compare it: case, accents and spaces aside. */
export const headerKey = (header: string): string =>
  normalizeLabel(header)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/** The contract's column a table header names (case and accents aside), if any. */
export const columnOf = (header: string): TrackingColumn | undefined =>
  TRACKING_COLUMNS.find((c) => headerKey(c) === headerKey(header));

/** True when every cell of `columns` is empty or blank text. */
export function isBlankRow(cells: CellValue[], columns: number[]): boolean {
  for (const column of columns) {
    const value = cells[column];
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string" || value.trim() !== "") return false;
  }
  return true;
}

/** Rows that hold something (the blank rows a table keeps at its end are not counted). */
export function countFilledRows(headers: string[], grid: Grid): number {
  const semestre = headers.findIndex((h) => headerKey(String(h ?? "")) === headerKey("Semestre"));
  const columns = headers.map((_, i) => i).filter((i) => i !== semestre);
  let count = 0;
  for (const cells of grid.rows) if (!isBlankRow(cells, columns)) count++;
  return count;
}
