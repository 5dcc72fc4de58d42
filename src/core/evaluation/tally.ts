import { rowWeight } from "../aggregate";
import { NOT_STATED, OUTSIDE_QPV, qpvOf, type Indicator } from "../catalogue";
import { addAt, at, group } from "../checked";
import type { CellValue } from "../contract";
import type { Convention } from "../convention";
import { isoToSerial } from "../dates";
import { INDICATORS_TEXT } from "../plan-text";
import type { DateRange, EvaluationPeriod } from "./period";
import { WORD_GROUPS, type WordGroupSpec } from "./sections";

export interface IndicatorFigure {
  code: string;
  label: string;
  group: string;
  value: number;
  /** null when the convention does not cover the previous period (first semester, final evaluation). */
  previous: number | null;
  /** value − previous, null without a previous period. */
  change: number | null;
  yearToDate: number;
  conventionToDate: number;
}

/** One line of a typology: a list entry, a subtotal (« Total QPV ») or the rest (« Non renseigné »). */
export interface BreakdownLine {
  label: string;
  count: number;
  kind: "entry" | "subtotal" | "rest";
}

export interface WordEntry {
  /** The text as first written (grouped without regard to case and spacing). */
  text: string;
  count: number;
  /** Sub-lines: the requests of an agency. */
  details: { text: string; count: number }[];
  /** Distinct comments of the rows grouped here, when the group keeps them. */
  comments: string[];
}

export interface WordGroup {
  id: string;
  title: string;
  entries: WordEntry[];
}

export interface EvaluationFigures {
  period: EvaluationPeriod;
  /** Rows dated in the period with a known indicator. */
  rows: number;
  indicators: IndicatorFigure[];
  /** Job seekers received in the period: each QPV, « Total QPV », « Hors QPV », « Non renseigné ». */
  byQuartier: BreakdownLine[];
  byAgeBand: BreakdownLine[];
  bySex: BreakdownLine[];
  words: WordGroup[];
}

/** Where the columns of `Suivi` are, by name (-1 when a column is missing). */
export interface TrackingColumns {
  date: number;
  indicator: number;
  count: number;
  quartier: number;
  ageBand: number;
  sex: number;
  precision: number;
  comment: number;
}

export function trackingColumns(headers: readonly string[]): TrackingColumns {
  const at = (name: string) => headers.indexOf(name);
  return {
    date: at("Date"),
    indicator: at("Indicateur"),
    count: at("Nombre"),
    quartier: at("Quartier"),
    ageBand: at("Tranche d'âge"),
    sex: at("Sexe"),
    precision: at("Précision"),
    comment: at("Commentaire"),
  };
}

/** Excel criteria compare text without regard to case (and do not trim it). */
const fold = (text: string) => text.toLocaleLowerCase("fr-FR");

/** Looks text up case-insensitively, remembering each raw spelling met (rows repeat a few labels). */
class Lookup {
  private readonly folded = new Map<string, number>();
  private readonly raw = new Map<string, number>();
  constructor(labels: readonly string[]) {
    labels.forEach((label, i) => {
      if (!this.folded.has(fold(label))) this.folded.set(fold(label), i);
    });
  }
  find(value: CellValue): number {
    if (typeof value !== "string") return -1;
    let index = this.raw.get(value);
    if (index === undefined) {
      index = this.folded.get(fold(value)) ?? -1;
      this.raw.set(value, index);
    }
    return index;
  }
}

const serial = (iso: string) => isoToSerial(iso) as number;
const bounds = (range: DateRange | null): [number, number] => (range ? [serial(range.from), serial(range.to)] : [1, 0]);

interface CounterEntry {
  text: string;
  count: number;
  details: TextCounter | null;
  comments: Set<string>;
}

