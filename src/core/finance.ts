/**
 * The money of the convention: cost of the post, pro rata on early termination, instalments,
 * yearly revaluation, the agent's presence days and the semester label.
 *
 * Every function takes its arguments as a spreadsheet hands them over (`unknown`: numbers,
 * text typed the French way, null or "" for an empty cell, booleans, error values …), checks
 * them, and either returns a number/string or throws a `CoreError` naming the argument and the
 * reason. Nothing else is ever thrown, whatever the input.
 */
import { at } from "./checked";
import {
  dateOfDayNumber,
  dayNumber,
  daysInMonth,
  isoWeek,
  isoWeekday,
  mosellePublicHolidays,
  parseDateText,
  serialToDate,
  serialToDayNumber,
  MAX_SERIAL,
  MIN_SERIAL,
} from "./dates";
import { CoreError } from "./errors";
import {
  addDecimals,
  decimalFromNumber,
  decimalToNumber,
  growAndRound,
  multiplyAndRound,
  multiplyDecimals,
  parseNumberText,
  roundDecimal,
  roundHalfAwayFromZero,
  shareAndRound,
  subtractDecimals,
  type Decimal,
} from "./money";

export const DEFAULT_DIGITS = 2;
export const MAX_DIGITS = 6;
/** Larger sums are typing mistakes, and beyond ~9e15 doubles no longer hold every cent. */
export const MAX_AMOUNT = 1e12;
/** Signature, then balance (art. 3.2 of the secondment convention). */
export const DEFAULT_SHARES: readonly number[] = [0.5, 0.5];
export const SHARES_TOLERANCE = 1e-9;

// ---------------------------------------------------------------------------------------------
// Reading arguments
// ---------------------------------------------------------------------------------------------

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** Text quoted in a message, kept short. */
const quote = (text: string): string => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/** A 1×1 matrix (what Excel passes for a single cell to a matrix parameter) is its cell. */
function unwrapSingle(value: unknown): unknown {
  let current = value;
  while (Array.isArray(current) && current.length === 1) current = current[0];
  return current;
}

/** Finite number from a cell: numbers as they are, French or point-decimal text, nothing else. */
export function readNumber(value: unknown, argument: string): number {
  const cell = unwrapSingle(value);
  if (isEmpty(cell)) throw new CoreError("required", argument);
  if (typeof cell === "boolean") throw new CoreError("boolean", argument);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new CoreError("notFinite", argument);
    return cell;
  }
  if (typeof cell === "string") {
    const parsed = parseNumberText(cell);
    if (parsed === null) throw new CoreError("notNumber", argument, { value: quote(cell) });
    return parsed;
  }
  if (typeof cell === "bigint") return readNumber(Number(cell), argument);
  throw new CoreError("errorValue", argument);
}

/** A sum of money: a number in [0, MAX_AMOUNT]. */
export function readAmount(value: unknown, argument: string): number {
  const amount = readNumber(value, argument);
  if (amount < 0) throw new CoreError("negative", argument);
  if (amount > MAX_AMOUNT) throw new CoreError("tooLarge", argument, { max: MAX_AMOUNT });
  return amount;
}

/** Optional `digits`: an integer 0..6, 2 when empty. */
export function readDigits(value: unknown, argument = "digits"): number {
  if (isEmpty(unwrapSingle(value))) return DEFAULT_DIGITS;
  const digits = readNumber(value, argument);
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new CoreError("digits", argument, { max: MAX_DIGITS });
  }
  return digits;
}

/**
 * A date serial (integer part) from a serial number or a text date ("2021-09-30", "30/09/2021";
 * text holding a plain number is read as a serial). Plausible serials only: 1..2958465.
 */
export function readSerial(value: unknown, argument: string): number {
  const cell = unwrapSingle(value);
  if (typeof cell === "string" && !isEmpty(cell)) {
    const parsed = parseDateText(cell);
    if ("serial" in parsed) return parsed.serial;
    if (parsed.error === "invalid") throw new CoreError("invalidDate", argument, { value: quote(cell.trim()) });
    if (parseNumberText(cell) === null) throw new CoreError("notDate", argument, { value: quote(cell.trim()) });
  }
  if (typeof cell === "boolean") throw new CoreError("boolean", argument);
  const serial = Math.floor(readNumber(cell, argument));
  if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
    throw new CoreError("dateRange", argument, { value: serial, min: MIN_SERIAL, max: MAX_SERIAL });
  }
  return serial;
}

