import { area } from "../area";

/** Importer: reading the source file and its headings, the rows refused, the target workbook, and the screen. */
export const IMPORT_TEXT = area({
  "import.source.utf16": {
    fr: "Le fichier est encodé en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».",
    en: 'The file is UTF-16 encoded ("Unicode Text"): save it as "CSV UTF-8" or "CSV (semicolon delimited)".',
  },
  "import.source.malformed": {
    fr: "Ligne {line} : guillemets mal fermés, le fichier CSV ne peut pas être lu.",
    en: "Line {line}: unbalanced quotes, the CSV file cannot be read.",
  },
  "import.source.empty": {
    fr: "Le fichier ne contient aucune ligne d'en-tête : rien à importer.",
    en: "The file has no heading row: nothing to import.",
  },
  "import.source.noRows": {
    fr: "Le fichier ne contient que la ligne d'en-tête : aucune ligne à importer.",
    en: "The file holds only the heading row: no row to import.",
  },
  "import.source.mixedEncoding": {
    fr: "Encodage mélangé : la ou les ligne(s) {lines} sont en Windows-1252, les autres en UTF-8. Chaque ligne a été lue dans son encodage ; vérifiez les accents de ces lignes.",
    en: "Mixed encoding: line(s) {lines} are Windows-1252, the others UTF-8. Each line was read in its own encoding; check the accents on these lines.",
  },
  "import.heading.blank": {
    fr: "La colonne n° {position} n'a pas de titre : ses valeurs sont ignorées.",
    en: "Column no. {position} has no heading: its values are ignored.",
  },
  "import.heading.unknown": {
    fr: "Colonne « {heading} » non reconnue : elle est ignorée.",
    en: 'Column "{heading}" not recognised: it is ignored.',
  },
  "import.heading.calculated": {
    fr: "Colonne « {heading} » ignorée : elle est calculée dans le tableau de suivi.",
    en: 'Column "{heading}" ignored: the tracking table calculates it.',
  },
  "import.heading.duplicate": {
    fr: "Les colonnes « {earlier} » et « {heading} » correspondent toutes deux à « {column} » : gardez-en une seule.",
    en: 'Columns "{earlier}" and "{heading}" both stand for "{column}": keep only one.',
  },
  "import.heading.required": {
    fr: "Colonne « {column} » absente : elle est obligatoire pour importer.",
    en: 'Column "{column}" missing: it is required to import.',
  },
  "import.heading.garbled": {
    fr: "Ligne {line} : l'en-tête « {heading} » contient des caractères mal décodés : enregistrez le fichier en « CSV UTF-8 » et importez de nouveau (la colonne ne sera pas abandonnée en silence).",
    en: 'Line {line}: the heading "{heading}" holds wrongly decoded characters: save the file as "CSV UTF-8" and import again (the column is not silently dropped).',
  },
  "import.row.nothing": {
    fr: "Ligne {line} : aucune des colonnes reconnues n'est remplie, la ligne n'est pas importée.",
    en: "Line {line}: none of the recognised columns is filled, the row is not imported.",
  },
  "import.row.tooManyFields": {
    fr: "Ligne {line} : {count} champs pour {headings} colonnes d'en-tête (un « {delimiter} » de trop dans une valeur ?). Mettez la valeur entre guillemets ou retirez le séparateur : la ligne n'est pas importée, pour ne pas décaler ses valeurs.",
    en: 'Line {line}: {count} fields for {headings} heading columns (one "{delimiter}" too many inside a value?). Quote the value or remove the delimiter: the row is not imported, so that its values are not shifted.',
  },
  "import.row.alreadyPresent": {
    fr: "{count} ligne(s) déjà présente(s) dans le tableau Suivi (mêmes valeurs dans chaque colonne) : non importée(s) à nouveau. Pour les importer quand même, relancez avec --allow-duplicates.",
    en: "{count} row(s) already in the Suivi table (same values in every column): not imported again. To import them anyway, run again with --allow-duplicates.",
  },
  "import.row.alreadyPresentLines": { fr: "Lignes déjà présentes : {lines}.", en: "Rows already present: {lines}." },
  "import.table.missing": {
    fr: "Le classeur n'a pas de tableau « {table} » : lancez d'abord « suivi-convention build » sur ce classeur, puis importez de nouveau.",
    en: 'The workbook has no "{table}" table: run "suivi-convention build" on it first, then import again.',
  },
  "import.table.columnMissing": {
    fr: "La colonne « {column} » manque dans le tableau « {table} » du classeur : ajoutez-la de nouveau, avec exactement ce nom, à la fin du tableau (la réparation ne la recrée pas, pour ne pas déplacer vos données), puis importez de nouveau.",
    en: 'Column "{column}" is missing from the workbook\'s "{table}" table: add it back, with exactly this name, at the end of the table (a repair does not recreate it, so as not to move your data), then import again.',
  },
  "import.table.queryTable": {
    fr: "Le tableau « {table} » est relié à une source de données externe (requête) : ses lignes ne sont pas de simples cellules, rien n'a été écrit. Convertissez-le en tableau simple dans Excel (Création de tableau > Convertir en plage, puis Insertion > Tableau).",
    en: 'Table "{table}" is linked to an external data source (query): its rows are not plain cells, nothing was written. Convert it to a plain table in Excel.',
  },
  "import.table.totalsRow": {
    fr: "Le tableau « {table} » a une ligne de total : les lignes importées iraient sous le total, rien n'a été écrit. Décochez « Ligne de total » dans Excel (Création de tableau), importez, puis remettez-la.",
    en: 'Table "{table}" has a totals row: imported rows would go below it, nothing was written. Untick "Total Row" in Excel, import, then tick it again.',
  },
  "import.table.merged": {
    fr: "Le tableau « {table} » contient des cellules fusionnées (ou en a juste en dessous) : ses lignes ne sont pas de simples cellules, rien n'a été écrit. Annulez la fusion dans Excel, puis importez de nouveau.",
    en: 'Table "{table}" contains merged cells (or has some just below it): its rows are not plain cells, nothing was written. Unmerge them in Excel, then import again.',
  },
  "import.table.noHeader": {
    fr: "Le tableau « {table} » n'a pas de ligne d'en-tête : les colonnes ne peuvent pas être reconnues, rien n'a été écrit. Cochez « Ligne d'en-tête » dans Excel (Création de tableau), puis importez de nouveau.",
    en: 'Table "{table}" has no header row: its columns cannot be recognised, nothing was written. Tick "Header Row" in Excel, then import again.',
  },
  "import.table.rowsBelow": {
    fr: "{count} ligne(s) saisie(s) sous le tableau « {table} », hors du tableau ({ranges}) : l'import écrirait par-dessus. Lancez d'abord « suivi-convention build » sur ce classeur pour les intégrer au tableau (ou « Construire / réparer » dans le complément), puis importez de nouveau.",
    en: '{count} row(s) typed under the "{table}" table, outside it ({ranges}): the import would write over them. Run "suivi-convention build" on this workbook first to take them into the table (or "Build / repair" in the add-in), then import again.',
  },
  "import.noValidRow": { fr: "Aucune ligne valide à importer.", en: "No valid row to import." },
  "import.sourceKind": {
    fr: "« {file} » : seuls les fichiers .csv et .xlsx peuvent être importés (un .xls s'enregistre en .xlsx depuis Excel).",
    en: '"{file}": only .csv and .xlsx files can be imported (save an .xls as .xlsx from Excel).',
  },
  "import.sameFile": {
    fr: "Le fichier à importer est le classeur lui-même : ses lignes seraient doublées.",
    en: "The file to import is the workbook itself: its rows would be doubled.",
  },
  "file.import.targetFirst": {
    fr: "Choisissez d'abord le classeur de suivi (.xlsx) qui reçoit les lignes.",
    en: "Choose the tracking workbook (.xlsx) that receives the rows first.",
  },
  "file.import.sourceFirst": {
    fr: "Choisissez le fichier à importer (.csv ou .xlsx).",
    en: "Choose the file to import (.csv or .xlsx).",
  },
  "file.import.failed": {
    fr: "L'import a échoué : {reason} Aucune ligne n'a été ajoutée.",
    en: "The import failed: {reason} No row was added.",
  },
  "screen.import.intro": {
    fr: "Ajoute à la fin du tableau Suivi d'un classeur les lignes d'un fichier CSV ou d'un autre classeur .xlsx, sans toucher aux lignes existantes. Chaque ligne est contrôlée avant d'être ajoutée ; le classeur mis à jour vous est proposé en téléchargement.",
    en: "Appends to the Suivi table of a workbook the rows of a CSV file or of another .xlsx workbook, leaving existing rows untouched. Every row is checked before it is added; the updated workbook is offered as a download.",
  },
  "screen.import.introExcel": {
    fr: "Ajoute à la fin du tableau Suivi de ce classeur les lignes d'un fichier CSV ou d'un autre classeur .xlsx, sans toucher aux lignes existantes. Chaque ligne est contrôlée avant d'être ajoutée.",
    en: "Appends to the Suivi table of this workbook the rows of a CSV file or of another .xlsx workbook, leaving existing rows untouched. Every row is checked before it is added.",
  },
  "screen.import.target": {
    fr: "Classeur de suivi qui reçoit les lignes (.xlsx)",
    en: "Tracking workbook that receives the rows (.xlsx)",
  },
  "screen.import.source": { fr: "Fichier à importer (.csv ou .xlsx)", en: "File to import (.csv or .xlsx)" },
  "screen.import.skipInvalid": {
    fr: "Importer les lignes valides et écarter les autres (sinon, rien n'est importé tant qu'une ligne est en erreur)",
    en: "Import the valid rows and leave out the others (otherwise nothing is imported while a row has an error)",
  },
  "screen.import.run": { fr: "Importer", en: "Import" },
  "screen.import.running": { fr: "Import en cours…", en: "Importing…" },
  "screen.import.imported": {
    fr: "{count} ligne(s) de « {file} » ajoutée(s) au tableau Suivi.",
    en: '{count} row(s) of "{file}" appended to the Suivi table.',
  },
  "screen.import.refused": {
    fr: "Import refusé : aucune ligne de « {file} » n'a été ajoutée.",
    en: 'Import refused: no row of "{file}" was added.',
  },
  "screen.import.counts": {
    fr: "{read} ligne(s) lue(s), {imported} importée(s), {rejected} écartée(s) pour erreur, {skipped} vide(s).",
    en: "{read} row(s) read, {imported} imported, {rejected} left out for errors, {skipped} empty.",
  },
  "screen.import.skipHint": {
    fr: "Corrigez ces lignes dans le fichier, ou cochez « Importer les lignes valides » pour écarter seulement celles-ci.",
    en: 'Fix these rows in the file, or tick "Import the valid rows" to leave out only these.',
  },
  "screen.import.downloadHint": {
    fr: "Le classeur mis à jour n'est enregistré qu'une fois téléchargé : remplacez l'ancien par celui-ci.",
    en: "The updated workbook is saved only once downloaded: replace the old one with it.",
  },
  "screen.import.wholeFile": { fr: "Fichier", en: "File" },
  "screen.import.line": { fr: "Ligne {line}", en: "Line {line}" },
  "screen.import.lineColumn": { fr: "Ligne {line}, colonne « {column} »", en: 'Line {line}, column "{column}"' },
  "screen.import.tableMissing": {
    fr: "Le classeur choisi n'a pas de tableau « {table} » : dans l'onglet Construire, choisissez « Réparer un classeur existant », téléchargez le classeur réparé, puis importez dans celui-ci.",
    en: 'The chosen workbook has no "{table}" table: in the Build tab, choose "Repair an existing workbook", download the repaired workbook, then import into it.',
  },
  "screen.import.tableMissingExcel": {
    fr: "Ce classeur n'a pas de tableau « {table} » : dans l'onglet Construire, lancez « Construire / réparer le classeur », puis importez de nouveau.",
    en: 'This workbook has no "{table}" table: in the Build tab, run "Build / repair the workbook", then import again.',
  },
} as const);
