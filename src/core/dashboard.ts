import { at } from "./checked";
import type { CellValue } from "./contract";
import { serialToDate } from "./dates";

/**
 * The dashboard's PivotTables, as the core computes them: the sum of `Nombre` by a row field and
 * the semester, like a PivotTable over the Suivi table (Excel sums the numbers of a field and
 * leaves out empty cells, so a row whose Nombre is empty adds nothing here, unlike the acts
 * counted on Indicateurs where it counts 1).
 */
export interface PivotSpec {
  /** Name of the PivotTable (unique in the workbook). */
  name: string;
  title: string;
  /** Column of Suivi on rows. */
  rowField: string;
  /** Column of Suivi on the page filter. */
  pageField: string;
  /** The item the page filter shows; null: all. */
  pageItem: string | null;
}

export const SEMESTER_FIELD = "Semestre";
export const DATA_FIELD = "Nombre";
export const DASHBOARD_SHEET = "Tableau de bord";

export const DASHBOARD_PIVOTS: readonly PivotSpec[] = [
  {
    name: "TCD_Indicateurs",
    title: "Indicateurs par semestre (somme de Nombre)",
    rowField: "Indicateur",
    pageField: "Quartier",
    pageItem: null,
  },
  {
    name: "TCD_Accueillis",
    title: "Demandeurs d'emploi accueillis par quartier et par semestre (somme de Nombre)",
    rowField: "Quartier",
    pageField: "Indicateur",
    pageItem: "Demandeurs d'emploi accueillis",
  },
];

/** The semester of a date serial as the Semestre column computes it; "" when the date is not a number. */
export function semesterOf(date: CellValue): string {
  if (typeof date !== "number") return "";
  const d = serialToDate(Math.floor(date));
  return d ? `${d.year}-S${d.month <= 6 ? 1 : 2}` : "";
}

/** A field's value as a pivot item: text as is, numbers as text, empty as null. */
export function itemOf(value: CellValue): string | null {
  if (value === null || value === "") return null;
  if (typeof value === "object") return value.error;
  return String(value);
}

export interface PivotResult {
  /** Row items that have at least one row, in display order (empty last, as null). */
  rows: (string | null)[];
  columns: string[];
  /** sums[r][c]: null when no number was summed there (the PivotTable shows an empty cell). */
  sums: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
}

/** French order for items, the empty item last. */
export function compareItems(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, "fr", { sensitivity: "base", numeric: true });
}

const add = (a: number | null, b: number) => (a === null ? b : a + b);

/** PivotTable items are told apart without regard to case: « borny » and « Borny » are one item. */
export function itemKey(item: string | null): string | null {
  return item === null ? null : item.toLocaleLowerCase("fr-FR");
}

/** Sum of Nombre by `spec.rowField` × semester, over the rows the page filter keeps. */
export function pivotSums(spec: PivotSpec, headers: readonly string[], rows: readonly CellValue[][]): PivotResult {
  const column = (name: string) => headers.indexOf(name);
  const [rowCol, pageCol, dataCol, dateCol] = [
    column(spec.rowField),
    column(spec.pageField),
    column(DATA_FIELD),
    column("Date"),
  ];
  const wanted = spec.pageItem?.toLocaleLowerCase("fr-FR") ?? null;
  const cells = new Map<string | null, Map<string, number | null>>();
  /** The spelling first met of each item. */
  const shown = new Map<string | null, string | null>();
  const columnSet = new Set<string>();
  for (const row of rows) {
    if (wanted !== null && (itemOf(row[pageCol] ?? null)?.toLocaleLowerCase("fr-FR") ?? null) !== wanted) continue;
    const item = itemOf(rowCol >= 0 ? (row[rowCol] ?? null) : null);
    const r = itemKey(item);
    const c = semesterOf(dateCol >= 0 ? (row[dateCol] ?? null) : null);
    columnSet.add(c);
    let line = cells.get(r);
    if (!line) {
      cells.set(r, (line = new Map()));
      shown.set(r, item);
    }
    const v = dataCol >= 0 ? row[dataCol] : null;
    line.set(c, typeof v === "number" ? add(line.get(c) ?? null, v) : (line.get(c) ?? null));
  }
  const keys = [...cells.keys()].sort((a, b) => compareItems(shown.get(a) ?? null, shown.get(b) ?? null));
  const rowItems = keys.map((k) => shown.get(k) ?? null);
  const columns = [...columnSet].sort(compareItems) as string[];
  const sums = keys.map((r) => columns.map((c) => cells.get(r)!.get(c) ?? null));
  const total = (values: (number | null)[]) =>
    values.reduce<number | null>((s, v) => (v === null ? s : add(s, v)), null);
  const rowTotals = sums.map(total);
  const columnTotals = columns.map((_, j) => total(sums.map((line) => at(line, j))));
  return { rows: rowItems, columns, sums, rowTotals, columnTotals, grandTotal: total(rowTotals) };
}

/** Printed at the foot of the dashboard: what the figures are and how they follow the table. */
export const CAPTION_NOTE =
  "Tableaux croisés sur le tableau Suivi (somme de Nombre), actualisés à l'ouverture du classeur";
