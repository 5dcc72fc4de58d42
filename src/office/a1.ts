import { columnLetters as lettersOf, columnNumber } from "../core/a1";
import { t } from "../i18n";
import "../i18n/areas/common";

/** A1 address arithmetic for the Office adapter (0-based indexes, as the Excel API counts). */

export interface CellRef {
  row: number;
  column: number;
}

export interface RangeRef {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  return columnNumber(letters) - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  return lettersOf(index + 1);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B7" (dollars allowed) → { row: 6, column: 1 }. */
export function parseCell(address: string): CellRef {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(t("a1.badAddress", { address }));
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1]);
  // Excel's grid: rows 1…1 048 576, columns A…XFD.
  if (row < 0 || row >= 1048576 || column >= 16384) throw new Error(t("a1.badAddress", { address }));
  return { row, column };
}

/** "A1:J10", "C3" → a rectangle; a sheet prefix ("Suivi!A1:B2") is ignored. */
export function parseRange(address: string): RangeRef {
  const local = stripSheet(address);
  const [first, last = first] = local.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.column - a.column) + 1,
  };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rangeAddress(ref: RangeRef): string {
  const start = cellAddress(ref.row, ref.column);
  if (ref.rowCount === 1 && ref.columnCount === 1) return start;
  return `${start}:${cellAddress(ref.row + ref.rowCount - 1, ref.column + ref.columnCount - 1)}`;
}

/** "'Suivi 2'!A1:B2" → "A1:B2"; addresses in snapshots carry no sheet prefix. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
