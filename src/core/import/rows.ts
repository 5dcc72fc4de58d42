import { LISTS, NOT_STATED, OUTSIDE_QPV, normalizeLabel, type Indicator, type Lists } from "../catalogue";
import { isBlank, isErrorValue } from "../check/text";
import { group } from "../checked";
import { TRACKING_INPUT_COLUMNS, type CellValue, type TrackingColumn } from "../contract";
import { parseDateText } from "../dates";
import { foldText, type HeadingMap } from "./headings";
import type { SourceRow } from "./types";

/** What the conversion needs from the convention: its indicators and value lists. */
export interface ImportVocabulary {
  indicators: readonly IndicatorRef[];
  lists: Lists;
}

type IndicatorRef = Pick<Indicator, "code" | "label">;

/**
 * Conversion only rewrites what it recognises into the table's own form (a date serial, the
 * indicator's label, the list's spelling, a number). Anything else is kept as the source wrote it,
 * so that the tracking table's row rules (src/core/check/rows.ts) report it, in the same words as
 * check does, with a suggestion when one is close.
 */
export interface ConvertedRow {
  line: number;
  values: Record<TrackingColumn, CellValue>;
  /** No recognised column of the source row holds anything: nothing to import. */
  blank: boolean;
}

// ---- dates ----------------------------------------------------------------------------------

/**
 * Rewrites the date spellings of hand-made tables into what parseDateText reads: "30-09-2021" and
 * "30.09.2021" as "30/09/2021"; a two-digit year as 20yy (the tracking table only holds dates of
 * a convention running from 2000 on; a wrong century would be caught by the period rule anyway);
 * a time of day after the date ("30/09/2021 00:00", "2021-09-30T10:15:00") is dropped.
 */
export function normalizeDateText(value: string): string {
  const withoutTime = value.trim().replace(/(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/, "");
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(withoutTime);
  if (!french) return withoutTime;
  const [day, month, written] = [group(french, 1), group(french, 2), group(french, 3)];
  const year = written.length === 2 ? `20${written}` : written;
  return `${day}/${month}/${year}`;
}

function convertDate(cell: CellValue): CellValue {
  // A date cell of a workbook is an Excel serial; its time of day is not part of an act's date.
  if (typeof cell === "number") return Math.floor(cell);
  if (typeof cell !== "string") return cell;
  const parsed = parseDateText(normalizeDateText(cell));
  return "serial" in parsed ? parsed.serial : cell;
}

// ---- indicator ------------------------------------------------------------------------------

/** Label first (exact, then accent-insensitive), then code: "mer", "MER" and "Mises en relation (MER)". */
export function findIndicator<T extends IndicatorRef>(written: string, indicators: readonly T[]): T | undefined {
  const label = normalizeLabel(written);
  const folded = foldText(written);
  return (
    indicators.find((i) => normalizeLabel(i.label) === label) ??
    indicators.find((i) => foldText(i.label) === folded) ??
    indicators.find((i) => foldText(i.code) === folded)
  );
}

// ---- count ----------------------------------------------------------------------------------

/**
 * A count written as text becomes a number: "3", "3,0" and "3.0" are 3 (Excel's French CSV writes
 * a number formatted with a decimal that way), "1 234" is 1234, "3,5" is 3.5 (which the row rules
 * then refuse: whole numbers only). A blank count is 1, as in the table: each line of a hand-made
 * table records one act unless it says otherwise.
 */
function convertCount(cell: CellValue): CellValue {
  if (isBlank(cell)) return 1;
  if (typeof cell !== "string") return cell;
  const compact = cell.replace(/[\s\u00a0\u202f]/g, "");
  return /^[+-]?\d+(?:[.,]\d+)?$/.test(compact) ? Number(compact.replace(",", ".")) : cell;
}

// ---- list values ----------------------------------------------------------------------------

/**
 * Other spellings of the default list values. Matched after lower-casing and dropping accents,
 * spaces, dots and apostrophes but keeping the signs, so that "-26" and "<26" are an age band and
 * a bare "26" is not. "F"/"H" are the French sex letters; "M" is read as "masculin" (Homme).
 */
const LIST_SYNONYMS: Record<string, readonly string[]> = {
  Femme: ["F", "Féminin", "Femmes", "Mme", "Madame"],
  Homme: ["H", "M", "Masculin", "Hommes", "Monsieur"],
  [OUTSIDE_QPV]: ["Non QPV", "Hors quartier prioritaire"],
  [NOT_STATED]: ["NR", "N/R", "NC", "Non communiqué", "Non précisé", "Inconnu", "?"],
  "Moins de 26 ans": ["-26", "-26 ans", "<26", "< 26 ans", "Moins de 26"],
  "26 à 49 ans": ["26-49", "26-49 ans", "26 à 49", "26 a 49 ans"],
  "50 ans et plus": ["50+", "50 ans +", "+50", "+50 ans", "50 et plus", ">=50", "50 ans ou plus"],
};

const signFold = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9<>+=/?-]/g, "");

