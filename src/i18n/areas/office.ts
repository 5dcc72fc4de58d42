import { area } from "../area";

/**
 * Excel's refusals in the user's words: the Office.js adapter's errors, Excel's error codes, operations newer than
 * the manifest's requirement set, and the technical details kept one click away.
 */
export const OFFICE_TEXT = area({
  "office.error.op": {
    fr: "Feuille « {sheet} » : {reason}. Rien n'a été modifié.",
    en: 'Sheet "{sheet}": {reason}. Nothing was changed.',
  },
  "office.error.tableShape": {
    fr: "le tableau « {table} » ({address}) attend {columns} colonne(s) et autant de lignes que sa plage",
    en: 'table "{table}" ({address}) expects {columns} column(s) and as many rows as its range',
  },
  "office.error.tableMissing": {
    fr: "Le tableau « {table} » est introuvable dans le classeur : lancez « Construire / réparer le classeur ».",
    en: 'Table "{table}" is not in the workbook: run "Build / repair the workbook".',
  },
  "office.error.rowWidth": {
    fr: "Ligne {row} : {count} valeur(s) pour les {columns} colonnes du tableau « {table} ». Rien n'a été ajouté.",
    en: 'Row {row}: {count} value(s) for the {columns} columns of table "{table}". Nothing was added.',
  },
  "office.error.errorValue": {
    fr: "Ligne {row}, colonne {column} : la valeur d'erreur {error} ne peut pas être écrite. Rien n'a été ajouté.",
    en: "Row {row}, column {column}: the error value {error} cannot be written. Nothing was added.",
  },
  "office.error.appendPartial": {
    fr: "Les {written} première(s) ligne(s) sur {total} ont été ajoutées au tableau, les suivantes non : {reason}. Avant de relancer, retirez ces {written} ligne(s) du fichier, sinon elles seraient ajoutées deux fois.",
    en: "The first {written} row(s) of {total} were added to the table, the others were not: {reason}. Before running again, remove those {written} row(s) from the file, or they would be added twice.",
  },
  "office.error.markSheet": {
    fr: "Feuille « {sheet} » : les marques n'ont pas pu être posées ({reason}). Les {count} cellule(s) marquée(s) avant restent notées et seront effacées par « Effacer les marques ».",
    en: 'Sheet "{sheet}": the marks could not be added ({reason}). The {count} cell(s) marked before are remembered and "Clear the marks" removes them.',
  },
  "office.error.sheetMissing": {
    fr: "La feuille « {sheet} » n'existe plus dans le classeur : vérifiez de nouveau.",
    en: 'Sheet "{sheet}" is no longer in the workbook: check again.',
  },
  "office.api.missing": {
    fr: "Cette version d'Excel ne permet pas {what} (ExcelApi {version}) : faites-le avec une version récente d'Excel, ou sur le fichier avec la ligne de commande (suivi-convention build).",
    en: "This version of Excel cannot {what} (ExcelApi {version}): do it with a recent Excel, or on the file with the command line (suivi-convention build).",
  },
  "office.api.moveCells": {
    fr: "de déplacer les cellules saisies que la nouvelle période décale",
    en: "move the typed cells the new period shifts",
  },
  "office.api.resizeTable": {
    fr: "d'agrandir le tableau Suivi sur les lignes saisies dessous",
    en: "grow the Suivi table over the rows typed under it",
  },
  "office.code.AccessDenied": {
    fr: "Excel refuse la modification : le classeur ou la feuille est protégé, ou vous n'avez pas le droit de le modifier.",
    en: "Excel refused the change: the workbook or sheet is protected, or you may not edit it.",
  },
  "office.code.ActivityLimitReached": {
    fr: "Excel a atteint sa limite d'activité : attendez un instant puis recommencez.",
    en: "Excel reached its activity limit: wait a moment and try again.",
  },
  "office.code.ApiNotFound": {
    fr: "Cette version d'Excel ne connaît pas une fonction dont le complément a besoin : mettez Excel à jour.",
    en: "This Excel version lacks a function the add-in needs: update Excel.",
  },
  "office.code.Conflict": {
    fr: "Quelqu'un d'autre a modifié le classeur en même temps : recommencez.",
    en: "Someone else changed the workbook at the same time: try again.",
  },
  "office.code.GeneralException": {
    fr: "Excel n'a pas pu faire l'opération. Enregistrez le classeur, puis recommencez.",
    en: "Excel could not do the operation. Save the workbook, then try again.",
  },
  "office.code.InsertDeleteConflict": {
    fr: "Excel ne peut pas insérer ou supprimer ces cellules : un tableau, un filtre ou une cellule fusionnée est sur le chemin.",
    en: "Excel cannot insert or delete these cells: a table, a filter or a merged cell is in the way.",
  },
  "office.code.InvalidArgument": {
    fr: "Excel refuse une valeur que le complément lui a donnée.",
    en: "Excel refused a value the add-in gave it.",
  },
  "office.code.InvalidOperation": {
    fr: "Excel refuse cette opération dans l'état actuel du classeur.",
    en: "Excel refuses this operation in the workbook's current state.",
  },
  "office.code.InvalidOperationInCellEditMode": {
    fr: "Une cellule est en cours de saisie : appuyez sur Entrée ou Échap dans Excel, puis recommencez.",
    en: "A cell is being edited: press Enter or Esc in Excel, then try again.",
  },
  "office.code.InvalidReference": {
    fr: "Une plage ou une feuille attendue n'existe plus dans le classeur.",
    en: "A range or sheet the add-in expected no longer exists in the workbook.",
  },
  "office.code.ItemAlreadyExists": {
    fr: "Un élément de ce nom existe déjà dans le classeur.",
    en: "An item of that name already exists in the workbook.",
  },
  "office.code.ItemNotFound": {
    fr: "Un élément attendu (feuille, tableau ou nom) est introuvable dans le classeur.",
    en: "An expected item (sheet, table or name) was not found in the workbook.",
  },
  "office.code.NotImplemented": {
    fr: "Cette version d'Excel ne sait pas faire cette opération.",
    en: "This Excel version cannot do this operation.",
  },
  "office.code.RequestAborted": {
    fr: "La demande a été interrompue : recommencez.",
    en: "The request was interrupted: try again.",
  },
  "office.code.RequestPayloadSizeLimitExceeded": {
    fr: "La demande envoyée à Excel était trop volumineuse.",
    en: "The request sent to Excel was too large.",
  },
  "office.code.ResponsePayloadSizeLimitExceeded": {
    fr: "La réponse d'Excel était trop volumineuse.",
    en: "Excel's answer was too large.",
  },
  "office.code.UnsupportedOperation": {
    fr: "Cette opération n'est pas prise en charge par cette version d'Excel.",
    en: "This operation is not supported by this Excel version.",
  },
  "office.code.PropertyNotLoaded": {
    fr: "Le complément a lu une valeur qu'Excel ne lui avait pas encore donnée.",
    en: "The add-in read a value Excel had not given it yet.",
  },
  "office.code.other": { fr: "Excel a refusé l'opération : {message}", en: "Excel refused the operation: {message}" },
  "office.details": { fr: "Détails techniques", en: "Technical details" },
  "office.details.copy": { fr: "Copier les détails", en: "Copy the details" },
  "office.details.copied": { fr: "Détails copiés.", en: "Details copied." },
  "office.unknownError": { fr: "erreur inconnue d'Excel.", en: "unknown Excel error." },
} as const);
