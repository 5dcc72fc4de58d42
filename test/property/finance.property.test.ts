import fc from "fast-check";
import { dayNumber, dayNumberToSerial, serialToDate } from "../../src/core/dates";
import { CoreError } from "../../src/core/errors";
import { costEtp, instalment, presenceDays, prorata, revalue, schedule, semester } from "../../src/core/finance";
import {
  addDecimals,
  decimalFromNumber,
  decimalToNumber,
  growAndRound,
  multiplyAndRound,
  multiplyAndRoundExactly,
  multiplyDecimals,
  roundDecimal,
  roundHalfAwayFromZero,
} from "../../src/core/money";

const RUNS = { numRuns: 300 };

/** Amounts in cents, as typed: 0 … 10 million euros. */
const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((cents) => cents / 100);
/** Serials 2000-01-01 … 2040-12-31. */
const serial = fc.integer({ min: 36526, max: 51501 });
const digits = fc.integer({ min: 0, max: 6 });
/** Shares from positive integer weights (they sum to 1 within rounding). */
const shares = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }).map((weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  return [weights.map((w) => w / total)];
});

/** Integer units of 10^-digits: exact comparisons of sums. */
const units = (value: number, places: number): bigint => BigInt(Math.round(value * 10 ** places));

describe("rounding", () => {
  test("half away from zero agrees with an integer computation on thousandths", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (thousandths) => {
        const magnitude = Math.abs(thousandths);
        const cents = Math.floor((magnitude + 5) / 10) * Math.sign(thousandths);
        expect(roundHalfAwayFromZero(thousandths / 1000, 2)).toBe(cents / 100 || 0);
      }),
      RUNS,
    );
  });
});

