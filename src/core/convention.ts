import { z } from "zod";
import { t } from "../i18n";
import "../i18n/areas/convention";
import { normalizeLabel } from "./catalogue";

// Kept in a module without zod, so that code that only needs them (the pane's first screen) loads no schema.
export { METZ_2021_2023, conventionYears } from "./preset";

/** A calendar date written as ISO 8601 (yyyy-mm-dd) that really exists (no 2021-02-30). */
const isoDate = z.string().refine(isRealIsoDate, { params: { reason: "isoDate" } });

function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const label = z.string().trim().min(1).max(255);
/** Texts that Excel criteria would read as wildcards or comparisons cannot be list entries. */
const listEntry = label.refine((s) => !/[*?~]/.test(s) && !/^[<>=]/.test(s), { params: { reason: "listEntry" } });

const IndicatorSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
  label: listEntry,
  group: z.string().min(1),
});

const AnnualCostSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  /** Cost of one full-time post for the year, in euros; null while the amendment is not signed. */
  cost: z.number().nonnegative().max(10_000_000).nullable(),
  note: z.string().max(255).optional(),
});

const weekday = z.number().int().min(1).max(7); // ISO: 1 = Monday

export const ConventionSchema = z
  .object({
    number: z.string().trim().min(1).max(50),
    partner: label,
    /** "Pôle emploi" until 2023, "France Travail" since 1 January 2024. */
    operator: label,
    start: isoDate,
    end: isoDate,
    etp: z.number().gt(0).max(100),
    annualCosts: z.array(AnnualCostSchema).min(1),
    /** Share paid on signature, then the balance (total − sums already paid). */
    instalmentShares: z.tuple([z.number().gt(0).max(1), z.number().gt(0).max(1)]),
    prorataBasis: z.enum(["days", "months"]),
    presence: z.object({
      evenWeekDays: z.array(weekday),
      oddWeekDays: z.array(weekday),
      hoursPerDay: z.number().gt(0).max(24),
    }),
    indicators: z.array(IndicatorSchema).min(1),
    lists: z.object({
      quartier: z.array(listEntry).min(1),
      trancheAge: z.array(listEntry).min(1),
      sexe: z.array(listEntry).min(1),
    }),
  })
  .superRefine((c, ctx) => {
    if (isRealIsoDate(c.start) && isRealIsoDate(c.end) && c.end < c.start) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["end"], params: { reason: "endBeforeStart" } });
    }
    const shareSum = c.instalmentShares[0] + c.instalmentShares[1];
    if (Math.abs(shareSum - 1) > 1e-9) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["instalmentShares"], params: { reason: "sharesSum" } });
    }
    if (isRealIsoDate(c.start) && isRealIsoDate(c.end) && c.end >= c.start) {
      const first = Number(c.start.slice(0, 4));
      const last = Number(c.end.slice(0, 4));
      for (let year = first; year <= last; year++) {
        const count = c.annualCosts.filter((a) => a.year === year).length;
        if (count !== 1) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["annualCosts"],
            params: { reason: count === 0 ? "yearMissing" : "yearTwice", year },
          });
        }
      }
      c.annualCosts.forEach((a, i) => {
        if (a.year < first || a.year > last) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["annualCosts", i, "year"],
            params: { reason: "yearOutside", year: a.year },
          });
        }
      });
    }
    duplicates(c.indicators.map((i) => i.code)).forEach((code) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["indicators"], params: { reason: "duplicate", value: code } }),
    );
    duplicates(c.indicators.map((i) => normalizeLabel(i.label))).forEach((value) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["indicators"], params: { reason: "duplicate", value } }),
    );
    for (const key of ["quartier", "trancheAge", "sexe"] as const) {
      duplicates(c.lists[key].map(normalizeLabel)).forEach((value) =>
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["lists", key], params: { reason: "duplicate", value } }),
      );
    }
  });

export type Convention = z.infer<typeof ConventionSchema>;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

export type ParseResult = { ok: true; convention: Convention } | { ok: false; errors: string[] };

/** Validates settings read from JSON; errors are sentences naming the field and the reason. */
export function parseConvention(json: unknown): ParseResult {
  const parsed = ConventionSchema.safeParse(json);
  if (parsed.success) return { ok: true, convention: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(describeIssue) };
}