/** Groups texts case- and space-insensitively, keeping the first spelling met. */
class TextCounter {
  private readonly entries = new Map<string, CounterEntry>();
  /** Raw text → its entry: rows repeat a few texts, so each is normalised once. */
  private readonly seen = new Map<string, CounterEntry>();
  constructor(private readonly withDetails: boolean) {}
  add(text: string, weight: number, detail: string | null, comment: string | null): void {
    let entry = this.seen.get(text);
    if (!entry) {
      const clean = text.replace(/\s+/g, " ").trim();
      const key = fold(clean);
      entry = this.entries.get(key);
      if (!entry) {
        entry = {
          text: clean,
          count: 0,
          details: this.withDetails ? new TextCounter(false) : null,
          comments: new Set(),
        };
        this.entries.set(key, entry);
      }
      this.seen.set(text, entry);
    }
    entry.count += weight;
    if (detail !== null && entry.details) entry.details.add(detail, weight, null, null);
    if (comment !== null) entry.comments.add(comment);
  }
  /** Most frequent first, then alphabetical (French collation) so the order is stable. */
  list(): WordEntry[] {
    return [...this.entries.values()]
      .map((e) => ({
        text: e.text,
        count: e.count,
        details: e.details ? e.details.list().map((d) => ({ text: d.text, count: d.count })) : [],
        comments: [...new Set([...e.comments].map((c) => c.replace(/\s+/g, " ").trim()))].sort((a, b) =>
          a.localeCompare(b, "fr"),
        ),
      }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "fr"));
  }
}

/**
 * Splits « Agence Metz Gare : demande de place » into the agency and the request; text without a
 * separator is all agency. A request typed on several lines (Alt+Entrée in the cell) is kept whole.
 */
export function splitAgency(text: string): [string, string | null] {
  const match = /^(.+?)\s+[:–—-]\s+(.+)$/s.exec(text.trim());
  return match ? [group(match, 1), group(match, 2)] : [text.trim(), null];
}

/**
 * The figures of an evaluation, in one pass over the rows of `Suivi`, with the rules of the
 * Indicateurs sheet: a row counts when its date is a number whose day is inside the bounds and its
 * indicator is known (case-insensitive); it weighs its Nombre, 1 when Nombre is empty.
 */
export function evaluate(
  c: Convention,
  period: EvaluationPeriod,
  headers: readonly string[],
  rows: readonly CellValue[][],
): EvaluationFigures {
  const col = trackingColumns(headers);
  const indicators = new Lookup(c.indicators.map((i) => i.label));
  const n = c.indicators.length;
  const [from, to] = bounds(period);
  const [pFrom, pTo] = bounds(period.previous);
  const [yFrom] = bounds(period.yearToDate);
  const [cFrom] = bounds(period.conventionToDate);
  const value = new Array<number>(n).fill(0);
  const previous = new Array<number>(n).fill(0);
  const ytd = new Array<number>(n).fill(0);
  const ctd = new Array<number>(n).fill(0);

  const deIndex = c.indicators.findIndex((i) => i.code === "DE_ACCUEILLIS");
  const quartiers = new Lookup(c.lists.quartier);
  const ages = new Lookup(c.lists.trancheAge);
  const sexes = new Lookup(c.lists.sexe);
  const perQuartier = new Array<number>(c.lists.quartier.length).fill(0);
  const perAge = new Array<number>(c.lists.trancheAge.length).fill(0);
  const perSex = new Array<number>(c.lists.sexe.length).fill(0);

  const groupOf = wordGroupIndex(c.indicators, WORD_GROUPS);
  const counters = WORD_GROUPS.map((g) => new TextCounter(g.byAgency === true));
  const text = (row: readonly CellValue[], index: number): string | null => {
    const v = index >= 0 ? row[index] : null;
    return typeof v === "string" && v.trim() !== "" ? v : null;
  };

  const agencies = new Map<string, [string, string | null]>();
  let counted = 0;
  for (const row of rows) {
    const cell = col.date >= 0 ? row[col.date] : null;
    if (typeof cell !== "number") continue;
    // By day, as the Indicateurs formulas count (`< last day + 1`): a time of day keeps a row in its date's period.
    const date = Math.floor(cell);
    // The previous period, the year and the convention to date all lie between cFrom and to.
    if (date < cFrom || date > to) continue;
    const i = indicators.find(col.indicator >= 0 ? (row[col.indicator] ?? null) : null);
    if (i < 0) continue;
    const weight = rowWeight(col.count >= 0 ? (row[col.count] ?? null) : null);
    if (date >= pFrom && date <= pTo) addAt(previous, i, weight);
    addAt(ctd, i, weight);
    if (date >= yFrom) addAt(ytd, i, weight);
    if (date < from) continue;
    addAt(value, i, weight);
    counted++;
    if (i === deIndex) {
      const q = quartiers.find(col.quartier >= 0 ? (row[col.quartier] ?? null) : null);
      if (q >= 0) addAt(perQuartier, q, weight);
      const a = ages.find(col.ageBand >= 0 ? (row[col.ageBand] ?? null) : null);
      if (a >= 0) addAt(perAge, a, weight);
      const s = sexes.find(col.sex >= 0 ? (row[col.sex] ?? null) : null);
      if (s >= 0) addAt(perSex, s, weight);
    }
    const g = at(groupOf, i);
    if (g >= 0) {
      const precision = text(row, col.precision);
      if (precision === null) continue;
      const spec = at(WORD_GROUPS, g);
      const counter = at(counters, g);
      const comment = spec.withComments ? text(row, col.comment) : null;
      if (spec.byAgency) {
        let split = agencies.get(precision);
        if (!split) agencies.set(precision, (split = splitAgency(precision)));
        const [agency, request] = split;
        counter.add(agency, weight, request, comment);
      } else {
        counter.add(precision, weight, null, comment);
      }
    }
  }

  const hasPrevious = period.previous !== null;
  const figures: IndicatorFigure[] = c.indicators.map((ind, i) => ({
    code: ind.code,
    label: ind.label,
    group: ind.group,
    value: at(value, i),
    previous: hasPrevious ? at(previous, i) : null,
    change: hasPrevious ? at(value, i) - at(previous, i) : null,
    yearToDate: at(ytd, i),
    conventionToDate: at(ctd, i),
  }));
  const received = deIndex >= 0 ? at(value, deIndex) : 0;
  return {
    period,
    rows: counted,
    indicators: figures,
    byQuartier: quartierLines(c.lists.quartier, perQuartier, received),
    byAgeBand: listLines(c.lists.trancheAge, perAge, received),
    bySex: listLines(c.lists.sexe, perSex, received),
    words: WORD_GROUPS.map((g, k) => ({ id: g.id, title: g.title, entries: at(counters, k).list() })),
  };
}

