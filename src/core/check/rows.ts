import { t } from "../../i18n";
import { normalizeLabel } from "../catalogue";
import { TRACKING_COLUMNS, type CellValue, type Grid, type TrackingColumn } from "../contract";
import type { Convention } from "../convention";
import { isoToSerial, parseDateText, serialToFrench } from "../dates";
import type { Finding, FindingCode, Severity } from "../findings";
import { findIdentifiers, maskIdentifier } from "./identifiers";
import { findSensitive, type SensitiveCategory, type SensitiveHit } from "./sensitive";
import { closestLabel, columnLetters, displayValue, isBlank, isErrorValue } from "./text";

export interface TrackingRowsInput {
  /** The table's header row, in column order. */
  headers: string[];
  /** Data rows; `grid.firstRow` is the sheet row of the first data row. */
  grid: Grid;
  convention: Convention;
  /** Today as ISO yyyy-mm-dd (passed in so that checks are reproducible). */
  today: string;
}

// Serials of 1990-01-01 and 2100-12-31: a number outside is a typo, not an act of the convention.
const PLAUSIBLE_FIRST = 32874;
const PLAUSIBLE_LAST = 73415;

/** Columns a rule applies to, found by header (case, accents and spaces tolerated). */
interface Layout {
  date: number;
  indicator: number;
  count: number;
  lists: { index: number; column: TrackingColumn; exact: Set<string>; allowed: Map<string, string>; labels: string[] }[];
  /** Précision, Commentaire and every column the user added. */
  freeText: number[];
  /** Columns whose content is compared for duplicates and scanned for error values. */
  input: number[];
}

const headerKey = (header: string): string => normalizeLabel(header).normalize("NFD").replace(/[\u0300-\u036f]/g, "");

function layoutOf(headers: string[], convention: Convention): Layout {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(String(h ?? ""));
    if (!index.has(key)) index.set(key, i);
  });
  const at = (column: TrackingColumn): number => index.get(headerKey(column)) ?? -1;
  const known = new Set(TRACKING_COLUMNS.map(headerKey));
  const listOf = (column: TrackingColumn, labels: string[]) => ({
    index: at(column),
    column,
    labels,
    exact: new Set(labels),
    allowed: new Map(labels.map((l) => [normalizeLabel(l), l])),
  });
  const semestre = at("Semestre");
  return {
    date: at("Date"),
    indicator: at("Indicateur"),
    count: at("Nombre"),
    lists: [
      listOf("Quartier", convention.lists.quartier),
      listOf("Tranche d'âge", convention.lists.trancheAge),
      listOf("Sexe", convention.lists.sexe),
    ].filter((l) => l.index >= 0),
    freeText: [
      at("Précision"),
      at("Commentaire"),
      ...headers.map((h, i) => (known.has(headerKey(String(h ?? ""))) ? -1 : i)),
    ].filter((i) => i >= 0),
    input: headers.map((_, i) => i).filter((i) => i !== semestre),
  };
}

/**
 * Checks every data row of the tracking table in one pass: dates, indicators, counts, list values,
 * error values, duplicates and personal data in free text. Blank rows (a table's spare rows at its
 * end, or a row emptied by hand) are skipped: they count for nothing.
 */
