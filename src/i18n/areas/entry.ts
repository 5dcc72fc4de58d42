import { area } from "../area";

/** The Saisie screen: the counsellor's daily entry, one act per Enter. */
export const ENTRY_TEXT = area({
  "entry.introExcel": {
    fr: "Chaque acte en une ligne du tableau Suivi : remplissez, puis Entrée. Les règles de Vérifier s'appliquent pendant la frappe ; rien n'est écrit tant qu'une erreur reste.",
    en: "Each act as one row of the Suivi table: fill in, then press Enter. The Check rules apply as you type; nothing is written while an error remains.",
  },
  "entry.introFile": {
    fr: "Choisissez le classeur de suivi (.xlsx) : chaque Entrée ajoute une ligne à son tableau Suivi, et le classeur complété vous est proposé en téléchargement. Votre fichier d'origine n'est pas modifié.",
    en: "Choose the tracking workbook (.xlsx): each Enter adds a row to its Suivi table, and the updated workbook is offered as a download. Your original file is not changed.",
  },
  "entry.file": { fr: "Classeur de suivi (.xlsx)", en: "Tracking workbook (.xlsx)" },
  "entry.reading": { fr: "Lecture du classeur…", en: "Reading the workbook…" },
  "entry.readFailed": { fr: "Impossible de lire le classeur : {reason}", en: "Cannot read the workbook: {reason}" },
  "entry.form": { fr: "Nouvel acte", en: "New act" },
  "entry.date": { fr: "Date", en: "Date" },
  "entry.count": { fr: "Nombre", en: "Count" },
  "entry.indicator": { fr: "Indicateur", en: "Indicator" },
  "entry.indicatorHint": {
    fr: "Tapez une partie du libellé ou du code (ex. « entretien », « MER »).",
    en: "Type part of the label or the code (e.g. entretien, MER).",
  },
  "entry.indicatorPlaceholder": { fr: "Rechercher un indicateur", en: "Search for an indicator" },
  "entry.quartier": { fr: "Quartier", en: "Neighbourhood" },
  "entry.trancheAge": { fr: "Tranche d'âge", en: "Age band" },
  "entry.sexe": { fr: "Sexe", en: "Sex" },
  "entry.notGiven": { fr: "(non saisi)", en: "(not entered)" },
  "entry.precision": { fr: "Précision", en: "Detail" },
  "entry.precisionHint": {
    fr: "Précisions déjà saisies pour cet indicateur proposées dans la liste.",
    en: "Details already entered for this indicator are offered in the list.",
  },
  "entry.commentaire": { fr: "Commentaire", en: "Comment" },
  "entry.commentaireHint": {
    fr: "Jamais de santé, d'origine, de religion, de situation sociale ni de coordonnées de la personne.",
    en: "Never the person's health, origin, religion, social situation or contact details.",
  },
  "entry.add": { fr: "Ajouter la ligne", en: "Add the row" },
  "entry.enterHint": {
    fr: "Entrée ajoute la ligne ; le formulaire reste prêt pour la suivante.",
    en: "Enter adds the row; the form stays ready for the next one.",
  },
  "entry.blocked": {
    fr: "Corrigez les champs signalés : la ligne n'est pas ajoutée tant qu'une erreur reste.",
    en: "Correct the fields marked: the row is not added while an error remains.",
  },
  "entry.added": {
    fr: "Ligne ajoutée au tableau Suivi (ligne {row} de la feuille).",
    en: "Row added to the Suivi table (sheet row {row}).",
  },
  "entry.addFailed": { fr: "La ligne n'a pas été ajoutée : {reason}", en: "The row was not added: {reason}" },
  "entry.sitting": { fr: "Ajoutées pendant cette saisie ({count})", en: "Added in this sitting ({count})" },
  "entry.undo": { fr: "Annuler la dernière ligne", en: "Undo the last row" },
  "entry.undone": { fr: "Dernière ligne retirée du tableau Suivi.", en: "Last row removed from the Suivi table." },
  "entry.undoGone": {
    fr: "La dernière ligne ajoutée n'est plus dans le tableau Suivi (modifiée ou supprimée entre-temps) : rien n'a été retiré.",
    en: "The last row added is no longer in the Suivi table (changed or deleted meanwhile): nothing was removed.",
  },
  "entry.undoFailed": {
    fr: "La ligne n'a pas pu être retirée : {reason}",
    en: "The row could not be removed: {reason}",
  },
  "entry.download": {
    fr: "Télécharger {file} ({count} ligne(s) ajoutée(s))",
    en: "Download {file} ({count} row(s) added)",
  },
} as const);
