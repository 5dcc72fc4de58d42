import { area } from "../area";

/** The Accueil screen: where the workbook stands and the one action that matters now. */
export const HOME_TEXT = area({
  "home.title": { fr: "Où en est le classeur", en: "Where the workbook stands" },
  "home.introFile": {
    fr: "Hors d'Excel, le complément travaille sur un fichier : choisissez le classeur de suivi (.xlsx) pour voir où il en est, ou créez-en un nouveau.",
    en: "Outside Excel, the add-in works on a file: choose the tracking workbook (.xlsx) to see where it stands, or create a new one.",
  },
  "home.file": { fr: "Classeur de suivi (.xlsx)", en: "Tracking workbook (.xlsx)" },
  "home.newWorkbook": { fr: "Créer un nouveau classeur", en: "Create a new workbook" },
  "home.reading": { fr: "Lecture du classeur…", en: "Reading the workbook…" },
  "home.readFailed": { fr: "Impossible de lire le classeur : {reason}", en: "Cannot read the workbook: {reason}" },
  "home.workbook": { fr: "Classeur", en: "Workbook" },
  "home.built": { fr: "construit (convention n° {number})", en: "built (convention no. {number})" },
  "home.notBuilt": { fr: "pas encore construit", en: "not built yet" },
  "home.incomplete": { fr: "incomplet : il manque {sheets}", en: "incomplete: {sheets} missing" },
  "home.rows": { fr: "Lignes de suivi", en: "Tracking rows" },
  "home.lastEntry": { fr: "Dernière saisie", en: "Last entry" },
  "home.none": { fr: "aucune", en: "none" },
  "home.lastCheck": { fr: "Dernière vérification", en: "Last check" },
  "home.checked": {
    fr: "le {date} : {errors} erreur(s), {warnings} avertissement(s)",
    en: "on {date}: {errors} error(s), {warnings} warning(s)",
  },
  "home.neverChecked": { fr: "pas encore faite", en: "not done yet" },
  "home.nextEvaluation": { fr: "Prochaine évaluation", en: "Next evaluation" },
  "home.ended": { fr: "convention terminée le {end}", en: "convention ended on {end}" },
  "home.remaining": { fr: "Reste à payer en {year}", en: "Left to pay in {year}" },
  "home.remainingUnknown": { fr: "coût de l'année non renseigné", en: "the year's cost is not entered" },
  "home.action.build": { fr: "Construire le classeur", en: "Build the workbook" },
  "home.action.check": { fr: "Vérifier le classeur", en: "Check the workbook" },
  "home.action.entry": { fr: "Saisir un acte", en: "Log an act" },
  "home.period": {
    fr: "Convention du {start} au {end} entre {partner} et {operator}.",
    en: "Convention from {start} to {end} between {partner} and {operator}.",
  },
} as const);
