import { METZ_2021_2023 } from "../../src/core/convention";
import { evaluationPeriod, lastFinishedSemester, type PeriodRequest } from "../../src/core/evaluation";

// The bounds of an evaluation period: semesters are 01/01–30/06 and 01/07–31/12 (convention,
// art. 7: « évalués semestriellement »), clipped to the convention's own dates. Every expected
// value below is a calendar fact or a request the period rules accept or refuse by their format.

const C = { start: METZ_2021_2023.start, end: METZ_2021_2023.end }; // 2021-01-01 … 2023-12-31

const semester = (semester: string): PeriodRequest => ({ kind: "semester", semester });
const year = (y: number): PeriodRequest => ({ kind: "year", year: y });

describe("a period clipped to a single day of the convention", () => {
  test("a convention starting on 30 June has a first semester of one day", () => {
    const result = evaluationPeriod({ start: "2021-06-30", end: "2023-12-31" }, semester("2021-S1"));
    expect(result).toEqual({
      ok: true,
      period: {
        kind: "semester",
        label: "2021-S1",
        from: "2021-06-30",
        to: "2021-06-30",
        previous: null,
        yearToDate: { from: "2021-06-30", to: "2021-06-30" },
        conventionToDate: { from: "2021-06-30", to: "2021-06-30" },
      },
    });
  });

  test("a convention ending on 1 July has a second semester of one day", () => {
    const result = evaluationPeriod({ start: "2021-01-01", end: "2021-07-01" }, semester("2021-S2"));
    expect(result.ok && [result.period.from, result.period.to]).toEqual(["2021-07-01", "2021-07-01"]);
    expect(result.ok && result.period.previous).toEqual({ from: "2021-01-01", to: "2021-06-30" });
  });

  test("the year to date starts at the convention's start when it began that year", () => {
    const result = evaluationPeriod({ start: "2021-03-15", end: "2023-12-31" }, semester("2021-S2"));
    expect(result.ok && result.period.yearToDate).toEqual({ from: "2021-03-15", to: "2021-12-31" });
    expect(result.ok && result.period.previous).toEqual({ from: "2021-03-15", to: "2021-06-30" });
    // The next year's figures start on 1 January again.
    const next = evaluationPeriod({ start: "2021-03-15", end: "2023-12-31" }, semester("2022-S1"));
    expect(next.ok && next.period.yearToDate).toEqual({ from: "2022-01-01", to: "2022-06-30" });
  });
});

describe("the semester as typed", () => {
  test("spaces around it and a lower-case s are accepted", () => {
    const result = evaluationPeriod(C, semester("  2022-s2 "));
    expect(result.ok && [result.period.label, result.period.from, result.period.to]).toEqual([
      "2022-S2",
      "2022-07-01",
      "2022-12-31",
    ]);
  });

  test.each(["x2022-S1", "2022-S1x", "22-S1", "2022-S0", "2022 S1", "2022-S12", ""])("« %s » is refused", (text) => {
    expect(evaluationPeriod(C, semester(text))).toEqual({ ok: false, reason: "format" });
  });
});

describe("a calendar year", () => {
  test("2022 inside the convention: its own bounds, 2021 before it", () => {
    expect(evaluationPeriod(C, year(2022))).toEqual({
      ok: true,
      period: {
        kind: "year",
        label: "2022",
        from: "2022-01-01",
        to: "2022-12-31",
        previous: { from: "2021-01-01", to: "2021-12-31" },
        yearToDate: { from: "2022-01-01", to: "2022-12-31" },
        conventionToDate: { from: "2021-01-01", to: "2022-12-31" },
      },
    });
  });

  test("a year that is not a four-digit integer is a format error, a valid year outside is « outside »", () => {
    for (const y of [2021.5, 1899, 10000, Number.NaN, -2021]) {
      expect([y, evaluationPeriod(C, year(y))]).toEqual([y, { ok: false, reason: "format" }]);
    }
    for (const y of [1900, 2020, 2024, 9999]) {
      expect([y, evaluationPeriod(C, year(y))]).toEqual([y, { ok: false, reason: "outside" }]);
    }
  });
});

test("the final evaluation covers the whole convention, with no previous period", () => {
  expect(evaluationPeriod(C, { kind: "final" })).toEqual({
    ok: true,
    period: {
      kind: "final",
      label: "final",
      from: "2021-01-01",
      to: "2023-12-31",
      previous: null,
      yearToDate: { from: "2023-01-01", to: "2023-12-31" },
      conventionToDate: { from: "2021-01-01", to: "2023-12-31" },
    },
  });
});

describe("the last finished semester of a convention ending mid-semester", () => {
  // Ends on 31 March 2023: its last semester, 2023-S1, is over the day after, 1 April.
  const SHORT = { start: "2021-01-01", end: "2023-03-31" };

  test("over on the day after the convention's end, not on its last day", () => {
    expect(lastFinishedSemester(SHORT, "2023-04-01")).toBe("2023-S1");
    expect(lastFinishedSemester(SHORT, "2023-03-31")).toBe("2022-S2");
    expect(lastFinishedSemester(SHORT, "2023-09-15")).toBe("2023-S1");
  });

  test("a convention starting in March: its first semester ends on 30 June", () => {
    const LATE = { start: "2021-03-15", end: "2023-12-31" };
    expect(lastFinishedSemester(LATE, "2021-06-30")).toBeNull();
    expect(lastFinishedSemester(LATE, "2021-07-01")).toBe("2021-S1");
  });
});
