import { area } from "../area";

/** Opening a workbook file (command line and the pane on files alike): why a file cannot be read. */
export const OPEN_TEXT = area({
  "check.open.notFound": {
    fr: "Fichier « {file} » introuvable : vérifiez le chemin.",
    en: 'File "{file}" not found: check the path.',
  },
  "check.open.notAFile": {
    fr: "« {file} » n'est pas un fichier (c'est un dossier ?).",
    en: '"{file}" is not a file (a folder?).',
  },
  "check.open.unreadable": { fr: "Impossible de lire « {file} » : {reason}.", en: 'Cannot read "{file}": {reason}.' },
  "check.open.empty": {
    fr: "Le fichier « {file} » est vide (0 octet) : ce n'est pas un classeur Excel.",
    en: 'File "{file}" is empty (0 bytes): it is not an Excel workbook.',
  },
  "check.open.tooLarge": {
    fr: "Le fichier « {file} » est trop volumineux ({size} Mo, maximum {max} Mo).",
    en: 'File "{file}" is too large ({size} MB, at most {max} MB).',
  },
  "check.open.protected": {
    fr: "Le fichier « {file} » est protégé par un mot de passe ou enregistré dans l'ancien format .xls : ouvrez-le dans Excel, retirez le mot de passe et enregistrez-le au format .xlsx.",
    en: 'File "{file}" is password-protected or in the old .xls format: open it in Excel, remove the password and save it as .xlsx.',
  },
  "check.open.notXlsx": {
    fr: "Le fichier « {file} » n'est pas un classeur Excel (.xlsx).",
    en: 'File "{file}" is not an Excel workbook (.xlsx).',
  },
  "check.open.truncated": {
    fr: "Le fichier « {file} » est incomplet ou endommagé (copie interrompue ?) : récupérez une copie complète.",
    en: 'File "{file}" is incomplete or damaged (interrupted copy?): get a complete copy.',
  },
  "check.open.bomb": {
    fr: "Le fichier « {file} » se décompresse en un volume anormal ({size} Mo) : il n'est pas ouvert, par sécurité.",
    en: 'File "{file}" expands to an abnormal size ({size} MB): it is not opened, for safety.',
  },
  "check.open.encryptedEntry": {
    fr: "Le fichier « {file} » contient des parties chiffrées : retirez la protection dans Excel et enregistrez-le de nouveau.",
    en: 'File "{file}" contains encrypted parts: remove the protection in Excel and save it again.',
  },
  "check.open.corrupt": {
    fr: "Le classeur « {file} » n'a pas pu être lu ({reason}) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau au format .xlsx.",
    en: 'Workbook "{file}" could not be read ({reason}): open it in Excel or LibreOffice and save it again as .xlsx.',
  },
  "check.open.macroEnabled": {
    fr: "Le classeur « {file} » contient des macros (.xlsm) : il n'est pas modifié. Enregistrez une copie au format « Classeur Excel (.xlsx) » et utilisez-la.",
    en: 'Workbook "{file}" contains macros (.xlsm): it is not changed. Save a copy as "Excel Workbook (.xlsx)" and use that.',
  },
  "check.open.binaryWorkbook": {
    fr: "Le classeur « {file} » est au format binaire (.xlsb) : il n'est pas modifié. Enregistrez une copie au format « Classeur Excel (.xlsx) » et utilisez-la.",
    en: 'Workbook "{file}" is in the binary format (.xlsb): it is not changed. Save a copy as "Excel Workbook (.xlsx)" and use that.',
  },
  "check.open.strictOoxml": {
    fr: "Le classeur « {file} » est au format « Open XML strict » : enregistrez-le au format « Classeur Excel (.xlsx) » habituel, puis recommencez.",
    en: 'Workbook "{file}" is in the "Strict Open XML" format: save it as a regular "Excel Workbook (.xlsx)", then try again.',
  },
} as const);
