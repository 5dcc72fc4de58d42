import { at } from "./checked";
/**
 * Exact money arithmetic. Binary doubles cannot hold most cents (47309.75 × 1.02 is 48255.944999…
 * in doubles, but 48255.945 exactly), and French public accounting rounds half away from zero
 * (0.50 counts as 1, CGI art. 1724). So every number is read as the decimal it prints as
 * (its shortest round-trip representation), multiplied and divided exactly with BigInt, and
 * rounded once at the end.
 */

/** An exact decimal: `coefficient × 10^-scale` (scale ≥ 0). */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;
const POWERS_OF_TEN: bigint[] = [];

/** 10^n as a BigInt (cached: the same few powers come back on every call). */
export function pow10(n: number): bigint {
  if (n < 64) {
    let cached = POWERS_OF_TEN[n];
    if (cached === undefined) {
      cached = 10n ** BigInt(n);
      POWERS_OF_TEN[n] = cached;
    }
    return cached;
  }
  return 10n ** BigInt(n);
}

/** The decimal a finite number prints as (0.1 → 1 × 10^-1, not 0.1000000000000000055…). */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Number.isSafeInteger(value)) return { coefficient: BigInt(value), scale: 0 };
  const match = DECIMAL_TEXT.exec(String(value));
  if (!match) throw new RangeError(`unexpected number text: ${String(value)}`);
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  let coefficient = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    coefficient *= pow10(-scale);
    scale = 0;
  }
  return { coefficient: sign === "-" ? -coefficient : coefficient, scale };
}

/** `numerator / denominator` rounded to an integer, half away from zero (denominator > 0). */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return numerator < 0n ? -rounded : rounded;
}

/** The decimal rounded to `digits` decimals, half away from zero. */
export function roundDecimal(value: Decimal, digits: number): Decimal {
  if (value.scale <= digits) return value;
  return {
    coefficient: divideRoundHalfAwayFromZero(value.coefficient, pow10(value.scale - digits)),
    scale: digits,
  };
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale };
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  if (a.scale === b.scale) return { coefficient: a.coefficient + b.coefficient, scale: a.scale };
  if (a.scale < b.scale) return addDecimals(b, a);
  return { coefficient: a.coefficient + b.coefficient * pow10(a.scale - b.scale), scale: a.scale };
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { coefficient: -b.coefficient, scale: b.scale });
}

/** The nearest double (exact whenever the decimal has at most 15 significant digits). */
export function decimalToNumber(value: Decimal): number {
  const { coefficient, scale } = value;
  // Both operands exact in doubles: IEEE division then gives the correctly rounded quotient.
  if (scale <= 22 && coefficient <= 9007199254740991n && coefficient >= -9007199254740991n) {
    const result = Number(coefficient) / 10 ** scale;
    return result === 0 ? 0 : result; // never -0
  }
  const result = Number(`${coefficient}e-${scale}`);
  return result === 0 ? 0 : result;
}

// Fast path for the usual case (amounts with cents, rates with a few decimals): the decimal held
// as a safe integer and a scale. Beyond 2^50 an interval of one ulp could hold two decimals with
// the same scale, so the shortest representation would no longer be guaranteed.
const FAST_LIMIT = 2 ** 50;
const FAST_SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * `value` as `[integer, scale]` with the fewest decimals that give back exactly `value`, i.e. its
 * shortest decimal (0.1 → [1, 1]); null when that needs more than 8 decimals or 2^50.
 */
function smallDecimal(value: number): [number, number] | null {
  for (let scale = 0; scale < FAST_SCALES.length; scale++) {
    const factor = at(FAST_SCALES, scale);
    const integer = Math.round(value * factor);
    if (Math.abs(integer) > FAST_LIMIT) return null;
    if (integer / factor === value) return [integer, scale];
  }
  return null;
}

/** Half away from zero of `integer / 10^drop` with doubles, when every step stays exact; else null. */
function roundSmall(integer: number, scale: number, digits: number): number | null {
  if (scale <= digits) return integer / at(FAST_SCALES, scale) || 0;
  const divisor = FAST_SCALES[scale - digits];
  const magnitude = Math.abs(integer);
  if (divisor === undefined || 2 * magnitude + divisor > Number.MAX_SAFE_INTEGER) return null;
  const rounded = Math.floor((2 * magnitude + divisor) / (2 * divisor)) * Math.sign(integer);
  return rounded / at(FAST_SCALES, digits) || 0;
}