/** The list's own spelling of `written` (case, accents, spaces and hyphens aside), or undefined. */
export function findListValue(written: string, list: readonly string[]): string | undefined {
  const folded = foldText(written);
  const direct = list.find((value) => foldText(value) === folded);
  if (direct !== undefined) return direct;
  const signed = signFold(written);
  return list.find((value) => (LIST_SYNONYMS[value] ?? []).some((synonym) => signFold(synonym) === signed));
}

/** An age written as a number becomes its band, when the list has the default bands. */
function ageBand(age: number, list: readonly string[]): string | undefined {
  if (!Number.isInteger(age) || age < 14 || age > 120) return undefined;
  const [young, middle, senior] = LISTS.trancheAge;
  const band = age < 26 ? young : age < 50 ? middle : senior;
  return band !== undefined && list.includes(band) ? band : undefined;
}

function convertListValue(cell: CellValue, list: readonly string[], column: TrackingColumn): CellValue {
  if (isBlank(cell) || isErrorValue(cell) || typeof cell === "boolean") return isBlank(cell) ? null : cell;
  const written = String(cell).trim();
  const age = column === "Tranche d'âge" && /^\d+$/.test(written) ? ageBand(Number(written), list) : undefined;
  return findListValue(written, list) ?? age ?? cell;
}

// ---- rows -----------------------------------------------------------------------------------

function convertCell(column: TrackingColumn, cell: CellValue, vocabulary: ImportVocabulary): CellValue {
  if (isErrorValue(cell)) return cell;
  switch (column) {
    case "Date":
      return isBlank(cell) ? null : convertDate(cell);
    case "Indicateur":
      return isBlank(cell)
        ? null
        : typeof cell === "string"
          ? (findIndicator(cell, vocabulary.indicators)?.label ?? cell)
          : cell;
    case "Nombre":
      return convertCount(cell);
    case "Quartier":
      return convertListValue(cell, vocabulary.lists.quartier, column);
    case "Tranche d'âge":
      return convertListValue(cell, vocabulary.lists.trancheAge, column);
    case "Sexe":
      return convertListValue(cell, vocabulary.lists.sexe, column);
    default:
      // Free text and "Saisi par": a number or a boolean typed there is text too.
      return isBlank(cell) ? null : typeof cell === "boolean" ? (cell ? "VRAI" : "FAUX") : String(cell).trim();
  }
}

/** Converts one source row into tracking-table values (Semestre is left to the table's formula). */
export function convertRow(row: SourceRow, map: HeadingMap, vocabulary: ImportVocabulary): ConvertedRow {
  const sourceCell = new Map<TrackingColumn, CellValue>();
  map.columns.forEach((column, index) => {
    if (column !== null) sourceCell.set(column, row.cells[index] ?? null);
  });
  const values = { Semestre: null } as Record<TrackingColumn, CellValue>;
  for (const column of TRACKING_INPUT_COLUMNS)
    values[column] = convertCell(column, sourceCell.get(column) ?? null, vocabulary);
  const blank = [...sourceCell.values()].every(isBlank);
  return { line: row.line, values, blank };
}
