import { CoreError } from "../../src/core/errors";
import { costEtp, instalment, presenceDays, prorata, revalue, schedule, semester } from "../../src/core/finance";

/** The CoreError a call throws (fails the test when it does not throw one). */
function refusal(call: () => unknown): CoreError {
  try {
    call();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}

describe("COST_ETP", () => {
  test("46795 × 0.5 = 23397.50, 23398 to the euro (seed, financial annex and art. 3.2)", () => {
    expect(costEtp(46795, 0.5)).toBe(23397.5);
    expect(costEtp(46795, 0.5, 0)).toBe(23398);
  });
  test("French text numbers and empty digits", () => {
    expect(costEtp("46 795", "0,5", null)).toBe(23397.5);
    expect(costEtp(46795, 0.5, "")).toBe(23397.5);
  });
  test("negative cost or etp → #NUM!", () => {
    expect(refusal(() => costEtp(-46795, 0.5))).toMatchObject({
      kind: "number",
      reason: "negative",
      argument: "annual_cost",
    });
    expect(refusal(() => costEtp(46795, -0.5))).toMatchObject({ kind: "number", reason: "negative", argument: "etp" });
  });
  test("digits outside 0..6 or not whole → #NUM!", () => {
    for (const digits of [-1, 7, 1.5]) {
      expect(refusal(() => costEtp(46795, 0.5, digits))).toMatchObject({ kind: "number", reason: "digits" });
    }
  });
  test("wrong types → #VALUE! naming the argument", () => {
    expect(refusal(() => costEtp(46795, true))).toMatchObject({ kind: "value", reason: "boolean", argument: "etp" });
    expect(refusal(() => costEtp("abc", 0.5))).toMatchObject({
      kind: "value",
      reason: "notNumber",
      argument: "annual_cost",
    });
    expect(refusal(() => costEtp(null, 0.5))).toMatchObject({
      kind: "value",
      reason: "required",
      argument: "annual_cost",
    });
    expect(refusal(() => costEtp(46795, { error: "#REF!" }))).toMatchObject({ kind: "value", reason: "errorValue" });
  });
  test("NaN, infinities and absurd sums → #NUM!", () => {
    expect(refusal(() => costEtp(Number.NaN, 0.5))).toMatchObject({ kind: "number", reason: "notFinite" });
    expect(refusal(() => costEtp(Infinity, 0.5))).toMatchObject({ kind: "number", reason: "notFinite" });
    expect(refusal(() => costEtp(1e300, 0.5))).toMatchObject({ kind: "number", reason: "tooLarge" });
  });
});

describe("PRORATA", () => {
  test("early termination on 2021-09-30, calendar days: 23398 × 273/365 = 17500.42 (domain notes)", () => {
    expect(prorata(23398, "2021-01-01", "2021-09-30")).toBe(17500.42);
    expect(prorata(23398, "01/01/2021", "30/09/2021", null, null, 0)).toBe(17500.42);
    expect(prorata(23398, 44197, 44469)).toBe(17500.42);
  });
  test("same in months: 23398 × 9/12 = 17548.50", () => {
    expect(prorata(23398, "2021-01-01", "2021-09-30", null, null, 1)).toBe(17548.5);
  });
  test("leap year: 10000 × 182/366 = 4972.677… → 4972.68", () => {
    expect(prorata(10000, "2024-01-01", "2024-06-30")).toBe(4972.68);
  });
  test("no overlap → 0", () => {
    expect(prorata(23398, "2022-01-01", "2022-03-31", "2021-01-01", "2021-12-31")).toBe(0);
  });
  test("the whole period gives the amount", () => {
    expect(prorata(23398, "2021-01-01", "2021-12-31")).toBe(23398);
    expect(prorata(23398, "2020-06-01", "2022-06-01", "2021-01-01", "2021-12-31", 1)).toBe(23398);
  });
  test("months basis, partial month: January whole + 14/28 of February = 1.5 months; 1200 × 1.5/12 = 150", () => {
    expect(prorata(1200, "2021-01-01", "2021-02-14", null, null, 1)).toBe(150);
  });
  test("months basis within one month: 10 days of April 2021 = 10/30 month; 1200 × (1/3)/12 = 33.33", () => {
    expect(prorata(1200, "2021-04-11", "2021-04-20", null, null, 1)).toBe(33.33);
  });
  test("only period_start given: the year starting there (2021-07-01 … 2022-06-30, 365 days)", () => {
    // 2021-07-01 … 2021-12-31 is 184 days: 1000 × 184/365 = 504.109… → 504.11
    expect(prorata(1000, "2021-07-01", "2021-12-31", "2021-07-01")).toBe(504.11);
    // only period_end: the year ending there, the same period
    expect(prorata(1000, "2021-07-01", "2021-12-31", null, "2022-06-30")).toBe(504.11);
  });
  test("an empty cell read as 0 on desktop means a default period", () => {
    expect(prorata(23398, "2021-01-01", "2021-09-30", 0, 0, 0)).toBe(17500.42);
  });
  test("end before start → #NUM!", () => {
    expect(refusal(() => prorata(100, "2021-09-30", "2021-01-01"))).toMatchObject({
      kind: "number",
      reason: "endBeforeStart",
      argument: "end",
    });
    expect(refusal(() => prorata(100, "2021-01-01", "2021-01-02", "2021-12-31", "2021-01-01"))).toMatchObject({
      reason: "endBeforeStart",
      argument: "period_end",
    });
  });
  test("bad basis, negative amount → #NUM!; invalid date → #VALUE!", () => {
    expect(refusal(() => prorata(100, "2021-01-01", "2021-01-02", null, null, 2))).toMatchObject({
      kind: "number",
      reason: "basis",
    });
    expect(refusal(() => prorata(-100, "2021-01-01", "2021-01-02"))).toMatchObject({
      kind: "number",
      reason: "negative",
    });
    expect(refusal(() => prorata(100, "31/02/2021", "2021-03-02"))).toMatchObject({
      kind: "value",
      reason: "invalidDate",
      argument: "start",
    });
    expect(refusal(() => prorata(100, "tomorrow", "2021-03-02"))).toMatchObject({
      kind: "value",
      reason: "notDate",
      argument: "start",
    });
    expect(refusal(() => prorata(100, 0, 44197))).toMatchObject({
      kind: "number",
      reason: "dateRange",
      argument: "start",
    });
    expect(refusal(() => prorata(100, 44197, 3e6))).toMatchObject({
      kind: "number",
      reason: "dateRange",
      argument: "end",
    });
    expect(refusal(() => prorata(100, 60, 61))).toMatchObject({ kind: "number", reason: "fakeLeapDay" });
  });
});

describe("INSTALMENT and SCHEDULE", () => {
  test("23398: 11699 on signature, 11699 balance (seed)", () => {
    expect(instalment(23398, 1)).toBe(11699);
    expect(instalment(23398, 2)).toBe(11699);
    expect(schedule(23398)).toEqual([11699, 11699]);
  });
  test("23397.50 to the euro: total 23398, balance 11699", () => {
    expect(instalment(23397.5, 2, null, 0)).toBe(11699);
  });
  test("23655: 11827.5 → 11828, balance 23655 − 11828 = 11827 (domain notes)", () => {
    expect(instalment(23655, 1, null, 0)).toBe(11828);
    expect(instalment(23655, 2, null, 0)).toBe(11827);
  });
  test("thirds of 100: 33.33 + 33.33 + balance 33.34", () => {
    const thirds = [[1 / 3], [1 / 3], [1 / 3]];
    expect([1, 2, 3].map((n) => instalment(100, n, thirds))).toEqual([33.33, 33.33, 33.34]);
    expect(schedule(100, [[1 / 3, 1 / 3, 1 / 3]])).toEqual([33.33, 33.33, 33.34]);
  });
  test("empty cells in shares are ignored, French text shares accepted", () => {
    expect(
      schedule(1000, [
        ["0,3", null],
        ["", 0.7],
      ]),
    ).toEqual([300, 700]);
  });
  test("shares not summing to 1, a zero share, number out of range → #NUM!", () => {
    expect(refusal(() => instalment(100, 1, [[0.5, 0.4]]))).toMatchObject({
      kind: "number",
      reason: "sharesSum",
      argument: "shares",
    });
    expect(refusal(() => instalment(100, 1, [[1, 0]]))).toMatchObject({
      kind: "number",
      reason: "shareNotPositive",
      argument: "shares[2]",
    });
    expect(refusal(() => instalment(100, 3))).toMatchObject({ kind: "number", reason: "instalmentNumber" });
    expect(refusal(() => instalment(100, 0))).toMatchObject({ kind: "number", reason: "instalmentNumber" });
    expect(refusal(() => instalment(100, 1.5))).toMatchObject({ kind: "number", reason: "instalmentNumber" });
  });
  test("a text share names its cell → #VALUE!", () => {
    expect(refusal(() => schedule(100, [["a", 0.5]]))).toMatchObject({
      kind: "value",
      reason: "notNumber",
      argument: "shares[1]",
    });
  });
  test("huge totals at 6 decimals (units beyond 2^53) stay exact: 999 999 999 999.99 in thirds", () => {
    // The share reads as 0.3333333333333333 = 1/3 − 1/(3·10^16), so each part is
    // 333333333333.33 − 999999999999.99 / (3·10^16) = 333333333333.3299666… → 333333333333.329967,
    // and the balance 999999999999.99 − 2 × 333333333333.329967 = 333333333333.330066.
    expect(schedule(999_999_999_999.99, [[1 / 3, 1 / 3, 1 / 3]], 6)).toEqual([
      333333333333.329967, 333333333333.329967, 333333333333.330066,
    ]);
    expect(schedule(999_999_999_999.99, null, 6)).toEqual([499999999999.995, 499999999999.995]);
  });
  test("rounded parts that exceed the total are refused: 2 in four quarters to the euro is 1+1+1 then −1", () => {
    expect(refusal(() => schedule(2, [[0.25, 0.25, 0.25, 0.25]], 0))).toMatchObject({
      kind: "number",
      reason: "instalmentsExceedTotal",
    });
  });
});

describe("REVALUE", () => {
  test("46795 + 1.1% = 47309.745 → 47309.75", () => {
    expect(revalue(46795, 0.011)).toBe(47309.75);
    expect(revalue(46795, "1,1%")).toBe(47309.75);
  });
  test("then + 2%: 47309.75 × 1.02 = 48255.945 → 48255.95 (each step rounded)", () => {
    expect(revalue(46795, [[0.011, 0.02]])).toBe(48255.95);
    expect(revalue(46795, [[0.011], [null], [0.02]])).toBe(48255.95);
  });
  test("to the euro at each step: 46795 × 1.011 = 47309.745 → 47310; × 1.02 = 48256.2 → 48256", () => {
    expect(revalue(46795, [[0.011, 0.02]], 0)).toBe(48256);
  });
  test("a rate below −100% → #NUM!; no rate → #VALUE!", () => {
    expect(refusal(() => revalue(100, -1.5))).toMatchObject({ kind: "number", reason: "rate", argument: "rates" });
    expect(refusal(() => revalue(100, [[null, ""]]))).toMatchObject({
      kind: "value",
      reason: "required",
      argument: "rates",
    });
    expect(refusal(() => revalue(100, [[0.1, false]]))).toMatchObject({
      kind: "value",
      reason: "boolean",
      argument: "rates[2]",
    });
  });
  test("runaway growth → #NUM!", () => {
    expect(refusal(() => revalue(1e11, [[1e6, 1e6]]))).toMatchObject({ kind: "number", reason: "tooLarge" });
  });
});

// Independent count, day by day with JavaScript's calendar: ISO week from the Thursday of the week.
function presenceByBruteForce(fromIso: string, toIso: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let ms = Date.parse(fromIso); ms <= Date.parse(toIso); ms += 86_400_000) {
    const date = new Date(ms);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    const thursday = new Date(ms + (4 - weekday) * 86_400_000);
    const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1;
    const present = weekday <= 2 || (weekday === 3 && week % 2 === 1);
    if (present && !holidays.has(date.toISOString().slice(0, 10))) count++;
  }
  return count;
}

