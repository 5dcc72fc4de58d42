import { area } from "../area";

/** Text shared by every area: joining words and quotes, cell addresses, the progress and cancel of long work. */
export const COMMON_TEXT = area({
  "text.pair": { fr: "{first} {second}", en: "{first} {second}" },
  "text.quoted": { fr: "« {text} »", en: '"{text}"' },
  "text.comma": { fr: "{first}, {second}", en: "{first}, {second}" },
  "text.and": { fr: "{first} et {second}", en: "{first} and {second}" },
  "work.cancel": { fr: "Annuler", en: "Cancel" },
  "work.step.read": { fr: "Lecture du classeur…", en: "Reading the workbook…" },
  "work.step.check": { fr: "Contrôle des lignes…", en: "Checking the rows…" },
  "work.step.compute": { fr: "Calcul des chiffres…", en: "Computing the figures…" },
  "work.step.write": { fr: "Écriture…", en: "Writing…" },
  "work.writing": {
    fr: "Écriture en cours : elle ne peut plus être interrompue.",
    en: "Writing: it can no longer be stopped.",
  },
  "work.cancelled": { fr: "Interrompu : rien n'a été modifié.", en: "Stopped: nothing was changed." },
  "a1.badAddress": { fr: "adresse « {address} » invalide", en: 'invalid address "{address}"' },
} as const);
