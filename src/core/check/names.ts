/**
 * Names of people in a note: "M. Dupont", "Mme K. Yilmaz", "candidate : Sarah Lefebvre",
 * "DUPONT Jean-Luc", "Karim Belkacem", "Kevin M.", and a first name alone ("relance de Fatima").
 *
 * A list of first names is data (data/first-names.ts, with its origin and licence); a name is
 * recognised by its shape and its neighbours, not by the list alone. So "France Travail", "lycée
 * Jean Moulin", "chez Cora" or "originaire de Nancy" stay silent, and a first name alone, which may
 * be a brand or a place, is only a warning « à vérifier ».
 */

import { AMBIGUOUS_FIRST_NAMES, PLAIN_FIRST_NAMES } from "./data/first-names";
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
  for (let i = 0; i < frontCoded.length; ) {
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
    "mission emploi ville metropole region travail insertion noel paques toussaint pentecote ascension assomption"
  ).split(" "),
);

/** A capitalised word after these is a surname of nothing: a street, a school, a shop, a town. */
const PLACE_BEFORE = new Set(
  (
    "lycee college ecole rue avenue av boulevard bd place allee impasse quai salle espace stade gymnase residence mediatheque " +
    "bibliotheque centre saint sainte st ste hopital clinique institut fondation association parc square pont cite groupe " +
    "complexe maison foyer creche ehpad chs chr club hotel restaurant boulangerie cafe bar garage pharmacie cabinet entreprise " +
    "societe ets chez magasin enseigne marque transports quartier village commune ville a au aux en sur vers pres route chemin " +
    "prix promotion fondateur"
  ).split(" "),
);

/** A capitalised word here after a first name makes an institution, not a surname ("France Travail"). */
const NOT_A_SURNAME = new Set(
  (
    "travail emploi services service metropole ville region est nord sud ouest centre insertion formation le la les de du des " +
    "et a au en pour sur avec rh cdi cdd mer mrs pmsmp afpa cv ok absent absente"
  ).split(" "),
);

/** Words after a civility or a label that are not a name ("M. le maire", "candidate : a relancé"). */
const NOT_A_NAME = new Set(
  (
    "le la les l un une des du de d et ou a au aux en est sont qui que a ne pas non oui ok ras vu vue sans avec pour sur " +
    "retenu retenue retenus positionne positionnee absent absente present presente motive motivee refus accepte acceptee " +
    "directeur directrice maire adjoint adjointe responsable chef cheffe president presidente conseiller conseillere " +
    "tuteur tutrice gerant gerante patron patronne x xx xxx"
  ).split(" "),
);

const CIVILITY = new Set(["mr", "mme", "mlle", "mmes", "monsieur", "madame", "mademoiselle", "messieurs"]);
const LABEL = new Set(["candidat", "candidate", "cand", "nom", "prenom", "beneficiaire", "usager", "usagere", "stagiaire", "personne"]);

interface Token {
  raw: string;
  folded: string;
  start: number;
  end: number;
  /** The token ended with a full stop ("M.", "K.", "cand."). */
  dot: boolean;
  title: boolean;
  upper: boolean;
  /** Punctuation between the previous token and this one (spaces dropped). */
  gap: string;
}

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿ]+)*\.?/g;
const UPPER = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+$/;
const TITLE = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/;
const HAS_LETTER_CASE = /[A-ZÀ-ÖØ-Þ]|\b(?:mme|mlle|mr|madame|monsieur|cand|candidate?|nom|b[ée]n[ée]ficiaire)\b/i;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const dot = m[0].endsWith(".");
    const raw = dot ? m[0].slice(0, -1) : m[0];
    out.push({
      raw,
      folded: normaliseText(raw),
      start: m.index,
      end: m.index + raw.length,
      dot,
      title: TITLE.test(raw),
      upper: raw.length >= 2 && UPPER.test(raw),
      gap: text.slice(last, m.index).replace(/\s+/g, ""),
    });
    last = m.index + m[0].length;
  }
  return out;
}

const isInitial = (t: Token | undefined): boolean => t !== undefined && t.dot && t.raw.length === 1 && /[A-Z]/.test(t.raw);

