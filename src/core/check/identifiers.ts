/**
 * Personal identifiers that have no place in a tracking table: e-mail addresses, French phone
 * numbers, social-security numbers (NIR), names of people, postal addresses, birth dates and
 * France Travail (Pôle emploi) identifiers. The table is for counting acts, not for reaching or
 * identifying a person.
 *
 * Context keeps numbers of the convention's own world silent: an offer number ("145MVHT"), a
 * SIRET, the convention number (0162627, seven digits and no letter), a meeting date, an amount,
 * a company's generic mailbox (recrutement@…), the address of an agency or a meeting place.
 */

import { findNames, tokens, type Token } from "./names";

export type IdentifierKind = "email" | "phone" | "nir" | "name" | "address" | "birthDate" | "ftId";

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [
  "email",
  "phone",
  "nir",
  "name",
  "address",
  "birthDate",
  "ftId",
];

export interface IdentifierHit {
  kind: IdentifierKind;
  /** error: the text holds the identifier; warning: « à vérifier » (a first name alone, an old date). */
  level: "error" | "warning";
  /** The identifier as typed. */
  text: string;
  index: number;
}

/** Local parts of a company's or a service's mailbox: they reach an organisation, not a person. */
const GENERIC_MAILBOX =
  /^(?:recrutements?|recrute|contact|contacts|rh|drh|emplois?|jobs?|candidatures?|infos?|information|accueil|secretariat|direction|services?|service-?rh|ressources-?humaines|careers?|carrieres?|hello|bonjour|admin|agence|stages?|alternance|commercial|compta(?:bilite)?|mairie|no-?reply|offres?|paie|formation|standard)(?:[._-][a-z0-9-]+)?$/i;

