/**
 * Text folding for the personal-data rules: lower case, no accents, ligatures expanded,
 * typographic apostrophes, spaces and dashes made plain.
 *
 * `normaliseText` is the definition. `foldChar` gives the same folding one UTF-16 unit at a time
 * from a table filled on first use, so that a scanner can fold a comment while reading it
 * without building a new string (folding is per character: no rule here depends on neighbours).
 */

const NON_ASCII = /[^\x00-\x7f]/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no accents, ligatures expanded, typographic apostrophes and spaces made plain. */
export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower.replace(/`/g, "'");
  return lower
    .normalize("NFD")
    .replace(DIACRITICS, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[‐‑–—]/g, "-");
}

// Folded form of each non-ASCII UTF-16 unit, computed from normaliseText the first time it is seen.
const FOLDED = new Map<number, string>();

/** `normaliseText` of one UTF-16 unit (a surrogate half stays as it is: it never folds to ASCII). */
export function foldChar(code: number): string {
  const known = FOLDED.get(code);
  if (known !== undefined) return known;
  const unit = String.fromCharCode(code);
  const folded = code >= 0xd800 && code <= 0xdfff ? unit : normaliseText(unit);
  FOLDED.set(code, folded);
  return folded;
}

/**
 * Elided words whose apostrophe is often typed as a space: "pas d autorisation", "maison d arret",
 * "s occupe de l eglise", "qu il". In folded text, one of these words alone, one space, then a vowel
 * or an h: the space stands for the apostrophe. (A context rule, kept apart from the per-character
 * folding above: the sensitive-word scanner applies it after `normaliseText`.)
 */
export const ELIDED_WORDS: readonly string[] = [
  "c",
  "d",
  "j",
  "l",
  "m",
  "n",
  "s",
  "t",
  "qu",
  "jusqu",
  "lorsqu",
  "puisqu",
];
const SPACED_ELISION = new RegExp(`(?<![a-z0-9])(${ELIDED_WORDS.join("|")}) (?=[aeiouyh])`, "g");
/** Letters after which a space following an elided word stands for the apostrophe. */
export const isElisionNext = (code: number): boolean =>
  code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121 || code === 104;

/** `folded` with the apostrophe put back where an elision was typed with a space. */
export function restoreElisions(folded: string): string {
  return folded.includes(" ") ? folded.replace(SPACED_ELISION, "$1'") : folded;
}
