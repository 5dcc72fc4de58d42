/**
 * The text the build writes into the workbook: sheet titles, column headings, labels and the messages
 * Excel shows when a typed value is refused. The workbook is a French document shared with the steering
 * committee, whatever the language of the pane or of the command line, so this text is French by
 * design and lives here, with the plan, rather than in the bilingual i18n table. Check, repair and the
 * evaluation read some of it back (the termination block is found by its title): change a text here and
 * workbooks built before no longer match it.
 */

/** Indicateurs: the total column and the neighbourhood block. */
export const INDICATORS_TEXT = {
  total: "Total",
  totalQpv: "Total QPV",
  code: "Code",
  indicator: "Indicateur",
  breakdownTitle: (label: string) => `${label} par quartier`,
} as const;

/** Days of the week, Monday first (ISO numbering: 1 is Monday), as the presence rows of Paramètres say them. */
export const WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;

/** Paramètres: the labels of column A and the yearly costs table. */
export const PARAMETERS_TEXT = {
  title: "Paramètres de la convention",
  number: "Numéro de la convention",
  partner: "Partenaire",
  operator: "Opérateur (service public de l'emploi)",
  start: "Date de début",
  end: "Date de fin",
  etp: "Quotité du poste (ETP)",
  share: "Part versée à la signature",
  basis: "Base du prorata en cas de résiliation",
  basisDays: "Jours calendaires",
  basisMonths: "Mois",
  even: "Présence de l'agent (semaines paires)",
  odd: "Présence de l'agent (semaines impaires)",
  hours: "Heures par jour de présence",
  costTitle: "Coût annuel d'un conseiller à temps plein",
  year: "Année",
  cost: "Coût annuel (€)",
  note: "Source",
  toUpdate: "À actualiser par avenant",
} as const;

/** Listes: the headings of the indicator catalogue (the drop-down of Suivi names the label column). */
export const LISTS_TEXT = {
  code: "Code",
  label: "Indicateur",
  group: "Groupe",
} as const;

/** Financement: the per-year block and the early-termination block. */
export const FINANCING_TEXT = {
  title: (number: string) => `Financement du poste — convention n° ${number}`,
  year: "Année",
  cost: "Coût temps plein (€)",
  etp: "ETP",
  post: "Coût du poste (€)",
  annual: "Montant annuel arrondi (€)",
  first: "Versement à la signature (€)",
  paidOn: "Versé le",
  paid: "Montant versé (€)",
  balance: "Solde (€)",
  remaining: "Reste dû (€)",
  terminationTitle: "Résiliation anticipée (art. 8) — prorata en jours calendaires",
  endDate: "Date de fin effective de l'affectation",
  endYear: "Année concernée",
  days: "Jours d'affectation dans l'année",
  daysInYear: "Jours de l'année",
  annualDue: "Montant annuel (€)",
  paidYear: "Sommes versées pour l'année (€)",
  proRata: "Montant dû au prorata (€)",
  refund: "À reverser par l'opérateur (€)",
} as const;

/** What Excel says when a typed value breaks a validation rule (its title, then the message). */
export const VALIDATION_TEXT = {
  title: "Saisie refusée",
  date: "Saisissez une date au format jj/mm/aaaa comprise dans la période de la convention.",
  indicator: "Choisissez un indicateur dans la liste.",
  count: "Le nombre doit être un entier supérieur ou égal à 1 (laissez vide pour 1).",
  quartier: "Choisissez un quartier dans la liste (ou « Hors QPV », « Non renseigné »).",
  trancheAge: "Choisissez une tranche d'âge dans la liste.",
  sexe: "Choisissez une valeur dans la liste.",
  precision: "Précision : 255 caractères au plus, sans donnée personnelle.",
  comment: "Commentaire : 500 caractères au plus, sans donnée personnelle ni sensible.",
  author: "Saisi par : 50 caractères au plus (initiales ou fonction).",
  etp: "L'ETP doit être un nombre positif (ex. 0,5).",
  share: "La part doit être comprise entre 0 et 1 (ex. 0,5).",
  cost: "Le coût annuel doit être un montant positif en euros.",
  paidOn: "Saisissez une date au format jj/mm/aaaa.",
  paid: "Le montant versé doit être un nombre positif en euros.",
  endDate: "La date de fin doit être comprise dans la période de la convention.",
} as const;
