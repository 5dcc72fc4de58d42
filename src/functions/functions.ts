/**
 * The custom functions typed by finance staff (`=COST_ETP(46795;0,5)`), without namespace.
 * The ids are stored in users' workbooks: never rename them.
 *
 * Each function hands its raw arguments to the core and turns a refusal into an Excel error:
 * wrong type → #VALUE! with a message naming the argument, outside the domain → #NUM!, Excel's own
 * convention. Excel shows a custom message only with #VALUE! and #N/A and drops the one given with
 * #NUM!: so each parameter's description states its domain, seen while typing the formula.
 * This is the only file that knows `CustomFunctions`; it must load with nothing else defined
 * (no Office, no DOM). Parameters are typed `any` so that the core, not Excel, reads text numbers,
 * text dates, booleans and empty cells, and says what is wrong.
 */
import { isCoreError } from "../core/errors";
import * as finance from "../core/finance";
import { getLocale, localeFromLanguage, setLocale, t, tDynamic } from "../i18n";
import "../i18n/areas/function-errors";

// The functions are a bundle of their own, with their own copy of the i18n module: the pane setting its
// locale does not reach them, so they follow Office's display language themselves (French otherwise).
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady()
    .then(() => setLocale(localeFromLanguage(Office.context?.displayLanguage)))
    .catch(() => undefined);
}

/** Numbers in messages the way the reader writes them (0,9 in French, 0.9 in English). */
function messageParams(details: Readonly<Record<string, string | number>>): Record<string, string> {
  const format = new Intl.NumberFormat(getLocale() === "fr" ? "fr-FR" : "en-US", { maximumFractionDigits: 12 });
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(details))
    params[name] = typeof value === "number" ? format.format(value) : value;
  return params;
}

function toExcelError(error: unknown): CustomFunctions.Error {
  if (isCoreError(error)) {
    const code =
      error.kind === "value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.invalidNumber;
    const params = { ...messageParams(error.details), arg: error.argument };
    return new CustomFunctions.Error(code, tDynamic(`fn.error.${error.reason}`, params));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, t("fn.error.unexpected", { detail }));
}

/** Runs a core computation; any refusal becomes the matching Excel error, never a crash. */
function excel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Yearly cost of a post: full-time annual cost × FTE, rounded (to the cent by default; 0.50 rounds up).
 * @customfunction COST_ETP
 * @param annual_cost Annual cost of a full-time counsellor, in euros (e.g. 46795); 0 to 10^12, otherwise #NUM!.
 * @param etp Share of a full-time equivalent (e.g. 0.5); 0 to 10^12, otherwise #NUM!.
 * @param [digits] Decimals to round to, a whole number from 0 to 6 (default 2; 0 for whole euros); otherwise #NUM!.
 * @returns The cost of the post.
 */
export function costEtp(annual_cost: any, etp: any, digits?: any): number {
  return excel(() => finance.costEtp(annual_cost, etp, digits));
}

/**
 * Share of an amount for the days of [start, end] inside the period, rounded to the cent (early termination, art. 8).
 * @customfunction PRORATA
 * @param amount Amount for the whole period, in euros (e.g. 23398); 0 to 10^12, otherwise #NUM!.
 * @param start First effective day (date, YYYY-MM-DD or DD/MM/YYYY), 1900-01-01 to 9999-12-31, otherwise #NUM!.
 * @param end Last effective day, inclusive; not before start, otherwise #NUM!.
 * @param [period_start] Start of the period (default: 1 January of the start's year), 1900-01-01 to 9999-12-31, otherwise #NUM!.
 * @param [period_end] End of the period, inclusive (default: 31 December of the start's year); not before period_start, otherwise #NUM!.
 * @param [basis] 0 = calendar days (default); 1 = months (whole month 1/12, partial month by its days); any other value gives #NUM!.
 * @returns The amount due for the days covered.
 */
export function prorata(amount: any, start: any, end: any, period_start?: any, period_end?: any, basis?: any): number {
  return excel(() => finance.prorata(amount, start, end, period_start, period_end, basis));
}

/**
 * Amount of instalment "number" of a total paid in parts; the last one (the balance) is the total minus the previous payments.
 * @customfunction INSTALMENT
 * @param total Total amount owed, in euros; 0 to 10^12, otherwise #NUM!.
 * @param number Instalment number, a whole number from 1 to the number of shares, otherwise #NUM!.
 * @param [shares] Share of each instalment, each above 0, summing to 1 (default {0.5;0.5}: signature, then balance), otherwise #NUM!.
 * @param [digits] Decimals to round to, a whole number from 0 to 6 (default 2); otherwise #NUM!.
 * @returns The amount of that instalment.
 */
export function instalment(total: any, number: any, shares?: any[][], digits?: any): number {
  return excel(() => finance.instalment(total, number, shares, digits));
}

/**
 * The whole payment schedule of a total, as a column (one row per instalment).
 * @customfunction SCHEDULE
 * @param total Total amount owed, in euros; 0 to 10^12, otherwise #NUM!.
 * @param [shares] Share of each instalment, each above 0, summing to 1 (default {0.5;0.5}), otherwise #NUM!.
 * @param [digits] Decimals to round to, a whole number from 0 to 6 (default 2); otherwise #NUM!.
 * @returns One row per instalment.
 */
export function schedule(total: any, shares?: any[][], digits?: any): number[][] {
  return excel(() => finance.schedule(total, shares, digits).map((part) => [part]));
}

/**
 * Amount after successive yearly revaluations (amendments), each step rounded.
 * @customfunction REVALUE
 * @param amount Starting amount, in euros; 0 to 10^12, otherwise #NUM!.
 * @param rates Revaluation rates, one per year (e.g. 1.1% or a range of rates), each -100% or more, otherwise #NUM!.
 * @param [digits] Decimals each step is rounded to, a whole number from 0 to 6 (default 2); otherwise #NUM!.
 * @returns The revalued amount.
 */
export function revalue(amount: any, rates: any[][], digits?: any): number {
  return excel(() => finance.revalue(amount, rates, digits));
}

/**
 * Scheduled presence days of the seconded agent: Monday–Tuesday in even ISO weeks, Monday–Wednesday in odd weeks, holidays excluded.
 * @customfunction PRESENCE_DAYS
 * @param start First day of the period (inclusive), 1900-01-01 to 9999-12-31, otherwise #NUM!.
 * @param end Last day of the period (inclusive); not before start, otherwise #NUM!.
 * @param [holidays] Range of holidays replacing those of Moselle (11 national ones + Good Friday + 26 December), dates 1900-01-01 to 9999-12-31, otherwise #NUM!.
 * @returns The number of presence days.
 */
export function presenceDays(start: any, end: any, holidays?: any[][]): number {
  return excel(() => finance.presenceDays(start, end, holidays));
}

/**
 * Semester of a date, as used in the workbook: "2021-S1" (January–June) or "2021-S2".
 * @customfunction SEMESTER
 * @param date The date (serial number, YYYY-MM-DD or DD/MM/YYYY), 1900-01-01 to 9999-12-31, otherwise #NUM!.
 * @returns The semester label.
 */
export function semester(date: any): string {
  return excel(() => finance.semester(date));
}