/** For each indicator, the word group its Précision feeds (-1: none). */
function wordGroupIndex(indicators: readonly Pick<Indicator, "code">[], groups: readonly WordGroupSpec[]): number[] {
  return indicators.map((ind) => groups.findIndex((g) => g.codes.includes(ind.code)));
}

/**
 * Each QPV, their total, « Hors QPV », then « Non renseigné » as whatever is left (blanks and values
 * outside the list included), so the lines add up to the job seekers received, as on Indicateurs.
 */
function quartierLines(list: readonly string[], counts: number[], total: number): BreakdownLine[] {
  const qpv = qpvOf(list);
  const countOf = (label: string) => counts[list.indexOf(label)] ?? 0;
  const lines: BreakdownLine[] = qpv.map((label) => ({ label, count: countOf(label), kind: "entry" }));
  const totalQpv = lines.reduce((sum, l) => sum + l.count, 0);
  const outside = list.includes(OUTSIDE_QPV) ? countOf(OUTSIDE_QPV) : 0;
  lines.push({ label: INDICATORS_TEXT.totalQpv, count: totalQpv, kind: "subtotal" });
  lines.push({ label: OUTSIDE_QPV, count: outside, kind: "entry" });
  lines.push({ label: NOT_STATED, count: total - totalQpv - outside, kind: "rest" });
  return lines;
}

/** Each entry of a list but « Non renseigné », then « Non renseigné » as the rest. */
function listLines(list: readonly string[], counts: number[], total: number): BreakdownLine[] {
  const lines: BreakdownLine[] = [];
  list.forEach((label, i) => {
    if (label !== NOT_STATED) lines.push({ label, count: at(counts, i), kind: "entry" });
  });
  const stated = lines.reduce((sum, l) => sum + l.count, 0);
  lines.push({ label: NOT_STATED, count: total - stated, kind: "rest" });
  return lines;
}

/**
 * How a count is shown in a document that leaves the city: under `threshold` (and above 0) it
 * becomes « < threshold »; no threshold (0 or less) shows every count.
 */
export function maskSmall(count: number, threshold: number): number | string {
  return threshold > 0 && count > 0 && count < threshold ? `< ${threshold}` : count;
}