/** `value` rounded to `digits` decimals, half away from zero, exactly (2.675 → 2.68; 23397.5 → 23398). */
export function roundHalfAwayFromZero(value: number, digits = 2): number {
  const small = smallDecimal(value);
  const fast = small && roundSmall(small[0], small[1], digits);
  if (fast !== null) return fast;
  return decimalToNumber(roundDecimal(decimalFromNumber(value), digits));
}

/** `a × b` computed exactly, then rounded to `digits` decimals half away from zero. */
export function multiplyAndRound(a: number, b: number, digits = 2): number {
  const left = smallDecimal(a);
  const right = left && smallDecimal(b);
  if (left && right) {
    const product = left[0] * right[0];
    const fast = Number.isSafeInteger(product) ? roundSmall(product, left[1] + right[1], digits) : null;
    if (fast !== null) return fast;
  }
  return multiplyAndRoundExactly(a, b, digits);
}

/**
 * `amount × (1 + rate)` with `1 + rate` added exactly (in doubles 1 + 0.011 is not 1.011), then
 * rounded to `digits` decimals half away from zero: one step of a revaluation.
 */
export function growAndRound(amount: number, rate: number, digits = 2): number {
  const base = smallDecimal(amount);
  const growth = base && smallDecimal(rate);
  if (base && growth) {
    const factor = at(FAST_SCALES, growth[1]) + growth[0]; // (1 + rate) × 10^scale, exact
    const product = base[0] * factor;
    const fast = Number.isSafeInteger(product) ? roundSmall(product, base[1] + growth[1], digits) : null;
    if (fast !== null) return fast;
  }
  const factor = addDecimals({ coefficient: 1n, scale: 0 }, decimalFromNumber(rate));
  return decimalToNumber(roundDecimal(multiplyDecimals(decimalFromNumber(amount), factor), digits));
}

/** The BigInt path of `multiplyAndRound`, for any finite numbers. */
export function multiplyAndRoundExactly(a: number, b: number, digits = 2): number {
  return decimalToNumber(roundDecimal(multiplyDecimals(decimalFromNumber(a), decimalFromNumber(b)), digits));
}

/**
 * `amount × numerator / denominator` computed exactly, rounded to `digits` decimals half away
 * from zero: a pro-rata share (days covered / days of the period) without a binary detour.
 */
export function shareAndRound(amount: number, numerator: bigint, denominator: bigint, digits = 2): number {
  const exact = decimalFromNumber(amount);
  // amount × num / den × 10^digits, as one integer division of exact integers.
  let top = exact.coefficient * numerator;
  let bottom = denominator;
  if (digits >= exact.scale) top *= pow10(digits - exact.scale);
  else bottom *= pow10(exact.scale - digits);
  return decimalToNumber({ coefficient: divideRoundHalfAwayFromZero(top, bottom), scale: digits });
}

/** Euros to integer cents, half away from zero (12.345 → 1235). */
export function toCents(euros: number): number {
  const rounded = roundDecimal(decimalFromNumber(euros), 2);
  return Number(rounded.coefficient * pow10(2 - rounded.scale));
}

/** Integer cents to euros (1235 → 12.35). */
export function centsToEuros(cents: number): number {
  return decimalToNumber({ coefficient: BigInt(Math.trunc(cents)), scale: 2 });
}

// Digits, grouping spaces (plain, no-break, narrow no-break), one decimal mark (comma or point).
const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:[,.](\d+))?\s*(%?)$/;

/**
 * Reads a number typed as text the French way ("0,5", "46 795", "1,1 %") or with a point
 * ("0.5"). Returns null when the text is not a number. Grouped thousands need a space: "1.234,5"
 * is refused rather than guessed.
 */
export function parseNumberText(text: string): number | null {
  const match = NUMBER_TEXT.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction, percent] = match;
  if (whole === undefined && fraction === undefined) return null;
  const digitsText = `${(whole ?? "0").replace(/[ \u00a0\u202f]/g, "")}.${fraction ?? "0"}`;
  let value = Number(digitsText);
  if (percent) value = decimalToNumber(multiplyDecimals(decimalFromNumber(value), { coefficient: 1n, scale: 2 }));
  if (!Number.isFinite(value)) return null;
  return sign === "-" ? -value : value;
}
