/**
 * Names of people in a note: "M. Dupont", "Mme K. Yilmaz", "candidate : Sarah Lefebvre",
 * "DUPONT Jean-Luc", "Karim Belkacem", "Kevin M.", and a first name alone ("relance de Fatima").
 *
 * A list of first names is data (data/first-names.ts, with its origin and licence); a name is
 * recognised by its shape and its neighbours, not by the list alone. So "France Travail", "lycée
 * Jean Moulin", "chez Cora" or "originaire de Nancy" stay silent, and a first name alone, which may
 * be a brand or a place, is only a warning « à vérifier ».
 */

import { at } from "../checked";
import { AMBIGUOUS_FIRST_NAMES, PLAIN_FIRST_NAMES } from "./data/first-names";
import { MORE_FIRST_NAMES } from "./data/more-first-names";
import { normaliseText } from "./fold";

export interface NameHit {
  /** error: a civility, a label or a first name with a surname; warning: a first name alone. */
  level: "error" | "warning";
  text: string;
  index: number;
}

function decode(frontCoded: string): Set<string> {
  const out = new Set<string>();
  let previous = "";
  for (let i = 0; i < frontCoded.length;) {
    const shared = frontCoded.charCodeAt(i) - 48;
    let end = i + 1;
    while (end < frontCoded.length && frontCoded.charCodeAt(end) > 57) end++;
    previous = previous.slice(0, shared) + frontCoded.slice(i + 1, end);
    out.add(previous);
    i = end;
  }
  return out;
}

let plainNames: Set<string> | null = null;
let ambiguousNames: Set<string> | null = null;
/** Decoded on first use: a check that meets no capitalised word never pays for it. */
function firstNames(): { plain: Set<string>; ambiguous: Set<string> } {
  if (!plainNames || !ambiguousNames) {
    plainNames = decode(PLAIN_FIRST_NAMES);
    ambiguousNames = decode(AMBIGUOUS_FIRST_NAMES);
    for (const name of MORE_FIRST_NAMES) plainNames.add(name);
    for (const word of NOT_A_PERSON) {
      plainNames.delete(word);
      ambiguousNames.delete(word);
    }
  }
  return { plain: plainNames, ambiguous: ambiguousNames };
}

/** Words of the list that, capitalised in a counsellor's note, are places, brands or institutions. */
const NOT_A_PERSON = new Set(
  (
    "france lorraine nancy paris marly mercy cora greta pole saint sainte dame florence victoria europe afrique asie amerique alsace " +
    "bretagne normandie savoie provence champagne ardennes vosges meuse moselle sarre chine inde jordanie georgie israel sion " +
    "orange lidl aldi auchan amazon adecco manpower randstad keolis decathlon ikea leclerc intermarche cap opus met lauriers " +
    "mission emploi ville metropole region travail insertion noel paques toussaint pentecote ascension assomption " +
    "emmaus caritas agefiph clea voltaire croix " +
    // pronouns and adjectives that start a sentence ("Elle a appelé", "Libre le lundi")
    "elle bien grace belle juste libre"
  ).split(" "),
);

/** A capitalised word after these is a surname of nothing: a street, a school, a shop, a town. */
const PLACE_BEFORE = new Set(
  (
    "lycee college ecole rue avenue av boulevard bd place allee impasse quai salle espace stade gymnase residence mediatheque " +
    "bibliotheque centre saint sainte st ste hopital clinique institut fondation association parc square pont cite groupe " +
    "complexe maison foyer creche ehpad chs chr club hotel restaurant boulangerie cafe bar garage pharmacie cabinet entreprise " +
    "societe ets chez magasin enseigne marque transports transport quartier village commune ville a au aux en sur vers pres route chemin " +
    "prix promotion fondateur abbe general marechal president reseau dispositif programme operation projet forum plateforme " +
    "formation certification certificat diplome titre module test examen passeport label logiciel application appli methode " +
    // venues named after someone: "la piscine Lothaire", "cinéma Camille Claudel"
    "piscine patinoire cinema theatre musee gare eglise chapelle halle halles marche camping aeroport port plage base parking galerie"
  ).split(" "),
);

