import { area } from "../area";

/**
 * The custom functions as people read about them: descriptions and parameters (also written into functions-fr.json
 * at build time) and the Fonctions screen.
 */
export const FUNCTIONS_TEXT = area({
  "app.functions.intro": {
    fr: "Tapez ces fonctions dans une cellule comme une fonction d'Excel, sans préfixe. Exemples en Excel français (« ; » entre les arguments, virgule décimale).",
    en: 'Type these functions in a cell like any Excel function, without a prefix. Examples in French Excel (";" between arguments, decimal comma).',
  },
  "app.functions.example": { fr: "Exemple", en: "Example" },
  "app.functions.result": { fr: "Résultat", en: "Result" },
  "app.functions.optional": { fr: "facultatif", en: "optional" },
  "app.functions.insert": { fr: "Insérer", en: "Insert" },
  "app.functions.insertLabel": {
    fr: "Insérer {formula} dans la cellule sélectionnée",
    en: "Insert {formula} in the selected cell",
  },
  "app.functions.needsExcel": {
    fr: "Insertion possible seulement dans Excel : les boutons sont désactivés ici.",
    en: "Inserting works only in Excel: the buttons are disabled here.",
  },
  "app.functions.inserted": { fr: "{id} inséré en {address}.", en: "{id} inserted in {address}." },
  "app.functions.insertFailed": {
    fr: "{id} n'a pas pu être inséré : {reason}",
    en: "{id} could not be inserted: {reason}",
  },
  "app.functions.empty": { fr: "Aucune fonction n'est déclarée.", en: "No function is declared." },
  "fn.COST_ETP.description": {
    fr: "Coût annuel d'un poste : coût annuel d'un temps plein × ETP, arrondi (au centime par défaut ; 0,50 compte pour 1).",
    en: "Yearly cost of a post: full-time annual cost × FTE, rounded (to the cent by default; 0.50 rounds up).",
  },
  "fn.COST_ETP.param.annual_cost": {
    fr: "Coût annuel d'un conseiller à temps plein, en euros (ex. 46795) ; de 0 à 10^12, sinon #NOMBRE!.",
    en: "Annual cost of a full-time counsellor, in euros (e.g. 46795); 0 to 10^12, otherwise #NUM!.",
  },
  "fn.COST_ETP.param.etp": {
    fr: "Quotité en équivalent temps plein (ex. 0,5) ; de 0 à 10^12, sinon #NOMBRE!.",
    en: "Share of a full-time equivalent (e.g. 0.5); 0 to 10^12, otherwise #NUM!.",
  },
  "fn.COST_ETP.param.digits": {
    fr: "Nombre de décimales de l'arrondi, entier de 0 à 6 (2 par défaut ; 0 pour l'euro) ; sinon #NOMBRE!.",
    en: "Decimals to round to, a whole number from 0 to 6 (default 2; 0 for whole euros); otherwise #NUM!.",
  },
  "fn.PRORATA.description": {
    fr: "Part d'un montant correspondant aux jours de [début ; fin] compris dans la période, arrondie au centime (résiliation anticipée, art. 8).",
    en: "Share of an amount for the days of [start, end] inside the period, rounded to the cent (early termination, art. 8).",
  },
  "fn.PRORATA.param.amount": {
    fr: "Montant de la période, en euros (ex. 23398) ; de 0 à 10^12, sinon #NOMBRE!.",
    en: "Amount for the whole period, in euros (e.g. 23398); 0 to 10^12, otherwise #NUM!.",
  },
  "fn.PRORATA.param.start": {
    fr: "Premier jour effectif (date, AAAA-MM-JJ ou JJ/MM/AAAA), du 01/01/1900 au 31/12/9999, sinon #NOMBRE!.",
    en: "First effective day (date, YYYY-MM-DD or DD/MM/YYYY), 1900-01-01 to 9999-12-31, otherwise #NUM!.",
  },
  "fn.PRORATA.param.end": {
    fr: "Dernier jour effectif, inclus ; pas avant le premier jour, sinon #NOMBRE!.",
    en: "Last effective day, inclusive; not before start, otherwise #NUM!.",
  },
  "fn.PRORATA.param.period_start": {
    fr: "Début de la période (par défaut : 1er janvier de l'année de début), du 01/01/1900 au 31/12/9999, sinon #NOMBRE!.",
    en: "Start of the period (default: 1 January of the start's year), 1900-01-01 to 9999-12-31, otherwise #NUM!.",
  },
  "fn.PRORATA.param.period_end": {
    fr: "Fin de la période, incluse (par défaut : 31 décembre de l'année de début) ; pas avant son début, sinon #NOMBRE!.",
    en: "End of the period, inclusive (default: 31 December of the start's year); not before period_start, otherwise #NUM!.",
  },
  "fn.PRORATA.param.basis": {
    fr: "0 = jours calendaires (par défaut) ; 1 = mois (mois entier 1/12, mois partiel au prorata de ses jours) ; toute autre valeur donne #NOMBRE!.",
    en: "0 = calendar days (default); 1 = months (whole month 1/12, partial month by its days); any other value gives #NUM!.",
  },
  "fn.INSTALMENT.description": {
    fr: "Montant de l'échéance n° « number » d'un total payé en plusieurs parts ; la dernière (le solde) est le total moins les versements précédents.",
    en: 'Amount of instalment "number" of a total paid in parts; the last one (the balance) is the total minus the previous payments.',
  },
  "fn.INSTALMENT.param.total": {
    fr: "Montant total dû, en euros ; de 0 à 10^12, sinon #NOMBRE!.",
    en: "Total amount owed, in euros; 0 to 10^12, otherwise #NUM!.",
  },
  "fn.INSTALMENT.param.number": {
    fr: "Numéro de l'échéance, entier de 1 au nombre de parts, sinon #NOMBRE!.",
    en: "Instalment number, a whole number from 1 to the number of shares, otherwise #NUM!.",
  },
  "fn.INSTALMENT.param.shares": {
    fr: "Parts de chaque échéance, chacune supérieure à 0 et de somme 1 (par défaut {0,5;0,5} : signature puis solde), sinon #NOMBRE!.",
    en: "Share of each instalment, each above 0, summing to 1 (default {0.5;0.5}: signature, then balance), otherwise #NUM!.",
  },
  "fn.INSTALMENT.param.digits": {
    fr: "Nombre de décimales de l'arrondi, entier de 0 à 6 (2 par défaut) ; sinon #NOMBRE!.",
    en: "Decimals to round to, a whole number from 0 to 6 (default 2); otherwise #NUM!.",
  },
  "fn.SCHEDULE.description": {
    fr: "Échéancier complet d'un total, en colonne (une ligne par échéance).",
    en: "The whole payment schedule of a total, as a column (one row per instalment).",
  },
  "fn.SCHEDULE.param.total": {
    fr: "Montant total dû, en euros ; de 0 à 10^12, sinon #NOMBRE!.",
    en: "Total amount owed, in euros; 0 to 10^12, otherwise #NUM!.",
  },
  "fn.SCHEDULE.param.shares": {
    fr: "Parts de chaque échéance, chacune supérieure à 0 et de somme 1 (par défaut {0,5;0,5}), sinon #NOMBRE!.",
    en: "Share of each instalment, each above 0, summing to 1 (default {0.5;0.5}), otherwise #NUM!.",
  },
  "fn.SCHEDULE.param.digits": {
    fr: "Nombre de décimales de l'arrondi, entier de 0 à 6 (2 par défaut) ; sinon #NOMBRE!.",
    en: "Decimals to round to, a whole number from 0 to 6 (default 2); otherwise #NUM!.",
  },
  "fn.REVALUE.description": {
    fr: "Montant après revalorisations annuelles successives (avenants), chaque étape arrondie.",
    en: "Amount after successive yearly revaluations (amendments), each step rounded.",
  },
  "fn.REVALUE.param.amount": {
    fr: "Montant de départ, en euros ; de 0 à 10^12, sinon #NOMBRE!.",
    en: "Starting amount, in euros; 0 to 10^12, otherwise #NUM!.",
  },
  "fn.REVALUE.param.rates": {
    fr: "Taux de revalorisation, un par année (ex. 1,1 % ou une plage de taux), chacun d'au moins -100 %, sinon #NOMBRE!.",
    en: "Revaluation rates, one per year (e.g. 1.1% or a range of rates), each -100% or more, otherwise #NUM!.",
  },
  "fn.REVALUE.param.digits": {
    fr: "Nombre de décimales de l'arrondi de chaque étape, entier de 0 à 6 (2 par défaut) ; sinon #NOMBRE!.",
    en: "Decimals each step is rounded to, a whole number from 0 to 6 (default 2); otherwise #NUM!.",
  },
  "fn.PRESENCE_DAYS.description": {
    fr: "Jours de présence prévus de l'agent mis à disposition : lundi-mardi en semaines ISO paires, lundi-mercredi en semaines impaires, hors jours fériés.",
    en: "Scheduled presence days of the seconded agent: Monday–Tuesday in even ISO weeks, Monday–Wednesday in odd weeks, holidays excluded.",
  },
  "fn.PRESENCE_DAYS.param.start": {
    fr: "Premier jour de la période (inclus), du 01/01/1900 au 31/12/9999, sinon #NOMBRE!.",
    en: "First day of the period (inclusive), 1900-01-01 to 9999-12-31, otherwise #NUM!.",
  },
  "fn.PRESENCE_DAYS.param.end": {
    fr: "Dernier jour de la période (inclus) ; pas avant le premier, sinon #NOMBRE!.",
    en: "Last day of the period (inclusive); not before start, otherwise #NUM!.",
  },
  "fn.PRESENCE_DAYS.param.holidays": {
    fr: "Plage de jours fériés remplaçant ceux de la Moselle (11 nationaux + Vendredi saint + 26 décembre), dates du 01/01/1900 au 31/12/9999, sinon #NOMBRE!.",
    en: "Range of holidays replacing those of Moselle (11 national ones + Good Friday + 26 December), dates 1900-01-01 to 9999-12-31, otherwise #NUM!.",
  },
  "fn.SEMESTER.description": {
    fr: "Semestre d'une date, tel qu'il figure dans le classeur : « 2021-S1 » (janvier-juin) ou « 2021-S2 ».",
    en: 'Semester of a date, as used in the workbook: "2021-S1" (January–June) or "2021-S2".',
  },
  "fn.SEMESTER.param.date": {
    fr: "La date (numéro de série, AAAA-MM-JJ ou JJ/MM/AAAA), du 01/01/1900 au 31/12/9999, sinon #NOMBRE!.",
    en: "The date (serial number, YYYY-MM-DD or DD/MM/YYYY), 1900-01-01 to 9999-12-31, otherwise #NUM!.",
  },
} as const);