/** Every part of a (hyphenated) word is a first name of the list. */
function isFirstName(folded: string, list: Set<string>, alsoAmbiguous: Set<string> | null): boolean {
  const parts = folded.split(/[-'’]/);
  return parts.every((p) => list.has(p) || (alsoAmbiguous !== null && alsoAmbiguous.has(p)));
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && (t.title || t.upper);
const joined = (t: Token | undefined): boolean => t !== undefined && t.gap === "";

/** Every name of a person in `text`, in order. */
export function findNames(text: string): NameHit[] {
  if (!HAS_LETTER_CASE.test(text)) return [];
  const words = tokens(text);
  if (words.length === 0) return [];
  const { plain, ambiguous } = firstNames();
  const hits: NameHit[] = [];
  const add = (level: NameHit["level"], from: number, to: number): void => {
    hits.push({ level, index: words[from].start, text: text.slice(words[from].start, words[to].end + (words[to].dot ? 1 : 0)) });
  };
  const surnameAt = (j: number): boolean => {
    const t = words[j];
    return t !== undefined && joined(t) && (t.upper || t.title) && !NOT_A_SURNAME.has(t.folded) && !NOT_A_PERSON.has(t.folded);
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const previous = words[i - 1];

    // A civility, then a name: "M. Dupont", "Mme K. Yilmaz", "M. et Mme Schmitt", "mme benali".
    const civility = CIVILITY.has(w.folded) || (w.raw === "M" && w.dot);
    if (civility) {
      let j = i + 1;
      while (words[j] && (words[j].folded === "et" || CIVILITY.has(words[j].folded) || (words[j].raw === "M" && words[j].dot))) j++;
      if (isInitial(words[j])) j++;
      const name = words[j];
      if (name && !NOT_A_NAME.has(name.folded) && (capitalised(name) || w.folded !== "m")) {
        const end = surnameAt(j + 1) ? j + 1 : j;
        add("error", i, end);
        i = end;
        continue;
      }
    }

    // A label and a colon: "candidate : Sarah Lefebvre", "Nom : Haddad", "cand. : ahmed benali".
    if (LABEL.has(w.folded) && words[i + 1] && words[i + 1].gap.startsWith(":")) {
      const j = i + 1;
      const name = words[j];
      if (!NOT_A_NAME.has(name.folded) && (capitalised(name) || isFirstName(name.folded, plain, null))) {
        const next = words[j + 1];
        const end = next && next.gap === "" && !NOT_A_NAME.has(next.folded) && !LABEL.has(next.folded) && (capitalised(next) || isFirstName(name.folded, plain, null)) ? j + 1 : j;
        add("error", j, end);
        i = end;
        continue;
      }
    }

    if (!w.title && !w.upper) continue;
    const afterPlace = previous !== undefined && PLACE_BEFORE.has(previous.folded) && w.gap === "" && !previous.dot;

    // SURNAME in capitals, then a first name: "DUPONT Jean-Luc", "MARTIN Kevin".
    if (w.upper && !afterPlace && words[i + 1] && joined(words[i + 1]) && words[i + 1].title && isFirstName(words[i + 1].folded, plain, ambiguous)) {
      add("error", i, i + 1);
      i++;
      continue;
    }

    if (NOT_A_PERSON.has(w.folded) || afterPlace) continue;
    const plainName = isFirstName(w.folded, plain, null);
    const anyName = plainName || isFirstName(w.folded, plain, ambiguous);
    if (!anyName) continue;

    // A first name and a surname, or an initial: "Karim Belkacem", "Nathalie GARCIA", "Kevin M.".
    const next = words[i + 1];
    if (next && joined(next) && (isInitial(next) || (surnameAt(i + 1) && (plainName || next.upper || !isFirstName(next.folded, plain, ambiguous))))) {
      add("error", i, i + 1);
      i++;
      continue;
    }

    // A first name alone, inside a sentence: "relance de Fatima". Only the list's unambiguous names.
    if (plainName && w.title && previous !== undefined && !/[.!?;:«"(]$/.test(w.gap) && !previous.dot && !w.upper) {
      add("warning", i, i);
    }
  }
  return hits;
}
