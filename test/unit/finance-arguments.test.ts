import { CoreError } from "../../src/core/errors";
import { costEtp, instalment, presenceDays, revalue, schedule, semester } from "../../src/core/finance";

// How the custom functions read their arguments: each refusal's reason, the argument it names and
// the values the message shows, and the bounds that are still accepted. Written for the survivors
// of the mutation run of finance.ts; every expected value follows from the functions' documented
// rules (amounts in [0, 10^12], digits 0..6, dates from serial 1 to 2958465, rates from −1).

function refusal(call: () => unknown): CoreError {
  try {
    call();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}

const said = (call: () => unknown) => {
  const error = refusal(call);
  return { reason: error.reason, argument: error.argument, details: error.details };
};

describe("amounts", () => {
  it("accepts 0 and 10^12, refuses one euro more with the maximum", () => {
    expect(schedule(0)).toEqual([0, 0]);
    expect(schedule(1e12)).toEqual([5e11, 5e11]);
    expect(said(() => schedule(1e12 + 1))).toEqual({ reason: "tooLarge", argument: "total", details: { max: 1e12 } });
  });

  it("quotes a text that is no number, cut to 37 characters and … beyond 40", () => {
    expect(said(() => costEtp("abc", 0.5))).toEqual({
      reason: "notNumber",
      argument: "annual_cost",
      details: { value: "abc" },
    });
    const forty = "x".repeat(40);
    expect(said(() => costEtp(forty, 0.5)).details).toEqual({ value: forty });
    expect(said(() => costEtp("x".repeat(41), 0.5)).details).toEqual({ value: `${"x".repeat(37)}…` });
  });

  it("reads a big integer as its number", () => {
    expect(costEtp(10n, 1)).toBe(10);
  });

  it("names the maximum number of digits", () => {
    expect(said(() => costEtp(1, 1, 7))).toEqual({ reason: "digits", argument: "digits", details: { max: 6 } });
  });
});

describe("dates", () => {
  it("quotes a date that does not exist or is no date, trimmed", () => {
    expect(said(() => semester(" 31/02/2021 "))).toEqual({
      reason: "invalidDate",
      argument: "date",
      details: { value: "31/02/2021" },
    });
    expect(said(() => semester("hier"))).toEqual({ reason: "notDate", argument: "date", details: { value: "hier" } });
  });

  it("refuses a boolean and a serial before the first day, with the range", () => {
    expect(said(() => semester(true))).toEqual({ reason: "boolean", argument: "date", details: {} });
    expect(said(() => semester(0))).toEqual({
      reason: "dateRange",
      argument: "date",
      details: { value: 0, min: 1, max: 2958465 },
    });
  });

  it("names start and end in PRESENCE_DAYS, and the other date when they are in the wrong order", () => {
    expect(said(() => presenceDays("x", 44000)).argument).toBe("start");
    expect(said(() => presenceDays(44000, "x")).argument).toBe("end");
    expect(said(() => presenceDays(44001, 44000))).toEqual({
      reason: "endBeforeStart",
      argument: "end",
      details: { other: "start" },
    });
  });
});

describe("instalments", () => {
  it("gives the sum of the shares when it is not 1", () => {
    expect(said(() => schedule(100, [0.5, 0.4]))).toEqual({
      reason: "sharesSum",
      argument: "shares",
      details: { sum: 0.9 },
    });
  });

  it("names total and number, and the count of instalments", () => {
    expect(said(() => instalment("x", 1)).argument).toBe("total");
    expect(said(() => instalment(100, "x")).argument).toBe("number");
    expect(said(() => instalment(100, 3))).toEqual({
      reason: "instalmentNumber",
      argument: "number",
      details: { count: 2 },
    });
  });

  it("lets the first part take the whole total: 0.01 in halves is 0.01 then 0 (half rounds away from zero)", () => {
    expect(schedule(0.01)).toEqual([0.01, 0]);
  });
});

describe("REVALUE", () => {
  it("accepts a rate of −1 (the amount falls to 0), refuses less, naming the rate's position", () => {
    expect(revalue(100, -1)).toBe(0);
    expect(said(() => revalue(100, [[0.1], [-2]]))).toEqual({ reason: "rate", argument: "rates[2]", details: {} });
  });

  it("accepts a result of exactly 10^12, refuses a rate or a result above it", () => {
    expect(revalue(1e12, 0)).toBe(1e12);
    expect(said(() => revalue(100, 1e12 + 1))).toEqual({
      reason: "tooLarge",
      argument: "rates",
      details: { max: 1e12 },
    });
    expect(said(() => revalue(1e12, 0.1))).toEqual({ reason: "tooLarge", argument: "rates", details: { max: 1e12 } });
    expect(said(() => revalue("x", 0.1)).argument).toBe("amount");
  });
});
