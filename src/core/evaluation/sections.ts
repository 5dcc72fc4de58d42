/**
 * What the committee's documents are made of, quoted from the convention (art. 7) and its 2021 action
 * plan. Like the indicator labels, this is the convention's own French text, not interface text.
 */

/** A part of the indicator table: article 7 first, then the action plan's sections 1 to 7. */
export interface IndicatorSection {
  id: string;
  title: string;
  codes: readonly string[];
}

export const INDICATOR_SECTIONS: readonly IndicatorSection[] = [
  {
    id: "art7",
    title: "Convention, article 7 : indicateurs d'activité",
    codes: [
      "DE_ACCUEILLIS",
      "ENTRETIENS",
      "PRESCRIPTIONS_PRESTATION",
      "PRESCRIPTIONS_FORMATION",
      "PROPOSITIONS_OFFRES",
      "OFFRES_TRANSMISES",
      "ACTIONS_PROPOSEES",
    ],
  },
  {
    id: "1",
    title: "1 – Faire le lien entre les demandeurs reçus au pôle des Lauriers et les services de Pôle emploi",
    codes: ["INFOS_EQUIPES", "MER", "PROMOS_PROFILS", "ENVOIS_MRS", "INSCRIPTIONS_FORMATION", "AUTRES_SERVICES"],
  },
  {
    id: "2",
    title: "2 – Être l'interface entre les conseillers des agences de Metz et les services de la ville",
    codes: ["COMMUNICATIONS_AGENCES", "SOLLICITATIONS_CONSEILLERS"],
  },
  {
    id: "3",
    title: "3 – Participer à l'identification de besoins non couverts par les partenaires",
    codes: ["BESOINS_NON_COUVERTS"],
  },
  { id: "4", title: "4 – Participer à la délivrance de services au plus près des publics", codes: ["ATELIERS"] },
  {
    id: "5",
    title: "5 – Participer à l'alimentation du chantier d'insertion et des clauses d'insertion",
    codes: ["ORIENTATIONS_IAE", "APPUI_CHANTIER"],
  },
  {
    id: "6",
    title: "6 – Participer à l'organisation des manifestations liées à l'emploi et à l'insertion",
    codes: ["MANIFESTATIONS"],
  },
  {
    id: "7",
    title: "7 – Participer au diagnostic et à la mobilisation des demandeurs d'emploi (« Zéro chômeur »)",
    codes: ["ACTIONS_TZCLD"],
  },
];

/**
 * Title of the section holding indicators no section names (PMSMP of the job description, indicators the user
 * added).
 */
export const OTHER_SECTION_TITLE = "Autres indicateurs suivis";

/** The rows of `Suivi` whose Précision the evaluation lists in words. */
export interface WordGroupSpec {
  id: string;
  title: string;
  codes: readonly string[];
  /** Précision reads « Agence … : demande »: grouped by agency, requests listed under it. */
  byAgency?: boolean;
  /** Keep the rows' comments (needs not covered, actions proposed). */
  withComments?: boolean;
}

export const WORD_GROUPS: readonly WordGroupSpec[] = [
  {
    id: "services",
    title: "Prestations et services prescrits, par type",
    codes: ["PRESCRIPTIONS_PRESTATION", "AUTRES_SERVICES"],
  },
  {
    id: "training",
    title: "Formations prescrites et inscriptions, par type",
    codes: ["PRESCRIPTIONS_FORMATION", "INSCRIPTIONS_FORMATION"],
  },
  { id: "information", title: "Informations faites aux équipes de la Ville", codes: ["INFOS_EQUIPES"] },
  {
    id: "agencies",
    title: "Sollicitations des conseillers : quelles agences, pour quelles demandes",
    codes: ["SOLLICITATIONS_CONSEILLERS"],
    byAgency: true,
  },
  {
    id: "needs",
    title: "Besoins non couverts et actions proposées (avec commentaires)",
    codes: ["BESOINS_NON_COUVERTS", "ACTIONS_PROPOSEES"],
    withComments: true,
  },
  { id: "workshops", title: "Ateliers et réunions d'information, par thème", codes: ["ATELIERS"] },
  {
    id: "iae",
    title: "Insertion par l'activité économique : job dating et chantier d'insertion",
    codes: ["ORIENTATIONS_IAE", "APPUI_CHANTIER"],
  },
  { id: "events", title: "Manifestations liées à l'emploi", codes: ["MANIFESTATIONS"] },
  { id: "tzcld", title: "Actions « Territoire zéro chômeur de longue durée »", codes: ["ACTIONS_TZCLD"] },
];

/** A block the committee fills by hand; `id` finds it again when the sheet is made anew. */
export interface HandBlockSpec {
  id: string;
  title: string;
}

/** One block per question of the action plan 2021, in its order. */
export const PLAN_QUESTIONS: readonly HandBlockSpec[] = [
  { id: "1.a", title: "Informations faites aux équipes du pôle des Lauriers : sur quels services ?" },
  { id: "1.b", title: "Fréquence et modalités de ces informations" },
  { id: "1.c", title: "Types de prestations prescrites et autres services proposés" },
  { id: "2.a", title: "Sollicitations de conseillers Pôle emploi : quelles agences et pour quelles demandes ?" },
  { id: "3.a", title: "Quels sont les principaux besoins identifiés chez les demandeurs reçus ?" },
  {
    id: "3.b",
    title:
      "Lesquels n'ont pas trouvé de réponse adaptée, ni dans les services de la ville, ni dans ceux de Pôle emploi ?",
  },
  { id: "4.a", title: "Ateliers et réunions d'information animés chez le partenaire : thèmes" },
  {
    id: "5.a",
    title: "Appui apporté à l'alimentation du chantier d'insertion (de quelle façon ? pour quel type de postes ?)",
  },
  { id: "6.a", title: "Quelles manifestations ? Quelles actions ont-elles été réalisées ?" },
  {
    id: "6.b",
    title:
      "Bilan du forum de la ville de Metz : satisfaction des entreprises, points d'amélioration, recrutements effectués",
  },
  { id: "7.a", title: "« Zéro chômeur » : actions réalisées par l'agent affecté" },
  { id: "7.b", title: "« Zéro chômeur » : résultats de ces actions" },
];

/**
 * Article 7: the three elements of the final evaluation, each party named where the text says « chacune des parties
 * ».
 */
export function finalElements(partner: string, operator: string): HandBlockSpec[] {
  return [
    { id: "F.1", title: `Mobilisation des moyens mis en œuvre par ${partner}` },
    { id: "F.2", title: `Mobilisation des moyens mis en œuvre par ${operator}` },
    { id: "F.3", title: "Résultats liés à la mise en œuvre de la convention" },
    { id: "F.4", title: `Contribution de ${partner} à l'atteinte des objectifs fixés par la convention` },
    { id: "F.5", title: `Contribution de ${operator} à l'atteinte des objectifs fixés par la convention` },
  ];
}

export const DECISIONS_BLOCK: HandBlockSpec = { id: "D", title: "Décisions du comité de pilotage" };