const MONTH =
  "janv\\.?|janvier|f[ée]vr?\\.?|f[ée]vrier|mars|avr\\.?|avril|mai|juin|juil\\.?|juillet|ao[uû]t|sept\\.?|septembre|oct\\.?|octobre|nov\\.?|novembre|d[ée]c\\.?|d[ée]cembre";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|(?:(?:1er|\\d{1,2})\\s+)?(?:${MONTH})\\s+(?:\\d{4}|'?\\d{2})|(?:19|20)\\d{2})(?![0-9])`;
/** Day and month without the year: a birth date still, right after its label ("né le 3 mai", "née le 12/03"). */
const DAY_MONTH = `(?:(?:1er|\\d{1,2})\\s+(?:${MONTH})(?![a-zà-ÿ])|\\d{1,2}[/.]\\d{1,2}(?![0-9/.]))`;
/**
 * A birth date after its label: "née le 12/03/1985", "né(e) le", "ddn 04/11/92", "D.D.N.", "DN", "date de naiss.",
 * "date de naissance : 1er mai 1990", "né en 1967", "naissance le 9 juin 88", "né le 3 mai", "née 05-12-1993";
 * "anniversaire le 22 janvier 1990", "née à Woippy le 3/4/88" (the birthplace between the word and the date);
 * and an age reached on a date ("aura 26 ans le 15/08").
 */
const BIRTH_DATE = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:n[ée]e?s?(?:\\(e\\))?(?:\\s+(?:à|a|au|en)\\s+[A-Za-zÀ-ÿ'-]+(?:\\s+[A-Za-zÀ-ÿ'-]+)?\\s+le|\\s+(?:le|en)|(?=\\s+\\d{1,2}[/.-]\\d))|d\\.?\\s?d\\.?\\s?n\\.?|d\\.?n\\.?|date\\s+(?:de\\s+)?naiss(?:ance|\\.)?|naiss(?:ance|\\.)?|anniv(?:ersaire|\\.)?)(?:\\s+(?:le|en|du))?\\s*[:°-]?\\s*(?:${DATE}|${DAY_MONTH})|(?:aura|a\\s+eu|f[êe]te(?:ra)?\\s+ses)\\s+\\d{1,3}\\s+ans\\s+(?:le\\s+)?(?:${DATE}|${DAY_MONTH}))`,
  "gi",
);
/** A full date in a year no meeting of the convention has: perhaps a birth date. */
const OLD_DATE = /(?<![0-9/.-])\d{1,2}([/.-])\d{1,2}\1(?:19[4-9]\d|200[0-7])(?![0-9])/g;
const DATE_OF_SOMETHING_ELSE =
  /(?:depuis|du|au|entre|jusqu'|obten[a-z]*|dipl[oô]m[a-zé]*|contrat|embauch[a-zé]*|fin|d[ée]but|inscri[a-z]*|poste|travaill[a-z]*|sorti[a-z]*|arriv[a-zé]*|mari[ée]+|sign[a-zé]*|cr[ée]{2}[a-z]*|permis|valable|expir[a-zé]*)\s*(?:le|en|au|à)?\s*:?\s*$/i;

/** Seven digits and a letter: the job seeker's identifier. With its label, digits alone count too. */
const FT_ID = /(?<![0-9A-Za-z])\d{7}[A-Za-z](?![0-9A-Za-z])/g;
const FT_ID_LABELLED =
  /(?<![a-zà-ÿ])(?:identifiant|ident\.|id\.?|(?:n°|no|num(?:[ée]ro)?\.?)\s*(?:d'identifiant|d'inscription|pe|ft|de|demandeur|allocataire|caf))\s*(?:pe|ft|france\s+travail|p[ôo]le\s+emploi|caf)?\s*[:°]?\s*\d{6,8}[A-Za-z]?(?![0-9A-Za-z])/gi;

/** A pattern's letters matched in either case (outside escapes; inside a class, both cases are added). */
function caseless(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === "[") {
      const end = source.indexOf("]", i);
      const inside = source.slice(i + 1, end);
      const capitals = [...inside].filter((ch) => ch.toLowerCase() !== ch.toUpperCase()).map((ch) => ch.toUpperCase());
      out += `[${inside}${capitals.join("")}]`;
      i = end;
    } else if (c.toLowerCase() !== c.toUpperCase()) out += `[${c}${c.toUpperCase()}]`;
    else out += c;
  }
  return out;
}

const STREET =
  "grande?[- '’]rue|rue|r\\.|avenue|av\\.?|bd|boulevard|place|pl\\.|all[ée]e|impasse|imp\\.|chemin|ch\\.|route|rte|quai|square|chauss[ée]e|r[ée]sidence|r[ée]s\\.|lotissement|sentier|faubourg|fbg|rond-point|esplanade|parvis|mont[ée]e|cit[ée]|lieu-dit|hameau|passage|ruelle|clos|sente|venelle|villa";
/** The street words in any case ("Rue", "RUE", "rue"): the name after them still needs its capital. */
const STREET_ANY_CASE = caseless(STREET);
/**
 * A street that is its own name, after its number: "62 Grand-Rue", "3 Grand'Rue", "4 grande rue", "1 Grand-Place".
 */
const NAMED_STREET = /(?<![0-9,.])\d{1,4}\s*(?:bis|ter)?,?\s+(?:la\s+)?grande?[- '’]?(?:rue|place)(?![a-zà-ÿ])/gi;
/**
 * A number and a street with its name: "12 rue des Jardins", "4 bis avenue de Strasbourg", "22 av. Foch", "12 Rue …".
 */
const NUMBERED_ADDRESS = new RegExp(
  `(?<![0-9,.])\\d{1,4}\\s*(?:bis|ter|[abc](?![a-z]))?,?\\s+(?:${STREET_ANY_CASE})(?![a-zà-ÿ])\\s*(?:(?:de la|de l'|des|du|de|d'|la|le|les|l')\\s*)?[A-ZÀ-Ý]`,
  "g",
);
/**
 * The same typed in lower case ("12 rue victor hugo"), only with street words that are nothing else
 * after a number ("2 places", "1 passage" are not streets).
 */
const NUMBERED_ADDRESS_LOWER = new RegExp(
  `(?<![0-9,.])\\d{1,4}\\s*(?:bis|ter)?,?\\s+(?:rue|avenue|av\\.|bd|boulevard|all[ée]e|impasse|chemin|quai|square|route|rte|r[ée]sidence|lotissement)(?![a-zà-ÿ])\\s*(?:(?:de la|de l'|des|du|de|d'|la|le|les|l')\\s*)?[a-zà-ÿ]{3}`,
  "g",
);
/** A postal code and a town: "57000 Metz". */
const POSTAL_CODE = /(?<![0-9][ .]?)(?<![0-9])(?:0[1-9]|[1-8]\d|9[0-5])\d{3}\s+[A-ZÀ-Ý][a-zà-ÿ]+/g;
/** Where the person lives, said without a number: "habite rue Mazelle". */
const HOME_STREET = new RegExp(
  `(?<![a-zà-ÿ])(?:habite|domicili[ée]e?|demeurant|r[ée]side|d[ée]m[ée]nag[ée]e?|vit)\\s+(?:au\\s+|à\\s+la\\s+|a\\s+la\\s+|dans\\s+la\\s+|dans\\s+l'|en\\s+)?(?:\\d{1,4}\\s*(?:bis|ter)?,?\\s+)?(?:${STREET})(?![a-zà-ÿ])`,
  "gi",
);
/**
 * Words that must be in the text for each rule to be worth running (looked up as typed, or folded when
 * capitalised).
 */
const STREET_WORDS = new Set(
  "grand grande grand-rue grand'rue grande-rue rue r avenue av bd boulevard place pl allee allée impasse imp chemin ch route rte quai square chaussee chaussée residence résidence res rés lotissement sentier faubourg fbg rond-point esplanade parvis montee montée cite cité lieu-dit hameau passage ruelle clos sente venelle villa".split(
    " ",
  ),
);
/** A flat in a building: "appt 12", "Bât. C" (a flat's number is part of a home address). */
const FLAT =
  /(?<![A-Za-zÀ-ÿ])(?:[Aa]ppt|[Aa]pt|[Aa]ppart(?:ement)?|[Bb][âa]t(?:iment)?|[Ee]scalier|[Ee]sc|(?<=,\s?)[Pp]orte|[Pp]orte\s+n°)\.?\s*(?:n°\s*)?(?:\d{1,4}|[A-Z])(?![A-Za-zÀ-ÿ0-9])/g;
const FLAT_WORDS = new Set("appt apt appart appartement bat bât batiment bâtiment escalier esc porte".split(" "));
const HOME_WORDS = new Set(
  "habite habité domicilie domicilié domiciliee domiciliée demeurant reside réside demenage déménage demenagee déménagée déménagé vit".split(
    " ",
  ),
);
const BIRTH_WORDS = new Set(
  "ddn dn naissance naiss né née nés nées ne nee d aura eu fete fête fetera fêtera anniversaire anniv".split(" "),
);
const TRAILING = new Set(["bis", "ter", "a", "b", "c"]);

/** Which of the costlier rules the text's words make worth running. */
interface Cues {
  address: boolean;
  postal: boolean;
  home: boolean;
  flat: boolean;
  birth: boolean;
  ftId: boolean;
  oldDate: boolean;
  /** At least one of the above. */
  any: boolean;
}

function cues(words: Token[]): Cues {
  const out: Cues = {
    address: false,
    postal: false,
    home: false,
    flat: false,
    birth: false,
    ftId: false,
    oldDate: false,
    any: false,
  };
  for (const [i, w] of words.entries()) {
    if (w.number) {
      const next = words[i + 1];
      if (next && !next.number) {
        const street = TRAILING.has(next.raw.toLowerCase()) ? words[i + 2] : next;
        if (street && !street.number && STREET_WORDS.has(street.title || street.upper ? street.folded : street.raw))
          out.address = true;
        if (w.raw.length === 5 && next.title) out.postal = true;
      }
      if (w.raw.length >= 6 && w.raw.length <= 8) out.ftId = true;
      if (w.raw.length === 4 && (w.gap === "/" || w.gap === ".") && w.raw >= "1940" && w.raw <= "2007")
        out.oldDate = true;
      continue;
    }
    const key = w.title || w.upper ? w.folded : w.raw;
    if (HOME_WORDS.has(key)) out.home = true;
    if (FLAT_WORDS.has(key)) out.flat = true;
    if (BIRTH_WORDS.has(key)) out.birth = true;
  }
  out.any = out.address || out.postal || out.home || out.flat || out.birth || out.ftId || out.oldDate;
  return out;
}

/** An address followed by these is an organisation's: "au 1 rue X, siège de l'association". */
const ORGANISATION_AFTER =
  /^[\s,(–-]*(?:si[èe]ge|locaux|agence|association|entreprise|soci[ée]t[ée]|mairie|bureaux?|permanence|antenne|salle)/i;
/** An address just after these is an organisation's or a meeting place's, not the person's. */
const ORGANISATION_BEFORE =
  /(?:agence|locaux|local|si[èe]ge|entreprise|employeur|recruteur|soci[ée]t[ée]|r[ée]union|forum|salon|atelier|mairie|site|chantier|magasin|entrep[ôo]t|usine|bureaux?|zone|salle|permanence|antenne|info\.? coll\.?|informations? collectives?|job ?dating|session|stand|jury|[ée]v[ée]nement|conf[ée]rence|mission locale|centre|visite|p[ôo]le|espace|m[ée]diath[èe]que|tiers-lieu|guichet|maison (?:de l'emploi|des associations|de quartier|de la justice|de services|france services|des solidarit[ée]s))[^.;]*$/i;

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
const PHONE =
  /(?<![0-9])(?:(?:(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?[1-9]|0[1-9])(?:[ .-]?\d{2}){4}|0[1-9](?:\/\d{2}){4})(?![0-9])/g;
/**
 * A landline (not 06/07) after an organisation's word in the same clause is its switchboard:
 * "standard de la mairie : 03 87 …", "accueil de l'agence au 03 …".
 */
const ORGANISATION_PHONE_BEFORE =
  /(?<![a-zà-ÿ])(?:standard|accueil|agence|entreprise|soci[ée]t[ée]|si[èe]ge|mairie|magasin|service|secr[ée]tariat|num[ée]ro\s+vert|n°\s+vert|cabinet|[ée]tude|bureaux?|cfa|organisme|employeur|recruteur|h[ôo]tel|restaurant|garage|boutique|centre|association|asso|standardiste|r[ée]ception)(?![a-zà-ÿ])[^.;]*$/i;
const MOBILE = /^(?:(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?|0)[67]/;

/** Every identifier has an "@" or at least 9 digits in a row (spaces, dots, slashes and dashes aside). */
const QUICK = /@|\d(?:[ ./-]?[0-9ab]){8}/i;

/** A social-security number's label just before it: then a wrong key is a typo, not another number. */
const NIR_LABEL =
  /(?<![a-zà-ÿ])(?:nir|n°\s*(?:de\s+)?s\.?s\.?|no\s*s\.?s\.?|s[ée]cu(?:rit[ée]\s+sociale)?|insee|carte\s+vitale|num(?:[ée]ro)?\.?\s+(?:de\s+)?(?:s[ée]cu|ss))(?![a-zà-ÿ])[^0-9;]*$/i;
/** Spaced as on the card (1 85 05 78 006 084 91): that shape is a NIR's, whatever its key. */
const NIR_CARD_SPACING = /^[12378]([ .])\d{2}\1\d{2}\1(?:\d{2}|2[ab])\1\d{3}\1\d{3}\1\d{2}$/i;

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
  // Most notes hold nothing: decide that from one reading of their words, before any regex runs.
  const emailish = mayHoldIdentifier(text) && QUICK.test(text);
  const words = tokens(text);
  const cue = cues(words);
  const names = findNames(text, words);
  if (!emailish && !cue.any && names.length === 0) return [];
  const hits: IdentifierHit[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([a, b]) => start < b && end > a);
  const add = (kind: IdentifierKind, start: number, matched: string, level: IdentifierHit["level"] = "error"): void => {
    hits.push({ kind, level, text: matched.trim(), index: start });
    taken.push([start, start + matched.length]);
  };
  const organisationBefore = (index: number, length = 0): boolean =>
    ORGANISATION_BEFORE.test(text.slice(Math.max(0, index - 40), index)) ||
    ORGANISATION_AFTER.test(text.slice(index + length, index + length + 40));

  if (emailish) {
    if (text.includes("@")) {
      for (const m of text.matchAll(EMAIL)) {
        if (!GENERIC_MAILBOX.test(m[0].slice(0, m[0].indexOf("@")))) add("email", m.index, m[0]);
        else taken.push([m.index, m.index + m[0].length]);
      }
    }
    for (const m of text.matchAll(NIR)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const body = m.slice(1, 7).join("");
      const key = m[7];
      // Without its key, a 13-digit number is reported only if its structure is a NIR's. With a wrong key, it
      // is still one after its label ("n° sécu": a typo in the key), and some other number without.
      if (
        key === undefined ||
        nirKeyIsValid(body, Number(key)) ||
        NIR_CARD_SPACING.test(m[0]) ||
        NIR_LABEL.test(text.slice(Math.max(0, m.index - 50), m.index))
      ) {
        add("nir", m.index, m[0]);
      }
    }
    for (const m of text.matchAll(PHONE)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      if (!MOBILE.test(m[0]) && ORGANISATION_PHONE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
        taken.push([m.index, m.index + m[0].length]);
      else add("phone", m.index, m[0]);
    }
  }
  if (cue.ftId) {
    for (const m of text.matchAll(FT_ID_LABELLED))
      if (!overlaps(m.index, m.index + m[0].length)) add("ftId", m.index, m[0]);
    for (const m of text.matchAll(FT_ID)) if (!overlaps(m.index, m.index + m[0].length)) add("ftId", m.index, m[0]);
  }
  if (cue.birth) {
    for (const m of text.matchAll(BIRTH_DATE))
      if (!overlaps(m.index, m.index + m[0].length)) add("birthDate", m.index, m[0]);
  }
  if (cue.oldDate) {
    for (const m of text.matchAll(OLD_DATE)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      if (!DATE_OF_SOMETHING_ELSE.test(text.slice(Math.max(0, m.index - 30), m.index)))
        add("birthDate", m.index, m[0], "warning");
    }
  }
  if (cue.address) {
    for (const m of [...text.matchAll(NUMBERED_ADDRESS), ...text.matchAll(NUMBERED_ADDRESS_LOWER)]) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const address = addressText(text, m.index, m[0]);
      // An organisation's address is silent, and so are the names in it ("rue de l'Abbé Grégoire").
      if (organisationBefore(m.index, address.length)) taken.push([m.index, m.index + address.length]);
      else add("address", m.index, address);
    }
  }
  if (cue.address) {
    for (const m of text.matchAll(NAMED_STREET)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      if (organisationBefore(m.index, m[0].length)) taken.push([m.index, m.index + m[0].length]);
      else add("address", m.index, m[0]);
    }
  }
  if (cue.postal) {
    for (const m of text.matchAll(POSTAL_CODE)) {
      if (!overlaps(m.index, m.index + m[0].length) && !organisationBefore(m.index)) add("address", m.index, m[0]);
    }
  }
  if (cue.home) {
    for (const m of text.matchAll(HOME_STREET))
      if (!overlaps(m.index, m.index + m[0].length)) add("address", m.index, addressText(text, m.index, m[0]));
  }
  if (cue.flat) {
    for (const m of text.matchAll(FLAT))
      if (!overlaps(m.index, m.index + m[0].length) && !organisationBefore(m.index, m[0].length))
        add("address", m.index, m[0]);
  }
  for (const name of names) {
    if (!overlaps(name.index, name.index + name.text.length)) add("name", name.index, name.text, name.level);
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The address up to the end of the street's name (a comma, a full stop or a postal code ends it). */
function addressText(text: string, index: number, matched: string): string {
  const rest = text.slice(index + matched.length);
  const end = /^[^,.;()\d]*/.exec(rest)?.[0] ?? "";
  return (matched + end).trim();
}

/** Shows enough to find the identifier in the cell without copying it whole into a report. */
export function maskIdentifier(hit: IdentifierHit): string {
  if (hit.kind === "name" || hit.kind === "address" || hit.kind === "birthDate") {
    // Initials of the words, digits hidden: "Karim Belkacem" → "K… B…", "12 rue des Jardins" → "•• r… d… J…".
    return hit.text
      .split(/\s+/)
      .map((word) => (/^\d/.test(word) ? word.replace(/\d/g, "•") : /^[A-Za-zÀ-ÿ]/.test(word) ? `${word[0]}…` : word))
      .join(" ");
  }
  if (hit.kind === "ftId") {
    const code = hit.text.replace(/.*?(\d{6,8}[A-Za-z]?)$/, "$1");
    return `${code.slice(0, 1)}…${code.slice(-1)}`;
  }
  if (hit.kind === "email") {
    const [local = "", domain] = hit.text.split("@");
    return `${local.slice(0, 1)}…@${domain}`;
  }
  const digits = hit.text.replace(/[^0-9a-z+]/gi, "");
  return `${digits.slice(0, hit.kind === "nir" ? 1 : 2)}…${digits.slice(-2)}`;
}
