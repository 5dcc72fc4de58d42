import { NOT_STATED, OUTSIDE_QPV, qpvOf } from "./catalogue";
import { at } from "./checked";
import type { CellValue } from "./contract";
import type { Convention } from "./convention";
import {
  dateOfDayNumber,
  dayNumberToSerial,
  isoToSerial,
  isoWeek,
  isoWeekday,
  mosellePublicHolidays,
  serialToDayNumber,
} from "./dates";

/** Small deterministic PRNG (mulberry32): the same seed always gives the same sample. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Days the agent is on site: the convention's weekdays for even/odd ISO weeks, holidays excepted. */
export function presenceDays(c: Convention): number[] {
  const first = serialToDayNumber(isoToSerial(c.start) as number) as number;
  const last = serialToDayNumber(isoToSerial(c.end) as number) as number;
  const holidays = new Set<number>();
  for (let y = dateOfDayNumber(first).year; y <= dateOfDayNumber(last).year; y++)
    mosellePublicHolidays(y).forEach((d) => holidays.add(d));
  const days: number[] = [];
  for (let d = first; d <= last; d++) {
    const week = isoWeek(d).week;
    const allowed = week % 2 === 0 ? c.presence.evenWeekDays : c.presence.oddWeekDays;
    if (allowed.includes(isoWeekday(d)) && !holidays.has(d)) days.push(d);
  }
  return days;
}

// Relative frequency of each indicator in a counsellor's day (job seekers and interviews dominate).
const WEIGHT: Record<string, number> = {
  DE_ACCUEILLIS: 30,
  ENTRETIENS: 22,
  PRESCRIPTIONS_PRESTATION: 8,
  PRESCRIPTIONS_FORMATION: 5,
  PROPOSITIONS_OFFRES: 10,
  OFFRES_TRANSMISES: 3,
  ACTIONS_PROPOSEES: 1,
  INFOS_EQUIPES: 2,
  MER: 8,
  PROMOS_PROFILS: 3,
  ENVOIS_MRS: 2,
  INSCRIPTIONS_FORMATION: 3,
  AUTRES_SERVICES: 3,
  COMMUNICATIONS_AGENCES: 2,
  SOLLICITATIONS_CONSEILLERS: 3,
  BESOINS_NON_COUVERTS: 1,
  ATELIERS: 1,
  ORIENTATIONS_IAE: 2,
  APPUI_CHANTIER: 1,
  MANIFESTATIONS: 0.5,
  ACTIONS_TZCLD: 1,
  PMSMP: 1,
};

/** Indicators about one person: they carry quartier, age band and sex. */
const ABOUT_A_PERSON = new Set([
  "DE_ACCUEILLIS",
  "ENTRETIENS",
  "PRESCRIPTIONS_PRESTATION",
  "PRESCRIPTIONS_FORMATION",
  "PROPOSITIONS_OFFRES",
  "MER",
  "PROMOS_PROFILS",
  "ENVOIS_MRS",
  "INSCRIPTIONS_FORMATION",
  "ORIENTATIONS_IAE",
  "PMSMP",
]);

const AGENCIES = ["Agence Metz Gare", "Agence Metz Sébastopol", "Agence Metz Borny", "Agence Metz Nord"];