describe("PRESENCE_DAYS", () => {
  test.each([
    ["2021-01-01", "2021-12-31", 127],
    ["2021-01-01", "2021-06-30", 63],
    ["2022-01-01", "2022-12-31", 125],
    ["2023-01-01", "2023-12-31", 123],
  ])("%p … %p: %p days (the spec)", (start, end, expected) => {
    expect(presenceDays(start, end)).toBe(expected);
  });

  test("2021 by brute force with the 13 holidays of Moselle listed by hand", () => {
    const holidays2021 = new Set([
      "2021-01-01",
      "2021-04-02",
      "2021-04-05",
      "2021-05-01",
      "2021-05-08",
      "2021-05-13",
      "2021-05-24",
      "2021-07-14",
      "2021-08-15",
      "2021-11-01",
      "2021-11-11",
      "2021-12-25",
      "2021-12-26",
    ]);
    expect(presenceByBruteForce("2021-01-01", "2021-12-31", holidays2021)).toBe(127);
    expect(presenceDays("2021-01-01", "2021-12-31")).toBe(127);
  });

  test("across years (the three-year convention) agrees with the brute force", () => {
    const holidays = new Set<string>();
    for (const year of [2021, 2022, 2023]) {
      const easter = { 2021: "2021-04-04", 2022: "2022-04-17", 2023: "2023-04-09" }[year] as string;
      const shift = (days: number): string =>
        new Date(Date.parse(easter) + days * 86_400_000).toISOString().slice(0, 10);
      for (const md of ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25", "12-26"])
        holidays.add(`${year}-${md}`);
      for (const offset of [-2, 1, 39, 50]) holidays.add(shift(offset));
    }
    expect(presenceDays("2021-03-10", "2023-10-05")).toBe(presenceByBruteForce("2021-03-10", "2023-10-05", holidays));
    expect(presenceDays("2021-01-01", "2023-12-31")).toBe(127 + 125 + 123);
  });

  test("a holidays range replaces the default: no holidays in 2021 gives the bare schedule", () => {
    expect(presenceDays("2021-01-01", "2021-12-31", [[""]])).toBe(127); // all-empty range: default kept
    expect(presenceDays("2021-01-01", "2021-12-31", [["2021-12-31"]])).toBe(
      presenceByBruteForce("2021-01-01", "2021-12-31", new Set()),
    );
    // 2021-01-04 is the Monday of week 1 (odd): one fewer day
    expect(presenceDays("2021-01-04", "2021-01-10", [[44200]])).toBe(2);
    expect(presenceDays("2021-01-04", "2021-01-10", [[44200, 44200, null]])).toBe(2);
  });

  test("a single day, even and odd weeks", () => {
    expect(presenceDays("2021-01-06", "2021-01-06")).toBe(1); // Wednesday of week 1 (odd)
    expect(presenceDays("2021-01-13", "2021-01-13")).toBe(0); // Wednesday of week 2 (even)
    expect(presenceDays("2021-01-09", "2021-01-10")).toBe(0); // weekend
  });

  test("end before start → #NUM!, bad holiday → #VALUE!", () => {
    expect(refusal(() => presenceDays("2021-12-31", "2021-01-01"))).toMatchObject({
      kind: "number",
      reason: "endBeforeStart",
    });
    expect(refusal(() => presenceDays("2021-01-01", "2021-12-31", [[44200, "Noël"]]))).toMatchObject({
      kind: "value",
      reason: "notDate",
      argument: "holidays[2]",
    });
  });
});

describe("SEMESTER", () => {
  test.each([
    ["2021-03-15", "2021-S1"],
    ["2021-07-01", "2021-S2"],
    ["30/06/2021", "2021-S1"],
    [44197, "2021-S1"],
    [44378.5, "2021-S2"], // 44378 = 2021-07-01 (44197 + 181); time of day ignored
    [60, "1900-S1"],
  ])("%p → %p", (date, label) => {
    expect(semester(date)).toBe(label);
  });
  test("refusals", () => {
    expect(refusal(() => semester(true))).toMatchObject({ kind: "value", reason: "boolean", argument: "date" });
    expect(refusal(() => semester(null))).toMatchObject({ kind: "value", reason: "required" });
    expect(refusal(() => semester(-5))).toMatchObject({ kind: "number", reason: "dateRange" });
  });
});

describe("period boundaries: first day, last day, the day after", () => {
  // 365 over 2021 (365 days) is 1.00 a day, so each expected value is a count of days.
  test("PRORATA counts the period's first and last days and nothing outside them", () => {
    expect(prorata(365, "2021-01-01", "2021-01-01")).toBe(1); // ends on the first day
    expect(prorata(365, "2020-12-31", "2021-01-01", "2021-01-01", "2021-12-31")).toBe(1); // from the day before
    expect(prorata(365, "2020-12-01", "2020-12-31", "2021-01-01", "2021-12-31")).toBe(0); // ends the day before
    expect(prorata(365, "2021-12-31", "2022-01-31", "2021-01-01", "2021-12-31")).toBe(1); // starts on the last day
    expect(prorata(365, "2022-01-01", "2022-01-31", "2021-01-01", "2021-12-31")).toBe(0); // starts the day after
    expect(prorata(365, "2021-12-30", "2021-12-31")).toBe(2);
  });

  test("PRORATA in months: a first and a last day of a month, and a day of the next month", () => {
    // Period 2021 = 12 months, 1200 a month… a year: 100 a month.
    expect(prorata(1200, "2021-01-31", "2021-01-31", null, null, 1)).toBe(3.23); // 1/31 month: 100/31 = 3.2258…
    // 1/31 + 1/28 month: 3.2258 + 3.5714 = 6.797…
    expect(prorata(1200, "2021-01-31", "2021-02-01", null, null, 1)).toBe(6.8);
    expect(prorata(1200, "2021-02-01", "2021-02-28", null, null, 1)).toBe(100); // February whole
    expect(prorata(1200, "2021-01-01", "2021-03-01", null, null, 1)).toBe(203.23); // 2 months + 1/31
    expect(prorata(1200, "2021-12-31", "2022-01-31", null, null, 1)).toBe(3.23); // only 31/12 is in 2021
  });

  test("PRORATA with only period_end: the year ending there starts the day after one year earlier", () => {
    // 2021-07-01 … 2022-06-30 (365 days): 365 over it is 1.00 a day.
    expect(prorata(365, "2021-07-01", "2021-07-01", null, "2022-06-30")).toBe(1);
    expect(prorata(365, "2021-06-30", "2021-06-30", null, "2022-06-30")).toBe(0);
    expect(prorata(365, "2022-06-30", "2022-07-01", "2021-07-01")).toBe(1);
  });

  test.each([
    ["2021-01-01", "2021-S1"], // first day of the first semester
    ["2021-06-30", "2021-S1"], // its last day
    ["2021-07-01", "2021-S2"], // the day after
    ["2021-12-31", "2021-S2"], // last day of the second semester
    ["2022-01-01", "2022-S1"], // the day after
  ])("SEMESTER %p → %p", (date, label) => {
    expect(semester(date)).toBe(label);
  });

  test("dates: serial 1 and 9999-12-31 are the first and last days accepted", () => {
    expect(semester(1)).toBe("1900-S1");
    expect(semester(2958465)).toBe("9999-S2");
    expect(refusal(() => semester(0))).toMatchObject({ kind: "number", reason: "dateRange" });
    expect(refusal(() => semester(2958466))).toMatchObject({ kind: "number", reason: "dateRange" });
  });

  test("PRESENCE_DAYS counts its first and last days: Monday 4 and Wednesday 6 January 2021 (week 1, odd)", () => {
    expect(presenceDays("2021-01-04", "2021-01-04")).toBe(1);
    expect(presenceDays("2021-01-04", "2021-01-06")).toBe(3);
    expect(presenceDays("2021-01-05", "2021-01-07")).toBe(2); // Thursday 7 is not a presence day
    // A holiday on the first or last day is taken off; one the day after is not.
    expect(presenceDays("2021-01-04", "2021-01-06", [[44200]])).toBe(2); // 44200 = 2021-01-04
    expect(presenceDays("2021-01-04", "2021-01-06", [[44202]])).toBe(2); // 2021-01-06
    expect(presenceDays("2021-01-04", "2021-01-06", [[44207]])).toBe(3); // 2021-01-11, after the end
    expect(presenceDays("2021-01-04", "2021-01-06", [[44199]])).toBe(3); // 2021-01-03, before the start
  });
});

describe("PRORATA: what a mutation run found untested", () => {
  test("a range from January to the next January is not one month: 13 of 24 months", () => {
    // Period 2021-2022 (24 months), covered 2021-01-01 … 2022-01-31 (13 months): 1200 × 13/24 = 650.
    expect(prorata(1200, "2021-01-01", "2022-01-31", "2021-01-01", "2022-12-31", 1)).toBe(650);
  });

  test("a range weeks after the period gives 0, not a negative share", () => {
    expect(prorata(365, "2022-03-01", "2022-03-31", "2021-01-01", "2021-12-31")).toBe(0);
    expect(prorata(365, "2020-01-01", "2020-03-31", "2021-01-01", "2021-12-31", 1)).toBe(0);
  });

  test("each refusal names its argument", () => {
    expect(refusal(() => prorata(-1, "2021-01-01", "2021-01-02"))).toMatchObject({ argument: "amount" });
    expect(refusal(() => prorata(1, "x", "2021-01-02"))).toMatchObject({ argument: "start" });
    expect(refusal(() => prorata(1, "2021-01-02", "2021-01-01"))).toMatchObject({
      argument: "end",
      details: { other: "start" },
    });
    expect(refusal(() => prorata(1, "2021-01-01", "2021-01-02", "x"))).toMatchObject({ argument: "period_start" });
    expect(refusal(() => prorata(1, "2021-01-01", "2021-01-02", null, "x"))).toMatchObject({ argument: "period_end" });
    expect(refusal(() => prorata(1, "2021-01-01", "2021-01-02", "2021-12-31", "2021-01-01"))).toMatchObject({
      argument: "period_end",
      details: { other: "period_start" },
    });
    expect(refusal(() => prorata(1, "2021-01-01", "2021-01-02", null, null, "deux"))).toMatchObject({
      argument: "basis",
    });
    expect(refusal(() => prorata(1, "2021-01-01", "2021-01-02", null, null, 2))).toMatchObject({ argument: "basis" });
  });
});
