/**
 * The text of the committee's evaluation sheets: a French document read by the steering committee,
 * whatever the language of the pane or of the command line. So it lives here, with the sheet's plan,
 * as French constants rather than in the bilingual i18n table. The column headings the pane's preview
 * also shows (Indicateur, Période, Période précédente, Cumul de la convention) stay in that table.
 * A later version of a sheet is matched against some of these (the sheet names, the section titles
 * that end a committee block): change them and sheets made before no longer match.
 */
export const EVALUATION_TEXT = {
  sheetSemester: (label: string) => `Évaluation ${label}`,
  sheetYear: (label: string) => `Bilan ${label}`,
  sheetFinal: "Évaluation finale",
  sheetArchive: (n: number, sheet: string) => `Archive ${n} ${sheet}`,
  title: (sheet: string, number: string) => `${sheet} — convention n° ${number}`,
  parties: (partner: string, operator: string) => `Parties : ${partner} et ${operator} (opérateur)`,
  period: (from: string, to: string) => `Période couverte : du ${from} au ${to}`,
  madeOn: (date: string, rows: number) => `Établie le ${date} à partir de ${rows} ligne(s) de Suivi`,
  checkOk: (warnings: number) =>
    `Vérification des données au moment de l'évaluation : aucune erreur (${warnings} avertissement(s)).`,
  checkErrors: (errors: number, warnings: number) =>
    `ATTENTION : les données contenaient ${errors} erreur(s) et ${warnings} avertissement(s) au moment de l'évaluation (voir « Vérifier ») ; les chiffres ci-dessous peuvent être faux.`,
  masked: (n: number) => `Effectifs inférieurs à ${n} affichés « < ${n} » (document diffusé hors de la Ville).`,
  snapshot: "Valeurs figées au moment de l'évaluation (pas de formules) : la feuille reste ce que le comité a lu.",
  indicators: "Indicateurs (article 7 et plan d'action)",
  change: "Évolution",
  yearToDate: "Cumul de l'année",
  count: "Nombre",
  year: "Année",
  due: "Dû (€)",
  paid: "Versé (€)",
  remaining: "Reste à verser (€)",
  total: "Total",
  typology: "Typologie des demandeurs d'emploi accueillis",
  byQuartier: "Par quartier de résidence",
  byAgeBand: "Par tranche d'âge",
  bySex: "Par sexe",
  words: "Ce que disent les lignes de Suivi (colonne Précision)",
  wordsNone: "(aucune ligne sur la période)",
  wordsComment: (text: string) => `Commentaire : ${text}`,
  financing: "Financement de l'année",
  financingAll: "Financement de la convention",
  costUnknown: "Coût annuel non renseigné dans Paramètres pour une année : montant dû inconnu.",
  hand: "Appréciations du comité de pilotage (à compléter) : plan d'action 2021",
  finalElements: "Éléments de l'évaluation (article 7)",
  decisions: "Décisions",
} as const;

/** The label, typed in column A of Paramètres, of the small-count threshold (read without case). */
export const THRESHOLD_LABEL = "Seuil des petits effectifs";
