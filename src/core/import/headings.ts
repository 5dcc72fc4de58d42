import { msgDynamic, type StringKey } from "../../i18n";
import "../../i18n/areas/import";
import { TRACKING_COLUMNS, type CellValue, type TrackingColumn } from "../contract";
import type { ImportProblem, SourceRow } from "./types";

/** Case-, accent-, space- and punctuation-insensitive form: "Conseiller(ère)" → "conseillerere". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Headings found in hand-made tracking tables, besides the column's own name. */
const SYNONYMS: Record<TrackingColumn, readonly string[]> = {
  Date: ["Date de l'acte", "Date acte", "Date de l'action", "Date de l'entretien", "Jour"],
  Indicateur: [
    "Acte",
    "Type d'acte",
    "Type acte",
    "Action",
    "Type d'action",
    "Nature de l'acte",
    "Activité",
    "Code indicateur",
  ],
  Nombre: ["Nb", "Nbre", "Nombre d'actes", "Quantité", "Qté", "Effectif"],
  Quartier: ["QPV", "Quartier de résidence", "Quartier QPV", "Quartier d'habitation"],
  "Tranche d'âge": ["Âge", "Tranche âge", "Classe d'âge"],
  Sexe: ["Genre"],
  Précision: ["Précisions", "Détail", "Détails", "Complément"],
  Commentaire: [
    "Commentaire(s)",
    "Commentaires",
    "Observation",
    "Observations",
    "Remarque",
    "Remarques",
    "Note",
    "Notes",
  ],
  "Saisi par": ["Saisie par", "Conseiller", "Conseillère", "Conseiller(ère)", "Agent", "Auteur"],
  Semestre: [],
};

/** Calculated in the tracking table from the date: never taken from the source. */
const CALCULATED: readonly TrackingColumn[] = ["Semestre"];
const REQUIRED: readonly TrackingColumn[] = ["Date", "Indicateur"];

const BY_FOLDED = new Map<string, TrackingColumn>(
  TRACKING_COLUMNS.flatMap((column) => [column, ...SYNONYMS[column]].map((name) => [foldText(name), column] as const)),
);

/** The tracking column a source heading stands for, or null when it is unknown. */
export function columnForHeading(heading: string): TrackingColumn | null {
  return BY_FOLDED.get(foldText(heading)) ?? null;
}

/** U+FFFD, or the pairs UTF-8 accents become when read as Windows-1252 (Ã©, Ã¨, Ã , Ã§, Â…). */
export function looksGarbled(text: string): boolean {
  return /\uFFFD|[ÃÂ][\u0080-\u00BF\u2018-\u201E\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC]/.test(
    text,
  );
}

export interface HeadingMap {
  /** Per source column: the tracking column it feeds, or null when it is ignored. */
  columns: (TrackingColumn | null)[];
  /** The source heading of each tracking column fed, for messages. */
  headingOf: Partial<Record<TrackingColumn, string>>;
  /** Errors (the import is refused) and warnings (columns ignored). */
  problems: ImportProblem[];
}

function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.error;
  return String(cell).trim();
}

/**
 * Maps the source's headings to tracking columns. Unknown and calculated columns are ignored with a
 * warning (never silently); a tracking column fed twice or a required column missing is an error.
 */
export function mapHeadings(headings: SourceRow, rows: readonly SourceRow[]): HeadingMap {
  const problems: ImportProblem[] = [];
  const headingOf: Partial<Record<TrackingColumn, string>> = {};
  const problem = (
    key: StringKey,
    code: ImportProblem["code"],
    severity: "error" | "warning",
    column: string | null,
    params: Record<string, string | number>,
  ): void => {
    problems.push({ code, severity, line: headings.line, column, text: msgDynamic(key, params) });
  };
  const columns = headings.cells.map((cell, index): TrackingColumn | null => {
    const heading = cellText(cell);
    if (heading === "") {
      // A trailing delimiter makes an empty column: only worth a word when it holds data.
      const used = rows.some((row) => cellText(row.cells[index]) !== "");
      if (used) problem("import.heading.blank", "HEADING_IGNORED", "warning", null, { position: index + 1 });
      return null;
    }
    const column = columnForHeading(heading);
    // « PrÃ©cision »: a heading decoded in the wrong encoding. Ignoring it would drop a column
    // the user meant to import (even with --skip-invalid): refuse instead.
    if (column === null && looksGarbled(heading)) {
      problem("import.heading.garbled", "HEADING_GARBLED", "error", heading, { heading, line: headings.line });
      return null;
    }
    if (column === null) {
      problem("import.heading.unknown", "HEADING_IGNORED", "warning", heading, { heading });
      return null;
    }
    if (CALCULATED.includes(column)) {
      problem("import.heading.calculated", "HEADING_IGNORED", "warning", heading, { heading });
      return null;
    }
    const earlier = headingOf[column];
    if (earlier !== undefined) {
      problem("import.heading.duplicate", "HEADING_DUPLICATE", "error", heading, { heading, earlier, column });
      return null;
    }
    headingOf[column] = heading;
    return column;
  });
  for (const column of REQUIRED) {
    if (headingOf[column] === undefined)
      problem("import.heading.required", "HEADING_REQUIRED", "error", null, { column });
  }
  return { columns, headingOf, problems };
}