export function checkTrackingRows(input: TrackingRowsInput): Finding[] {
  const { grid, convention } = input;
  const layout = layoutOf(input.headers, convention);
  const letters = input.headers.map((_, i) => columnLetters(grid.firstColumn + i));
  const period = { start: isoToSerial(convention.start) ?? 0, end: isoToSerial(convention.end) ?? Infinity };
  const today = isoToSerial(input.today) ?? Infinity;
  const indicators = new Map(convention.indicators.map((i) => [normalizeLabel(i.label), i.label]));
  const indicatorLabels = convention.indicators.map((i) => i.label);
  const indicatorCodes = convention.indicators.map((i) => i.code);
  const suggestions = new Map<string, string | undefined>();
  // Rows by a hash of their values; equal hashes are confirmed cell by cell (no key strings built).
  const seen = new Map<number, number[]>();
  const exactIndicators = new Set(convention.indicators.map((i) => i.label));
  const findings: Finding[] = [];

  let row = 0;
  const add = (code: FindingCode, column: number, message: string, severity: Severity = "error"): void => {
    findings.push({ code, severity, sheet: grid.sheet, cell: `${letters[column]}${row}`, row, message });
  };
  const cellOf = (column: number): string => `${letters[column]}${row}`;

  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (isBlankRow(cells, layout.input)) continue;
    row = grid.firstRow + r;

    for (let k = 0; k < layout.input.length; k++) {
      const c = layout.input[k];
      const value = cells[c];
      if (typeof value === "object" && value !== null) add("CELL_ERROR", c, t("check.cellError", { cell: cellOf(c), value: value.error }));
    }
    if (layout.date >= 0) checkDate(cells[layout.date] ?? null, layout.date);
    if (layout.indicator >= 0) checkIndicator(cells[layout.indicator] ?? null, layout.indicator);
    if (layout.count >= 0) checkCount(cells[layout.count] ?? null, layout.count);
    for (const list of layout.lists) {
      const value = cells[list.index] ?? null;
      if (isBlank(value) || isErrorValue(value)) continue;
      if (typeof value === "string" && (list.exact.has(value) || list.allowed.has(normalizeLabel(value)))) continue;
      const closest = closestLabel(String(value), list.labels);
      const params = { cell: cellOf(list.index), value: displayValue(value), column: list.column };
      add(
        "VALUE_UNKNOWN",
        list.index,
        closest
          ? t("check.valueUnknown", { ...params, closest })
          : t("check.valueUnknown.noClosest", { ...params, allowed: list.labels.join(", ") }),
      );
    }
    for (const c of layout.freeText) {
      const value = cells[c] ?? null;
      if (typeof value === "string" && value.length > 0) checkFreeText(value, c);
    }
    const hash = rowHash(cells, layout.input);
    const sameHash = seen.get(hash);
    const first = sameHash ? earlierSameRow(sameHash, grid, cells, layout.input) : undefined;
    if (first !== undefined) add("DUPLICATE_ROW", 0, t("check.duplicateRow", { row, first }), "warning");
    else if (sameHash) sameHash.push(row);
    else seen.set(hash, [row]);
  }
  return findings;

  function checkDate(value: CellValue, c: number): void {
    if (isErrorValue(value)) return;
    if (isBlank(value)) return add("DATE_MISSING", c, t("check.dateMissing", { row, cell: cellOf(c) }));
    let serial: number;
    if (typeof value === "number") {
      if (!(value >= PLAUSIBLE_FIRST && value < PLAUSIBLE_LAST + 1)) {
        return add("DATE_INVALID", c, t("check.dateInvalid.implausible", { cell: cellOf(c), value: displayValue(value) }));
      }
      serial = Math.floor(value);
    } else if (typeof value === "string") {
      const parsed = parseDateText(value);
      if ("error" in parsed) {
        const key = parsed.error === "invalid" ? "check.dateInvalid.noSuchDay" : "check.dateInvalid.notADate";
        return add("DATE_INVALID", c, t(key, { cell: cellOf(c), value: displayValue(value) }));
      }
      serial = parsed.serial;
      add("DATE_INVALID", c, t("check.dateInvalid.text", { cell: cellOf(c), value: value.trim() }), "warning");
    } else {
      return add("DATE_INVALID", c, t("check.dateInvalid.notADate", { cell: cellOf(c), value: displayValue(value) }));
    }
    const shown = serialToFrench(serial) ?? String(serial);
    if (serial < period.start || serial > period.end) {
      add(
        "DATE_OUT_OF_PERIOD",
        c,
        t("check.dateOutOfPeriod", {
          cell: cellOf(c),
          value: shown,
          start: serialToFrench(period.start) ?? convention.start,
          end: serialToFrench(period.end) ?? convention.end,
        }),
      );
    } else if (serial > today) {
      add("DATE_IN_FUTURE", c, t("check.dateInFuture", { cell: cellOf(c), value: shown, today: serialToFrench(today) ?? input.today }));
    }
  }

  function checkIndicator(value: CellValue, c: number): void {
    if (isErrorValue(value)) return;
    if (isBlank(value)) return add("INDICATOR_MISSING", c, t("check.indicatorMissing", { row, cell: cellOf(c) }));
    const typed = String(value);
    if (typeof value === "string" && (exactIndicators.has(value) || indicators.has(normalizeLabel(typed)))) return;
    if (!suggestions.has(typed)) suggestions.set(typed, closestLabel(typed, indicatorLabels, indicatorCodes));
    const closest = suggestions.get(typed);
    const params = { cell: cellOf(c), value: displayValue(value) };
    add(
      "INDICATOR_UNKNOWN",
      c,
      closest ? t("check.indicatorUnknown", { ...params, closest }) : t("check.indicatorUnknown.noClosest", params),
    );
  }

  function checkCount(value: CellValue, c: number): void {
    if (isErrorValue(value) || isBlank(value)) return;
    let reason: "zero" | "negative" | "decimal" | "text" | null = null;
    if (typeof value === "number") {
      if (value === 0) reason = "zero";
      else if (value < 0) reason = "negative";
      else if (!Number.isInteger(value)) reason = "decimal";
    } else {
      reason = "text";
    }
    if (reason) {
      add(
        "COUNT_INVALID",
        c,
        t("check.countInvalid", { cell: cellOf(c), value: displayValue(value), reason: t(`check.countInvalid.${reason}`) }),
      );
    }
  }

  function checkFreeText(text: string, c: number): void {
    const sensitive = findSensitive(text);
    if (sensitive.length > 0) {
      for (const [category, terms] of groupByCategory(sensitive)) {
        add(
          "SENSITIVE_DATA",
          c,
          t("check.sensitive", {
            cell: cellOf(c),
            terms: terms.map((term) => `« ${term} »`).join(t("check.and")),
            category: t(`check.category.${category}`),
          }),
        );
      }
    }
    const identifiers = findIdentifiers(text);
    for (const hit of identifiers) {
      add(
        "PERSONAL_IDENTIFIER",
        c,
        t("check.identifier", { cell: cellOf(c), what: t(`check.identifier.${hit.kind}`), masked: maskIdentifier(hit) }),
      );
    }
  }
}

