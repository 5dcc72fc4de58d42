/**
 * Personal identifiers that have no place in a tracking table: e-mail addresses, French phone
 * numbers and social-security numbers (NIR). The table is for counting acts, not for reaching
 * or identifying a person.
 */

export type IdentifierKind = "email" | "phone" | "nir";

export interface IdentifierHit {
  kind: IdentifierKind;
  /** The identifier as typed. */
  text: string;
  index: number;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/**
 * NIR: sex (1, 2, or 3/7/8 for temporary numbers), year, month (01–12, or 20–42 / 50–99 when
 * unknown), department (2 digits, 2A/2B for Corsica), commune, order number, optional 2-digit key.
 * Spaces, dots or dashes between groups are allowed, as people type them.
 */
const NIR =
  /(?<![0-9a-z])([12378])[ .-]?(\d{2})[ .-]?(0[1-9]|1[0-2]|[2-9]\d)[ .-]?(\d{2}|2[ab])[ .-]?(\d{3})[ .-]?(\d{3})(?:[ .-]?(\d{2}))?(?![0-9a-z])/gi;

/**
 * French phone numbers: 10 digits starting 01–09, or +33 / 0033 and 9 digits, in pairs or not,
 * separated by spaces, dots or dashes ("06 12 34 56 78", "0612345678", "+33 6 12 34 56 78").
 */
const PHONE = /(?<![0-9])(?:(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?[1-9]|0[1-9])(?:[ .-]?\d{2}){4}(?![0-9])/g;

/** Every identifier has an "@" or at least 9 digits in a row (spaces, dots and dashes aside). */
const QUICK = /@|\d(?:[ .-]?[0-9ab]){8}/i;

/** The NIR key is 97 − (number mod 97), with 2A read as 19 and 2B as 18 in the number. */
export function nirKeyIsValid(digits13: string, key: number): boolean {
  const numeric = digits13.replace(/2a/i, "19").replace(/2b/i, "18");
  if (!/^\d{13}$/.test(numeric)) return false;
  return 97 - Number(BigInt(numeric) % 97n) === key;
}

/**
 * What QUICK needs, counted without a regex: an "@", or nine characters among digits, a and b.
 * Most comments have neither, and this loop costs less than starting the regex.
 */
export function mayHoldIdentifier(text: string): boolean {
  let candidates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40) return true; // "@"
    if ((c >= 0x30 && c <= 0x39) || c === 0x61 || c === 0x62 || c === 0x41 || c === 0x42) {
      if (++candidates >= 9) return true;
    }
  }
  return false;
}

/** Every identifier in `text`, in order. A NIR with a wrong key is not reported as one. */
export function findIdentifiers(text: string): IdentifierHit[] {
  if (!mayHoldIdentifier(text) || !QUICK.test(text)) return [];
  const hits: IdentifierHit[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([a, b]) => start < b && end > a);
  const add = (kind: IdentifierKind, start: number, matched: string): void => {
    hits.push({ kind, text: matched.trim(), index: start });
    taken.push([start, start + matched.length]);
  };

  if (text.includes("@")) for (const m of text.matchAll(EMAIL)) add("email", m.index, m[0]);
  for (const m of text.matchAll(NIR)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const body = m.slice(1, 7).join("");
    const key = m[7];
    // Without its key, a 13-digit number is reported only if its structure is a NIR's.
    if (key === undefined || nirKeyIsValid(body, Number(key))) add("nir", m.index, m[0]);
  }
  for (const m of text.matchAll(PHONE)) {
    if (!overlaps(m.index, m.index + m[0].length)) add("phone", m.index, m[0]);
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Shows enough to find the identifier in the cell without copying it whole into a report. */
export function maskIdentifier(hit: IdentifierHit): string {
  if (hit.kind === "email") {
    const [local, domain] = hit.text.split("@");
    return `${local.slice(0, 1)}…@${domain}`;
  }
  const digits = hit.text.replace(/[^0-9a-z+]/gi, "");
  return `${digits.slice(0, hit.kind === "nir" ? 1 : 2)}…${digits.slice(-2)}`;
}
