import { loadedText } from "./area";
import type { STRINGS, StringKey } from "./strings";

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

/** Characters a placeholder name never holds: `{a, b}` or `{x|y}` in a help text is not a placeholder. */
type NotName = " " | "|" | ":" | "," | "{" | '"' | "'" | "." | "[" | "<" | "=";
/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends "" | `${string}${NotName}${string}` ? never : P) | Placeholders<Rest>
  : never;
/** Every placeholder a key's French or English text needs. */
export type ParamsOf<K extends StringKey> =
  Placeholders<(typeof STRINGS)[K]["fr"]> | Placeholders<(typeof STRINGS)[K]["en"]>;
type Value = string | number;
/** A key without placeholders takes no parameters; otherwise every placeholder must be given. */
type Args<K extends StringKey> = [ParamsOf<K>] extends [never]
  ? [params?: Record<string, never>, locale?: Locale]
  : [params: Record<ParamsOf<K>, Value>, locale?: Locale];

/**
 * Text for `key` in `locale` (default: the current one), `{name}` placeholders replaced. A missing
 * parameter fails to compile; a key computed at run time goes through `tDynamic`.
 */
export function t<K extends StringKey>(key: K, ...args: Args<K>): string {
  const [params, locale] = args;
  return fill(key, (params ?? {}) as Record<string, Value>, locale ?? current);
}

/**
 * For a key chosen at run time (a finding's code, a refusal's reason): the key is checked to exist
 * when the text is made, and parameters are not checked by the compiler.
 */
export function tDynamic(key: string, params: Record<string, Value> = {}, locale: Locale = current): string {
  return fill(key as StringKey, params, locale);
}

function fill(key: StringKey, params: Record<string, Value>, locale: Locale): string {
  const template = textOf(key)[locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The text of a key, from the areas loaded so far. A key of the table whose area is not loaded means
 * that the file naming the key does not import its area (test/unit/i18n.test.ts finds those).
 */
function textOf(key: string) {
  const text = loadedText(key);
  if (!text)
    throw new Error(`i18n: no text for key ${key} (unknown key, or its area in src/i18n/areas is not imported)`);
  return text;
}

/** Keys whose text has no placeholder: what a table of labels (tabs, help, descriptions) may hold. */
export type PlainKey = { [K in StringKey]: [ParamsOf<K>] extends [never] ? K : never }[StringKey];

/**
 * A text not yet put into words: its key and parameters, some of which may be texts themselves.
 * The core returns these (findings, repair changes, import problems); the command line and the
 * task pane say them in their language with `say`.
 */
export interface Message {
  key: StringKey;
  params: Readonly<Record<string, Value | Message>>;
}

type MessageArgs<K extends StringKey> = [ParamsOf<K>] extends [never]
  ? [params?: Record<string, never>]
  : [params: Record<ParamsOf<K>, Value | Message>];

/** A message for `key`, its parameters checked like `t`'s (a nested message fills a placeholder too). */
export function msg<K extends StringKey>(key: K, ...args: MessageArgs<K>): Message {
  return { key, params: args[0] ?? {} };
}

/** A message for a key computed at run time (checked to exist when said). */
export function msgDynamic(key: string, params: Record<string, Value | Message> = {}): Message {
  textOf(key);
  return { key: key as StringKey, params };
}

/** The message in words, in `locale` (default: the current one). */
export function say(message: Message, locale: Locale = current): string {
  const params: Record<string, Value> = {};
  for (const [name, value] of Object.entries(message.params))
    params[name] = typeof value === "object" ? say(value, locale) : value;
  return fill(message.key, params, locale);
}
