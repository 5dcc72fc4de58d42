/**
 * The indicator catalogue and the value lists of the tracking table. Codes are a contract (formulas,
 * check, evaluation and imports key on them); labels are what the counsellor picks in `Suivi`.
 */
export type IndicatorGroup = "Convention — article 7" | "Plan d'action 2021";

export interface Indicator {
  code: string;
  label: string;
  group: IndicatorGroup;
}

const ART7: IndicatorGroup = "Convention — article 7";
const PLAN: IndicatorGroup = "Plan d'action 2021";

/** Article 7 indicators first (what the committee must receive), then the 2021 action plan. */
export const INDICATORS: readonly Indicator[] = [
  { code: "DE_ACCUEILLIS", label: "Demandeurs d'emploi accueillis", group: ART7 },
  { code: "ENTRETIENS", label: "Entretiens réalisés", group: ART7 },
  { code: "PRESCRIPTIONS_PRESTATION", label: "Prescriptions de prestation", group: ART7 },
  { code: "PRESCRIPTIONS_FORMATION", label: "Prescriptions d'action de formation", group: ART7 },
  { code: "PROPOSITIONS_OFFRES", label: "Propositions d'offres d'emploi", group: ART7 },
  { code: "OFFRES_TRANSMISES", label: "Offres d'emploi transmises par la Ville aux agences", group: ART7 },
  { code: "ACTIONS_PROPOSEES", label: "Actions proposées pour des besoins non couverts", group: ART7 },
  { code: "INFOS_EQUIPES", label: "Informations aux équipes de la Ville", group: PLAN },
  { code: "MER", label: "Mises en relation (MER)", group: PLAN },
  { code: "PROMOS_PROFILS", label: "Promotions de profils", group: PLAN },
  { code: "ENVOIS_MRS", label: "Envois sur MRS", group: PLAN },
  { code: "INSCRIPTIONS_FORMATION", label: "Inscriptions sur une formation", group: PLAN },
  { code: "AUTRES_SERVICES", label: "Autres services proposés", group: PLAN },
  { code: "COMMUNICATIONS_AGENCES", label: "Communications aux agences sur les services de la Ville", group: PLAN },
  { code: "SOLLICITATIONS_CONSEILLERS", label: "Sollicitations de conseillers des agences", group: PLAN },
  { code: "BESOINS_NON_COUVERTS", label: "Besoins identifiés non couverts", group: PLAN },
  { code: "ATELIERS", label: "Ateliers et réunions d'information", group: PLAN },
  { code: "ORIENTATIONS_IAE", label: "Personnes orientées vers les job dating IAE", group: PLAN },
  { code: "APPUI_CHANTIER", label: "Appuis au chantier d'insertion", group: PLAN },
  { code: "MANIFESTATIONS", label: "Manifestations liées à l'emploi", group: PLAN },
  { code: "ACTIONS_TZCLD", label: "Actions « Territoire zéro chômeur de longue durée »", group: PLAN },
  { code: "PMSMP", label: "PMSMP mises en place dans un service de la Ville", group: PLAN },
];

/** The six QPV of Metz named in the convention's preamble (contrat de ville 2015–2023). */
export const QPV_METZ: readonly string[] = [
  "Borny",
  "Bellecroix",
  "Hauts-de-Vallières",
  "Sablon Sud",
  "La Patrotte-Metz Nord",
  "Saint-Eloy-Boileau-Prégénie",
];

export const OUTSIDE_QPV = "Hors QPV";
export const NOT_STATED = "Non renseigné";

export interface Lists {
  quartier: string[];
  trancheAge: string[];
  sexe: string[];
}

export const LISTS: Readonly<Lists> = {
  quartier: [...QPV_METZ, OUTSIDE_QPV, NOT_STATED],
  trancheAge: ["Moins de 26 ans", "26 à 49 ans", "50 ans et plus", NOT_STATED],
  sexe: ["Femme", "Homme", NOT_STATED],
};

/** The QPV of a quartier list: every entry except the two fixed ones. */
export function qpvOf(quartiers: readonly string[]): string[] {
  return quartiers.filter((q) => q !== OUTSIDE_QPV && q !== NOT_STATED);
}

/** Compares labels the way Excel criteria do: case-insensitive, surrounding spaces ignored. */
export function normalizeLabel(label: string): string {
  return label.trim().toLocaleLowerCase("fr-FR");
}

/** The indicator whose label (or code) matches, case-insensitively; undefined when none does. */
export function findIndicatorByLabel(
  label: string,
  catalogue: readonly Indicator[] = INDICATORS,
): Indicator | undefined {
  const wanted = normalizeLabel(label);
  return catalogue.find((i) => normalizeLabel(i.label) === wanted);
}

export function findIndicatorByCode(code: string, catalogue: readonly Indicator[] = INDICATORS): Indicator | undefined {
  const wanted = code.trim().toUpperCase();
  return catalogue.find((i) => i.code === wanted);
}
