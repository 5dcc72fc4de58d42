import { area } from "../area";

/**
 * Vérifier: the findings of a check (what is wrong and how to fix it, personal data included), their titles, the
 * report and the screen.
 */
export const CHECK_TEXT = area({
  "screen.check.intro": {
    fr: "Contrôle la structure du classeur et chaque ligne du tableau Suivi (dates, indicateurs, listes, doublons, données personnelles).",
    en: "Checks the workbook's structure and every row of the Suivi table (dates, indicators, lists, duplicates, personal data).",
  },
  "screen.check.run": { fr: "Vérifier", en: "Check" },
  "screen.check.running": { fr: "Vérification en cours…", en: "Checking…" },
  "screen.check.summary": {
    fr: "{errors} erreur(s), {warnings} avertissement(s) sur {rows} ligne(s).",
    en: "{errors} error(s), {warnings} warning(s) in {rows} row(s).",
  },
  "screen.check.ok": { fr: "Aucun problème trouvé.", en: "No problem found." },
  "screen.check.errors": { fr: "Erreurs", en: "Errors" },
  "screen.check.warnings": { fr: "Avertissements", en: "Warnings" },
  "screen.check.group": { fr: "{title} ({count})", en: "{title} ({count})" },
  "screen.check.where": { fr: "{sheet}!{cell}", en: "{sheet}!{cell}" },
  "screen.check.whereSheet": { fr: "Feuille {sheet}", en: "Sheet {sheet}" },
  "screen.check.goTo": { fr: "Sélectionner la cellule {sheet}!{cell}", en: "Select cell {sheet}!{cell}" },
  "screen.check.mark": { fr: "Marquer dans la feuille", en: "Mark in the sheet" },
  "screen.check.unmark": { fr: "Effacer les marques", en: "Clear the marks" },
  "screen.check.marked": {
    fr: "{count} cellule(s) marquée(s) en rouge clair. « Effacer les marques » les retire sans toucher aux valeurs ni à votre mise en forme.",
    en: '{count} cell(s) marked in light red. "Clear the marks" removes them without touching values or your formatting.',
  },
  "screen.check.unmarked": { fr: "{count} marque(s) effacée(s).", en: "{count} mark(s) cleared." },
  "screen.check.failed": { fr: "La vérification a échoué : {reason}", en: "The check failed: {reason}" },
  "screen.check.actionFailed": { fr: "L'action a échoué : {reason}", en: "The action failed: {reason}" },
  "screen.check.more": {
    fr: "… et {count} autre(s), non affichée(s) : corrigez les premières puis vérifiez de nouveau.",
    en: "… and {count} more, not shown: fix the first ones, then check again.",
  },
  "check.repairHint": {
    fr: "Lancez « Construire / réparer le classeur » (ou la commande build) pour la rétablir sans toucher aux données.",
    en: 'Run "Build / repair the workbook" (or the build command) to restore it without touching the data.',
  },
  "check.sheetMissing": {
    fr: "La feuille « {sheet} » est absente du classeur. {hint}",
    en: 'Sheet "{sheet}" is missing from the workbook. {hint}',
  },
  "check.tableMissing": {
    fr: "Le tableau « {table} » est absent de la feuille « {sheet} » : les lignes ne peuvent pas être vérifiées ni comptées. {hint}",
    en: 'Table "{table}" is missing from sheet "{sheet}": its rows can be neither checked nor counted. {hint}',
  },
  "check.columnMissing": {
    fr: "La colonne « {column} » du tableau Suivi a été renommée ou supprimée : les indicateurs qui la lisent sont faux. Redonnez-lui exactement le nom « {column} ». {hint}",
    en: 'Column "{column}" of the Suivi table was renamed or deleted: the indicators that read it are wrong. Give it back the exact name "{column}". {hint}',
  },
  "check.nameMissing": {
    fr: "Le nom défini {name} est absent ou ne désigne plus {expected} : les formules qui l'utilisent sont fausses. {hint}",
    en: "Defined name {name} is missing or no longer refers to {expected}: the formulas that use it are wrong. {hint}",
  },
  "check.formulaAltered": {
    fr: "Cellule {cell} de la feuille « {sheet} » : la formule a été remplacée ou modifiée (trouvé : {found}). {hint}",
    en: 'Cell {cell} of sheet "{sheet}": the formula was replaced or changed (found: {found}). {hint}',
  },
  "check.formulaAltered.empty": { fr: "rien", en: "nothing" },
  "check.validationMissing": {
    fr: "La liste ou le contrôle de saisie de la plage {cell} (feuille « {sheet} ») a disparu : les saisies ne sont plus contrôlées. {hint}",
    en: 'The list or input rule of range {cell} (sheet "{sheet}") is gone: entries are no longer checked. {hint}',
  },
  "check.cellError": {
    fr: "Cellule {cell} : la cellule affiche l'erreur {value}. Ressaisissez la valeur ou corrigez la formule.",
    en: "Cell {cell}: the cell shows the error {value}. Type the value again or fix the formula.",
  },
  "check.dateMissing": {
    fr: "Ligne {row} : la date est vide (cellule {cell}). Saisissez la date de l'action au format jj/mm/aaaa.",
    en: "Row {row}: the date is empty (cell {cell}). Enter the date of the action as dd/mm/yyyy.",
  },
  "check.dateInvalid.noSuchDay": {
    fr: "Date « {value} » invalide en {cell} : ce jour n'existe pas. Saisissez la date au format jj/mm/aaaa.",
    en: 'Date "{value}" in {cell} is invalid: this day does not exist. Enter the date as dd/mm/yyyy.',
  },
  "check.dateInvalid.notADate": {
    fr: "Cellule {cell} : « {value} » n'est pas une date. Saisissez la date au format jj/mm/aaaa.",
    en: 'Cell {cell}: "{value}" is not a date. Enter the date as dd/mm/yyyy.',
  },
  "check.dateInvalid.implausible": {
    fr: "Cellule {cell} : le nombre {value} ne correspond à aucune date plausible. Saisissez la date au format jj/mm/aaaa.",
    en: "Cell {cell}: the number {value} is no plausible date. Enter the date as dd/mm/yyyy.",
  },
  "check.dateInvalid.text": {
    fr: "Cellule {cell} : la date « {value} » est saisie comme du texte, les indicateurs ne la comptent pas. Ressaisissez-la comme une date (jj/mm/aaaa).",
    en: 'Cell {cell}: the date "{value}" is stored as text, so the indicators do not count it. Enter it again as a date (dd/mm/yyyy).',
  },
  "check.dateOutOfPeriod": {
    fr: "Cellule {cell} : le {value} est en dehors de la convention (du {start} au {end}). Vérifiez l'année, ou retirez la ligne si l'action ne relève pas de cette convention.",
    en: "Cell {cell}: {value} is outside the convention (from {start} to {end}). Check the year, or remove the row if the action is not part of this convention.",
  },
  "check.dateInFuture": {
    fr: "Cellule {cell} : le {value} est dans le futur (nous sommes le {today}). Le suivi enregistre les actions réalisées : corrigez la date.",
    en: "Cell {cell}: {value} is in the future (today is {today}). The tracking records actions already done: correct the date.",
  },
  "check.indicatorMissing": {
    fr: "Ligne {row} : l'indicateur est vide (cellule {cell}). Choisissez-le dans la liste déroulante.",
    en: "Row {row}: the indicator is empty (cell {cell}). Pick it from the drop-down list.",
  },
  "check.indicatorUnknown": {
    fr: "Cellule {cell} : l'indicateur « {value} » ne fait pas partie de la convention, il n'est compté nulle part. Vouliez-vous dire « {closest} » ? Choisissez-le dans la liste déroulante.",
    en: 'Cell {cell}: indicator "{value}" is not part of the convention, so it is counted nowhere. Did you mean "{closest}"? Pick it from the drop-down list.',
  },
  "check.indicatorUnknown.noClosest": {
    fr: "Cellule {cell} : l'indicateur « {value} » ne fait pas partie de la convention, il n'est compté nulle part. Choisissez un indicateur dans la liste déroulante.",
    en: 'Cell {cell}: indicator "{value}" is not part of the convention, so it is counted nowhere. Pick an indicator from the drop-down list.',
  },
  "check.countInvalid": {
    fr: "Cellule {cell} : « {value} » n'est pas un nombre valide ({reason}). Saisissez un nombre entier à partir de 1, ou laissez la cellule vide pour compter 1.",
    en: 'Cell {cell}: "{value}" is not a valid count ({reason}). Enter a whole number from 1, or leave the cell empty to count 1.',
  },
  "check.countInvalid.zero": { fr: "zéro", en: "zero" },
  "check.countInvalid.negative": { fr: "nombre négatif", en: "negative number" },
  "check.countInvalid.decimal": { fr: "nombre décimal", en: "decimal number" },
  "check.countInvalid.text": { fr: "texte", en: "text" },
  "check.countInvalid.tooLarge": { fr: "plus de {max}", en: "more than {max}" },
  "check.valueUnknown": {
    fr: "Cellule {cell} : « {value} » ne fait pas partie de la liste « {column} ». Vouliez-vous dire « {closest} » ? Choisissez une valeur dans la liste déroulante.",
    en: 'Cell {cell}: "{value}" is not in the "{column}" list. Did you mean "{closest}"? Pick a value from the drop-down list.',
  },
  "check.valueUnknown.noClosest": {
    fr: "Cellule {cell} : « {value} » ne fait pas partie de la liste « {column} » (valeurs possibles : {allowed}). Choisissez une valeur dans la liste déroulante.",
    en: 'Cell {cell}: "{value}" is not in the "{column}" list (allowed: {allowed}). Pick a value from the drop-down list.',
  },
  "check.duplicateRow": {
    fr: "Ligne {row} identique à la ligne {first}. S'il s'agit d'un doublon, supprimez-la ; s'il s'agit de deux actions distinctes, vous pouvez ignorer cet avertissement.",
    en: "Row {row} is identical to row {first}. If it is a duplicate, delete it; if these are two distinct actions, you can ignore this warning.",
  },
  "check.sensitive": {
    fr: "Cellule {cell} : {terms} renseigne sur {category}. La convention (art. 9) et le RGPD interdisent de l'enregistrer : supprimez ce passage ou reformulez ; {advice}",
    en: "Cell {cell}: {terms} reveals {category}. The convention (art. 9) and the GDPR forbid recording it: delete this passage or rephrase it; {advice}",
  },
  "check.sensitive.review": {
    fr: "Cellule {cell}, à vérifier : {terms} peut renseigner sur {category}, selon de qui ou de quoi parle la note. Si c'est la personne suivie, {advice}",
    en: "Cell {cell}, to be checked: {terms} may reveal {category}, depending on whom or what the note is about. If it is the person followed, {advice}",
  },
  "check.category.health": { fr: "la santé ou le handicap de la personne", en: "the person's health or disability" },
  "check.category.origin": {
    fr: "l'origine ou la nationalité de la personne",
    en: "the person's origin or nationality",
  },
  "check.category.religion": {
    fr: "la religion ou les convictions de la personne",
    en: "the person's religion or beliefs",
  },
  "check.category.opinion": {
    fr: "les opinions politiques ou syndicales de la personne",
    en: "the person's political opinions or union membership",
  },
  "check.category.sexLife": {
    fr: "la vie sexuelle ou l'orientation sexuelle de la personne",
    en: "the person's sex life or sexual orientation",
  },
  "check.category.criminal": { fr: "le passé judiciaire de la personne", en: "the person's criminal record" },
  "check.category.social": {
    fr: "des difficultés sociales ou personnelles de la personne",
    en: "the person's social or personal difficulties",
  },
  "check.category.email": { fr: "une adresse e-mail", en: "an e-mail address" },
  "check.category.phone": { fr: "un numéro de téléphone", en: "a phone number" },
  "check.category.nir": { fr: "un numéro de sécurité sociale", en: "a social-security number" },
  "check.category.name": { fr: "le nom de la personne", en: "the person's name" },
  "check.category.address": { fr: "l'adresse de la personne", en: "the person's address" },
  "check.category.birthDate": { fr: "la date de naissance de la personne", en: "the person's date of birth" },
  "check.category.ftId": {
    fr: "l'identifiant France Travail de la personne",
    en: "the person's France Travail identifier",
  },
  "check.identifier": {
    fr: "Cellule {cell} : {what} ({masked}) permet d'identifier ou de joindre la personne et n'a pas sa place dans le suivi : {advice}",
    en: "Cell {cell}: {what} ({masked}) identifies or reaches the person and has no place in the tracking: {advice}",
  },
  "check.identifier.email": { fr: "une adresse e-mail", en: "an e-mail address" },
  "check.identifier.phone": { fr: "un numéro de téléphone", en: "a phone number" },
  "check.identifier.nir": { fr: "un numéro de sécurité sociale (NIR)", en: "a social-security number (NIR)" },
  "check.identifier.review": {
    fr: "Cellule {cell}, à vérifier : {what} ? ({masked}) Si c'est celui de la personne suivie, {advice}",
    en: "Cell {cell}, to be checked: {what}? ({masked}) If it is the followed person's, {advice}",
  },
  "check.identifier.name": { fr: "un nom de personne", en: "a person's name" },
  "check.identifier.address": { fr: "une adresse postale", en: "a postal address" },
  "check.identifier.birthDate": { fr: "une date de naissance", en: "a date of birth" },
  "check.identifier.ftId": {
    fr: "un identifiant France Travail (Pôle emploi)",
    en: "a France Travail (Pôle emploi) identifier",
  },
  "file.check.intro": {
    fr: "Choisissez un classeur de suivi (.xlsx) : sa structure et chaque ligne du tableau Suivi sont contrôlées (dates, indicateurs, listes, doublons, données personnelles). Le fichier n'est pas modifié.",
    en: "Choose a tracking workbook (.xlsx): its structure and every row of the Suivi table are checked (dates, indicators, lists, duplicates, personal data). The file is not changed.",
  },
  "file.check.choose": { fr: "Classeur à vérifier (.xlsx)", en: "Workbook to check (.xlsx)" },
  "file.check.chooseFirst": {
    fr: "Choisissez d'abord le classeur à vérifier (.xlsx).",
    en: "Choose the workbook to check (.xlsx) first.",
  },
  "file.check.downloadReport": { fr: "Télécharger le rapport « {file} »", en: 'Download the report "{file}"' },
  "check.title.SHEET_MISSING": { fr: "Feuilles manquantes", en: "Missing sheets" },
  "check.title.TABLE_MISSING": { fr: "Tableaux manquants", en: "Missing tables" },
  "check.title.COLUMN_MISSING": { fr: "Colonnes renommées ou supprimées", en: "Renamed or deleted columns" },
  "check.title.NAME_MISSING": { fr: "Noms définis manquants ou modifiés", en: "Missing or changed defined names" },
  "check.title.FORMULA_ALTERED": { fr: "Formules modifiées ou effacées", en: "Changed or erased formulas" },
  "check.title.VALIDATION_MISSING": { fr: "Listes et contrôles de saisie disparus", en: "Lost lists and input rules" },
  "check.title.DATE_MISSING": { fr: "Dates manquantes", en: "Missing dates" },
  "check.title.DATE_INVALID": { fr: "Dates invalides", en: "Invalid dates" },
  "check.title.DATE_OUT_OF_PERIOD": { fr: "Dates hors de la convention", en: "Dates outside the convention" },
  "check.title.DATE_IN_FUTURE": { fr: "Dates dans le futur", en: "Dates in the future" },
  "check.title.INDICATOR_MISSING": { fr: "Indicateurs manquants", en: "Missing indicators" },
  "check.title.INDICATOR_UNKNOWN": { fr: "Indicateurs inconnus", en: "Unknown indicators" },
  "check.title.COUNT_INVALID": { fr: "Nombres invalides", en: "Invalid counts" },
  "check.title.VALUE_UNKNOWN": { fr: "Valeurs hors des listes", en: "Values not in the lists" },
  "check.title.CELL_ERROR": { fr: "Cellules en erreur", en: "Cells showing an error" },
  "check.title.DUPLICATE_ROW": { fr: "Lignes en double", en: "Duplicate rows" },
  "check.title.SENSITIVE_DATA": { fr: "Données personnelles interdites", en: "Forbidden personal data" },
  "check.title.PERSONAL_IDENTIFIER": {
    fr: "Coordonnées et numéros identifiant la personne",
    en: "Contact details and numbers identifying the person",
  },
  "check.title.TEXT_TOO_LONG": { fr: "Textes trop longs", en: "Texts too long" },
  "check.title.DATE_HAS_TIME": { fr: "Dates avec une heure", en: "Dates with a time" },
  "check.title.ROW_OUTSIDE_TABLE": { fr: "Lignes hors du tableau Suivi", en: "Rows outside the Suivi table" },
  "check.advice.health": {
    fr: "écrivez le besoin plutôt que la cause : « poste sans port de charges », « temps partiel souhaité », « disponible à partir du 15/04 ».",
    en: 'write the need instead of the cause: "job without lifting", "part time wanted", "available from 15/04".',
  },
  "check.advice.origin": {
    fr: "gardez seulement le besoin : « cours de français à prévoir », « diplôme à faire reconnaître ».",
    en: 'keep only the need: "French lessons to plan", "diploma to have recognised".',
  },
  "check.advice.religion": {
    fr: "notez seulement la contrainte d'horaire : « pas disponible le vendredi après-midi ».",
    en: 'note only the timing constraint: "not available on Friday afternoons".',
  },
  "check.advice.opinion": {
    fr: "n'en gardez rien ; si un horaire compte, notez « disponibilités réduites le soir ».",
    en: 'keep none of it; if a timing matters, note "less available in the evenings".',
  },
  "check.advice.sexLife": {
    fr: "n'en gardez rien ; au besoin, notez « souhaite un environnement de travail bienveillant ».",
    en: 'keep none of it; if needed, note "wants a supportive workplace".',
  },
  "check.advice.criminal": {
    fr: "notez seulement la contrainte : « horaires 8 h – 18 h », « postes de sécurité exclus ».",
    en: 'note only the constraint: "hours 8 am – 6 pm", "security jobs excluded".',
  },
  "check.advice.social": {
    fr: "notez le besoin : « disponibilités réduites », « solution de garde à trouver », « orientation logement faite ».",
    en: 'note the need: "less available", "childcare to find", "referred for housing".',
  },
  "check.advice.email": {
    fr: "supprimez-la : le suivi compte des actes, il ne sert pas à joindre la personne.",
    en: "delete it: the tracking counts acts, it is not for reaching the person.",
  },
  "check.advice.phone": {
    fr: "supprimez-le : le suivi compte des actes, il ne sert pas à joindre la personne.",
    en: "delete it: the tracking counts acts, it is not for reaching the person.",
  },
  "check.advice.nir": {
    fr: "supprimez-le : il n'a sa place que dans le dossier de la personne.",
    en: "delete it: it belongs only in the person's file.",
  },
  "check.advice.name": {
    fr: "remplacez-le par « le candidat » ou « la candidate ».",
    en: 'replace it with "the candidate".',
  },
  "check.advice.address": {
    fr: "gardez seulement le quartier, dans la colonne Quartier.",
    en: "keep only the district, in the Quartier column.",
  },
  "check.advice.birthDate": {
    fr: "la colonne Tranche d'âge suffit : supprimez la date.",
    en: "the Tranche d'âge column is enough: delete the date.",
  },
  "check.advice.ftId": {
    fr: "l'identifiant reste dans le dossier France Travail : supprimez-le.",
    en: "the identifier stays in the France Travail file: delete it.",
  },
  "check.textTooLong": {
    fr: "Cellule {cell} : le texte de « {column} » fait {length} caractères, au plus {max} sont admis. Raccourcissez-le.",
    en: 'Cell {cell}: the text of "{column}" is {length} characters long, at most {max} are allowed. Shorten it.',
  },
  "check.dateHasTime": {
    fr: "Cellule {cell} : la date du {value} porte aussi une heure ({time}). Elle est comptée à sa date ; pour ne garder que la date, ressaisissez-la au format jj/mm/aaaa.",
    en: "Cell {cell}: the date {value} also holds a time ({time}). It is counted on its date; to keep only the date, enter it again as dd/mm/yyyy.",
  },
  "check.rowsOutsideTable": {
    fr: "{count} ligne(s) saisie(s) sous le tableau « {table} », hors du tableau ({ranges}) : les indicateurs ne les comptent pas. Lancez « Construire / réparer » (suivi-convention build) pour les intégrer au tableau, ou étendez le tableau jusqu'à la ligne {last} (poignée en bas à droite du tableau).",
    en: '{count} row(s) typed under the "{table}" table, outside it ({ranges}): the indicators do not count them. Run "Build / repair" (suivi-convention build) to take them into the table, or extend the table down to row {last} (handle at the table\'s bottom-right corner).',
  },
  "report.sheet": { fr: "Vérification", en: "Check" },
  "report.title": { fr: "Vérification de « {file} » le {date}", en: "Check of {file} on {date}" },
  "report.severity": { fr: "Gravité", en: "Severity" },
  "report.code": { fr: "Code", en: "Code" },
  "report.sheetName": { fr: "Feuille", en: "Sheet" },
  "report.cell": { fr: "Cellule", en: "Cell" },
  "report.row": { fr: "Ligne", en: "Row" },
  "report.message": { fr: "Constat et correction", en: "Finding and fix" },
  "report.error": { fr: "Erreur", en: "Error" },
  "report.warning": { fr: "Avertissement", en: "Warning" },
  "report.downloadXlsx": { fr: "Télécharger le rapport (.xlsx)", en: "Download the report (.xlsx)" },
  "report.workbook": { fr: "classeur", en: "workbook" },
  "report.print": { fr: "Imprimer le rapport", en: "Print the report" },
} as const);
