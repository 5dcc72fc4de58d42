import { area } from "../area";

/** The notice shown when the pane is opened in a plain browser, outside Excel. */
export const NOTICE_TEXT = area({
  "app.noOffice.title": { fr: "Page ouverte hors d'Excel", en: "Page opened outside Excel" },
  "app.noOffice.what": {
    fr: "Ce complément Excel aide une ville à suivre sa convention de partenariat avec le service public de l'emploi (France Travail, ex-Pôle emploi) : fonctions de calcul (coût du poste, versements, prorata), construction ou réparation du classeur de suivi (actes de la conseillère, indicateurs, financement), vérification de ce classeur et import de lignes depuis un fichier CSV ou .xlsx.",
    en: "This Excel add-in helps a city track its partnership convention with the public employment service (France Travail, formerly Pôle emploi): calculation functions (cost of the post, payments, pro rata), building or repairing the tracking workbook (the counsellor's acts, indicators, funding), checking that workbook, and importing rows from a CSV or .xlsx file.",
  },
  "app.noOffice.withoutExcel": { fr: "Ce qui marche sans Excel :", en: "What works without Excel:" },
  "app.noOffice.list": {
    fr: "l'onglet Fonctions : la liste des fonctions et leurs exemples (les insérer demande Excel) ;",
    en: "the Functions tab: the list of functions and their examples (inserting them needs Excel);",
  },
  "app.noOffice.cli": {
    fr: "la ligne de commande sur des fichiers .xlsx : {command} ; les classeurs produits s'ouvrent ensuite dans Excel ou LibreOffice.",
    en: "the command line on .xlsx files: {command}; the workbooks it writes then open in Excel or LibreOffice.",
  },
  "app.noOffice.load": {
    fr: "Pour utiliser le volet dans Excel sur le web : lancez le serveur du complément (npm start), puis dans Excel, Insertion > Compléments > Charger mon complément, et choisissez manifest.xml.",
    en: "To use the pane in Excel on the web: start the add-in's server (npm start), then in Excel, Insert > Add-ins > Upload My Add-in, and choose manifest.xml.",
  },
  "app.noOffice.files": {
    fr: "les onglets Construire, Vérifier et Importer, sur des fichiers choisis sur cet ordinateur (.xlsx, et .csv pour Importer) : le résultat vous est proposé en téléchargement, votre fichier d'origine n'est jamais modifié ;",
    en: "the Build, Check and Import tabs, on files chosen on this computer (.xlsx, and .csv for Import): the result is offered as a download, your original file is never changed;",
  },
  "app.noOffice.summary": {
    fr: "Sans Excel, Construire, Vérifier et Importer travaillent sur des fichiers choisis sur cet ordinateur.",
    en: "Without Excel, Build, Check and Import work on files chosen on this computer.",
  },
  "app.noOffice.more": { fr: "En savoir plus", en: "Learn more" },
} as const);
