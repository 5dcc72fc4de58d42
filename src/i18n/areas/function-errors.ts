import { area } from "../area";

/**
 * What a custom function says when it refuses its arguments (#VALUE!, #NUM!): the only texts the functions' runtime
 * loads.
 */
export const FUNCTION_ERRORS_TEXT = area({
  "fn.error.required": { fr: "« {arg} » est obligatoire mais vide.", en: '"{arg}" is required but empty.' },
  "fn.error.boolean": {
    fr: "« {arg} » : VRAI/FAUX n'est pas accepté ici, saisissez un nombre ou une date.",
    en: '"{arg}": TRUE/FALSE is not accepted here, enter a number or a date.',
  },
  "fn.error.errorValue": {
    fr: "« {arg} » contient une valeur d'erreur ou une donnée illisible.",
    en: '"{arg}" holds an error value or unreadable data.',
  },
  "fn.error.notNumber": {
    fr: "« {arg} » : « {value} » n'est pas un nombre.",
    en: '"{arg}": "{value}" is not a number.',
  },
  "fn.error.notDate": {
    fr: "« {arg} » : « {value} » n'est pas une date (attendu : AAAA-MM-JJ, JJ/MM/AAAA ou un numéro de série).",
    en: '"{arg}": "{value}" is not a date (expected YYYY-MM-DD, DD/MM/YYYY or a serial number).',
  },
  "fn.error.invalidDate": {
    fr: "« {arg} » : la date « {value} » n'existe pas.",
    en: '"{arg}": the date "{value}" does not exist.',
  },
  "fn.error.unexpected": {
    fr: "Erreur inattendue dans la fonction : {detail}",
    en: "Unexpected error in the function: {detail}",
  },
  "fn.error.notFinite": { fr: "« {arg} » n'est pas un nombre fini.", en: '"{arg}" is not a finite number.' },
  "fn.error.negative": { fr: "« {arg} » ne peut pas être négatif.", en: '"{arg}" cannot be negative.' },
  "fn.error.tooLarge": { fr: "« {arg} » dépasse la limite ({max}).", en: '"{arg}" exceeds the limit ({max}).' },
  "fn.error.digits": {
    fr: "« {arg} » doit être un nombre entier de décimales entre 0 et {max}.",
    en: '"{arg}" must be a whole number of decimals between 0 and {max}.',
  },
  "fn.error.dateRange": {
    fr: "« {arg} » : {value} n'est pas un numéro de série de date valide ({min} à {max}).",
    en: '"{arg}": {value} is not a valid date serial number ({min} to {max}).',
  },
  "fn.error.fakeLeapDay": {
    fr: "« {arg} » : le 29/02/1900 n'existe pas (jour fictif d'Excel).",
    en: '"{arg}": 29/02/1900 does not exist (Excel\'s fictitious day).',
  },
  "fn.error.endBeforeStart": { fr: "« {arg} » est antérieur à « {other} ».", en: '"{arg}" is before "{other}".' },
  "fn.error.basis": {
    fr: "« {arg} » doit valoir 0 (jours calendaires) ou 1 (mois).",
    en: '"{arg}" must be 0 (calendar days) or 1 (months).',
  },
  "fn.error.shareNotPositive": {
    fr: "« {arg} » : chaque part doit être strictement positive.",
    en: '"{arg}": each share must be greater than zero.',
  },
  "fn.error.sharesSum": {
    fr: "« {arg} » : la somme des parts doit valoir 1 (elle vaut {sum}).",
    en: '"{arg}": the shares must sum to 1 (they sum to {sum}).',
  },
  "fn.error.instalmentNumber": {
    fr: "« {arg} » doit être un nombre entier de 1 à {count}.",
    en: '"{arg}" must be a whole number from 1 to {count}.',
  },
  "fn.error.rate": {
    fr: "« {arg} » : un taux ne peut pas être inférieur à -100 %.",
    en: '"{arg}": a rate cannot be below -100%.',
  },
  "fn.error.instalmentsExceedTotal": {
    fr: "« {arg} » : les échéances arrondies dépassent le total ; utilisez moins de parts ou plus de décimales.",
    en: '"{arg}": the rounded instalments exceed the total; use fewer shares or more decimals.',
  },
} as const);
