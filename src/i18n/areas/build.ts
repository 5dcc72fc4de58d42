import { area } from "../area";

/** Construire: what a build or a repair changed, the sample rows, and the screen. */
export const BUILD_TEXT = area({
  "screen.build.intro": {
    fr: "Crée dans ce classeur les feuilles, tableaux, listes, noms et contrôles de saisie du suivi de la convention, ou répare ce qui manque. Les données saisies ne sont jamais effacées.",
    en: "Creates in this workbook the sheets, tables, lists, names and input checks for tracking the convention, or repairs what is missing. Data already entered is never erased.",
  },
  "screen.build.source": { fr: "Paramètres de la convention", en: "Convention settings" },
  "screen.build.preset": {
    fr: "Convention n° {number} ({partner}, {start} – {end})",
    en: "Convention no. {number} ({partner}, {start} – {end})",
  },
  "screen.build.fromFile": { fr: "Fichier de paramètres JSON", en: "JSON settings file" },
  "screen.build.fileLabel": { fr: "Choisir le fichier de paramètres (.json)", en: "Choose the settings file (.json)" },
  "screen.build.fileLoaded": {
    fr: "Paramètres lus dans « {file} » : convention n° {number}.",
    en: 'Settings read from "{file}": convention no. {number}.',
  },
  "screen.build.fileNotJson": {
    fr: "Le fichier « {file} » n'est pas du JSON valide : {reason}",
    en: 'File "{file}" is not valid JSON: {reason}',
  },
  "screen.build.fileInvalid": {
    fr: "Le fichier « {file} » contient des paramètres invalides :",
    en: 'File "{file}" holds invalid settings:',
  },
  "screen.build.fileMissing": {
    fr: "Choisissez d'abord un fichier de paramètres.",
    en: "Choose a settings file first.",
  },
  "screen.build.sampleRows": {
    fr: "Ajouter des lignes d'exemple au tableau Suivi",
    en: "Add sample rows to the Suivi table",
  },
  "screen.build.run": { fr: "Construire / réparer le classeur", en: "Build / repair the workbook" },
  "screen.build.running": { fr: "Construction en cours…", en: "Building…" },
  "screen.build.complete": { fr: "Le classeur est déjà complet.", en: "The workbook is already complete." },
  "screen.build.created": { fr: "Classeur de suivi créé :", en: "Tracking workbook created:" },
  "screen.build.repaired": { fr: "{count} élément(s) réparé(s) :", en: "{count} item(s) repaired:" },
  "screen.build.failed": { fr: "La construction a échoué : {reason}", en: "The build failed: {reason}" },
  "build.repair.sheetAdded": { fr: "Feuille « {sheet} » créée.", en: 'Sheet "{sheet}" created.' },
  "build.repair.cellsWritten": {
    fr: "Feuille « {sheet} » : contenu écrit à partir de {address}.",
    en: 'Sheet "{sheet}": content written from {address}.',
  },
  "build.repair.valueFilled": {
    fr: "Feuille « {sheet} », cellule {address} : valeur manquante rétablie.",
    en: 'Sheet "{sheet}", cell {address}: missing value restored.',
  },
  "build.repair.formulaRestored": {
    fr: "Feuille « {sheet} », cellule {address} : formule rétablie (elle avait été modifiée ou effacée).",
    en: 'Sheet "{sheet}", cell {address}: formula restored (it had been changed or erased).',
  },
  "build.repair.cellRestored": {
    fr: "Feuille « {sheet} », cellule {address} : libellé rétabli.",
    en: 'Sheet "{sheet}", cell {address}: label restored.',
  },
  "build.repair.tableAdded": {
    fr: "Tableau « {table} » créé sur la feuille « {sheet} ».",
    en: 'Table "{table}" created on sheet "{sheet}".',
  },
  "build.repair.validationAdded": {
    fr: "Feuille « {sheet} », {address} : contrôle de saisie ajouté.",
    en: 'Sheet "{sheet}", {address}: data validation added.',
  },
  "build.repair.validationRestored": {
    fr: "Feuille « {sheet} », {address} : contrôle de saisie rétabli (il avait été supprimé ou modifié).",
    en: 'Sheet "{sheet}", {address}: data validation restored (it had been removed or changed).',
  },
  "build.repair.nameAdded": { fr: "Nom défini « {name} » ajouté.", en: 'Defined name "{name}" added.' },
  "build.repair.nameRestored": {
    fr: "Nom défini « {name} » rétabli sur {address}.",
    en: 'Defined name "{name}" restored to {address}.',
  },
  "build.repair.layout": {
    fr: "Feuille « {sheet} » : mise en forme appliquée.",
    en: 'Sheet "{sheet}": layout applied.',
  },
  "build.repair.columnMissing": {
    fr: "Tableau « {table} » : la colonne « {column} » manque ; elle n'est pas recréée automatiquement pour ne pas déplacer vos données. Ajoutez-la à la fin du tableau.",
    en: 'Table "{table}": column "{column}" is missing; it is not recreated automatically so as not to move your data. Add it at the end of the table.',
  },
  "build.repair.sampleRows": {
    fr: "{count} lignes d'exemple ajoutées au tableau « Suivi ».",
    en: '{count} sample rows added to the "Suivi" table.',
  },
  "build.repair.rowsTakenIn": {
    fr: "{count} ligne(s) saisie(s) sous le tableau « {table} » intégrée(s) au tableau ({ranges}) : elles sont désormais comptées.",
    en: '{count} row(s) typed under the "{table}" table taken into it ({ranges}): they are now counted.',
  },
  "build.repair.cellsPrepared": {
    fr: "Feuille « {sheet} », {address} : cellules de saisie préparées pour les années ajoutées à la période.",
    en: 'Sheet "{sheet}", {address}: input cells prepared for the years added to the period.',
  },
  "build.repair.cellMoved": {
    fr: "Feuille « {sheet} » : la valeur saisie en {from} est déplacée en {to}, avec son format (le bloc a été décalé pour laisser la place aux années de la période).",
    en: 'Sheet "{sheet}": the value typed in {from} moves to {to}, with its format (the block was shifted to make room for the period\'s years).',
  },
  "build.repair.stalePayments": {
    fr: "Feuille « {sheet} », ligne {row} (celle de {year}) : ce n'est plus une ligne d'année de la période, ses formules sont retirées ; les montants et dates saisis ({cells}) sont conservés à leur place.",
    en: 'Sheet "{sheet}", row {row} ({year}\'s): it is no longer a year row of the period, its formulas are removed; the amounts and dates typed ({cells}) stay where they are.',
  },
  "build.repair.costsRowsAdded": {
    fr: "Tableau « {table} » : {count} année(s) ajoutée(s) sous les lignes existantes ({years}) ; saisissez leur coût.",
    en: 'Table "{table}": {count} year(s) added under the existing rows ({years}); enter their cost.',
  },
  "build.repair.paymentsYearChanged": {
    fr: "Feuille « {sheet} », ligne {row} : la période commence à une autre année, cette ligne est désormais celle de {now} (elle était celle de {was}). Les montants et dates saisis ({cells}) y restent : déplacez-les sur la ligne de {was} s'ils concernent {was}.",
    en: "Sheet \"{sheet}\", row {row}: the period starts in another year, this row is now {now}'s (it was {was}'s). The amounts and dates typed ({cells}) stay there: move them to {was}'s row if they concern {was}.",
  },
  "file.build.intro": {
    fr: "Sans Excel, le volet travaille sur des fichiers : créez un classeur de suivi neuf, ou choisissez un classeur .xlsx à réparer (les données saisies ne sont jamais effacées). Le résultat vous est proposé en téléchargement.",
    en: "Without Excel, the pane works on files: create a new tracking workbook, or choose an .xlsx workbook to repair (data already entered is never erased). The result is offered as a download.",
  },
  "file.build.target": { fr: "Classeur", en: "Workbook" },
  "file.build.new": { fr: "Nouveau classeur", en: "New workbook" },
  "file.build.existing": { fr: "Réparer un classeur existant", en: "Repair an existing workbook" },
  "file.build.chooseExisting": { fr: "Classeur à réparer (.xlsx)", en: "Workbook to repair (.xlsx)" },
  "file.build.chooseFirst": {
    fr: "Choisissez d'abord le classeur à réparer (.xlsx).",
    en: "Choose the workbook to repair (.xlsx) first.",
  },
  "file.build.sampleCount": { fr: "Nombre de lignes d'exemple (1 à {max})", en: "Number of sample rows (1 to {max})" },
  "file.build.sampleInvalid": {
    fr: "Nombre de lignes d'exemple « {value} » invalide : saisissez un nombre entier de 1 à {max}.",
    en: 'Number of sample rows "{value}" is invalid: enter a whole number from 1 to {max}.',
  },
  "file.build.newName": { fr: "suivi-convention-{number}.xlsx", en: "suivi-convention-{number}.xlsx" },
  "file.build.downloadHint": {
    fr: "Rien n'est enregistré tant que vous n'avez pas téléchargé le classeur. Ouvrez-le ensuite dans Excel ou LibreOffice : les formules se recalculent à l'ouverture.",
    en: "Nothing is saved until you download the workbook. Then open it in Excel or LibreOffice: formulas recalculate on opening.",
  },
  "build.sample.refused": {
    fr: "Le tableau Suivi de « {file} » contient déjà {count} ligne(s) : des lignes d'exemple s'y mêleraient sans qu'on puisse les distinguer. --sample ne s'utilise que pour un nouveau classeur.",
    en: 'The Suivi table of "{file}" already holds {count} row(s): sample rows would mix with them with no way to tell them apart. --sample is only for a new workbook.',
  },
  "build.sample.refusedPane": {
    fr: "Le tableau Suivi contient déjà {count} ligne(s) : les lignes d'exemple ne s'ajoutent qu'à un classeur neuf.",
    en: "The Suivi table already holds {count} row(s): sample rows are only added to a new workbook.",
  },
} as const);