/** A real day (day number, see dates.ts): a serial other than Excel's fictitious 29/02/1900. */
export function readDay(value: unknown, argument: string): number {
  const serial = readSerial(value, argument);
  const day = serialToDayNumber(serial);
  if (day === null) throw new CoreError("fakeLeapDay", argument);
  return day;
}

/** An optional date: empty, "" or 0 (an empty cell on desktop Excel) mean "not given". */
function readOptionalDay(value: unknown, argument: string): number | null {
  const cell = unwrapSingle(value);
  return isEmpty(cell) || cell === 0 ? null : readDay(cell, argument);
}

/**
 * The non-empty cells of a range or array constant, row by row, each read by `read` with its
 * 1-based position in the argument name (`shares[3]`); null when nothing at all is given.
 */
function readList<T>(value: unknown, argument: string, read: (cell: unknown, name: string) => T): T[] | null {
  if (isEmpty(value)) return null;
  const cells: unknown[] = [];
  const collect = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(collect);
    else cells.push(item);
  };
  collect(value);
  const values: T[] = [];
  cells.forEach((cell, index) => {
    if (!isEmpty(cell)) values.push(read(cell, cells.length > 1 ? `${argument}[${index + 1}]` : argument));
  });
  return values.length > 0 ? values : null;
}

/** Instalment shares: each > 0, summing to 1 within 1e-9; the default {0.5; 0.5} when empty. */
export function readShares(value: unknown, argument = "shares"): readonly number[] {
  const shares = readList(value, argument, (cell, name) => {
    const share = readNumber(cell, name);
    if (!(share > 0)) throw new CoreError("shareNotPositive", name);
    return share;
  });
  if (shares === null) return DEFAULT_SHARES;
  const sum = shares.reduce((total, share) => total + share, 0);
  if (Math.abs(sum - 1) > SHARES_TOLERANCE)
    throw new CoreError("sharesSum", argument, { sum: Number(sum.toPrecision(12)) });
  return shares;
}

function requireOrder(first: number, last: number, firstName: string, lastName: string): void {
  if (last < first) throw new CoreError("endBeforeStart", lastName, { other: firstName });
}

// ---------------------------------------------------------------------------------------------
// The functions
// ---------------------------------------------------------------------------------------------

/** COST_ETP: yearly cost of a post, `annual_cost × etp` rounded to `digits` (default 2). */
export function costEtp(annualCost: unknown, etp: unknown, digits?: unknown): number {
  const cost = readAmount(annualCost, "annual_cost");
  const share = readAmount(etp, "etp");
  return multiplyAndRound(cost, share, readDigits(digits));
}

/** Same day one year later/earlier; 29 February falls back to 28 February, as EDATE does. */
function shiftYears(day: number, years: number): number {
  const date = dateOfDayNumber(day);
  const year = date.year + years;
  return dayNumber(year, date.month, Math.min(date.day, daysInMonth(year, date.month)));
}

// Every month length (28..31) divides this, so month fractions become exact integers.
const MONTH_UNIT = 377580;

/** Months covered by the days [from, to], a partial month counting its share of that month's days. */
function monthUnits(from: number, to: number): number {
  const first = dateOfDayNumber(from);
  const last = dateOfDayNumber(to);
  const perDay = (date: { year: number; month: number }): number => MONTH_UNIT / daysInMonth(date.year, date.month);
  if (first.year === last.year && first.month === last.month) return (to - from + 1) * perDay(first);
  const firstMonth = (daysInMonth(first.year, first.month) - first.day + 1) * perDay(first);
  const lastMonth = last.day * perDay(last);
  const wholeMonths = last.year * 12 + last.month - (first.year * 12 + first.month) - 1;
  return firstMonth + wholeMonths * MONTH_UNIT + lastMonth;
}