/** A capitalised word here after a first name makes an institution, not a surname ("France Travail"). */
const NOT_A_SURNAME = new Set(
  (
    "travail emploi services service metropole ville villes region est nord sud ouest centre insertion formation le la les de du des " +
    "et a au en pour sur avec rh cdi cdd mer mrs pmsmp afpa cv ok absent absente " +
    // the trade of a firm named with a first name: "Harmonie Mutuelle", "Victor Nettoyage"
    "mutuelle mutuelles assurance assurances habitat immobilier interim sante solidarite solidarites nettoyage proprete " +
    "logistique distribution batiment btp conseil consulting groupe industrie automobiles coiffure beaute traiteur securite energie " +
    // chains named like a person: "Leroy Merlin", "Yves Rocher", "Louis Vuitton"
    "merlin rocher vuitton"
  ).split(" "),
);

/** Words after a civility or a label that are not a name ("M. le maire", "candidate : a relancé"). */
const NOT_A_NAME = new Set(
  (
    "le la les l un une des du de d et ou a au aux en est sont qui que a ne pas non oui ok ras vu vue sans avec pour sur " +
    "retenu retenue retenus positionne positionnee absent absente present presente motive motivee refus accepte acceptee " +
    "directeur directrice maire adjoint adjointe responsable chef cheffe president presidente conseiller conseillere " +
    "tuteur tutrice gerant gerante patron patronne x xx xxx son sa ses leur leurs mon ma mes"
  ).split(" "),
);

