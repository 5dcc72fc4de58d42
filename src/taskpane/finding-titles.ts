import type { FindingCode } from "../core/findings";
import { t, type Locale, type PlainKey } from "../i18n";
import "../i18n/areas/check";

/** The i18n key of a finding code's title; a code added without its key does not compile. */
export const findingTitleKey = (code: FindingCode): PlainKey => `check.title.${code}` as const;

/** What a counsellor reads instead of the raw code ("DATE_INVALID" → "Dates invalides"). */
export const findingTitle = (code: FindingCode, locale?: Locale): string => t(findingTitleKey(code), {}, locale);
