/**
 * Typed errors of the money and date functions. The core never knows how a spreadsheet shows an
 * error: it names the argument and a reason code; the custom-function layer maps the code to
 * `#VALUE!` (wrong type) or `#NUM!` (outside the domain) and to a message of the i18n table
 * (`fn.error.<reason>`).
 */

/** Reasons for `#VALUE!`: the argument has the wrong type or cannot be read. */
export const VALUE_REASONS = [
  "required", // an empty required argument
  "boolean", // TRUE/FALSE where a number or a date is expected
  "errorValue", // an error value (#REF!, #N/A …) or an object
  "notNumber", // text that is not a number
  "notDate", // text that is neither an ISO nor a French date
  "invalidDate", // a well-formed date that does not exist (31/02/2021)
  "unexpected", // a bug: caught so that Excel shows a message instead of a bare #VALUE!
] as const;

/** Reasons for `#NUM!`: a readable value outside the function's domain. */
export const NUMBER_REASONS = [
  "notFinite", // NaN, ±Infinity
  "negative",
  "tooLarge",
  "digits", // not an integer in 0..6
  "dateRange", // a serial outside 1..2958465
  "fakeLeapDay", // serial 60, Excel's 29/02/1900, is not a real day
  "endBeforeStart",
  "basis",
  "shareNotPositive",
  "sharesSum",
  "instalmentNumber",
  "rate",
  "instalmentsExceedTotal",
] as const;

export type ValueReason = (typeof VALUE_REASONS)[number];
export type NumberReason = (typeof NUMBER_REASONS)[number];
export type CoreErrorReason = ValueReason | NumberReason;
export type CoreErrorKind = "value" | "number";

const VALUE_REASON_SET: ReadonlySet<string> = new Set(VALUE_REASONS);

export function kindOfReason(reason: CoreErrorReason): CoreErrorKind {
  return VALUE_REASON_SET.has(reason) ? "value" : "number";
}

/**
 * Thrown by the core for any input it refuses. `argument` is the parameter name as users see it
 * (`etp`, `shares[2]`); `details` fills the message placeholders (`{value}`, `{max}` …).
 */
export class CoreError extends Error {
  readonly kind: CoreErrorKind;

  constructor(
    readonly reason: CoreErrorReason,
    readonly argument: string,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${argument}: ${reason}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ""}`);
    this.name = "CoreError";
    this.kind = kindOfReason(reason);
  }
}

export function isCoreError(error: unknown): error is CoreError {
  return error instanceof CoreError;
}
