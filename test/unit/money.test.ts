import {
  centsToEuros,
  growAndRound,
  decimalFromNumber,
  decimalToNumber,
  divideRoundHalfAwayFromZero,
  multiplyAndRound,
  parseNumberText,
  roundHalfAwayFromZero,
  shareAndRound,
  toCents,
} from "../../src/core/money";

describe("decimalFromNumber reads the decimal a number prints as", () => {
  test.each([
    [0.1, 1n, 1],
    [46795, 46795n, 0],
    [23397.5, 233975n, 1],
    [-0.5, -5n, 1],
    [1.5e-7, 15n, 8],
    [1e21, 10n ** 21n, 0],
  ])("%p → %p × 10^-%p", (value, coefficient, scale) => {
    expect(decimalFromNumber(value)).toEqual({ coefficient, scale });
  });

  test("refuses NaN and infinities", () => {
    expect(() => decimalFromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => decimalFromNumber(Infinity)).toThrow(RangeError);
  });

  test("decimalToNumber never returns -0", () => {
    expect(Object.is(decimalToNumber({ coefficient: 0n, scale: 2 }), 0)).toBe(true);
  });
});

describe("rounding half away from zero (CGI art. 1724: 0.50 counts as 1)", () => {
  test.each([
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3], // banker's rounding would give 2
    [-0.5, 0, -1],
    [-2.5, 0, -3],
    [0.49, 0, 0],
    [23397.5, 0, 23398], // the seed: "23 397.50 euros, arrondis 23 398 euros"
    [2.675, 2, 2.68], // the double below 2.675 makes naive rounding give 2.67
    [1.005, 2, 1.01],
    [1234.5678, 3, 1234.568],
    [0.1234565, 6, 0.123457],
    [17, 2, 17],
  ])("round(%p, %p) = %p", (value, digits, expected) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });

  test("integer halves: divideRoundHalfAwayFromZero", () => {
    expect(divideRoundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divideRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfAwayFromZero(7n, 3n)).toBe(2n);
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });
});

describe("exact products", () => {
  test("47309.75 × 1.02 = 48255.945 exactly, so 48255.95 (doubles give 48255.94)", () => {
    // Hand computation: 47309.75 × 1.02 = 47309.75 + 946.195 = 48255.945 → half away → 48255.95.
    expect((47309.75 * 1.02).toFixed(2)).toBe("48255.94"); // the binary product is just below the half
    expect(multiplyAndRound(47309.75, 1.02, 2)).toBe(48255.95);
  });

  test("46795 × 0.5 = 23397.50 and 23398 to the euro (seed, financial annex)", () => {
    expect(multiplyAndRound(46795, 0.5, 2)).toBe(23397.5);
    expect(multiplyAndRound(46795, 0.5, 0)).toBe(23398);
  });

  test("46795 × 1.011 = 47309.745 → 47309.75", () => {
    expect(multiplyAndRound(46795, 1.011, 2)).toBe(47309.75);
  });

  test("shareAndRound: 23398 × 273 / 365 = 17500.4219… → 17500.42 (domain notes)", () => {
    expect(shareAndRound(23398, 273n, 365n, 2)).toBe(17500.42);
  });

  test("shareAndRound: 23398 × 9 / 12 = 17548.5", () => {
    expect(shareAndRound(23398, 9n, 12n, 2)).toBe(17548.5);
  });

  test("shareAndRound rounds a half cent away from zero: 0.01 × 1/2 = 0.005 → 0.01", () => {
    expect(shareAndRound(0.01, 1n, 2n, 2)).toBe(0.01);
  });
});

describe("cents", () => {
  test("toCents rounds half away from zero", () => {
    expect(toCents(12.345)).toBe(1235);
    expect(toCents(23397.5)).toBe(2339750);
    expect(toCents(-0.005)).toBe(-1);
    expect(toCents(7)).toBe(700);
  });
  test("centsToEuros", () => {
    expect(centsToEuros(1235)).toBe(12.35);
    expect(centsToEuros(2339750)).toBe(23397.5);
  });
});

