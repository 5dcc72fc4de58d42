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