/**
 * PRORATA: the share of `amount` for the days of [start, end] inside the period (bounds
 * inclusive), rounded to cents. Default period: the calendar year of `start`; with only one
 * bound given, the period is the year that starts (or ends) there.
 * Basis 0: calendar days. Basis 1: months (whole month = 1/12, partial month its share of days).
 */
export function prorata(
  amount: unknown,
  start: unknown,
  end: unknown,
  periodStart?: unknown,
  periodEnd?: unknown,
  basis?: unknown,
): number {
  const sum = readAmount(amount, "amount");
  const first = readDay(start, "start");
  const last = readDay(end, "end");
  requireOrder(first, last, "start", "end");
  let periodFirst = readOptionalDay(periodStart, "period_start");
  let periodLast = readOptionalDay(periodEnd, "period_end");
  if (periodFirst === null && periodLast === null) {
    const year = dateOfDayNumber(first).year;
    periodFirst = dayNumber(year, 1, 1);
    periodLast = dayNumber(year, 12, 31);
  } else if (periodLast === null) {
    periodLast = shiftYears(periodFirst as number, 1) - 1;
  } else if (periodFirst === null) {
    periodFirst = shiftYears(periodLast, -1) + 1;
  }
  requireOrder(periodFirst as number, periodLast, "period_start", "period_end");
  const method = isEmpty(unwrapSingle(basis)) ? 0 : readNumber(basis, "basis");
  if (method !== 0 && method !== 1) throw new CoreError("basis", "basis");

  const overlapFirst = Math.max(first, periodFirst as number);
  const overlapLast = Math.min(last, periodLast);
  if (overlapLast < overlapFirst) return 0;
  const [covered, whole] =
    method === 0
      ? [overlapLast - overlapFirst + 1, periodLast - (periodFirst as number) + 1]
      : [monthUnits(overlapFirst, overlapLast), monthUnits(periodFirst as number, periodLast)];
  return shareAndRound(sum, BigInt(covered), BigInt(whole), 2);
}

/**
 * The instalments of `total` paid in parts `shares`: each part is round(total_rounded × share)
 * except the last, the rounded total minus the parts before it (the balance takes the residual).
 */
function instalmentParts(total: number, shares: readonly number[], digits: number): number[] {
  const totalRounded = roundHalfAwayFromZero(total, digits);
  const scale = 10 ** digits;
  // Every part has at most `digits` decimals: in integer units of 10^-digits the balance is an
  // exact subtraction while the units stay safe integers (they do up to 9e15).
  const totalUnits = Math.round(totalRounded * scale);
  if (!Number.isSafeInteger(2 * totalUnits)) return instalmentPartsExactly(total, shares, digits);
  let paidUnits = 0;
  const parts: number[] = [];
  for (const share of shares.slice(0, -1)) {
    const part = multiplyAndRound(totalRounded, share, digits);
    paidUnits += Math.round(part * scale);
    parts.push(part);
  }
  // Many small parts each rounded up can exceed the total: a negative balance is never owed.
  if (paidUnits > totalUnits) throw new CoreError("instalmentsExceedTotal", "shares");
  parts.push((totalUnits - paidUnits) / scale);
  return parts;
}

/** The same with BigInt decimals, for totals whose units of 10^-digits exceed 2^53. */
function instalmentPartsExactly(total: number, shares: readonly number[], digits: number): number[] {
  const totalRounded = roundDecimal(decimalFromNumber(total), digits);
  let paid: Decimal = { coefficient: 0n, scale: 0 };
  const parts: number[] = [];
  for (const share of shares.slice(0, -1)) {
    const part = roundDecimal(multiplyDecimals(totalRounded, decimalFromNumber(share)), digits);
    paid = addDecimals(paid, part);
    parts.push(decimalToNumber(part));
  }
  const balance = subtractDecimals(totalRounded, paid);
  if (balance.coefficient < 0n) throw new CoreError("instalmentsExceedTotal", "shares");
  parts.push(decimalToNumber(balance));
  return parts;
}

