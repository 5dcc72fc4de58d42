import { area } from "../area";

/** Checking the convention's settings (a JSON file, the Paramètres sheet or screen): what is wrong with a field. */
export const CONVENTION_TEXT = area({
  "build.convention.root": { fr: "(racine)", en: "(root)" },
  "build.convention.issue": { fr: "Paramètre « {field} » : {reason}.", en: 'Setting "{field}": {reason}.' },
  "build.convention.required": { fr: "valeur obligatoire manquante", en: "required value missing" },
  "build.convention.type": { fr: "type incorrect (attendu : {expected})", en: "wrong type (expected: {expected})" },
  "build.convention.tooFewItems": { fr: "il faut au moins {min} élément(s)", en: "at least {min} item(s) needed" },
  "build.convention.empty": { fr: "le texte ne peut pas être vide", en: "the text cannot be empty" },
  "build.convention.tooSmall": { fr: "valeur trop petite (minimum {min})", en: "value too small (minimum {min})" },
  "build.convention.tooLong": {
    fr: "texte trop long (au plus {max} caractères)",
    en: "text too long (at most {max} characters)",
  },
  "build.convention.tooBig": { fr: "valeur trop grande (maximum {max})", en: "value too large (maximum {max})" },
  "build.convention.enum": {
    fr: "valeur non reconnue (valeurs possibles : {options})",
    en: "unknown value (allowed: {options})",
  },
  "build.convention.format": { fr: "format incorrect", en: "wrong format" },
  "build.convention.invalid": { fr: "valeur invalide", en: "invalid value" },
  "build.convention.isoDate": {
    fr: "date invalide, écrivez-la au format aaaa-mm-jj (ex. 2021-01-01)",
    en: "invalid date, write it as yyyy-mm-dd (e.g. 2021-01-01)",
  },
  "build.convention.listEntry": {
    fr: "un libellé ne peut contenir ni *, ni ?, ni ~, ni commencer par <, > ou =",
    en: "a label cannot contain *, ? or ~, nor start with <, > or =",
  },
  "build.convention.endBeforeStart": {
    fr: "la date de fin est antérieure à la date de début",
    en: "the end date is before the start date",
  },
  "build.convention.sharesSum": {
    fr: "les deux parts de versement doivent totaliser 1 (100 %)",
    en: "the two instalment shares must add up to 1 (100%)",
  },
  "build.convention.yearMissing": {
    fr: "aucun coût annuel pour l'année {year} (mettez null s'il n'est pas encore connu)",
    en: "no annual cost for year {year} (use null when not known yet)",
  },
  "build.convention.yearTwice": {
    fr: "l'année {year} figure plusieurs fois",
    en: "year {year} appears more than once",
  },
  "build.convention.yearOutside": {
    fr: "l'année {year} est hors de la période de la convention",
    en: "year {year} is outside the convention period",
  },
  "build.convention.unknownField": {
    fr: "réglage inconnu (réglages possibles : {fields})",
    en: "unknown setting (possible settings: {fields})",
  },
  "build.convention.duplicate": { fr: "« {value} » figure plusieurs fois", en: '"{value}" appears more than once' },
} as const);