describe("the fast double path of multiplyAndRound equals the BigInt path", () => {
  const operand = fc.oneof(
    fc.integer({ min: 0, max: 1e11 }).map((cents) => cents / 100),
    fc.integer({ min: -1e6, max: 1e6 }).map((tenThousandths) => tenThousandths / 1e4),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  );
  test("for cents, short rates and arbitrary doubles", () => {
    fc.assert(
      fc.property(operand, operand, digits, (a, b, places) => {
        expect(multiplyAndRound(a, b, places)).toBe(multiplyAndRoundExactly(a, b, places));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("growAndRound (one revaluation step) equals amount × (1 + rate) in BigInt decimals", () => {
  test("for amounts in cents and rates in ten-thousandths, and arbitrary doubles", () => {
    const rate = fc.oneof(
      fc.integer({ min: -10_000, max: 10_000 }).map((r) => r / 1e4),
      fc.double({ min: -1, max: 10, noNaN: true }),
    );
    fc.assert(
      fc.property(amount, rate, digits, (sum, r, places) => {
        const factor = addDecimals({ coefficient: 1n, scale: 0 }, decimalFromNumber(r));
        const expected = decimalToNumber(roundDecimal(multiplyDecimals(decimalFromNumber(sum), factor), places));
        expect(growAndRound(sum, r, places)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("schedules", () => {
  test("the instalments sum to the rounded total and each lies in [0, total], or the schedule is refused", () => {
    fc.assert(
      fc.property(amount, shares, digits, (total, parts, places) => {
        let result: number[];
        try {
          result = schedule(total, parts, places);
        } catch (error) {
          // Only the documented case: parts rounded up beyond the total.
          expect(error).toBeInstanceOf(CoreError);
          expect((error as CoreError).reason).toBe("instalmentsExceedTotal");
          return;
        }
        const rounded = roundHalfAwayFromZero(total, places);
        expect(result).toHaveLength(parts[0].length);
        expect(result.reduce((sum, part) => sum + units(part, places), 0n)).toBe(units(rounded, places));
        for (const part of result) {
          expect(part).toBeGreaterThanOrEqual(0);
          expect(part).toBeLessThanOrEqual(rounded);
        }
      }),
      RUNS,
    );
  });

  test("INSTALMENT n is the n-th line of SCHEDULE", () => {
    fc.assert(
      fc.property(amount, shares, fc.integer({ min: 0, max: 2 }), (total, parts, places) => {
        fc.pre(parts[0].length >= 1);
        let lines: number[];
        try {
          lines = schedule(total, parts, places);
        } catch {
          return;
        }
        lines.forEach((line, i) => expect(instalment(total, i + 1, parts, places)).toBe(line));
      }),
      { numRuns: 100 },
    );
  });

  test("default shares: two halves, the second the balance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        const [first, second] = schedule(cents / 100);
        // half of the cents, a half cent rounded up; the balance takes the rest
        const firstCents = Math.floor((cents + 1) / 2);
        expect(Math.round(first * 100)).toBe(firstCents);
        expect(Math.round(second * 100)).toBe(cents - firstCents);
      }),
      RUNS,
    );
  });
});

describe("PRORATA", () => {
  const period = fc
    .tuple(serial, fc.integer({ min: 0, max: 2000 }))
    .map(([start, length]) => [start, start + length] as const);

  test("over the whole period it is the amount (both bases)", () => {
    fc.assert(
      fc.property(amount, period, fc.constantFrom(0, 1), (sum, [from, to], basis) => {
        expect(prorata(sum, from, to, from, to, basis)).toBe(roundHalfAwayFromZero(sum, 2));
      }),
      RUNS,
    );
  });

  test("default period: the calendar year of start", () => {
    fc.assert(
      fc.property(amount, serial, fc.constantFrom(0, 1), (sum, day, basis) => {
        const year = (serialToDate(day) as { year: number }).year;
        const jan1 = dayNumberToSerial(dayNumber(year, 1, 1)) as number;
        const dec31 = dayNumberToSerial(dayNumber(year, 12, 31)) as number;
        expect(prorata(sum, jan1, dec31, null, null, basis)).toBe(roundHalfAwayFromZero(sum, 2));
        expect(prorata(sum, day, dec31, null, null, basis)).toBe(prorata(sum, day, dec31, jan1, dec31, basis));
      }),
      RUNS,
    );
  });

  test("stays within [0, amount], and grows with the end date", () => {
    fc.assert(
      fc.property(
        amount,
        period,
        serial,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(0, 1),
        (sum, [from, to], start, length, basis) => {
          const share = prorata(sum, start, start + length, from, to, basis);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(roundHalfAwayFromZero(sum, 2));
          expect(prorata(sum, start, start + length + 1, from, to, basis)).toBeGreaterThanOrEqual(share);
        },
      ),
      RUNS,
    );
  });

  test("calendar days: amount × overlap / period days, checked in integer cents", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        period,
        serial,
        fc.integer({ min: 0, max: 800 }),
        (cents, [from, to], start, length) => {
          const overlap = Math.max(0, Math.min(to, start + length) - Math.max(from, start) + 1);
          const days = to - from + 1;
          // round half up of cents × overlap / days, all integers (< 2^53)
          const expected = Math.floor((2 * cents * overlap + days) / (2 * days));
          expect(Math.round(prorata(cents / 100, start, start + length, from, to) * 100)).toBe(expected);
        },
      ),
      RUNS,
    );
  });
});

describe("REVALUE", () => {
  test("no change with zero rates; never negative; year after year is the same as all at once", () => {
    fc.assert(
      fc.property(
        amount,
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 5 }),
        digits,
        (sum, permille, places) => {
          const rates = permille.map((p) => p / 1000);
          expect(
            revalue(
              sum,
              rates.map(() => 0),
              places,
            ),
          ).toBe(roundHalfAwayFromZero(sum, places));
          const result = revalue(sum, [rates], places);
          expect(result).toBeGreaterThanOrEqual(0);
          const afterFirstYear = revalue(sum, rates[0], places);
          const rest = rates.slice(1);
          expect(rest.length > 0 ? revalue(afterFirstYear, [rest], places) : afterFirstYear).toBe(result);
        },
      ),
      RUNS,
    );
  });
});

describe("PRESENCE_DAYS", () => {
  test("adds up over consecutive ranges and is at most 3 days a week", () => {
    fc.assert(
      fc.property(serial, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 700 }), (start, a, b) => {
        const whole = presenceDays(start, start + a + b);
        expect(presenceDays(start, start + a) + presenceDays(start + a + 1, start + a + b)).toBe(whole);
        expect(whole).toBeLessThanOrEqual(3 * Math.ceil((a + b + 1) / 7));
        expect(whole).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});

describe("nothing throws anything but a CoreError, whatever the input", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -10, max: 3_000_000 }),
    fc.string(),
    fc.constantFrom("0,5", "46 795", "2021-09-30", "31/02/2021", "1,1%", "", "#N/A"),
    fc.record({ error: fc.constantFrom("#REF!", "#N/A") }),
    fc.array(fc.array(fc.oneof(fc.constant(null), fc.double(), fc.string(), fc.boolean()), { maxLength: 3 }), {
      maxLength: 3,
    }),
  );
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    costEtp,
    prorata,
    instalment,
    schedule,
    revalue,
    presenceDays,
    semester,
  };
  test.each(Object.keys(functions))("%s", (name) => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: 6 }), (args) => {
        try {
          const result = functions[name](...args);
          if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(CoreError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

test("COST_ETP is the exact product rounded: checked in integer cents × hundredths of ETP", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100 }), (cents, hundredths) => {
      // cost × etp in cents = cents × hundredths / 100, rounded half up
      const expected = Math.floor((2 * cents * hundredths + 100) / 200);
      expect(Math.round(costEtp(cents / 100, hundredths / 100) * 100)).toBe(expected);
    }),
    RUNS,
  );
});
