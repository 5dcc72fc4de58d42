/**
 * The personal-data guard on more families of phrasing: diagnoses, leave and permits clipped or misspelt,
 * euphemisms for drinking, mandates and party roles said short, family breaks and money for the basics said as
 * facts; and the harmless contexts that keep the same words silent (an organisation named after its cause acting
 * as an employer, a place of worship as a landmark, a job or a skill named after its field).
 *
 * Every note here was written for this file (none is copied from the evaluation corpora or from the labelled
 * corpus). Categories are how a data-protection officer files the fact: pregnancy, drinking and disability are
 * health; family breaks and money are social; a mandate or a party is an opinion.
 */
import { findIdentifiers } from "../../src/core/check/identifiers";
import { screenText } from "../../src/core/check/guard";

const categories = (text: string): string[] => [...new Set(screenText(text).map((f) => f.category))];

describe("guard families: clipped, misspelt or said by a euphemism", () => {
  it.each([
    // health: diagnoses clipped or misspelt, operations, sick leave as a state, maternity, screening, drinking
    ["diab. type 2, prévoir pauses", "health"],
    ["insulino-dép., repas à heure fixe", "health"],
    ["dépresion sévère l'hiver dernier", "health"],
    ["grossese de 5 mois", "health"],
    ["op. du genou prévue en mai", "health"],
    ["en post-op jusqu'à la fin du mois", "health"],
    ["tjrs en AM, certificat jusqu'au 30", "health"],
    ["mise en AM par son médecin", "health"],
    ["reprise en attente de consolidation de l'épaule", "health"],
    ["cgé mat. jusqu'en janvier", "health"],
    ["DPA mi-décembre", "health"],
    ["date présumée d'accouchement en juin", "health"],
    ["dépistage au CeGIDD mardi", "health"],
    ["dossier cap empl. en cours", "health"],
    ["penchant pour la bouteille, suivi à mettre en place", "health"],
    ["il lève le coude le week-end", "health"],
    ["problèmes de boisson anciens", "health"],
    // origin: permits said short, the right to work, the mother tongue
    ["tit. sej. à renouveler en mars", "origin"],
    ["carte sejour expirée", "origin"],
    ["APS obtenue pour 6 mois", "origin"],
    ["toujours pas autorisée à travailler", "origin"],
    ["langue maternelle : lingala", "origin"],
    // religion: freemasonry, a denomination in brackets after a constraint
    ["réunions maçonniques le mardi", "religion"],
    ["absente le dimanche (paroisse orthodoxe)", "religion"],
    // opinion: mandates and party roles said short, elections under a label
    ["élue au CM de sa commune", "opinion"],
    ["cons. municipale à Woippy", "opinion"],
    ["resp. PS de sa ville", "opinion"],
    ["section départementale du RN, très investi", "opinion"],
    ["candidate aux régionales sous l'étiquette d'un mouvement", "opinion"],
    // sex life: sex work as an activity
    ["a pratiqué l'escorting", "sexLife"],
    ["travail du sexe par le passé", "sexLife"],
    // criminal: sentence adjustments and prisons said short
    ["amgt de peine accordé", "criminal"],
    ["libéré du CD de Toul en avril", "criminal"],
    // social: family breaks, bereavement, money for the basics, the emergency number after a housing word
    ["a quitté le domicile familial en mars", "social"],
    ["séparation d'avec son compagnon cet été", "social"],
    ["aucun contact avec ses parents depuis 2 ans", "social"],
    ["vient de perdre sa grand-mère, absente lundi", "social"],
    ["n'a pas de quoi se payer le permis", "social"],
    ["ne peut plus payer son forfait téléphone", "social"],
    ["ligne suspendue pour impayé", "social"],
    ["hébergée 115 depuis lundi", "social"],
  ])("« %s » → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it("names the category, quotes the words and suggests the need", () => {
    const [finding] = screenText("penchant pour la bouteille, suivi à mettre en place");
    expect(finding).toMatchObject({ category: "health", level: "error", quote: "penchant pour la bouteille" });
    expect(finding?.suggestion).not.toBe("");
    expect(finding?.about).not.toBe("");
  });

  it.each([
    // the same letters elsewhere: the afternoon, a school grade, a child's class, accounts, a water bottle
    "RDV en am à l'agence",
    "élève de CM2 à l'école du quartier",
    "sortie du CP de son fils à 16h30",
    "consolidation des acquis avant le titre pro",
    "la bouteille d'eau est fournie sur le chantier",
    "opérateur de production en 2x8",
    "autorisé à travailler le dimanche par dérogation",
    "s'est présentée aux élections du CSE de son entreprise",
    "rupture conventionnelle signée avec l'employeur",
  ])("stays silent on « %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });
});

describe("guard families: harmless contexts that silence a sensitive word", () => {
  it.each([
    // an organisation named after its cause or its place of worship, acting as an employer or a partner
    "La Ligue contre le diabète recrute un chargé d'accueil",
    "L'association de la synagogue recrute un gardien",
    "Un CAARUD du centre-ville recrute un éducateur",
    "Le Secours populaire tient une permanence au forum",
    "France Alzheimer : animateur d'ateliers pour les aidants",
    "Épicerie solidaire : vendeuse en contrat aidé",
    // a place of worship as a landmark or a stop
    "le magasin est à côté de l'église orthodoxe",
    "arrêt Synagogue, ligne 3",
    "chantier de rénovation de la chapelle catholique",
    // a job, a subject taught or a skill named after its field
    "professeur d'histoire des religions en lycée",
    "standardistes du 115 en horaires de nuit",
    "agent RSA au Département, catégorie B",
    "atelier collectif sur la santé mentale",
    "secouriste en santé mentale, atout pour le poste",
    "CPIP : concours ouvert en mars",
    "éducatrice pour mineurs isolés, CDD",
    "juriste en droit au séjour des étrangers",
    "commission de prévention des expulsions, réunion trimestrielle",
  ])("stays silent on « %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });

  it.each([
    // the same organisations about the person
    ["suivie par l'association des diabétiques", "health"],
    ["sa mère est suivie par la Ligue contre le cancer", "health"],
  ])("still reports « %s » → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("guard families: identifiers in more forms", () => {
  const kinds = (text: string) => findIdentifiers(text).map((h) => h.kind);

  it.each([
    ["Marie-Laure : relancée pour la PMSMP", "name"],
    ["le CV de Pierre est parti chez l'employeur", "name"],
    ["née 14-07-1988 à Thionville", "birthDate"],
    ["né 3.4.1979", "birthDate"],
  ])("« %s » → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    "Agence : relance des offres",
    "entretien à la patinoire Charlemagne",
    "Victor Assurances recrute",
    "le dossier de France Travail",
    "séance du 03-05-2021",
    "il ne 1990",
    "rdv à l'espace Bernanos, 4 rue des Jardins",
  ])("stays silent on « %s »", (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
