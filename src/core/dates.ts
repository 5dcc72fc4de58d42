import { at } from "./checked";
/**
 * Calendar dates as Excel sees them: serial numbers of the 1900 date system (1 = 1900-01-01,
 * 44197 = 2021-01-01, 2958465 = 9999-12-31). Excel counts a 29 February 1900 that never existed
 * (serial 60, kept from Lotus 1-2-3), so serials and real days differ by one before 1 March 1900.
 *
 * Two number lines are used here:
 * - the *serial*, what cells hold and users type;
 * - the *day number*, days since 1899-12-30 on the real Gregorian calendar. It equals the serial
 *   from 1900-03-01 on, which is every date the product deals with; day counts, weekdays and weeks
 *   are computed on day numbers so that they stay right even before that.
 */

export const MIN_SERIAL = 1;
export const MAX_SERIAL = 2958465;
/** Excel's fictitious 29/02/1900. */
export const FAKE_LEAP_DAY_SERIAL = 60;

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : at(MONTH_LENGTHS, month - 1);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// 1899-12-30 is day 693 899 counted from 0000-03-01 of the proleptic calendar, where years start
// in March so that the leap day comes last and month lengths follow a fixed 153-day pattern.
const DAY_NUMBER_OFFSET = 693899;

/** Days since 1899-12-30 of a real Gregorian date (negative before it). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year; // years start in March
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - DAY_NUMBER_OFFSET;
}

/** The real Gregorian date of a day number (inverse of `dayNumber`). */
export function dateOfDayNumber(days: number): CalendarDate {
  const fromMarch0 = days + DAY_NUMBER_OFFSET;
  const era = Math.floor(fromMarch0 / 146097);
  const dayOfEra = fromMarch0 - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Real day number of a serial, or null for the fake 29/02/1900 and serials out of range. */
export function serialToDayNumber(serial: number): number | null {
  const whole = Math.floor(serial);
  if (!(whole >= MIN_SERIAL && whole <= MAX_SERIAL) || whole === FAKE_LEAP_DAY_SERIAL) return null;
  return whole < FAKE_LEAP_DAY_SERIAL ? whole + 1 : whole;
}

/** Serial of a real day number, or null outside 1900-01-01 … 9999-12-31. */
export function dayNumberToSerial(days: number): number | null {
  if (!Number.isInteger(days)) return null;
  const serial = days <= FAKE_LEAP_DAY_SERIAL ? days - 1 : days;
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : null;
}

/** The date a serial shows in Excel (integer part; 60 → 1900-02-29), or null out of range. */
export function serialToDate(serial: number): CalendarDate | null {
  const whole = Math.floor(serial);
  if (!(whole >= MIN_SERIAL && whole <= MAX_SERIAL)) return null;
  if (whole === FAKE_LEAP_DAY_SERIAL) return { year: 1900, month: 2, day: 29 };
  return dateOfDayNumber(whole < FAKE_LEAP_DAY_SERIAL ? whole + 1 : whole);
}

/** Serial of a date (1900-02-29 → 60, as Excel), or null if the date is invalid or out of range. */
export function dateToSerial(year: number, month: number, day: number): number | null {
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY_SERIAL;
  if (!isValidDate(year, month, day)) return null;
  return dayNumberToSerial(dayNumber(year, month, day));
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** "2021-01-01" for 44197; null when the serial is out of range. */
export function serialToIso(serial: number): string | null {
  const date = serialToDate(serial);
  return date ? `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}` : null;
}

/** "01/01/2021" for 44197 (French display); null when the serial is out of range. */
export function serialToFrench(serial: number): string | null {
  const date = serialToDate(serial);
  return date ? `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}` : null;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a text date: ISO "2021-09-30" or French "30/09/2021" (surrounding spaces ignored).
 * - `{ serial }` when it is a real date between 1900-01-01 and 9999-12-31;
 * - `{ error: "format" }` when the text is not written as a date;
 * - `{ error: "invalid" }` when it is written as one but does not exist ("31/02/2021") or is out of range.
 */
export function parseDateText(text: string): { serial: number } | { error: "format" | "invalid" } {
  const trimmed = text.trim();
  let parts: [number, number, number] | null = null;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const french = FRENCH_DATE.exec(trimmed);
  if (french) parts = [Number(french[3]), Number(french[2]), Number(french[1])];
  if (!parts) return { error: "format" };
  const serial = dateToSerial(...parts);
  return serial === null ? { error: "invalid" } : { serial };
}

/** Serial of an ISO or French text date, or null when the text is not a valid date. */
export function parseDate(text: string): number | null {
  const parsed = parseDateText(text);
  return "serial" in parsed ? parsed.serial : null;
}

/** Serial of an ISO date "YYYY-MM-DD", or null. */
export function isoToSerial(iso: string): number | null {
  const match = ISO_DATE.exec(iso.trim());
  return match ? dateToSerial(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1899-12-30, day 0, was a Saturday). */
export function isoWeekday(days: number): number {
  return ((((days + 5) % 7) + 7) % 7) + 1;
}

/** ISO-8601 week of a day number: the week belongs to the year of its Thursday. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - isoWeekday(days) + 4;
  const year = dateOfDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** Easter Sunday of a Gregorian year (the Meeus/Jones/Butcher form of the computus). */
export function easterSunday(year: number): CalendarDate {
  const golden = year % 19; // position in the 19-year Metonic cycle
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeaps = Math.floor(century / 4);
  const centuryRest = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - skippedLeaps - solarCorrection + 15) % 30;
  const leapsInCentury = Math.floor(yearOfCentury / 4);
  const yearRest = yearOfCentury % 4;
  const toSunday = (32 + 2 * centuryRest + 2 * leapsInCentury - epact - yearRest) % 7;
  const lateCorrection = Math.floor((golden + 11 * epact + 22 * toSunday) / 451);
  const offset = epact + toSunday - 7 * lateCorrection + 114;
  return { year, month: Math.floor(offset / 31), day: (offset % 31) + 1 };
}

/**
 * Day numbers of the 13 public holidays of Moselle in `year`, in date order: the 11 national
 * ones (1 Jan, Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 Jul, 15 Aug, 1 Nov,
 * 11 Nov, 25 Dec) plus Good Friday and 26 December (local law of Alsace-Moselle).
 */
export function mosellePublicHolidays(year: number): number[] {
  const easter = easterSunday(year);
  const easterDay = dayNumber(easter.year, easter.month, easter.day);
  return [
    dayNumber(year, 1, 1),
    easterDay - 2, // Good Friday
    easterDay + 1, // Easter Monday
    dayNumber(year, 5, 1),
    dayNumber(year, 5, 8),
    easterDay + 39, // Ascension
    easterDay + 50, // Whit Monday
    dayNumber(year, 7, 14),
    dayNumber(year, 8, 15),
    dayNumber(year, 11, 1),
    dayNumber(year, 11, 11),
    dayNumber(year, 12, 25),
    dayNumber(year, 12, 26),
  ].sort((a, b) => a - b);
}

/**
 * Today's date in the user's time zone, ISO yyyy-mm-dd: the day rows are judged against (dates after it are
 * refused).
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
