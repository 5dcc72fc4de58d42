import { area } from "../area";

/** Tableau de bord: the screen, and what keeps the PivotTables from being made. */
export const DASHBOARD_TEXT = area({
  "file.dash.intro": {
    fr: "Choisissez un classeur de suivi (.xlsx) : une feuille « Tableau de bord » y est ajoutée, avec deux tableaux croisés dynamiques sur le tableau Suivi (indicateurs par semestre, demandeurs accueillis par quartier) et un graphique croisé pour chacun. Le fichier choisi n'est pas modifié : la copie vous est proposée en téléchargement.",
    en: 'Choose a tracking workbook (.xlsx): a "Tableau de bord" sheet is added to it, with two PivotTables over the Suivi table (indicators by semester, job seekers received by neighbourhood) and a PivotChart for each. The chosen file is not changed: the copy is offered as a download.',
  },
  "file.dash.choose": { fr: "Classeur de suivi (.xlsx)", en: "Tracking workbook (.xlsx)" },
  "file.dash.chooseFirst": {
    fr: "Choisissez d'abord le classeur de suivi (.xlsx).",
    en: "Choose the tracking workbook (.xlsx) first.",
  },
  "file.dash.running": { fr: "Calcul des tableaux croisés…", en: "Computing the PivotTables…" },
  "file.dash.created": {
    fr: "Feuille « Tableau de bord » ajoutée ({rows} ligne(s) de Suivi). Excel actualise les tableaux croisés à l'ouverture.",
    en: 'Sheet "Tableau de bord" added ({rows} row(s) of Suivi). Excel refreshes the PivotTables when the file opens.',
  },
  "file.dash.exists": {
    fr: "Ce classeur a déjà une feuille « Tableau de bord » : ouvrez-le dans Excel et utilisez Actualiser dans ses tableaux croisés.",
    en: 'This workbook already has a "Tableau de bord" sheet: open it in Excel and use Refresh on its PivotTables.',
  },
  "file.dash.downloadHint": {
    fr: "Rien n'est enregistré tant que vous n'avez pas téléchargé le classeur.",
    en: "Nothing is saved until you download the workbook.",
  },
  "dashboard.missingColumns": {
    fr: "Le tableau Suivi n'a pas la ou les colonnes {columns} : réparez le classeur avec suivi-convention build.",
    en: "The Suivi table lacks the column(s) {columns}: repair the workbook with suivi-convention build.",
  },
  "screen.dash.intro": {
    fr: "Tableaux croisés dynamiques sur le tableau Suivi (indicateurs par semestre, demandeurs accueillis par quartier) et un graphique croisé pour chacun.",
    en: "PivotTables over the Suivi table (indicators by semester, job seekers received by neighbourhood) and a PivotChart for each.",
  },
  "screen.dash.create": { fr: "Créer le tableau de bord", en: "Create the dashboard" },
  "screen.dash.refresh": { fr: "Actualiser", en: "Refresh" },
  "screen.dash.running": { fr: "Excel travaille…", en: "Excel is working…" },
  "screen.dash.created": { fr: "Feuille « Tableau de bord » créée.", en: 'Sheet "Tableau de bord" created.' },
  "screen.dash.noFilter": {
    fr: "Cette version d'Excel ne permet pas de filtrer un tableau croisé (ExcelApi 1.12) : choisissez « Demandeurs d'emploi accueillis » dans le filtre du second tableau.",
    en: "This Excel version cannot filter a PivotTable (ExcelApi 1.12): pick \"Demandeurs d'emploi accueillis\" in the second pivot's filter.",
  },
  "screen.dash.refreshed": { fr: "Tableaux croisés actualisés.", en: "PivotTables refreshed." },
  "screen.dash.failed": { fr: "Le tableau de bord a échoué : {reason}", en: "The dashboard failed: {reason}" },
  "screen.dash.refused.unsupported": {
    fr: "Cette version d'Excel ne sait pas créer de tableau croisé dynamique par un complément (ExcelApi 1.8 requis) : utilisez la ligne de commande suivi-convention dashboard.",
    en: "This Excel version cannot create PivotTables from an add-in (ExcelApi 1.8 required): use the suivi-convention dashboard command.",
  },
  "screen.dash.refused.exists": {
    fr: "La feuille « Tableau de bord » existe déjà : utilisez Actualiser.",
    en: 'Sheet "Tableau de bord" already exists: use Refresh.',
  },
  "screen.dash.refused.noTable": {
    fr: "Le classeur n'a pas de tableau Suivi : utilisez d'abord Construire.",
    en: "The workbook has no Suivi table: use Build first.",
  },
} as const);
