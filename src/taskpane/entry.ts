// The quick-entry form's model, kept apart from React: the row a draft makes, its check with the same
// rules as `check` (src/core/check/rows.ts, the personal-data rules included), the indicator search
// and the précisions earlier rows suggest.
import { normalizeLabel } from "../core/catalogue";
import { checkTrackingRows } from "../core/check/rows";
import { columnLetters } from "../core/check/text";
import { type CellValue, type Grid, type TrackingColumn } from "../core/contract";
import type { Convention } from "../core/convention";
import { isoToSerial } from "../core/dates";
import type { FindingCode, Severity } from "../core/findings";
import { findIndicator } from "../core/import/rows";
import { columnOf } from "../core/tracking-columns";
import { say } from "../i18n";

/** What the person types; the date as the date field gives it (ISO yyyy-mm-dd). */
export interface EntryDraft {
  date: string;
  indicator: string;
  count: string;
  quartier: string;
  trancheAge: string;
  sexe: string;
  precision: string;
  commentaire: string;
}

export const emptyDraft = (today: string): EntryDraft => ({
  date: today,
  indicator: "",
  count: "1",
  quartier: "",
  trancheAge: "",
  sexe: "",
  precision: "",
  commentaire: "",
});

/** The draft's field behind each column of the table. */
export const FIELD_OF: Partial<Record<TrackingColumn, keyof EntryDraft>> = {
  Date: "date",
  Indicateur: "indicator",
  Nombre: "count",
  Quartier: "quartier",
  "Tranche d'âge": "trancheAge",
  Sexe: "sexe",
  Précision: "precision",
  Commentaire: "commentaire",
};

// The convention forbids recording these whatever severity the check gives them (as import does).
const ALWAYS_BLOCKING: readonly FindingCode[] = ["SENSITIVE_DATA", "PERSONAL_IDENTIFIER"];

export { columnOf } from "../core/tracking-columns";

const text = (value: string): string | null => (value.trim() === "" ? null : value.trim());

/** The cells the draft fills, by column: the date as a serial, the indicator's own label, the count as a number. */
export function entryValues(draft: EntryDraft, convention: Convention): Partial<Record<TrackingColumn, CellValue>> {
  const indicator = text(draft.indicator);
  const count = draft.count.trim();
  return {
    Date: draft.date.trim() === "" ? null : (isoToSerial(draft.date.trim()) ?? draft.date.trim()),
    Indicateur: indicator === null ? null : (findIndicator(indicator, convention.indicators)?.label ?? indicator),
    Nombre: count === "" ? null : /^\d+$/.test(count) ? Number(count) : count,
    Quartier: text(draft.quartier),
    "Tranche d'âge": text(draft.trancheAge),
    Sexe: text(draft.sexe),
    Précision: text(draft.precision),
    Commentaire: text(draft.commentaire),
  };
}

/** The row in the table's column order (columns the form does not fill stay empty). */
export function rowFor(headers: readonly string[], values: Partial<Record<TrackingColumn, CellValue>>): CellValue[] {
  return headers.map((header) => {
    const column = columnOf(header);
    return column ? (values[column] ?? null) : null;
  });
}

export interface FieldProblem {
  code: FindingCode;
  severity: Severity;
  message: string;
}

export interface EntryCheck {
  /** Problems per field of the form (a duplicate is under "date": the row as a whole). */
  fields: Partial<Record<keyof EntryDraft, FieldProblem[]>>;
  /** True when the row must not be written: an error, or personal data of any severity. */
  blocking: boolean;
}

