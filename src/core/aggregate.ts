import { qpvOf, OUTSIDE_QPV, NOT_STATED } from "./catalogue";
import { addAt, at, entry } from "./checked";
import type { CellValue } from "./contract";
import type { Convention } from "./convention";
import { isoToSerial } from "./dates";
import { reportingPeriods, type Period } from "./plan";
import { INDICATORS_TEXT } from "./plan-text";

/** What the aggregation reads of a tracking row. */
export interface TrackingFacts {
  date: CellValue;
  indicator: CellValue;
  count: CellValue;
  quartier: CellValue;
}

export interface IndicatorCounts {
  /** Semesters, years and the total, as on the Indicateurs sheet. */
  periods: Period[];
  /** Per indicator code, one count per period. */
  byIndicator: Record<string, number[]>;
  /** Job seekers received by quartier: each QPV, "Total QPV", "Hors QPV", "Non renseigné". */
  byQuartier: { label: string; counts: number[] }[];
}

/** Excel criteria compare text without regard to case. */
const same = (a: CellValue, b: string) =>
  typeof a === "string" && a.toLocaleLowerCase("fr-FR") === b.toLocaleLowerCase("fr-FR");

/**
 * How much a row counts: its `Nombre` when it is a number, 1 when it is empty (acts are mostly
 * logged one by one), 0 for anything else (text, booleans — check reports those).
 */
export function rowWeight(count: CellValue): number {
  if (count === null || count === "") return 1;
  return typeof count === "number" ? count : 0;
}

/** Rows of the `Suivi` table, read by column name, as aggregation facts. */
export function trackingFacts(headers: string[], rows: CellValue[][]): TrackingFacts[] {
  const column = (name: string) => headers.indexOf(name);
  const [d, i, n, q] = [column("Date"), column("Indicateur"), column("Nombre"), column("Quartier")];
  const pick = (row: CellValue[], index: number) => (index >= 0 ? (row[index] ?? null) : null);
  return rows.map((row) => ({
    date: pick(row, d),
    indicator: pick(row, i),
    count: pick(row, n),
    quartier: pick(row, q),
  }));
}

/**
 * Counts per indicator × semester/year/total and the quartier breakdown of job seekers received,
 * with the same rules as the workbook's formulas: a row counts in a period when its date is a
 * number inside the period's bounds; indicators and quartiers match case-insensitively.
 */
export function aggregate(convention: Convention, facts: TrackingFacts[]): IndicatorCounts {
  const periods = reportingPeriods(convention);
  const bounds = periods.map((p) => [isoToSerial(p.from) as number, isoToSerial(p.to) as number] as const);
  const byIndicator: Record<string, number[]> = {};
  for (const ind of convention.indicators) byIndicator[ind.code] = periods.map(() => 0);
  const qpv = qpvOf(convention.lists.quartier);
  const perQuartier = [...qpv, OUTSIDE_QPV].map(() => periods.map(() => 0));
  const deLabel = convention.indicators.find((i) => i.code === "DE_ACCUEILLIS")?.label;

  for (const row of facts) {
    if (typeof row.date !== "number") continue;
    const indicator = convention.indicators.find((ind) => same(row.indicator, ind.label));
    if (!indicator) continue;
    const counts = entry(byIndicator, indicator.code);
    const weight = rowWeight(row.count);
    const quartierIndex =
      deLabel !== undefined && same(row.indicator, deLabel)
        ? [...qpv, OUTSIDE_QPV].findIndex((q) => same(row.quartier, q))
        : -1;
    const quartierCounts = quartierIndex >= 0 ? at(perQuartier, quartierIndex) : null;
    bounds.forEach(([from, to], p) => {
      // By day: a time of day keeps the row in its date's period, as the formulas count it.
      const day = Math.floor(row.date as number);
      if (day < from || day > to) return;
      addAt(counts, p, weight);
      if (quartierCounts) addAt(quartierCounts, p, weight);
    });
  }

  const byQuartier: IndicatorCounts["byQuartier"] = qpv.map((label, i) => ({ label, counts: at(perQuartier, i) }));
  const de = convention.indicators.find((i) => i.label === deLabel);
  if (de) {
    const received = entry(byIndicator, de.code);
    const totalQpv = periods.map((_, p) => qpv.reduce((sum, _q, i) => sum + at(at(perQuartier, i), p), 0));
    const outside = at(perQuartier, qpv.length);
    byQuartier.push(
      { label: INDICATORS_TEXT.totalQpv, counts: totalQpv },
      { label: OUTSIDE_QPV, counts: outside },
      { label: NOT_STATED, counts: periods.map((_, p) => at(received, p) - at(totalQpv, p) - at(outside, p)) },
    );
  }
  return { periods, byIndicator, byQuartier };
}
