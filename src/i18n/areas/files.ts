import { area } from "../area";

/** The task pane working on .xlsx files without Excel: choosing a file, downloading the result. */
export const FILES_TEXT = area({
  "file.choose": { fr: "Choisir le fichier…", en: "Choose the file…" },
  "file.noneChosen": { fr: "Aucun fichier choisi", en: "No file chosen" },
  "file.cliAlso": {
    fr: "Le même travail en ligne de commande : {command}",
    en: "The same work on the command line: {command}",
  },
  "file.download": { fr: "Télécharger « {file} »", en: 'Download "{file}"' },
  "file.unreadable": { fr: "Impossible de lire « {file} » : {reason}.", en: 'Cannot read "{file}": {reason}.' },
} as const);