describe("parseNumberText reads numbers typed the French way", () => {
  test.each([
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["46795", 46795],
    ["46 795", 46795],
    ["46\u00a0795,50", 46795.5],
    ["1\u202f234\u202f567,8", 1234567.8],
    ["  -3 ", -3],
    ["+2", 2],
    [",5", 0.5],
    ["1,1%", 0.011],
    ["1,1 %", 0.011],
    ["100%", 1],
  ])("%p → %p", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  test.each(["", "abc", "1.234,5", "1,234.5", "1e5", ",", "12 34", "--1", "0,5 €", "%"])(
    "%p is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe("edges of the exact and fast paths", () => {
  test("a number that is not finite is refused with its reason", () => {
    expect(() => decimalFromNumber(Number.NaN)).toThrow("not a finite number");
    expect(() => decimalFromNumber(Number.POSITIVE_INFINITY)).toThrow("not a finite number");
  });

  test("a zero or negative denominator is refused, not divided by", () => {
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow("denominator must be positive");
    expect(() => divideRoundHalfAwayFromZero(1n, -2n)).toThrow("denominator must be positive");
  });

  test("decimals beyond 2^53 or 22 decimals convert to the nearest double of their text", () => {
    // 10^23 and 10^25 are not doubles: dividing by them would round twice.
    expect(decimalToNumber({ coefficient: 1n, scale: 23 })).toBe(1e-23);
    expect(decimalToNumber({ coefficient: 7n, scale: 25 })).toBe(7e-25);
    // 9 007 199 254 740 993 = 2^53 + 1 is not a double: converting it first would round twice.
    expect(decimalToNumber({ coefficient: 9007199254740993n, scale: 2 })).toBe(90071992547409.93);
    expect(decimalToNumber({ coefficient: -9007199254740993n, scale: 2 })).toBe(-90071992547409.93);
  });

  test("a negative decimal too small for a double gives 0, never -0", () => {
    expect(Object.is(decimalToNumber({ coefficient: -1n, scale: 400 }), 0)).toBe(true);
  });

  test("more decimals than the fast path holds still round half away from zero", () => {
    // 0.0000000015 has 10 decimals: to 9 it is a half, so away from zero.
    expect(roundHalfAwayFromZero(0.0000000015, 9)).toBe(0.000000002);
    expect(roundHalfAwayFromZero(-0.0000000015, 9)).toBe(-0.000000002);
    // 0.12345678 × 0.12345678 = 0.0152415765279684 (16 decimals) → 0.02
    expect(multiplyAndRound(0.12345678, 0.12345678)).toBe(0.02);
  });

  test("one step of revaluation: amount × (1 + rate)", () => {
    expect(growAndRound(1010, 0.01)).toBe(1020.1); // 1010 × 1.01
    expect(growAndRound(46795, 0.011)).toBe(47309.75); // 46795 × 1.011 = 47309.745, a half → up
    expect(growAndRound(1000, 0.0123456789)).toBe(1012.35); // 1012.3456789: the rate has 10 decimals
    expect(growAndRound(0.000000001234, 0.5, 12)).toBe(0.000000001851); // 1.234e-9 × 1.5, 12 decimals
  });

  test("a share of an amount with more decimals than asked", () => {
    expect(shareAndRound(1.2345, 1n, 2n)).toBe(0.62); // 0.61725
    expect(shareAndRound(1.2345, 1n, 2n, 4)).toBe(0.6173); // 0.61725, a half → up
    expect(shareAndRound(-1.2345, 1n, 2n, 4)).toBe(-0.6173);
  });

  test("a number text too long for a double is not a number", () => {
    expect(parseNumberText("1" + "0".repeat(400))).toBeNull();
  });
});