function describeIssue(issue: z.ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join(".") : t("build.convention.root");
  const params: Record<string, string | number> = { field };
  let reasonKey: Parameters<typeof t>[0];
  if (issue.code === z.ZodIssueCode.custom) {
    const p = (issue.params ?? {}) as { reason?: string; year?: number; value?: string };
    params.year = p.year ?? "";
    params.value = p.value ?? "";
    reasonKey = customReasons[p.reason ?? ""] ?? "build.convention.invalid";
  } else if (issue.code === z.ZodIssueCode.invalid_type) {
    reasonKey = issue.received === "undefined" ? "build.convention.required" : "build.convention.type";
    params.expected = issue.expected;
  } else if (issue.code === z.ZodIssueCode.too_small) {
    params.min = Number(issue.minimum);
    reasonKey =
      issue.type === "array"
        ? "build.convention.tooFewItems"
        : issue.type === "string"
          ? "build.convention.empty"
          : "build.convention.tooSmall";
  } else if (issue.code === z.ZodIssueCode.too_big) {
    params.max = Number(issue.maximum);
    reasonKey =
      issue.type === "array"
        ? "build.convention.invalid"
        : issue.type === "string"
          ? "build.convention.tooLong"
          : "build.convention.tooBig";
  } else if (issue.code === z.ZodIssueCode.invalid_enum_value) {
    params.options = issue.options.join(", ");
    reasonKey = "build.convention.enum";
  } else if (issue.code === z.ZodIssueCode.invalid_string) {
    reasonKey = "build.convention.format";
  } else {
    reasonKey = "build.convention.invalid";
  }
  return t("build.convention.issue", { field, reason: t(reasonKey, params) });
}

const customReasons: Record<string, Parameters<typeof t>[0]> = {
  isoDate: "build.convention.isoDate",
  listEntry: "build.convention.listEntry",
  endBeforeStart: "build.convention.endBeforeStart",
  sharesSum: "build.convention.sharesSum",
  yearMissing: "build.convention.yearMissing",
  yearTwice: "build.convention.yearTwice",
  yearOutside: "build.convention.yearOutside",
  duplicate: "build.convention.duplicate",
};

/** The settings a `--convention` file may give; anything else is a typing mistake, refused by name. */
const SETTING_KEYS = Object.keys(ConventionSchema.innerType().shape) as (keyof Convention)[];

/**
 * Settings given as "what differs from `base`": fields replace the base's; `presence` and `lists`
 * are merged field by field; `annualCosts` by year (a year given replaces the base's, a new year is
 * added, and the base's years outside the new period are dropped). The result is validated whole.
 */
export function parseConventionOverrides(json: unknown, base: Convention): ParseResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return parseConvention(json);
  const given = json as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !(SETTING_KEYS as string[]).includes(key));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.map((field) =>
        t("build.convention.issue", {
          field,
          reason: t("build.convention.unknownField", { fields: SETTING_KEYS.join(", ") }),
        }),
      ),
    };
  }
  const merged: Record<string, unknown> = { ...base, ...given };
  for (const key of ["presence", "lists"] as const) {
    const value = given[key];
    if (isPlainObject(value)) merged[key] = { ...base[key], ...value };
  }
  const first = Number(String(merged.start).slice(0, 4));
  const last = Number(String(merged.end).slice(0, 4));
  const givenCosts: unknown[] = Array.isArray(given.annualCosts) ? given.annualCosts : [];
  const givenYears = new Set(givenCosts.map((a) => (isPlainObject(a) ? a.year : undefined)));
  const kept = base.annualCosts.filter((a) => !givenYears.has(a.year) && a.year >= first && a.year <= last);
  if (given.annualCosts === undefined || Array.isArray(given.annualCosts)) {
    merged.annualCosts = [...kept, ...givenCosts].sort((a, b) => Number(yearOf(a)) - Number(yearOf(b)));
  }
  return parseConvention(merged);
}

const yearOf = (entry: unknown): unknown => (isPlainObject(entry) ? entry.year : undefined);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
