import { STRINGS, type StringKey } from "./strings";

export type Locale = "fr" | "en";
export type { StringKey };

let current: Locale = "fr";

/** French unless the host language is English (Office.context.displayLanguage "en-US" …). */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && language.toLowerCase().startsWith("en") ? "en" : "fr";
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Text for `key` in `locale` (default: the current one), `{name}` placeholders replaced. */
export function t(key: StringKey, params: Record<string, string | number> = {}, locale: Locale = current): string {
  const template: string = STRINGS[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
