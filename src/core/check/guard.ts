/**
 * The personal-data guard: one entry point for every place where text enters the tracking table
 * (check of the rows, import, the pane's checks and its quick-entry form).
 *
 * It reads a note as a data-protection officer would: the sensitive-data rules (sensitive.ts: who
 * the words are about, what they reveal) and the identifier rules (identifiers.ts, names.ts). Each
 * finding names its category and level, quotes the words that triggered it and suggests how to
 * write the need instead of the cause.
 */

import { t } from "../../i18n";
import "../../i18n/areas/check";
import {
  findIdentifiers,
  IDENTIFIER_KINDS,
  maskIdentifier,
  type IdentifierHit,
  type IdentifierKind,
} from "./identifiers";
import { normaliseText, restoreElisions } from "./fold";
import { findSensitive, SENSITIVE_CATEGORIES, type SensitiveCategory, type SensitiveHit } from "./sensitive";
import { subjectReader } from "./subject";

export type GuardCategory = SensitiveCategory | IdentifierKind;
export type GuardLevel = "error" | "warning";

export const GUARD_CATEGORIES: readonly GuardCategory[] = [...SENSITIVE_CATEGORIES, ...IDENTIFIER_KINDS];

export interface GuardFinding {
  category: GuardCategory;
  /** error: the text clearly reveals forbidden data; warning: « à vérifier », sensitive in some contexts. */
  level: GuardLevel;
  /** The words that triggered the finding, as typed (identifiers included: the caller holds the text anyway). */
  quote: string;
  /** Position of the quote in the text. */
  index: number;
  /** What the category is, in the current language ("la santé ou le handicap de la personne"). */
  about: string;
  /** How to write the need instead of the cause, in the current language. */
  suggestion: string;
}

/** What the guard finds in one text, before any wording: shared by screenText and the row check. */
export interface TextScreen {
  sensitive: SensitiveHit[];
  identifiers: IdentifierHit[];
}

/** Columns whose text is not a note: "Saisi par" holds the counsellor's initials or name. */
const NOT_A_NOTE = new Set(["saisi par"]);

export function screen(text: string, column?: string): TextScreen {
  const identifiers = findIdentifiers(text);
  const skipNames = column !== undefined && NOT_A_NOTE.has(column.trim().toLowerCase());
  return {
    sensitive: findSensitive(text),
    identifiers: skipNames ? identifiers.filter((h) => h.kind !== "name") : withoutEmployerNames(text, identifiers),
  };
}

/**
 * A capitalised word « à vérifier » in the subject of a sentence where an organisation recruits is the
 * organisation's name ("Le Carmel de Metz fait appel à un jardinier"), not a person's first name.
 */
function withoutEmployerNames(text: string, identifiers: IdentifierHit[]): IdentifierHit[] {
  if (!identifiers.some((h) => h.kind === "name" && h.level === "warning")) return identifiers;
  const subject = subjectReader(restoreElisions(normaliseText(text)));
  return identifiers.filter((h) => {
    if (h.kind !== "name" || h.level !== "warning") return true;
    const start = normaliseText(text.slice(0, h.index)).length;
    return !subject.inEmployerSubject(start, start + normaliseText(h.text).length);
  });
}

/**
 * Every personal-data finding in one text, in order of appearance: what the quick-entry form
 * calls before a row is written. `column` is the tracking column the text is meant for.
 */
export function screenText(text: string, column?: string): GuardFinding[] {
  if (text.trim() === "") return [];
  const { sensitive, identifiers } = screen(text, column);
  const findings: GuardFinding[] = [
    ...sensitive.map((h) => finding(h.category, h.level, h.text, h.index)),
    ...identifiers.map((h) => finding(h.kind, h.level, h.text, h.index)),
  ];
  return findings.sort((a, b) => a.index - b.index);
}

function finding(category: GuardCategory, level: GuardLevel, quote: string, index: number): GuardFinding {
  return {
    category,
    level,
    quote,
    index,
    about: t(`check.category.${category}`),
    suggestion: t(`check.advice.${category}`),
  };
}

export { maskIdentifier };
