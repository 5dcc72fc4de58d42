import { area } from "../area";

/** The task pane's shell: its title, the tab row and every tab's label (the tabs are drawn before any screen loads). */
export const SHELL_TEXT = area({
  "app.title": { fr: "Suivi de convention", en: "Convention tracking" },
  "app.subtitle": {
    fr: "Convention de partenariat ville × service public de l'emploi",
    en: "City × public employment service partnership convention",
  },
  "app.loading": { fr: "Chargement…", en: "Loading…" },
  "app.tabs.label": { fr: "Écrans du complément", en: "Add-in screens" },
  "app.tabs.more": { fr: "{label} : {count} autres onglets", en: "{label}: {count} other tabs" },
  "app.tabs.moreShort": { fr: "Plus", en: "More" },
  "app.tab.home": { fr: "Accueil", en: "Home" },
  "app.tab.entry": { fr: "Saisie", en: "Entry" },
  "app.tab.check": { fr: "Vérifier", en: "Check" },
  "app.tab.import": { fr: "Importer", en: "Import" },
  "app.tab.evaluate": { fr: "Évaluer", en: "Evaluate" },
  "app.tab.dashboard": { fr: "Tableau de bord", en: "Dashboard" },
  "app.tab.build": { fr: "Construire", en: "Build" },
  "app.tab.settings": { fr: "Paramètres", en: "Settings" },
  "app.tab.functions": { fr: "Fonctions", en: "Functions" },
} as const);
