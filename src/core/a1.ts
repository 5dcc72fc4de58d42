import { t } from "../i18n";
import "../i18n/areas/common";
import { group } from "./checked";

/** A1 addresses, 1-based like the sheet's own numbering: "A" is column 1, "B7" is row 7, column 2. */

export interface CellPosition {
  row: number;
  col: number;
}

export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 1, "AA" → 27 (case-insensitive); throws on anything that is not letters. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(t("a1.badAddress", { address: letters }));
    column = column * 26 + (code - 64);
  }
  return column;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * A sheet name as a reference writes it: bare where Excel takes it so (Paramètres!$B$3), otherwise in
 * quotes, its own quotes doubled ('Évaluation 2021-S1'!$A$1). A name that reads as a cell (AB12, R1C1)
 * is quoted too: bare, it would be taken for the cell.
 */
export function quoteSheet(name: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*)?(C\d*)?$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B7" or "$B$7" → { row: 7, col: 2 }. */
export function parseCell(address: string): CellPosition {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(t("a1.badAddress", { address }));
  return { row: Number(group(match, 2)), col: columnNumber(group(match, 1)) };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A worksheet's last row and column (XFD). */
export const LAST_ROW = 1048576;
export const LAST_COLUMN = 16384;

/**
 * One area of a range as Excel stores it: "C3", "C3:D9", or a whole column ("L:L", rows 1 to the
 * last) or row ("5:5") as a rule set on a selected column is kept; null when it reads as none
 * (unlike parseRange, which refuses: ranges read from a user's file may be anything).
 */
export function areaBounds(area: string): RangeBounds | null {
  const end = (text: string, first: boolean) => {
    const match = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text.trim());
    if (!match || (match[1] === undefined && match[2] === undefined)) return null;
    return {
      row: match[2] !== undefined ? Number(match[2]) : first ? 1 : LAST_ROW,
      col: match[1] !== undefined ? columnNumber(match[1]) : first ? 1 : LAST_COLUMN,
    };
  };
  const [a = "", b = a] = area.split(":");
  const start = end(a, true);
  const last = end(b, false);
  return start && last ? { top: start.row, left: start.col, bottom: last.row, right: last.col } : null;
}

/** "A1:J10" or "C3" (a sheet prefix is ignored) → its bounds. */
export function parseRange(address: string): RangeBounds {
  const bang = address.lastIndexOf("!");
  // split always gives at least one part (the whole text when there is no colon).
  const [first = "", last = first] = (bang < 0 ? address : address.slice(bang + 1)).split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
