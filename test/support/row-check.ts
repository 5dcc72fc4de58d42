import { checkTrackingRows } from "../../src/core/check/rows";
import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import type { Finding } from "../../src/core/findings";

// Rows for the row check's unit tests. Serials by hand, Excel's 1900 system: 2021-01-01 is 44197,
// 2021-03-15 = 44197 + 31 + 28 + 14 = 44270, inside METZ_2021_2023 and before TODAY.
export const D_2021_03_15 = 44270;
export const TODAY = "2023-06-01";
/** The tracking table's headers, in the built workbook's order. */
export const STANDARD: string[] = [...TRACKING_COLUMNS];

export type Values = Record<string, CellValue>;
/** A row with no finding: a date in the period, a known indicator and quartier, initials. */
export const VALID: Values = {
  Date: D_2021_03_15,
  Indicateur: "Entretiens réalisés",
  Quartier: "Borny",
  "Saisi par": "CP",
};

/** A row laid out as `headers`, valid unless `changes` say otherwise (`base` {} for a row of nothing). */
export function rowOf(headers: readonly string[], changes: Values = {}, base: Values = VALID): CellValue[] {
  const merged: Values = { ...base, ...changes };
  return headers.map((h) => (h in merged ? (merged[h] ?? null) : null));
}
export const row = (changes: Values = {}, base: Values = VALID) => rowOf(STANDARD, changes, base);

/** The row check on `rows` under `headers`, from row 2, on METZ_2021_2023 at TODAY. */
export function check(rows: CellValue[][], headers: readonly string[] = STANDARD): Finding[] {
  return checkTrackingRows({
    headers: [...headers],
    grid: { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows },
    convention: METZ_2021_2023,
    today: TODAY,
  });
}

/** code, cell, severity, message key and parameters of each finding. */
export const shape = (findings: Finding[]) =>
  findings.map((f) => ({ code: f.code, cell: f.cell, severity: f.severity, key: f.text.key, params: f.text.params }));