/** What the action plan asks to record for each kind of act; never anything about the person. */
const DETAILS: Record<string, string[]> = {
  DE_ACCUEILLIS: [
    "Premier accueil au Pôle des Lauriers",
    "Accueil sur rendez-vous",
    "Accueil sans rendez-vous",
    "Orienté par la cellule emploi insertion",
  ],
  ENTRETIENS: [
    "Entretien de diagnostic",
    "Entretien de suivi",
    "Actualisation du projet professionnel",
    "Préparation à un entretien d'embauche",
  ],
  PRESCRIPTIONS_PRESTATION: [
    "Prestation Activ'Projet",
    "Prestation Activ'Emploi",
    "Atelier CV et lettre de motivation",
    "Valoriser son image professionnelle",
  ],
  PRESCRIPTIONS_FORMATION: [
    "Formation préalable au recrutement (AFPR)",
    "Formation CACES",
    "Titre professionnel agent de propreté",
    "Remise à niveau français",
  ],
  PROPOSITIONS_OFFRES: [
    "Offre agent d'entretien",
    "Offre préparateur de commandes",
    "Offre aide à domicile",
    "Offre employé libre-service",
  ],
  OFFRES_TRANSMISES: [
    "Offre du service espaces verts",
    "Offre d'un commerce du centre-ville",
    "Recrutement d'une entreprise en implantation",
  ],
  ACTIONS_PROPOSEES: ["Atelier mobilité", "Accompagnement au permis de conduire", "Action numérique pour débutants"],
  INFOS_EQUIPES: [
    "Présentation de l'offre de services de l'opérateur",
    "Information sur les aides à l'embauche",
    "Point sur les prestations disponibles",
  ],
  MER: [
    "Mise en relation via Opus",
    "Mise en relation sur offre avec présélection",
    "Mise en relation sur offre sans présélection",
  ],
  PROMOS_PROFILS: [
    "Promotion auprès d'un conseiller entreprise",
    "Promotion de profil secteur logistique",
    "Promotion de profil secteur bâtiment",
  ],
  ENVOIS_MRS: ["MRS agent de propreté", "MRS préparateur de commandes", "MRS conducteur de bus"],
  INSCRIPTIONS_FORMATION: [
    "Inscription information collective formation",
    "Inscription formation qualifiante",
    "Inscription remise à niveau",
  ],
  AUTRES_SERVICES: [
    "Création de l'espace candidat",
    "Abonnement aux offres",
    "Aide à l'actualisation",
    "Ticket de bus pour entretien",
  ],
  COMMUNICATIONS_AGENCES: AGENCIES.map((a) => `${a} : présentation du chantier d'insertion`),
  SOLLICITATIONS_CONSEILLERS: AGENCIES.map((a) => `${a} : demande de place en chantier d'insertion`),
  BESOINS_NON_COUVERTS: [
    "Garde d'enfants pour horaires décalés",
    "Mobilité en horaires de nuit",
    "Apprentissage du français à visée professionnelle",
  ],
  ATELIERS: [
    "Atelier découverte de l'espace candidat",
    "Atelier Emploi Store",
    "Atelier profil de compétences",
    "Réunion d'information sur les services",
    "Atelier sectoriel logistique",
  ],
  ORIENTATIONS_IAE: ["Job dating IAE espaces verts", "Job dating IAE bâtiment", "Job dating IAE restauration"],
  APPUI_CHANTIER: [
    "Repérage de candidats pour le chantier",
    "Requête de candidats éligibles",
    "Préparation des entretiens de recrutement",
  ],
  MANIFESTATIONS: ["Forum pour l'emploi de la Ville de Metz", "Salon de l'alternance", "Semaine de l'emploi en QPV"],
  ACTIONS_TZCLD: [
    "Information collective Territoire zéro chômeur",
    "Repérage de public",
    "Communication aux agences sur le projet",
  ],
  PMSMP: ["PMSMP au service des espaces verts", "PMSMP à la médiathèque", "PMSMP au service propreté"],
};

/**
 * Realistic synthetic rows of the `Suivi` table (columns in contract order, `Semestre` left empty
 * for its formula), spread over the agent's presence days of the whole convention, or up to
 * `today` (ISO) when given: the workbook's own check refuses acts dated in the future. No two rows
 * are identical (check would report them as duplicates).
 */
export function sampleRows(c: Convention, count: number, seed = 20210101, today?: string): CellValue[][] {
  const random = prng(seed);
  const last = today !== undefined ? isoToSerial(today) : null;
  const days = presenceDays(c).filter((day) => last === null || (dayNumberToSerial(day) ?? Infinity) <= last);
  if (days.length === 0 || count <= 0) return [];
  const pick = <T>(list: readonly T[]): T => at(list, Math.floor(random() * list.length));
  const weights = c.indicators.map((i) => WEIGHT[i.code] ?? 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const qpv = qpvOf(c.lists.quartier);
  const quartier = () => {
    const r = random();
    if (r < 0.62 && qpv.length > 0) return pick(qpv);
    if (r < 0.92) return c.lists.quartier.includes(OUTSIDE_QPV) ? OUTSIDE_QPV : pick(c.lists.quartier);
    return c.lists.quartier.includes(NOT_STATED) ? NOT_STATED : pick(c.lists.quartier);
  };
  const rows: CellValue[][] = [];
  const seen = new Set<string>();
  for (let n = 0; n < count; n++) {
    const day = at(days, Math.floor((n * days.length) / count));
    // A row equal to an earlier one is drawn again (a few tries), then told apart by its count.
    let row = sampleRow(day);
    for (let attempt = 0; attempt < 8 && seen.has(JSON.stringify(row)); attempt++) row = sampleRow(day);
    for (let extra = 2; seen.has(JSON.stringify(row)); extra++) row[2] = extra;
    seen.add(JSON.stringify(row));
    rows.push(row);
  }
  return rows;

  function sampleRow(day: number): CellValue[] {
    let r = random() * totalWeight;
    let index = 0;
    while (index < weights.length - 1 && r >= at(weights, index)) r -= at(weights, index++);
    const indicator = at(c.indicators, index);
    const person = ABOUT_A_PERSON.has(indicator.code);
    const grouped = random() < 0.15;
    const details = DETAILS[indicator.code] ?? ["Action réalisée"];
    return [
      dayNumberToSerial(day),
      indicator.label,
      grouped ? 2 + Math.floor(random() * 6) : null,
      person ? quartier() : null,
      person ? pick(c.lists.trancheAge) : null,
      person ? pick(c.lists.sexe) : null,
      pick(details),
      random() < 0.1
        ? pick(["Relance prévue", "À revoir au prochain rendez-vous", "En lien avec la cellule emploi insertion"])
        : null,
      "Conseillère détachée",
      null,
    ];
  }
}
