import type { TrackingColumn } from "./contract";

/**
 * The limits of what a row of the tracking table may hold: one rule, read by the table's own data
 * validation (plan.ts) and by check and import, so that a value Excel refuses when typed is also
 * refused when it comes from a file, and the other way round.
 */

/** Excel's cell limit: a longer text is cut when the file is opened. */
export const EXCEL_TEXT_MAX = 32_767;

/** `Nombre`: acts recorded on one row. */
export const COUNT_LIMITS = { min: 1, max: 100_000 } as const;

/** Longest text of each free-text column of Suivi; columns the user added get Excel's own limit. */
export const TEXT_MAX = {
  Précision: 255,
  Commentaire: 500,
  "Saisi par": 50,
} as const satisfies Partial<Record<TrackingColumn, number>>;

/** The longest text a column accepts (its own limit, or Excel's cell limit). */
export function textMax(column: TrackingColumn | null): number {
  const own: Partial<Record<TrackingColumn, number>> = TEXT_MAX;
  return (column !== null ? own[column] : undefined) ?? EXCEL_TEXT_MAX;
}