/** What a counsellor writes right after a person's first name: "Julien relancé", "Claire absente", "Rose a appelé". */
const FOLLOW_UP_VERB =
  /^(?:relancee?|vue?|recue?|convoquee?|positionnee?|orientee?|absente?|presente?|excusee?|injoignable|joignable|inscrite?|embauchee?|retenue?|a|est|n'est|n'a|doit|veut|souhaite|cherche|vient|rappelle|rappele|appele|appelle|accepte|acceptee|refuse|refusee|ok|ne|s'est|sera|etait|avait|viendra)$/;

/**
 * Follow-up words after which a first name typed in lower case is still a person: "vu mehdi", "rdv avec sonia".
 * Only unambiguous first names of the list count there ("vu rose" could be anything).
 */
const LOWER_NAME_BEFORE = new Set(
  "pr pour vu vue relance relancer relancee relancé relancée rdv avec rencontre rencontree rencontré rencontrée convoque convoquee convoqué convoquée appele appelee appelé appelée rappele rappelé rappeler contacte contactee contacté contactée recu recue reçu reçue orientee orienté orientée chez contact tuteur tutrice referent referente référent référente par".split(
    " ",
  ),
);

/**
 * Clipped words of a note that are also first names of the list: "rdv sam" is Saturday, "2 sem" two weeks, "kiné",
 * "alim." (food), "cong." (leave). Typed in lower case they are never taken for a first name.
 */
const CLIPPED_WORDS = new Set("sem sam dim cong kine alim del aid dari esat".split(" "));

/**
 * A first name typed in lower case that names nobody else: a plain name of the list, or a compound of names
 * ("marie-claude", "jean-pierre") even when each part is also a word.
 */
function lowerFirstName(folded: string, plain: Set<string>, ambiguous: Set<string>): boolean {
  if (folded.length < 3 || CLIPPED_WORDS.has(folded) || NOT_A_NAME.has(folded) || NOT_A_PERSON.has(folded))
    return false;
  if (!folded.includes("-")) return plain.has(folded) && !ambiguous.has(folded);
  const parts = folded.split("-");
  return parts.every((p) => p.length >= 3 && !NOT_A_PERSON.has(p) && (plain.has(p) || ambiguous.has(p)));
}

/** Prepositions between a follow-up word and a first name in lower case: "envoyée à yasmina", "dossier de karim". */
const LOWER_NAME_LINK = new Set(["a", "de", "d"]);
/** Follow-up words before such a preposition. */
const LOWER_NAME_CONTEXT = new Set(
  (
    "convoc convocation envoyee envoye envoi transmis transmise appel message mail sms courrier maman papa mere pere " +
    "soeur frere fils fille orientation dossier cv candidature inscription relance relancee faite fait aupres parcours " +
    "absence venue entretien demande accord positionnement profil retour contrat attestation " +
    // "mise en relation de fatou", "suivi de yanis", "nouvelles de sofiane"
    "relation suivi accompagnement embauche signature nouvelles news rappel binome"
  ).split(" "),
);

/** Nouns after which "de" and a capitalised first name are a person: "candidature de Romain", "CV de Rose". */
const FOLLOW_UP_NOUN = new Set(
  (
    "candidature cv dossier inscription profil positionnement relance entretien absence venue appel message mail " +
    "demande parcours embauche tel sms numero coordonnees retour accord attestation"
  ).split(" "),
);

/** Particles that are also French articles or prepositions: lower case, they lead to a place ("… de Metz"). */
const FRENCH_PREPOSITION = new Set(["de", "du", "des", "la", "le"]);

/** Words after which "à" leads to a person, not a town: "convocation envoyée à Théo Lambert", "mail à Inès". */
const SENT_TO = new Set(
  (
    "envoye envoyee envoyes envoyees transmis transmise adresse adressee ecrit parle telephone propose proposee " +
    "presente presentee explique remis remise donne donnee signale confie confiee mail mails sms message messages " +
    "courrier convocation convoc relance rappel reponse repondu"
  ).split(" "),
);

/** Titles of a professional before a surname: "Maître Dubois", "Docteur Haddad", "Dr Martin". */
const TITLE = new Set(["maitre", "docteur", "dr", "professeur"]);

/** After an article a capitalised word is a noun ("la Maire", "le Rose"), not a first name. */
const ARTICLE = new Set([
  "le",
  "la",
  "les",
  "l",
  "un",
  "une",
  "du",
  "des",
  "de",
  "d",
  "au",
  "aux",
  "ce",
  "cette",
  "notre",
  "votre",
]);

/** Words between a label and its colon that keep it about a person: "candidat retenu :", "nom du candidat :". */
const LABEL_QUALIFIER = new Set(
  (
    "retenu retenue retenus retenues positionné positionnée positionne positionnee proposé proposée propose proposee " +
    "concerné concernée concerne concernee suivi suivie orienté orientée oriente orientee reçu reçue recu recue " +
    "du de la et candidat candidate prénom prenom usager usagère bénéficiaire beneficiaire complet"
  ).split(" "),
);

/** Particles of surnames: "Le Gall", "de Oliveira", "Van Damme", "Ben Ali". */
const PARTICLE = new Set([
  "le",
  "la",
  "de",
  "du",
  "des",
  "da",
  "dos",
  "van",
  "von",
  "el",
  "al",
  "ben",
  "di",
  "del",
  "della",
  "mac",
  "mc",
]);

/** Words after a person's name that make it a company's: "Martin & Fils", "Jean Moreau Transports". */
const COMPANY_AFTER = new Set(
  (
    "fils freres cie sarl sas sa associes entreprise entreprises services transports btp batiment renovation paysages " +
    "automobiles distribution immobilier consulting nettoyage traiteur industries menuiserie plomberie charpente " +
    // chains named like a person: "Leroy Merlin", "Yves Rocher", "Louis Vuitton"
    "merlin rocher vuitton"
  ).split(" "),
);

const CIVILITY = new Set(["mr", "mme", "mlle", "mmes", "monsieur", "madame", "mademoiselle", "messieurs"]);
// Lower-case words are looked up as typed (folding them all would cost more than the lookups): accented forms listed.
const LABEL = new Set([
  "candidat",
  "candidate",
  "cand",
  "nom",
  "prenom",
  "prénom",
  "beneficiaire",
  "bénéficiaire",
  "usager",
  "usagere",
  "usagère",
  "stagiaire",
  "personne",
]);

export class Token {
  private foldedText: string | null = null;
  constructor(
    readonly raw: string,
    readonly start: number,
    readonly end: number,
    /** The token ended with a full stop ("M.", "K.", "cand."). */
    readonly dot: boolean,
    /** A run of digits ("12", "57000"), not a word. */
    readonly number: boolean,
    readonly title: boolean,
    readonly upper: boolean,
    /** Punctuation between the previous token and this one (spaces dropped). */
    readonly gap: string,
  ) {}

  /** Folded on first use (lower case, no accents): most tokens never need it. */
  get folded(): string {
    if (this.foldedText === null) this.foldedText = ASCII_LOWER.test(this.raw) ? this.raw : normaliseText(this.raw);
    return this.foldedText;
  }
}

const UPPER = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+$/;
const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isLetterCode = (c: number): boolean => isUpperCode(c) || isLowerCode(c);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isJoinCode = (c: number): boolean => c === 45 || c === 39 || c === 0x2019; // - ' ’
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
const ASCII_LOWER = /^[a-z]+$/;

/**
 * Words (letters joined by hyphens or apostrophes, with a full stop kept as a flag) and digit runs
 * of `text`, with their shape; read character by character, the folding done lazily.
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let gap = "";
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      let end = i + 1;
      while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
      out.push(new Token(text.slice(i, end), i, end, false, true, false, false, gap));
      gap = "";
      i = end;
      continue;
    }
    if (!isLetterCode(c)) {
      if (!isSpaceCode(c)) gap += text[i];
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
      if (end + 1 < text.length && isJoinCode(text.charCodeAt(end)) && isLetterCode(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    const raw = text.slice(i, end);
    const dot = text.charCodeAt(end) === 46;
    // "Dupont", and "N'Guessan", "O'Neil": a capital, an apostrophe, a capitalised rest.
    const title =
      isUpperCode(c) &&
      raw.length > 1 &&
      (isLowerCode(raw.charCodeAt(1)) ||
        (raw.length > 3 &&
          isJoinCode(raw.charCodeAt(1)) &&
          isUpperCode(raw.charCodeAt(2)) &&
          isLowerCode(raw.charCodeAt(3))));
    const upper = raw.length >= 2 && isUpperCode(c) && isUpperCode(raw.charCodeAt(1)) && UPPER.test(raw);
    out.push(new Token(raw, i, end, dot, false, title, upper, gap));
    gap = "";
    i = dot ? end + 1 : end;
  }
  return out;
}

const isInitial = (t: Token | undefined): boolean =>
  t !== undefined && t.dot && t.raw.length === 1 && /[A-Z]/.test(t.raw);

/** Every part of a (hyphenated) word is a first name of the list. */
function isFirstName(folded: string, list: Set<string>, alsoAmbiguous: Set<string> | null): boolean {
  const parts = folded.split(/[-'’]/);
  return parts.every((p) => list.has(p) || (alsoAmbiguous !== null && alsoAmbiguous.has(p)));
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && (t.title || t.upper);
const joined = (t: Token | undefined): boolean => t !== undefined && t.gap === "";
/** What may stand between a civility and the name: "et", another civility, "M." ("M. et Mme Schmitt"). */
const continuesCivility = (t: Token | undefined): boolean =>
  t !== undefined && (t.raw === "et" || CIVILITY.has(t.folded) || (t.raw === "M" && t.dot));

function pushName(
  hits: NameHit[],
  text: string,
  words: Token[],
  level: NameHit["level"],
  from: number,
  to: number,
): void {
  const first = at(words, from);
  const last = at(words, to);
  hits.push({ level, index: first.start, text: text.slice(first.start, last.end + (last.dot ? 1 : 0)) });
}

function isSurname(t: Token | undefined): boolean {
  return (
    t !== undefined && joined(t) && (t.upper || t.title) && !NOT_A_SURNAME.has(t.folded) && !NOT_A_PERSON.has(t.folded)
  );
}

/**
 * Whether a note may hold a name at all: a capitalised word, a lower-case civility or label, or (notes typed all in
 * lower case) a word of the first-name list.
 */
function mayHoldName(words: Token[], plain: Set<string>, ambiguous: Set<string>): boolean {
  for (const w of words) {
    // a lower-case initial too: "j. schmitt ne s'est pas présenté"
    if (w.title || w.upper || CIVILITY.has(w.raw) || LABEL.has(w.raw) || (w.dot && w.raw.length === 1)) return true;
    if (w.raw.length >= 3 && plain.has(w.folded)) return true;
    // a compound first name in lower case: "ok pr marie-claude"
    if (w.raw.length >= 7 && w.raw.includes("-") && lowerFirstName(w.folded, plain, ambiguous)) return true;
  }
  return false;
}

/** A lower-case initial with its full stop: "thi lan n.", "kevin m.". */
const isLowerInitial = (t: Token | undefined): boolean =>
  t !== undefined && t.dot && t.raw.length === 1 && t.gap === "" && /[a-z]/.test(t.raw);

/**
 * Where a first name typed in lower case is a person, whatever words come before it: at the head of a note or a
 * sentence before a follow-up verb ("joaquim ok", "wojciech a rappelé"), after a follow-up noun and "de" ("mail de
 * sandrine"), or before an initial ("thi lan n."). Returns the index of the name's last word, or -1.
 */
function lowerCaseName(words: Token[], i: number, plain: Set<string>, ambiguous: Set<string>): number {
  const w = at(words, i);
  if (w.raw.length < 3 || !LOWER_NAME_WORD.test(w.folded) || NOT_A_NAME.has(w.folded) || NOT_A_PERSON.has(w.folded))
    return -1;
  const plainName = lowerFirstName(w.folded, plain, ambiguous);
  const anyName = plainName || (!CLIPPED_WORDS.has(w.folded) && isFirstName(w.folded, plain, ambiguous));
  if (!anyName) return -1;
  const previous = words[i - 1];
  const next = words[i + 1];
  // Before an initial, even a name that is also a word: "thi lan n.", "rose k." (one more first name may come first).
  if (isLowerInitial(next)) return i + 1;
  if (
    next !== undefined &&
    joined(next) &&
    !next.title &&
    !next.upper &&
    isFirstName(next.folded, plain, ambiguous) &&
    isLowerInitial(words[i + 2])
  )
    return i + 2;
  if (!plainName) return -1;
  const sentenceStart = previous === undefined || /[.!?;«"(]$/.test(w.gap) || previous.dot;
  if (sentenceStart && next !== undefined && joined(next) && FOLLOW_UP_VERB.test(next.folded)) return i;
  // With the person's age: "kevin 19 ans cherche une alternance".
  if (sentenceStart && next !== undefined && next.number && /^ans?$/.test(words[i + 2]?.folded ?? "")) return i;
  // A first name and a surname heading a sentence before a follow-up verb: "oksana kovalenko a signé".
  const after = words[i + 2];
  if (
    sentenceStart &&
    next !== undefined &&
    isLowerSurname(next) &&
    after !== undefined &&
    joined(after) &&
    FOLLOW_UP_VERB.test(after.folded)
  )
    return i + 1;
  if (previous?.folded === "de" && w.gap === "" && FOLLOW_UP_NOUN.has(words[i - 2]?.folded ?? "")) return i;
  return -1;
}

/** A first name or a compound one in lower case, hyphens included ("marie-claude"). */
const LOWER_NAME_WORD = /^[a-z]+(?:-[a-z]+)*$/;

/** A surname typed in lower case right after a first name: a word of letters, no function word nor a verb. */
function isLowerSurname(t: Token): boolean {
  return (
    joined(t) &&
    !t.title &&
    !t.upper &&
    !t.number &&
    t.raw.length >= 2 &&
    /^[a-z][a-z'-]*$/.test(t.folded) &&
    !NOT_A_NAME.has(t.folded) &&
    !NOT_A_SURNAME.has(t.folded) &&
    !NOT_A_PERSON.has(t.folded) &&
    !CLIPPED_WORDS.has(t.folded) &&
    !FOLLOW_UP_VERB.test(t.folded)
  );
}

/** After a first name in lower case, a surname that is also in the list extends the name: "fatou diallo". */
function withListedSurname(words: Token[], i: number, plain: Set<string>, ambiguous: Set<string>): number {
  const next = words[i + 1];
  return next !== undefined &&
    isLowerSurname(next) &&
    next.raw.length >= 3 &&
    (plain.has(next.folded) || ambiguous.has(next.folded))
    ? i + 1
    : i;
}

/**
 * An initial and a surname, in any case, with a particle or not: "rdv avec k. benali", "R. Da Costa absent", "vu
 * j. le gall". A name after a follow-up word ("rdv avec", "vu", "pour"), after a follow-up noun and "de" ("dossier
 * de k. benali"), or heading a sentence before a follow-up verb; "permis B. Disponible" is none of these. Returns
 * the index of the surname, or -1.
 */
function initialAndSurname(words: Token[], i: number): number {
  const initial = at(words, i);
  // "m." and "M." are civilities, read before this.
  if (!initial.dot || initial.raw.length !== 1 || !/[a-ln-zA-LN-Z]/.test(initial.raw)) return -1;
  let j = i + 1;
  const particle = words[j];
  if (particle !== undefined && joined(particle) && PARTICLE.has(particle.folded) && joined(words[j + 1])) j++;
  const surname = words[j];
  if (surname === undefined || !joined(surname) || surname.number || (surname.dot && surname.raw.length === 1))
    return -1;
  if (!/^[a-z][a-z'-]+$/.test(surname.folded) || (!surname.title && !surname.upper && surname.raw.length < 3))
    return -1;
  if (
    NOT_A_SURNAME.has(surname.folded) ||
    NOT_A_PERSON.has(surname.folded) ||
    NOT_A_NAME.has(surname.folded) ||
    PLACE_BEFORE.has(surname.folded) ||
    CLIPPED_WORDS.has(surname.folded)
  )
    return -1;
  const previous = words[i - 1];
  const next = words[j + 1];
  const sentenceStart = previous === undefined || /[.!?;:«"(]$/.test(initial.gap) || previous.dot;
  if (sentenceStart && next !== undefined && joined(next) && FOLLOW_UP_VERB.test(next.folded)) return j;
  if (previous === undefined || previous.number) return -1;
  if (LOWER_NAME_BEFORE.has(previous.title || previous.upper ? previous.folded : previous.raw)) return j;
  if (LOWER_NAME_LINK.has(previous.folded) && LOWER_NAME_CONTEXT.has(words[i - 2]?.folded ?? "")) return j;
  return -1;
}

/** Every name of a person in `text`, in order (`words`: the text's tokens, when already read). */
export function findNames(text: string, words: Token[] = tokens(text)): NameHit[] {
  const { plain, ambiguous } = firstNames();
  if (!mayHoldName(words, plain, ambiguous)) return [];
  const hits: NameHit[] = [];
  const add = (level: NameHit["level"], from: number, to: number): void => pushName(hits, text, words, level, from, to);
  const surnameAt = (j: number): boolean => isSurname(words[j]);

  for (let i = 0; i < words.length; i++) {
    const w = at(words, i);
    if (w.number) continue;
    const previous = words[i - 1];
    const next = words[i + 1];
    const key = w.title || w.upper ? w.folded : w.raw;

    // A civility, then a name: "M. Dupont", "Mme K. Yilmaz", "M. et Mme Schmitt", "mme benali".
    const civility = CIVILITY.has(key) || ((w.raw === "M" || w.raw === "m") && w.dot);
    if (civility) {
      let j = i + 1;
      while (continuesCivility(words[j])) j++;
      if (isInitial(words[j])) j++;
      // A particle before a capitalised surname: "Mme Le Gall", "M. de Oliveira", "Mme Da Silva".
      const particle = words[j];
      const surname = words[j + 1];
      if (
        particle &&
        PARTICLE.has(particle.folded) &&
        surname &&
        joined(surname) &&
        capitalised(surname) &&
        !NOT_A_PERSON.has(surname.folded) &&
        !NOT_A_NAME.has(surname.folded)
      ) {
        add("error", i, j + 1);
        i = j + 1;
        continue;
      }
      const name = words[j];
      // "m." in lower case is a civility unless it follows a number ("3 m. de haut").
      const metre = key === "m" && previous !== undefined && previous.number;
      if (
        name &&
        !name.number &&
        !metre &&
        !NOT_A_NAME.has(name.folded) &&
        (capitalised(name) || key !== "m" || w.raw === "m")
      ) {
        const end = surnameAt(j + 1) ? j + 1 : j;
        add("error", i, end);
        i = end;
        continue;
      }
    }

    // A label and a colon: "candidate : Sarah Lefebvre", "Nom : Haddad", "cand. : ahmed benali", and up to
    // two lower-case words between them: "candidat retenu : lucas girard".
    let colon = i + 1;
    for (
      let w = words[colon];
      LABEL.has(key) && colon <= i + 2 && w && !w.gap.startsWith(":") && w.gap === "" && LABEL_QUALIFIER.has(w.raw);
      w = words[colon]
    )
      colon++;
    const labelled = words[colon];
    if (LABEL.has(key) && labelled && labelled.gap.startsWith(":")) {
      const j = colon;
      const name = labelled;
      if (
        !name.number &&
        !NOT_A_NAME.has(name.folded) &&
        (capitalised(name) || isFirstName(name.folded, plain, null))
      ) {
        const after = words[j + 1];
        const end =
          after &&
          after.gap === "" &&
          !NOT_A_NAME.has(after.folded) &&
          !LABEL.has(after.folded) &&
          (capitalised(after) || !capitalised(name))
            ? j + 1
            : j;
        add("error", j, end);
        i = end;
        continue;
      }
    }

    // "vu mehdi", "rdv avec sonia": a plain first name in lower case after a follow-up word.
    if (!w.title && !w.upper) {
      const initialEnd = initialAndSurname(words, i);
      if (initialEnd >= 0) {
        add("error", i, initialEnd);
        i = initialEnd;
        continue;
      }
      // An initial and a surname in lower case heading a sentence: "j. schmitt ne s'est pas présenté" (not "m.").
      if (
        previous !== undefined &&
        previous.dot &&
        previous.raw.length === 1 &&
        /[a-ln-z]/.test(previous.raw) &&
        (i === 1 || /[.;!?]/.test(previous.gap) || words[i - 2]?.dot === true) &&
        !w.dot &&
        w.raw.length >= 3 &&
        ASCII_LOWER.test(w.folded) &&
        !NOT_A_SURNAME.has(w.folded) &&
        !NOT_A_PERSON.has(w.folded) &&
        !NOT_A_NAME.has(w.folded) &&
        next !== undefined &&
        joined(next) &&
        FOLLOW_UP_VERB.test(next.folded)
      ) {
        add("error", i - 1, i);
        continue;
      }
      const end = lowerCaseName(words, i, plain, ambiguous);
      if (end >= 0) {
        // With its initial the name is a full one; alone it is « à vérifier ».
        add(end > i ? "error" : "warning", i, end);
        i = end;
        continue;
      }
      // "convoc envoyée à yasmina", "orientation de nicolas": a follow-up word, a preposition, the name.
      const beforePreposition = words[i - 2];
      const afterFollowUp =
        previous !== undefined &&
        LOWER_NAME_LINK.has(previous.folded) &&
        beforePreposition !== undefined &&
        LOWER_NAME_CONTEXT.has(beforePreposition.folded);
      if (
        previous !== undefined &&
        !previous.number &&
        (LOWER_NAME_BEFORE.has(previous.title || previous.upper ? previous.folded : previous.raw) || afterFollowUp) &&
        LOWER_NAME_WORD.test(w.folded) &&
        lowerFirstName(w.folded, plain, ambiguous)
      ) {
        // With a surname of the list the name is a full one ("fatou diallo"); alone it is « à vérifier ».
        const nameEnd = withListedSurname(words, i, plain, ambiguous);
        add(nameEnd > i ? "error" : "warning", i, nameEnd);
        i = nameEnd;
      }
      continue;
    }
    // An initial and a surname before a follow-up verb: "J. Dupont a signé", "K. Meyer absent".
    if (
      isInitial(previous) &&
      previous?.raw !== "M" &&
      w.title &&
      !PLACE_BEFORE.has(w.folded) &&
      !NOT_A_SURNAME.has(w.folded) &&
      !NOT_A_PERSON.has(w.folded) &&
      next !== undefined &&
      joined(next) &&
      FOLLOW_UP_VERB.test(next.folded)
    ) {
      add("error", i - 1, i);
      continue;
    }
    // A place word is no first name ("Salle Saint-Exupéry", "Rue …"): the words after it name the place.
    if (PLACE_BEFORE.has(w.folded)) continue;
    // "l'école Georges Brassens": the article does not hide the place word.
    const afterPlace =
      previous !== undefined &&
      PLACE_BEFORE.has(previous.folded.replace(/^[ld]'/, "")) &&
      w.gap === "" &&
      !previous.dot &&
      !(previous.folded === "a" && SENT_TO.has(words[i - 2]?.folded ?? ""));

    // SURNAME in capitals, then a first name: "DUPONT Jean-Luc", "MARTIN Kevin".
    if (w.upper && !afterPlace && next && joined(next) && next.title && isFirstName(next.folded, plain, ambiguous)) {
      add("error", i, i + 1);
      i++;
      continue;
    }

    if (afterPlace) {
      // The whole proper noun after a place word is the place's name: "clinique Claude Bernard".
      while (joined(words[i + 1]) && capitalised(words[i + 1])) i++;
      continue;
    }
    // A professional's title and a surname: "Maître Dubois, avocat de l'employeur", "Dr Haddad".
    if (TITLE.has(w.folded) && isSurname(next) && next !== undefined && !PLACE_BEFORE.has(next.folded)) {
      add("error", i, i + 1);
      i++;
      continue;
    }
    if (NOT_A_PERSON.has(w.folded)) continue;
    // A compound first name ("Marie-Claire", "Jean-Pierre") is a name even when each part is also a word.
    const plainName =
      isFirstName(w.folded, plain, null) || (w.folded.includes("-") && isFirstName(w.folded, plain, ambiguous));
    const anyName = plainName || isFirstName(w.folded, plain, ambiguous);
    if (!anyName) continue;

    // A first name, a particle and a surname: "Pierre-Yves Le Bihan", "Inès Da Silva", "Yanis ben Amor". A French
    // preposition in lower case is a place's ("le Carmel de Metz", "ESAT de Peltre"), not a particle.
    const particle = next;
    if (
      plainName &&
      w.title &&
      particle !== undefined &&
      joined(particle) &&
      PARTICLE.has(particle.folded) &&
      (particle.title || !FRENCH_PREPOSITION.has(particle.raw)) &&
      isSurname(words[i + 2]) &&
      !PARTICLE.has(words[i + 2]?.folded ?? "")
    ) {
      add("error", i, i + 2);
      i += 2;
      continue;
    }

    // A first name and a surname, or an initial: "Karim Belkacem", "Nathalie GARCIA", "Kevin M.".
    if (
      next &&
      joined(next) &&
      (isInitial(next) ||
        (surnameAt(i + 1) && (plainName || next.upper || !isFirstName(next.folded, plain, ambiguous))))
    ) {
      // A company named after its founder: "Jean Moreau Transports".
      const after = words[i + 2];
      if (after !== undefined && joined(after) && COMPANY_AFTER.has(after.folded)) {
        i += 2;
        continue;
      }
      add("error", i, i + 1);
      i++;
      continue;
    }

    // A first name alone, inside a sentence: "relance de Fatima". Only the list's unambiguous names,
    // and not a company's name ("Martin & Fils").
    if (next && (next.gap.startsWith("&") || COMPANY_AFTER.has(next.folded))) continue;
    // At the start of a sentence only before a lower-case word ("Karim absent au RDV"), never before a colon.
    const sentenceStart = previous === undefined || /[.!?;:«"(]$/.test(w.gap) || previous.dot;
    const followedByWord = next !== undefined && !next.number && !next.title && !next.upper && !/[:]/.test(next.gap);
    // After a label's colon, a first name alone is the value: "Contact RH : Sylvie, 03 87 …", "Tutrice : Nadia".
    const labelValue =
      previous !== undefined && w.gap.startsWith(":") && (next === undefined || !joined(next) || next.number);
    // A first name heading a note or a sentence before a colon and a lower-case word: "Anne-Sophie : relancée lundi".
    const heading =
      sentenceStart && next !== undefined && next.gap.startsWith(":") && !next.number && !next.title && !next.upper;
    // A first name heading a note with the person's age: "Kévin, 19 ans, cherche …", "Sara (19 ans) absente".
    const aged = next !== undefined && next.number && /^ans?$/.test(words[i + 2]?.folded ?? "");
    if (plainName && w.title && (!sentenceStart || followedByWord || labelValue || heading || aged))
      add("warning", i, i);
    // A name that is also a word ("Julien", "Rose") still names someone when a verb of the follow-up comes next.
    else if (
      !plainName &&
      w.title &&
      !NOT_A_NAME.has(w.folded) &&
      !(previous && ARTICLE.has(previous.folded)) &&
      next !== undefined &&
      joined(next) &&
      next.raw.toLowerCase() !== "à" &&
      FOLLOW_UP_VERB.test(next.folded)
    )
      add("warning", i, i);
    // The same after a follow-up noun and "de": "candidature de Romain transmise", "le CV de Rose".
    else if (
      !plainName &&
      w.title &&
      !NOT_A_NAME.has(w.folded) &&
      previous !== undefined &&
      previous.folded === "de" &&
      w.gap === "" &&
      FOLLOW_UP_NOUN.has(words[i - 2]?.folded ?? "")
    )
      add("warning", i, i);
  }
  return hits;
}
