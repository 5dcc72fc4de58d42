import { area } from "../area";

/**
 * The command line: its usage, the help of each command, what it printed, and why a file could not be read or
 * written.
 */
export const CLI_TEXT = area({
  "build.cli.summary": {
    fr: "crée le classeur de suivi, ou le répare s'il existe",
    en: "creates the tracking workbook, or repairs it if it exists",
  },
  "build.cli.help": {
    fr: "Usage : suivi-convention build <fichier.xlsx> [--convention <paramètres.json>] [--sample]\n\nCrée le classeur de suivi de la convention (feuilles Paramètres, Listes, Suivi, Indicateurs, Financement).\nSi le fichier existe, le répare sur place : ajoute ce qui manque, rétablit les formules, noms et contrôles\nde saisie endommagés, sans toucher aux lignes du tableau Suivi, aux cellules saisies ni aux feuilles ajoutées.\n\nOptions :\n  --convention <fichier.json>  paramètres de la convention (par défaut : Metz 2021–2023, n° 0162627)\n  --sample                     ajoute des lignes d'exemple fictives sur toute la durée de la convention\n  -h, --help                   affiche cette aide\n\nCodes de sortie : 0 succès, 1 entrée refusée, 2 fichier illisible ou impossible à écrire.",
    en: "Usage: suivi-convention build <file.xlsx> [--convention <settings.json>] [--sample]\n\nCreates the convention's tracking workbook (sheets Paramètres, Listes, Suivi, Indicateurs, Financement).\nIf the file exists, repairs it in place: adds what is missing, restores damaged formulas, names and data\nvalidations, without touching the rows of the Suivi table, typed cells or sheets you added.\n\nOptions:\n  --convention <file.json>  convention settings (default: Metz 2021–2023, no. 0162627)\n  --sample                  adds fictitious sample rows over the whole convention\n  -h, --help                shows this help\n\nExit codes: 0 success, 1 input refused, 2 file unreadable or unwritable.",
  },
  "build.cli.oneFile": {
    fr: "Indiquez un (et un seul) fichier .xlsx à créer ou réparer. Voir « suivi-convention build --help ».",
    en: 'Give one (and only one) .xlsx file to create or repair. See "suivi-convention build --help".',
  },
  "build.cli.notXlsx": {
    fr: "« {file} » : le classeur doit porter l'extension .xlsx.",
    en: '"{file}": the workbook must have the .xlsx extension.',
  },
  "build.cli.badJson": {
    fr: "Le fichier de paramètres « {file} » n'est pas un JSON valide : {reason}.",
    en: 'Settings file "{file}" is not valid JSON: {reason}.',
  },
  "build.cli.badConvention": {
    fr: "Le fichier de paramètres « {file} » est refusé :",
    en: 'Settings file "{file}" is refused:',
  },
  "build.cli.created": { fr: "Classeur créé : {file}", en: "Workbook created: {file}" },
  "build.cli.upToDate": {
    fr: "Classeur à jour, rien à réparer : {file}",
    en: "Workbook up to date, nothing to repair: {file}",
  },
  "build.cli.repaired": {
    fr: "Classeur réparé : {file} ({count} modification(s))",
    en: "Workbook repaired: {file} ({count} change(s))",
  },
  "cli.usage": {
    fr: "Usage : suivi-convention <commande> [options]   (suivi-convention <commande> --help pour le détail)",
    en: "Usage: suivi-convention <command> [options]   (suivi-convention <command> --help for details)",
  },
  "cli.commands": { fr: "Commandes :", en: "Commands:" },
  "cli.moreHelp": {
    fr: "Codes de sortie : 0 succès, 1 entrée refusée, 2 fichier illisible ou impossible à écrire.",
    en: "Exit codes: 0 success, 1 input refused, 2 file unreadable or unwritable.",
  },
  "cli.unknownCommand": { fr: "Commande inconnue : « {name} ».", en: 'Unknown command: "{name}".' },
  "cli.badArguments": {
    fr: "Arguments incorrects ({reason}). Voir « suivi-convention {command} --help ».",
    en: 'Wrong arguments ({reason}). See "suivi-convention {command} --help".',
  },
  "cli.fileUnreadable": { fr: "Impossible de lire « {file} » ({reason}).", en: 'Cannot read "{file}" ({reason}).' },
  "cli.fileUnwritable": {
    fr: "Impossible d'écrire « {file} » ({reason}) : le fichier d'origine n'a pas été modifié.",
    en: 'Cannot write "{file}" ({reason}): the original file was not changed.',
  },
  "cli.unexpected": {
    fr: "Erreur inattendue : {reason}. Aucun fichier n'a été modifié.",
    en: "Unexpected error: {reason}. No file was changed.",
  },
  "cli.warning": { fr: "Attention : {message}", en: "Warning: {message}" },
  "check.cli.summary": {
    fr: "Vérifie un classeur de suivi : structure, lignes du tableau Suivi, données personnelles",
    en: "Checks a tracking workbook: structure, rows of the Suivi table, personal data",
  },
  "check.cli.help": {
    fr: "Usage : suivi-convention check <fichier.xlsx> [--json] [--today=aaaa-mm-jj] [--convention <paramètres.json>]\n\nVérifie le classeur sans le modifier.\n  --json        affiche le résultat en JSON (ok, summary, findings)\n  --today       date du jour utilisée pour repérer les dates dans le futur (par défaut : aujourd'hui)\n  --convention  vérifie avec ces paramètres de convention (par défaut : ceux du classeur, feuilles Paramètres et Listes)\n\nCode de sortie : 0 aucune erreur (des avertissements sont possibles), 1 erreurs trouvées, 2 fichier illisible ou paramètres refusés.",
    en: "Usage: suivi-convention check <file.xlsx> [--json] [--today=yyyy-mm-dd] [--convention <settings.json>]\n\nChecks the workbook without changing it.\n  --json        prints the result as JSON (ok, summary, findings)\n  --today       today's date, used to spot dates in the future (default: today)\n  --convention  checks with these convention settings (default: the workbook's own, sheets Paramètres and Listes)\n\nExit code: 0 no error (warnings possible), 1 errors found, 2 unreadable file or refused settings.",
  },
  "check.cli.noFile": {
    fr: "Indiquez le classeur à vérifier : suivi-convention check <fichier.xlsx>",
    en: "Give the workbook to check: suivi-convention check <file.xlsx>",
  },
  "check.cli.badToday": {
    fr: "Date « {value} » invalide pour --today : écrivez-la au format aaaa-mm-jj.",
    en: 'Invalid date "{value}" for --today: write it as yyyy-mm-dd.',
  },
  "check.cli.failed": {
    fr: "La vérification de « {file} » a échoué : {reason}",
    en: 'Checking "{file}" failed: {reason}',
  },
  "check.cli.header": {
    fr: "Vérification de « {file} » : {errors} erreur(s), {warnings} avertissement(s), {rows} ligne(s) de suivi.",
    en: 'Check of "{file}": {errors} error(s), {warnings} warning(s), {rows} tracking row(s).',
  },
  "check.cli.ok": { fr: "Aucun problème trouvé.", en: "No problem found." },
  "check.cli.error": { fr: "ERREUR", en: "ERROR" },
  "check.cli.warning": { fr: "AVERTISSEMENT", en: "WARNING" },
  "import.cli.summary": {
    fr: "Ajoute au tableau Suivi les lignes d'un fichier CSV ou d'un autre classeur .xlsx",
    en: "Appends to the Suivi table the rows of a CSV file or of another .xlsx workbook",
  },
  "import.cli.help": {
    fr: "Usage : suivi-convention import <classeur.xlsx> <lignes.csv|lignes.xlsx> [--skip-invalid] [--allow-duplicates] [--convention <paramètres.json>]\n\nAjoute à la fin du tableau « Suivi » du classeur les lignes du fichier, sans toucher aux lignes existantes.\n  - CSV : UTF-8 ou Windows-1252, séparateur « ; » ou « , », dates 30/09/2021, 30/09/21 (lu 2021) ou 2021-09-30.\n  - .xlsx : le tableau « Suivi » du fichier, sinon le premier tableau ou les cellules de sa première feuille.\n  - Les titres de colonnes sont reconnus sans tenir compte des majuscules ni des accents (« Date de l'acte », « Type d'acte », « Nb », « QPV », « Âge », « Genre », « Observations », « Conseiller(ère) »…) ; les colonnes inconnues et « Semestre » sont ignorées et signalées. « Date » et « Indicateur » sont obligatoires.\n  - L'indicateur peut être donné par son libellé ou par son code ; les valeurs des listes sont ramenées à leur écriture officielle (« borny » → « Borny », « F » → « Femme », « -26 » → « Moins de 26 ans ») ; un nombre vide compte 1.\n\nToutes les lignes sont vérifiées avant l'écriture. Par défaut, rien n'est écrit si une seule ligne est invalide.\n  --skip-invalid  importe les lignes valides et signale les autres\n  --allow-duplicates  importe aussi les lignes déjà présentes dans Suivi (par défaut, elles sont écartées et comptées)\n  --convention    vérifie les lignes avec ces paramètres de convention (par défaut : ceux du classeur, feuilles Paramètres et Listes)\n  -h, --help      affiche cette aide\n\nCodes de sortie : 0 import réalisé, 1 fichier refusé (rien n'est écrit), 2 fichier illisible ou impossible à écrire.",
    en: 'Usage: suivi-convention import <workbook.xlsx> <rows.csv|rows.xlsx> [--skip-invalid] [--allow-duplicates] [--convention <settings.json>]\n\nAppends the file\'s rows at the end of the workbook\'s "Suivi" table, leaving existing rows untouched.\n  - CSV: UTF-8 or Windows-1252, ";" or "," delimiter, dates 30/09/2021, 30/09/21 (read 2021) or 2021-09-30.\n  - .xlsx: the file\'s "Suivi" table, else the first table or the cells of its first sheet.\n  - Column headings are recognised whatever their case and accents ("Date de l\'acte", "Type d\'acte", "Nb", "QPV", "Âge", "Genre", "Observations", "Conseiller(ère)"…); unknown columns and "Semestre" are ignored and reported. "Date" and "Indicateur" are required.\n  - The indicator can be given by label or code; list values are brought to their official spelling ("borny" → "Borny", "F" → "Femme", "-26" → "Moins de 26 ans"); an empty count is 1.\n\nEvery row is checked before anything is written. By default nothing is written if a single row is invalid.\n  --skip-invalid  import the valid rows and report the others\n  --allow-duplicates  also import rows already in Suivi (by default they are left out and counted)\n  --convention    check the rows with these convention settings (default: the workbook\'s own, sheets Paramètres and Listes)\n  -h, --help      show this help\n\nExit codes: 0 imported, 1 file refused (nothing written), 2 file unreadable or unwritable.',
  },
  "import.cli.twoFiles": {
    fr: "Indiquez le classeur puis le fichier à importer : suivi-convention import <classeur.xlsx> <lignes.csv|lignes.xlsx>.",
    en: "Give the workbook then the file to import: suivi-convention import <workbook.xlsx> <rows.csv|rows.xlsx>.",
  },
  "import.cli.targetKind": {
    fr: "« {file} » n'est pas un classeur .xlsx : le premier fichier est le classeur de suivi.",
    en: '"{file}" is not an .xlsx workbook: the first file is the tracking workbook.',
  },
  "import.cli.refused": {
    fr: "Import refusé : aucune ligne de « {file} » n'a été écrite dans « {target} ».",
    en: 'Import refused: no row of "{file}" was written to "{target}".',
  },
  "import.cli.skipHint": {
    fr: "Corrigez ces lignes, ou relancez avec --skip-invalid pour importer seulement les lignes valides.",
    en: "Fix these rows, or run again with --skip-invalid to import only the valid rows.",
  },
  "import.cli.imported": {
    fr: "{count} ligne(s) de « {file} » ajoutée(s) au tableau Suivi de « {target} ».",
    en: '{count} row(s) of "{file}" appended to the Suivi table of "{target}".',
  },
  "import.cli.rejected": { fr: "{count} ligne(s) non importée(s) :", en: "{count} row(s) not imported:" },
  "import.cli.warnings": { fr: "Avertissements :", en: "Warnings:" },
  "settings.cli.summary": {
    fr: "affiche les paramètres de la convention (d'un classeur, ou par défaut) en JSON prêt à modifier",
    en: "prints the convention's settings (of a workbook, or the defaults) as JSON ready to edit",
  },
  "settings.cli.help": {
    fr: 'Usage : suivi-convention settings [<fichier.xlsx>] [--convention <paramètres.json>]\n\nAffiche en JSON les paramètres de la convention : ceux du classeur (feuille Paramètres et listes),\nou, sans classeur, ceux par défaut (Metz 2021–2023, n° 0162627). Enregistrez-les dans un fichier,\nmodifiez-le, puis donnez-le à --convention :\n  suivi-convention settings suivi-2021.xlsx > metz.json\n\nUn fichier de paramètres peut ne donner que ce qui change (le reste vient des paramètres par défaut) :\n  { "end": "2024-12-31", "annualCosts": [{ "year": 2024, "cost": 48200 }] }\n\nCodes de sortie : 0 succès, 1 entrée refusée, 2 fichier illisible.',
    en: 'Usage: suivi-convention settings [<file.xlsx>] [--convention <settings.json>]\n\nPrints the convention\'s settings as JSON: the workbook\'s (Paramètres sheet and lists), or without a\nworkbook the defaults (Metz 2021–2023, no. 0162627). Save them to a file, edit it, then give it to --convention:\n  suivi-convention settings suivi-2021.xlsx > metz.json\n\nA settings file may give only what changes (the rest comes from the defaults):\n  { "end": "2024-12-31", "annualCosts": [{ "year": 2024, "cost": 48200 }] }\n\nExit codes: 0 success, 1 input refused, 2 unreadable file.',
  },
  "cli.args.unknownOption": {
    fr: "l'option « {option} » n'existe pas pour cette commande",
    en: "the option {option} does not exist for this command",
  },
  "cli.args.missingValue": {
    fr: "l'option « {option} » doit être suivie de sa valeur",
    en: "the option {option} must be followed by its value",
  },
  "cli.args.noValue": { fr: "l'option « {option} » ne prend pas de valeur", en: "the option {option} takes no value" },
  "cli.args.extraFile": { fr: "« {file} » est un fichier de trop", en: '"{file}" is one file too many' },
  "cli.fileUncreatable": {
    fr: "Impossible d'écrire « {file} » ({reason}) : aucun fichier n'a été créé.",
    en: 'Cannot write "{file}" ({reason}): no file was created.',
  },
  "cli.reason.readOnly": { fr: "le fichier est en lecture seule", en: "the file is read-only" },
  "cli.reason.denied": {
    fr: "accès refusé : vérifiez vos droits sur le fichier et son dossier",
    en: "access denied: check your rights on the file and its folder",
  },
  "cli.reason.busy": {
    fr: "le fichier est ouvert dans un autre programme : fermez-le puis recommencez",
    en: "the file is open in another program: close it and try again",
  },
  "cli.reason.noFolder": { fr: "le dossier n'existe pas", en: "the folder does not exist" },
  "cli.reason.notFound": { fr: "fichier introuvable", en: "file not found" },
  "cli.reason.isFolder": { fr: "c'est un dossier, pas un fichier", en: "it is a folder, not a file" },
  "cli.reason.diskFull": { fr: "le disque est plein", en: "the disk is full" },
  "cli.reason.readOnlyDisk": {
    fr: "le disque ou le partage est en lecture seule",
    en: "the disk or share is read-only",
  },
  "cli.reason.other": { fr: "erreur système {code}", en: "system error {code}" },
  "cli.reason.jsonAt": {
    fr: "erreur de syntaxe ligne {line}, colonne {column}",
    en: "syntax error at line {line}, column {column}",
  },
  "cli.reason.jsonEnd": {
    fr: "le texte s'arrête avant la fin (accolade ou guillemet non fermé ?)",
    en: "the text stops before the end (unclosed brace or quote?)",
  },
  "cli.reason.jsonSyntax": { fr: "erreur de syntaxe", en: "syntax error" },
  "cli.staleTemporary": {
    fr: "Fichier temporaire « {file} » laissé par une exécution interrompue : supprimé.",
    en: 'Temporary file "{file}" left by an interrupted run: removed.',
  },
  "eval.cli.summary": {
    fr: "écrit la feuille d'évaluation d'un semestre, d'une année ou de toute la convention",
    en: "writes the evaluation sheet of a semester, a year or the whole convention",
  },
  "eval.cli.help": {
    fr: "Usage : suivi-convention evaluate <classeur.xlsx> --semester 2021-S1 | --year 2021 | --final [--force] [--json]\n\nÉcrit la feuille « Évaluation 2021-S1 » (« Bilan 2021 », « Évaluation finale ») pour le comité de pilotage :\nindicateurs de l'article 7 et du plan d'action (période, période précédente, évolution, cumuls),\ntypologie des demandeurs accueillis, lignes de Suivi regroupées, financement de l'année, et des cadres\nà compléter à la main. Les valeurs sont figées (pas de formules). Le reste du classeur n'est pas réécrit.\n\nOptions :\n  --semester <aaaa-S1|aaaa-S2>  un semestre\n  --year <aaaa>                 une année (bilan annuel)\n  --final                       toute la convention (évaluation finale)\n  --force                       refait une feuille existante : l'ancienne version va dans une feuille « Archive »,\n                                le texte saisi dans les cadres à compléter est conservé\n  --json                        affiche aussi les chiffres en JSON\n  --mask-under <n>              affiche « < n » les effectifs de la typologie inférieurs à n\n                                (par défaut : la ligne « Seuil des petits effectifs » de Paramètres, si elle existe)\n  --today <aaaa-mm-jj>          date de l'évaluation (par défaut : aujourd'hui)\n  --convention <fichier.json>   paramètres de la convention pour ce qui ne peut pas être lu dans le classeur\n  -h, --help                    affiche cette aide\n\nCodes de sortie : 0 succès, 1 entrée refusée, 2 fichier illisible ou impossible à écrire.",
    en: 'Usage: suivi-convention evaluate <workbook.xlsx> --semester 2021-S1 | --year 2021 | --final [--force] [--json]\n\nWrites the sheet "Évaluation 2021-S1" ("Bilan 2021", "Évaluation finale") for the steering committee:\nindicators of article 7 and the action plan (period, previous period, change, totals to date),\ntypology of the job seekers received, rows of Suivi grouped, the year\'s financing, and blocks to fill\nby hand. Values are frozen (no formulas). The rest of the workbook is not rewritten.\n\nOptions:\n  --semester <yyyy-S1|yyyy-S2>  a semester\n  --year <yyyy>                 a year (annual review)\n  --final                       the whole convention (final evaluation)\n  --force                       makes an existing sheet again: the old version moves to an "Archive" sheet,\n                                text typed in the blocks to fill is kept\n  --json                        also prints the figures as JSON\n  --mask-under <n>              shows typology counts under n as "< n"\n                                (default: the "Seuil des petits effectifs" row of Paramètres, if any)\n  --today <yyyy-mm-dd>          date of the evaluation (default: today)\n  --convention <file.json>      convention settings for what cannot be read from the workbook\n  -h, --help                    shows this help\n\nExit codes: 0 success, 1 input refused, 2 file unreadable or unwritable.',
  },
  "eval.cli.oneFile": {
    fr: "Indiquez un seul classeur .xlsx (suivi-convention evaluate --help).",
    en: "Give exactly one .xlsx workbook (suivi-convention evaluate --help).",
  },
  "eval.cli.onePeriod": {
    fr: "Choisissez une période, et une seule : --semester 2021-S1, --year 2021 ou --final.",
    en: "Choose one period, and only one: --semester 2021-S1, --year 2021 or --final.",
  },
  "eval.cli.badYear": {
    fr: "Année « {value} » non reconnue : écrivez-la sur quatre chiffres (ex. 2021).",
    en: 'Year "{value}" not recognised: write it with four digits (e.g. 2021).',
  },
  "eval.cli.badSemester": {
    fr: "Semestre « {value} » non reconnu : écrivez-le aaaa-S1 ou aaaa-S2 (ex. 2021-S1).",
    en: 'Semester "{value}" not recognised: write it yyyy-S1 or yyyy-S2 (e.g. 2021-S1).',
  },
  "eval.cli.outside": {
    fr: "La période « {value} » est hors de la durée de la convention (Paramètres).",
    en: 'Period "{value}" is outside the convention\'s duration (Paramètres).',
  },
  "eval.cli.badThreshold": {
    fr: "Seuil « {value} » non reconnu : un nombre entier entre 0 et 1000.",
    en: 'Threshold "{value}" not recognised: a whole number from 0 to 1000.',
  },
  "eval.cli.noTable": {
    fr: "Le classeur « {file} » n'a pas de tableau Suivi : créez-le ou réparez-le avec suivi-convention build.",
    en: 'Workbook "{file}" has no Suivi table: create or repair it with suivi-convention build.',
  },
  "eval.cli.exists": {
    fr: "La feuille « {sheet} » existe déjà dans « {file} » : ajoutez --force pour la refaire (l'ancienne version sera archivée, le texte saisi conservé).",
    en: 'Sheet "{sheet}" already exists in "{file}": add --force to make it again (the old version is archived, typed text kept).',
  },
  "eval.cli.written": {
    fr: "Feuille « {sheet} » écrite dans « {file} » ({rows} ligne(s) de Suivi comptées).",
    en: 'Sheet "{sheet}" written in "{file}" ({rows} row(s) of Suivi counted).',
  },
  "eval.cli.archived": {
    fr: "Version précédente déplacée dans la feuille « {sheet} ».",
    en: 'Previous version moved to sheet "{sheet}".',
  },
  "eval.cli.withErrors": {
    fr: "Attention : les données contiennent {errors} erreur(s) (suivi-convention check) ; la feuille le signale en rouge.",
    en: "Warning: the data holds {errors} error(s) (suivi-convention check); the sheet says so in red.",
  },
  "dashboard.cli.summary": {
    fr: "ajoute la feuille « Tableau de bord » : tableaux croisés dynamiques et graphiques croisés sur Suivi",
    en: 'adds the "Tableau de bord" sheet: PivotTables and PivotCharts over Suivi',
  },
  "dashboard.cli.help": {
    fr: "Usage : suivi-convention dashboard <classeur.xlsx>\n\nAjoute la feuille « Tableau de bord » : un tableau croisé dynamique des indicateurs par semestre\n(somme de Nombre, filtre sur le quartier), un des demandeurs d'emploi accueillis par quartier et par\nsemestre, et un graphique croisé dynamique lié à chacun. Les tableaux suivent le tableau Suivi quand il\ns'allonge et sont actualisés à l'ouverture du classeur (ou par Données > Actualiser tout).\nLe reste du classeur n'est pas réécrit.\n\nCodes de sortie : 0 succès, 1 entrée refusée, 2 fichier illisible ou impossible à écrire.",
    en: 'Usage: suivi-convention dashboard <workbook.xlsx>\n\nAdds the "Tableau de bord" sheet: a PivotTable of the indicators by semester (sum of Nombre, filter on\nthe neighbourhood), one of the job seekers received by neighbourhood and semester, and a PivotChart bound\nto each. The pivots follow the Suivi table as it grows and refresh when the workbook opens (or with\nData > Refresh All). The rest of the workbook is not rewritten.\n\nExit codes: 0 success, 1 input refused, 2 file unreadable or unwritable.',
  },
  "dashboard.cli.exists": {
    fr: "La feuille « {sheet} » existe déjà dans « {file} » : ses tableaux s'actualisent à l'ouverture (Données > Actualiser tout) ; supprimez la feuille pour la refaire.",
    en: 'Sheet "{sheet}" already exists in "{file}": its pivots refresh when the file opens (Data > Refresh All); delete the sheet to make it again.',
  },
  "dashboard.cli.written": {
    fr: "Feuille « {sheet} » ajoutée à « {file} » (tableaux croisés sur {rows} ligne(s) de Suivi).",
    en: 'Sheet "{sheet}" added to "{file}" (pivots over {rows} row(s) of Suivi).',
  },
} as const);