/** INSTALMENT: amount of instalment `number` (1-based) of `total` paid in `shares`. */
export function instalment(total: unknown, number: unknown, shares?: unknown, digits?: unknown): number {
  const sum = readAmount(total, "total");
  const index = readNumber(number, "number");
  const parts = readShares(shares);
  const places = readDigits(digits);
  if (!Number.isInteger(index) || index < 1 || index > parts.length) {
    throw new CoreError("instalmentNumber", "number", { count: parts.length });
  }
  return at(instalmentParts(sum, parts, places), index - 1);
}

/** SCHEDULE: every instalment of `total`, in order. */
export function schedule(total: unknown, shares?: unknown, digits?: unknown): number[] {
  return instalmentParts(readAmount(total, "total"), readShares(shares), readDigits(digits));
}

/** REVALUE: `amount` after successive yearly revaluations, each step rounded to `digits`. */
export function revalue(amount: unknown, rates: unknown, digits?: unknown): number {
  const start = readAmount(amount, "amount");
  const steps = readList(rates, "rates", (cell, name) => {
    const rate = readNumber(cell, name);
    if (rate < -1) throw new CoreError("rate", name);
    if (rate > MAX_AMOUNT) throw new CoreError("tooLarge", name, { max: MAX_AMOUNT });
    return rate;
  });
  if (steps === null) throw new CoreError("required", "rates");
  const places = readDigits(digits);
  let value = roundHalfAwayFromZero(start, places);
  for (const rate of steps) {
    value = growAndRound(value, rate, places);
    if (value > MAX_AMOUNT) throw new CoreError("tooLarge", "rates", { max: MAX_AMOUNT });
  }
  return value;
}

const holidayCache = new Map<number, readonly number[]>();

function holidaysOfYear(year: number): readonly number[] {
  let days = holidayCache.get(year);
  if (days === undefined) {
    days = mosellePublicHolidays(year);
    holidayCache.set(year, days);
  }
  return days;
}

/** Presence schedule (art. 2): Monday–Tuesday in even ISO weeks, Monday–Wednesday in odd ones. */
function isScheduledDay(day: number): boolean {
  const weekday = isoWeekday(day);
  return weekday <= 2 || (weekday === 3 && isoWeek(day).week % 2 === 1);
}

function scheduledDaysBetween(from: number, to: number): number {
  let count = 0;
  for (let monday = from - (isoWeekday(from) - 1); monday <= to; monday += 7) {
    const lastDay = monday + (isoWeek(monday).week % 2 === 1 ? 2 : 1);
    const low = Math.max(monday, from);
    const high = Math.min(lastDay, to);
    if (high >= low) count += high - low + 1;
  }
  return count;
}

/**
 * PRESENCE_DAYS: scheduled presence days of the seconded agent in [start, end], minus the
 * holidays (a list of dates replacing the default public holidays of Moselle).
 */
export function presenceDays(start: unknown, end: unknown, holidays?: unknown): number {
  const first = readDay(start, "start");
  const last = readDay(end, "end");
  requireOrder(first, last, "start", "end");
  const given = readList(holidays, "holidays", (cell, name) => readDay(cell, name));
  const off = new Set<number>();
  if (given !== null) given.forEach((day) => off.add(day));
  else {
    for (let year = dateOfDayNumber(first).year; year <= dateOfDayNumber(last).year; year++) {
      holidaysOfYear(year).forEach((day) => off.add(day));
    }
  }
  let count = scheduledDaysBetween(first, last);
  off.forEach((day) => {
    if (day >= first && day <= last && isScheduledDay(day)) count--;
  });
  return count;
}

/** SEMESTER: "2021-S1" for January–June, "2021-S2" for July–December. */
export function semester(date: unknown): string {
  const serial = readSerial(date, "date");
  const calendar = serialToDate(serial); // serial 60 shows as 29/02/1900: semester 1900-S1, as Excel
  if (calendar === null) throw new CoreError("dateRange", "date", { value: serial, min: MIN_SERIAL, max: MAX_SERIAL });
  return `${calendar.year}-S${calendar.month <= 6 ? 1 : 2}`;
}
