import {
  INDICATORS,
  LISTS,
  QPV_METZ,
  findIndicatorByCode,
  findIndicatorByLabel,
  qpvOf,
} from "../../src/core/catalogue";

// The codes listed in the issue: article 7 of the convention, then the 2021 action plan.
const ART7 = [
  "DE_ACCUEILLIS",
  "ENTRETIENS",
  "PRESCRIPTIONS_PRESTATION",
  "PRESCRIPTIONS_FORMATION",
  "PROPOSITIONS_OFFRES",
  "OFFRES_TRANSMISES",
  "ACTIONS_PROPOSEES",
];
const PLAN = [
  "INFOS_EQUIPES",
  "MER",
  "PROMOS_PROFILS",
  "ENVOIS_MRS",
  "INSCRIPTIONS_FORMATION",
  "AUTRES_SERVICES",
  "COMMUNICATIONS_AGENCES",
  "SOLLICITATIONS_CONSEILLERS",
  "BESOINS_NON_COUVERTS",
  "ATELIERS",
  "ORIENTATIONS_IAE",
  "APPUI_CHANTIER",
  "MANIFESTATIONS",
  "ACTIONS_TZCLD",
  "PMSMP",
];

test("the catalogue holds exactly the contract codes, article 7 first", () => {
  expect(INDICATORS.map((i) => i.code)).toEqual([...ART7, ...PLAN]);
  expect(new Set(INDICATORS.filter((i) => ART7.includes(i.code)).map((i) => i.group)).size).toBe(1);
});

test("labels are unique, French, and safe as Excel criteria", () => {
  const labels = INDICATORS.map((i) => i.label.toLowerCase());
  expect(new Set(labels).size).toBe(labels.length);
  for (const label of labels) expect(label).not.toMatch(/^[<>=]|[*?~]/);
  expect(findIndicatorByCode("DE_ACCUEILLIS")?.label).toBe("Demandeurs d'emploi accueillis");
});

test("finding an indicator by its label ignores case and surrounding spaces", () => {
  expect(findIndicatorByLabel("  demandeurs D'EMPLOI accueillis ")?.code).toBe("DE_ACCUEILLIS");
  expect(findIndicatorByLabel("Mises en relation (MER)")?.code).toBe("MER");
  expect(findIndicatorByLabel("inconnu")).toBeUndefined();
  expect(findIndicatorByCode(" pmsmp ")?.code).toBe("PMSMP");
});

test("the lists are those of the issue, with the six QPV named in the convention's preamble", () => {
  expect(QPV_METZ).toEqual([
    "Borny",
    "Bellecroix",
    "Hauts-de-Vallières",
    "Sablon Sud",
    "La Patrotte-Metz Nord",
    "Saint-Eloy-Boileau-Prégénie",
  ]);
  expect(LISTS.quartier).toEqual([...QPV_METZ, "Hors QPV", "Non renseigné"]);
  expect(qpvOf(LISTS.quartier)).toEqual(QPV_METZ);
  expect(LISTS.trancheAge).toEqual(["Moins de 26 ans", "26 à 49 ans", "50 ans et plus", "Non renseigné"]);
  expect(LISTS.sexe).toEqual(["Femme", "Homme", "Non renseigné"]);
});
