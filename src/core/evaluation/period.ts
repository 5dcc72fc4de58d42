import type { Convention } from "../convention";

/** What an evaluation covers: one semester, one calendar year, or the whole convention. */
export type EvaluationKind = "semester" | "year" | "final";

export interface DateRange {
  /** ISO bounds, inclusive, clipped to the convention. */
  from: string;
  to: string;
}

export interface EvaluationPeriod extends DateRange {
  kind: EvaluationKind;
  /** "2021-S1", "2021" or "final". */
  label: string;
  /** The period before, of the same kind, when the convention covers any of it. */
  previous: DateRange | null;
  /** From 1 January of the period's last year (or the convention's start) to the period's end. */
  yearToDate: DateRange;
  /** From the convention's start to the period's end. */
  conventionToDate: DateRange;
}

export type PeriodRequest = { kind: "semester"; semester: string } | { kind: "year"; year: number } | { kind: "final" };

export type PeriodResult = { ok: true; period: EvaluationPeriod } | { ok: false; reason: "format" | "outside" };

function clip(c: Pick<Convention, "start" | "end">, from: string, to: string): DateRange | null {
  const range = { from: from < c.start ? c.start : from, to: to > c.end ? c.end : to };
  return range.from <= range.to ? range : null;
}

const semesterBounds = (year: number, half: 1 | 2): [string, string] =>
  half === 1 ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];

/**
 * The evaluation period asked for, with its comparison periods. A semester or a year must overlap the
 * convention; its bounds are clipped to it (a convention starting in March has a short first semester).
 */
export function evaluationPeriod(c: Pick<Convention, "start" | "end">, request: PeriodRequest): PeriodResult {
  let range: DateRange | null;
  let previous: DateRange | null;
  let label: string;
  if (request.kind === "semester") {
    const match = /^(\d{4})-S([12])$/.exec(request.semester.trim().toUpperCase());
    if (!match) return { ok: false, reason: "format" };
    const year = Number(match[1]);
    const half = Number(match[2]) as 1 | 2;
    label = `${year}-S${half}`;
    range = clip(c, ...semesterBounds(year, half));
    previous = half === 1 ? clip(c, ...semesterBounds(year - 1, 2)) : clip(c, ...semesterBounds(year, 1));
  } else if (request.kind === "year") {
    if (!Number.isInteger(request.year) || request.year < 1900 || request.year > 9999)
      return { ok: false, reason: "format" };
    label = String(request.year);
    range = clip(c, `${request.year}-01-01`, `${request.year}-12-31`);
    previous = clip(c, `${request.year - 1}-01-01`, `${request.year - 1}-12-31`);
  } else {
    label = "final";
    range = { from: c.start, to: c.end };
    previous = null;
  }
  if (!range) return { ok: false, reason: "outside" };
  const yearStart = `${range.to.slice(0, 4)}-01-01`;
  return {
    ok: true,
    period: {
      kind: request.kind,
      label,
      ...range,
      previous,
      yearToDate: { from: yearStart < c.start ? c.start : yearStart, to: range.to },
      conventionToDate: { from: c.start, to: range.to },
    },
  };
}

/** The last semester that ended on or before `today` (ISO), within the convention; null before the first ends. */
export function lastFinishedSemester(c: Pick<Convention, "start" | "end">, today: string): string | null {
  for (let year = Number(today.slice(0, 4)); year >= Number(c.start.slice(0, 4)); year--) {
    for (const half of [2, 1] as const) {
      const [from, to] = semesterBounds(year, half);
      const end = to > c.end ? c.end : to;
      if (end < today && clip(c, from, to)) return `${year}-S${half}`;
    }
  }
  return null;
}