function isBlankRow(cells: CellValue[], columns: number[]): boolean {
  for (let k = 0; k < columns.length; k++) {
    const value = cells[columns[k]];
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string" || value.trim() !== "") return false;
  }
  return true;
}

/** One finding per category and cell, naming each distinct word once. */
function groupByCategory(hits: SensitiveHit[]): Map<SensitiveCategory, string[]> {
  const byCategory = new Map<SensitiveCategory, string[]>();
  for (const hit of hits) {
    const terms = byCategory.get(hit.category) ?? [];
    if (!terms.some((term) => term.toLowerCase() === hit.text.toLowerCase())) terms.push(hit.text);
    byCategory.set(hit.category, terms);
  }
  return byCategory;
}

/** Text compared without surrounding spaces or case, blanks all alike: how the user sees values. */
function comparable(value: CellValue): CellValue {
  if (typeof value === "string") return value.trim().toLowerCase();
  return value;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  const x = a === null || isBlank(a) ? null : comparable(a);
  const y = b === null || isBlank(b) ? null : comparable(b);
  if (x !== null && typeof x === "object") return y !== null && typeof y === "object" && x.error === y.error;
  return x === y;
}

function earlierSameRow(candidates: number[], grid: Grid, cells: CellValue[], columns: number[]): number | undefined {
  for (const earlier of candidates) if (sameRow(grid.rows[earlier - grid.firstRow], cells, columns)) return earlier;
  return undefined;
}

function sameRow(a: CellValue[], b: CellValue[], columns: number[]): boolean {
  for (const c of columns) if (!sameCell(a[c] ?? null, b[c] ?? null)) return false;
  return true;
}

/** FNV-1a over the comparable form of the row's values. */
function rowHash(cells: CellValue[], columns: number[]): number {
  const PRIME = 0x01000193;
  let h = 0x811c9dc5;
  for (let k = 0; k < columns.length; k++) {
    const value = cells[columns[k]] ?? null;
    if (typeof value === "string") {
      const text = value.trim().toLowerCase();
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
    } else if (typeof value === "number") {
      h = Math.imul(h ^ (value | 0), PRIME);
      h = Math.imul(h ^ Math.round((value % 1) * 1e6), PRIME);
    } else if (typeof value === "boolean") h = Math.imul(h ^ (value ? 2 : 3), PRIME);
    else if (value !== null) for (let i = 0; i < value.error.length; i++) h = Math.imul(h ^ value.error.charCodeAt(i), PRIME);
    h = Math.imul(h ^ 31, PRIME); // column separator; blank strings hash like empty cells
  }
  return h >>> 0;
}

/** Rows that hold something (the blank rows a table keeps at its end are not counted). */
export function countFilledRows(headers: string[], grid: Grid): number {
  const semestre = headers.findIndex((h) => headerKey(String(h ?? "")) === headerKey("Semestre"));
  const columns = headers.map((_, i) => i).filter((i) => i !== semestre);
  let count = 0;
  for (const cells of grid.rows) if (!isBlankRow(cells, columns)) count++;
  return count;
}
