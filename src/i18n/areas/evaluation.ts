import { area } from "../area";

/**
 * Évaluer: the screen, and the columns of the evaluation sheet its preview shows too (the sheet's other text is
 * French only, in src/core/evaluation/sheet-text.ts).
 */
export const EVALUATION_TEXT = area({
  "file.eval.intro": {
    fr: "Choisissez un classeur de suivi (.xlsx) : la feuille d'évaluation de la période y est ajoutée, chiffres figés et cadres à compléter par le comité. Le fichier choisi n'est pas modifié : la copie mise à jour vous est proposée en téléchargement.",
    en: "Choose a tracking workbook (.xlsx): the period's evaluation sheet is added to it, with frozen figures and blocks for the committee to fill in. The chosen file is not changed: the updated copy is offered as a download.",
  },
  "file.eval.choose": { fr: "Classeur à évaluer (.xlsx)", en: "Workbook to evaluate (.xlsx)" },
  "file.eval.chooseFirst": {
    fr: "Choisissez d'abord le classeur à évaluer (.xlsx).",
    en: "Choose the workbook to evaluate (.xlsx) first.",
  },
  "file.eval.downloadHint": {
    fr: "Rien n'est enregistré tant que vous n'avez pas téléchargé le classeur. Pour refaire l'évaluation plus tard, choisissez la copie téléchargée : le texte saisi dans les cadres sera repris.",
    en: "Nothing is saved until you download the workbook. To make the evaluation again later, choose the downloaded copy: the text typed in the blocks is carried over.",
  },
  "eval.col.indicator": { fr: "Indicateur", en: "Indicator" },
  "eval.col.value": { fr: "Période", en: "Period" },
  "eval.col.previous": { fr: "Période précédente", en: "Previous period" },
  "eval.col.ctd": { fr: "Cumul de la convention", en: "Convention to date" },
  "screen.eval.intro": {
    fr: "Feuille d'évaluation pour le comité de pilotage : les chiffres de la période sont figés dans une nouvelle feuille, avec des cadres à compléter.",
    en: "Evaluation sheet for the steering committee: the period's figures are frozen in a new sheet, with blocks to fill in.",
  },
  "screen.eval.period": { fr: "Période", en: "Period" },
  "screen.eval.semester": { fr: "Semestre {label}", en: "Semester {label}" },
  "screen.eval.year": { fr: "Bilan de l'année {label}", en: "Review of year {label}" },
  "screen.eval.final": { fr: "Évaluation finale (toute la convention)", en: "Final evaluation (whole convention)" },
  "screen.eval.preview": { fr: "Aperçu des chiffres", en: "Preview the figures" },
  "screen.eval.write": { fr: "Écrire la feuille", en: "Write the sheet" },
  "screen.eval.running": { fr: "Évaluation en cours…", en: "Evaluating…" },
  "screen.eval.rows": { fr: "{rows} ligne(s) de Suivi sur la période.", en: "{rows} row(s) of Suivi in the period." },
  "screen.eval.withErrors": {
    fr: "Les données contiennent {errors} erreur(s) (voir Vérifier) : la feuille le signalera en rouge.",
    en: "The data holds {errors} error(s) (see Check): the sheet will say so in red.",
  },
  "screen.eval.confirm": {
    fr: "Cette feuille existe déjà. La remplacer ? L'ancienne version sera renommée en archive et le texte saisi dans les cadres sera repris.",
    en: "This sheet already exists. Replace it? The old version is renamed as an archive and the text typed in the blocks is carried over.",
  },
  "screen.eval.replace": { fr: "Remplacer", en: "Replace" },
  "screen.eval.written": { fr: "Feuille « {sheet} » écrite.", en: 'Sheet "{sheet}" written.' },
  "screen.eval.archived": { fr: "Ancienne version : « {sheet} ».", en: 'Old version: "{sheet}".' },
  "screen.eval.noPrint": {
    fr: "Cette version d'Excel ne permet pas de régler la mise en page (ExcelApi 1.9) : réglez l'impression A4 à la main.",
    en: "This Excel version cannot set the page layout (ExcelApi 1.9): set A4 printing by hand.",
  },
  "screen.eval.failed": { fr: "L'évaluation a échoué : {reason}", en: "The evaluation failed: {reason}" },
  "screen.eval.refused.format": { fr: "Période non reconnue.", en: "Period not recognised." },
  "screen.eval.refused.outside": {
    fr: "Cette période est hors de la durée de la convention (Paramètres).",
    en: "This period is outside the convention's duration (Paramètres).",
  },
  "screen.eval.refused.noTable": {
    fr: "Le classeur n'a pas de tableau Suivi : utilisez d'abord Construire.",
    en: "The workbook has no Suivi table: use Build first.",
  },
} as const);