/** "Cellule H12 : …" or "Ligne 12 : …" said of a form field: the field's label already says where. */
export function withoutCellPrefix(message: string): string {
  const rest = message.replace(/^(?:Cellule|Cell|Ligne|Row) [A-Z]*\d+ ?: ?/, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Checks the row the form would add with the rules of `check`, as if it were sheet row `sheetRow`
 * of a table laid out like `headers`, after the `earlier` rows (for duplicates).
 */
export function checkEntry(input: {
  headers: readonly string[];
  row: CellValue[];
  convention: Convention;
  today: string;
  sheetRow: number;
  firstColumn?: number;
  earlier?: CellValue[][];
}): EntryCheck {
  const earlier = input.earlier ?? [];
  const firstColumn = input.firstColumn ?? 1;
  const grid: Grid = {
    sheet: "",
    firstRow: input.sheetRow - earlier.length,
    firstColumn,
    rows: [...earlier, input.row],
  };
  const findings = checkTrackingRows({
    headers: [...input.headers],
    grid,
    convention: input.convention,
    today: input.today,
  }).filter((f) => f.row === input.sheetRow);
  const fieldAt = new Map(
    input.headers.map((header, i) => [columnLetters(firstColumn + i), FIELD_OF[columnOf(header) ?? "Semestre"]]),
  );
  const fields: EntryCheck["fields"] = {};
  let blocking = false;
  for (const finding of findings) {
    const field = finding.code === "DUPLICATE_ROW" ? "date" : (fieldAt.get(finding.cell.replace(/\d+$/, "")) ?? "date");
    const severity: Severity = ALWAYS_BLOCKING.includes(finding.code) ? "error" : finding.severity;
    if (severity === "error") blocking = true;
    (fields[field] ??= []).push({ code: finding.code, severity, message: withoutCellPrefix(say(finding.text)) });
  }
  return { fields, blocking };
}

const fold = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Indicators whose label or code holds every word typed (accents and case aside), in catalogue order. */
export function searchIndicators<T extends { code: string; label: string }>(
  query: string,
  indicators: readonly T[],
): T[] {
  const words = fold(query)
    .split(/[\s_]+/)
    .filter(Boolean);
  if (words.length === 0) return [...indicators];
  return indicators.filter((indicator) => {
    const haystack = `${fold(indicator.label)} ${fold(indicator.code)} ${fold(indicator.code.replace(/_/g, " "))}`;
    return words.every((word) => haystack.includes(word));
  });
}

/** The précisions written before for `indicator`, most frequent first (ties: most recent first), at most `limit`. */
export function precisionSuggestions(
  table: { headers: string[]; grid: Grid } | null,
  indicator: string,
  limit = 8,
): string[] {
  if (!table || indicator.trim() === "") return [];
  const indicatorAt = table.headers.findIndex((h) => columnOf(h) === "Indicateur");
  const precisionAt = table.headers.findIndex((h) => columnOf(h) === "Précision");
  if (indicatorAt < 0 || precisionAt < 0) return [];
  const wanted = normalizeLabel(indicator);
  const seen = new Map<string, { text: string; count: number; last: number }>();
  table.grid.rows.forEach((row, i) => {
    const label = row[indicatorAt];
    const precision = row[precisionAt];
    if (typeof label !== "string" || normalizeLabel(label) !== wanted) return;
    if (typeof precision !== "string" || precision.trim() === "") return;
    const key = normalizeLabel(precision);
    const entry = seen.get(key) ?? { text: precision.trim(), count: 0, last: i };
    entry.count += 1;
    entry.last = i;
    seen.set(key, entry);
  });
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || b.last - a.last)
    .slice(0, limit)
    .map((e) => e.text);
}

/** Sheet row the next added row takes: after the last row, or the empty row Excel keeps in a new table. */
export function nextSheetRow(table: { grid: Grid } | null): number {
  if (!table) return 2;
  return table.grid.firstRow + (isEmptyTable(table) ? 0 : table.grid.rows.length);
}

/** Only the one empty data row Excel keeps in a new table (Semestre's formula aside). */
export function isEmptyTable(table: { headers?: string[]; grid: Grid }): boolean {
  if (table.grid.rows.length !== 1) return table.grid.rows.length === 0;
  const semestre = (table.headers ?? []).findIndex((h) => columnOf(h) === "Semestre");
  return table.grid.rows[0].every((cell, i) => i === semestre || cell === null || cell === "");
}
