import { msg } from "../../i18n";
import "../../i18n/areas/check";
import { columnLetters } from "../a1";
import type { CellValue, Grid } from "../contract";
import type { Finding } from "../findings";
import { isBlank } from "./text";

/**
 * Rows typed under a table but outside it: LibreOffice does not grow a table when one types just
 * below it, and a row inserted under the last one is outside too. Such rows count in no indicator,
 * and an append would write over them; the rules below find them in the cells an adapter reads
 * under the table (`below.firstRow` is the sheet row just under the table's last row).
 */

/** The calculated column (its formula copied down shows "" and means nothing typed). */
const headerIs = (header: string, name: string): boolean => header.trim().toLowerCase() === name.toLowerCase();

/** Sheet rows under the table where something is typed in the table's columns, top to bottom. */
export function filledRowsBelow(headers: readonly string[], below: Grid | null): number[] {
  if (!below) return [];
  const ignored = new Set(
    headers.map((h, i) => (headerIs(String(h ?? ""), "Semestre") ? i : -1)).filter((i) => i >= 0),
  );
  const rows: number[] = [];
  below.rows.forEach((cells: CellValue[], r) => {
    if (cells.some((cell, c) => !ignored.has(c) && cell !== undefined && !isBlank(cell))) rows.push(below.firstRow + r);
  });
  return rows;
}

/** The rows as A1 ranges over the table's columns, runs of consecutive rows merged: "A5:J7, A9:J9". */
export function rowRanges(rows: readonly number[], firstColumn: number, width: number): string {
  const left = columnLetters(firstColumn);
  const right = columnLetters(firstColumn + Math.max(1, width) - 1);
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  const shown = runs.slice(0, 20).map(([a, b]) => `${left}${a}:${right}${b}`);
  return runs.length > 20 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/**
 * The rows a repair takes into the table: those typed right under it, without a blank row between
 * (further down, a blank row may separate something else the user keeps under the table).
 */
export function adjacentRowsBelow(filled: readonly number[], firstRowBelow: number): number[] {
  const taken: number[] = [];
  for (const row of filled) {
    if (row !== firstRowBelow + taken.length) break;
    taken.push(row);
  }
  return taken;
}

/** check's finding for rows typed under the tracking table, or null when there are none. */
export function outsideTableFinding(table: string, headers: readonly string[], below: Grid | null): Finding | null {
  const rows = filledRowsBelow(headers, below);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined || !below) return null;
  const ranges = rowRanges(rows, below.firstColumn, headers.length);
  return {
    code: "ROW_OUTSIDE_TABLE",
    severity: "error",
    sheet: below.sheet,
    cell: `${columnLetters(below.firstColumn)}${first}`,
    row: first,
    text: msg("check.rowsOutsideTable", { count: rows.length, table, ranges, last }),
  };
}
