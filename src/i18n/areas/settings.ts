import { area } from "../area";

/** The Paramètres screen: the convention's settings, checked as they are typed. */
export const SETTINGS_TEXT = area({
  "settings.introExcel": {
    fr: "Les paramètres de la convention, vérifiés pendant la frappe : écrivez-les dans la feuille Paramètres du classeur, ou enregistrez-les en fichier JSON pour la ligne de commande (--convention).",
    en: "The convention's settings, checked as you type: write them to the workbook's Paramètres sheet, or save them as a JSON file for the command line (--convention).",
  },
  "settings.introFile": {
    fr: "Les paramètres de la convention, vérifiés pendant la frappe, enregistrés en fichier JSON : Construire et la ligne de commande (--convention) le prennent.",
    en: "The convention's settings, checked as you type, saved as a JSON file: Build and the command line (--convention) take it.",
  },
  "settings.load": {
    fr: "Partir d'un fichier de paramètres (.json, facultatif)",
    en: "Start from a settings file (.json, optional)",
  },
  "settings.loaded": { fr: "Paramètres de « {file} » chargés.", en: "Settings from {file} loaded." },
  "settings.form": { fr: "Paramètres de la convention", en: "Convention settings" },
  "settings.number": { fr: "Numéro de la convention", en: "Convention number" },
  "settings.partner": { fr: "Collectivité partenaire", en: "Partner authority" },
  "settings.operator": { fr: "Opérateur", en: "Operator" },
  "settings.operatorHint": {
    fr: "Pôle emploi jusqu'en 2023, France Travail depuis le 1er janvier 2024.",
    en: "Pôle emploi until 2023, France Travail since 1 January 2024.",
  },
  "settings.start": { fr: "Début", en: "Start" },
  "settings.end": { fr: "Fin", en: "End" },
  "settings.endHint": {
    fr: "Un avenant qui prolonge la convention ajoute une année.",
    en: "An amendment extending the convention adds a year.",
  },
  "settings.etp": { fr: "Quotité du poste (ETP, ex. 0,5)", en: "Post's share (FTE, e.g. 0.5)" },
  "settings.costs": { fr: "Coût annuel d'un poste à temps plein", en: "Yearly cost of a full-time post" },
  "settings.cost": { fr: "Coût {year} (€)", en: "{year} cost (€)" },
  "settings.note": { fr: "Source {year} (annexe, avenant)", en: "{year} source (annex, amendment)" },
  "settings.invalid": { fr: "À corriger avant d'enregistrer :", en: "To correct before saving:" },
  "settings.write": { fr: "Écrire dans la feuille Paramètres", en: "Write to the Paramètres sheet" },
  "settings.writing": { fr: "Écriture des paramètres…", en: "Writing the settings…" },
  "settings.reading": { fr: "Lecture de la feuille Paramètres…", en: "Reading the Paramètres sheet…" },
  "settings.readFailed": {
    fr: "La feuille Paramètres n'a pas pu être lue : {reason}",
    en: "The Paramètres sheet could not be read: {reason}",
  },
  "settings.written": {
    fr: "Paramètres écrits dans le classeur ; les feuilles qui en dépendent sont à jour.",
    en: "Settings written to the workbook; the sheets that depend on them are up to date.",
  },
  "settings.writeFailed": {
    fr: "Les paramètres n'ont pas été écrits : {reason}",
    en: "The settings were not written: {reason}",
  },
  "settings.download": { fr: "Télécharger {file}", en: "Download {file}" },
} as const);
