/**
 * The personal-data guard on the phrasing families of its tenth round of tuning: names typed with an initial, a
 * particle, a compound first name or in lower case; a street that is its own name; court bans, time served,
 * overcrowding, benefits heading a note, attention deficit, breathlessness, family breaks, party roles; and the
 * same words in the mouth of an organisation, a trade, a diet or a place, which must stay silent.
 *
 * Every note here was written for this file (none is copied from the evaluation corpora or from the labelled
 * corpus). The expected category is how a data-protection officer files the fact: a disability, a diagnosis or a
 * relative's illness is health; housing, money and family difficulties are social; a party role is an opinion; a
 * ban a court imposes or a sentence served is criminal; needing a translator says where the person comes from.
 */
import { findIdentifiers } from "../../src/core/check/identifiers";
import { screenText } from "../../src/core/check/guard";
import { SENSITIVE_WORDS } from "../../src/core/check/sensitive";

const categories = (text: string): string[] => [...new Set(screenText(text).map((f) => f.category))];
const names = (text: string) =>
  findIdentifiers(text)
    .filter((h) => h.kind === "name")
    .map((h) => [h.level, h.text]);

describe("guard round 10: names typed with an initial, a particle, a compound or in lower case", () => {
  it.each([
    // an initial and a surname after a follow-up word, in any case
    ["rdv avec p. kowalski reporté à mardi", "p. kowalski"],
    ["Entretien avec L. Nguyen pour le CV", "L. Nguyen"],
    ["dossier de s. haddad transmis au CFA", "s. haddad"],
    ["relance pour t. mercier, pas de nouvelles", "t. mercier"],
    // with a particle, heading a sentence before a follow-up verb or after a follow-up word
    ["j. dos santos absente ce matin", "j. dos santos"],
    ["F. Van Damme a rappelé pour le stage", "F. Van Damme"],
    ["vu h. el amrani au forum", "h. el amrani"],
    // a first name and a surname in lower case
    ["mehdi ouali a signe son contrat", "mehdi ouali"],
    // first names of origins the generated list lacked
    ["Oleksandr Shevchenko absent au forum", "Oleksandr Shevchenko"],
    ["BERISHA Fjolla relancée par SMS", "BERISHA Fjolla"],
    ["Chinedu Okeke a rappelé ce matin", "Chinedu Okeke"],
    // a first name, a particle and a surname; a person after « à » and a word of sending
    ["Référente : Marie-Hélène Le Goff, tutrice du stage", "Marie-Hélène Le Goff"],
    ["Nadia Ben Youssef absente au rendez-vous", "Nadia Ben Youssef"],
    ["Offre transmise à Lucas Fontaine ce matin", "Lucas Fontaine"],
    // a professional's title before a surname
    ["Échange avec Maître Kessler, avocate de l'employeur", "Maître Kessler"],
  ])("« %s » names « %s » (error)", (text, name) => {
    expect(names(text)).toContainEqual(["error", name]);
  });

  it("flags a first name in lower case after a follow-up noun, with a surname the list does not hold", () => {
    // "traore" is not a first name of the list: the name is « à vérifier », still reported
    expect(names("positionnement de aminata traore sur le poste d'ASH").map(([, text]) => text)).toContain("aminata");
  });

  it.each([
    // a compound first name in lower case after a follow-up word is « à vérifier »
    ["rdv pris pr anne-laure jeudi", "anne-laure"],
    ["appel de jean-marc, interesse par l'offre", "jean-marc"],
    ["nouvelles de yanis : entrée en formation lundi", "yanis"],
    // a first name heading a note with the person's age, in any case
    ["Mathis, 22 ans, cherche un apprentissage", "Mathis"],
    ["lina 17 ans veut un stage en creche", "lina"],
    ["annulé par sofiane, à reprogrammer", "sofiane"],
  ])("« %s » names « %s » (warning)", (text, name) => {
    expect(names(text)).toContainEqual(["warning", name]);
  });

  it.each([
    // clipped words that are also first names of the list
    "rdv sam 9h avec la référente",
    "vu sam matin pour le dossier",
    "2 sem de PMSMP, bilan positif",
    // a single capital letter ending a phrase, then a capitalised word
    "Titulaire du permis B. Disponible immédiatement.",
    "Catégorie C. Horaires de journée.",
    // a hyphenated word that is no compound first name
    "rdv avec rendez-vous pris par le CFA",
    // a town after « à », a chain named like a person, a place with its town
    "Candidature envoyée à Metz par erreur, renvoyée à Thionville.",
    "CV transmis à Leroy Merlin pour le rayon jardin",
    "Stage en cuisine à l'hôpital Docteur Schweitzer.",
  ])("« %s » names nobody", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("guard round 10: addresses whatever the case of the street word", () => {
  it.each([
    ["Habite au 14 Grand-Rue à Sarreguemines", "14 Grand-Rue"],
    ["domicile : 7 grande rue, Lunéville", "7 grande rue"],
    ["adresse : 9 Rue des Tilleuls", "9 Rue des Tilleuls"],
    ["adresse 21 AVENUE FOCH", "21 AVENUE FOCH"],
  ])("« %s » → address « %s »", (text, address) => {
    expect(findIdentifiers(text).map((h) => [h.kind, h.text])).toContainEqual(["address", address]);
  });

  it.each([
    "Salon de l'apprentissage au 5 Grand-Rue, salle des fêtes",
    "Agence au 30 Rue Serpenoise, accueil le matin",
    "3 Places réservées au forum",
  ])("« %s » holds no address", (text) => {
    expect(findIdentifiers(text).filter((h) => h.kind === "address")).toEqual([]);
  });
});

describe("guard round 10: facts said by a new family of words", () => {
  it.each([
    // justice: any ban a court imposes, a sentence served said by its length
    ["interdit de paraître dans le département, cherche en Alsace", "criminal"],
    ["interdiction d'entrer en contact avec la victime", "criminal"],
    ["Interdit de stade depuis l'an dernier.", "criminal"],
    ["a purgé dix-huit mois, cherche dans la logistique", "criminal"],
    ["purge encore 3 mois, sortie prévue à l'automne", "criminal"],
    // housing and money: overcrowding, a benefit heading the note or switched to, worries about the rent
    ["Ils sont à quatre dans une chambre chez la grand-mère.", "social"],
    ["logement en suroccupation, demande de relogement", "social"],
    ["RSA, CER à renouveler le mois prochain", "social"],
    ["bascule en ASS en avril", "social"],
    ["très stressée pour le loyer de décembre", "social"],
    // family: no family to lean on, a break with one's parents
    ["sans soutien familial depuis son arrivée à Nancy", "social"],
    ["a coupé les ponts avec ses parents", "social"],
    ["en rupture avec les parents depuis 2 ans", "social"],
    // origin: a translator needed
    ["prévoir un traducteur en dari pour le prochain rendez-vous", "origin"],
    ["besoin d'une traductrice pour comprendre le contrat", "origin"],
    // health: attention deficit, breathlessness and lung disease, a wheelchair, a diagnosis, a relative in care
    ["TDA/H, a besoin de consignes courtes", "health"],
    ["déficit de l'attention, travail au calme souhaité", "health"],
    ["a été diagnostiquée l'an dernier, suivi en cours", "health"],
    ["emphysème, pas d'effort physique prolongé", "health"],
    ["essoufflement au moindre effort, éviter les escaliers", "health"],
    ["utilisatrice d'un fauteuil, vérifier l'accès au bureau", "health"],
    ["fauteuil électrique, ascenseur obligatoire", "health"],
    ["son mari est traité en cardiologie, horaires à adapter", "health"],
    ["TS fin 2022, reprise progressive", "health"],
    ["antécédents de TS, suivi par le CMP", "health"],
    // clipped diagnoses and devices, a diagnosis dated
    ["scl. en plaques, fatigable l'après-midi", "health"],
    ["poussée de SEP en janvier, reprise en mars", "health"],
    ["séropositive, rdv trimestriels", "health"],
    ["PTG droite l'an dernier, pas de position à genoux", "health"],
    ["diagnostiqué autiste à 30 ans, préfère l'écrit", "health"],
    // justice clipped, money and housing by their bodies
    ["placé sous main de just. jusqu'en 2026", "criminal"],
    ["sous SME encore un an", "criminal"],
    ["recours devant la Banque de France en cours", "social"],
    ["domiciliation au CCAS, pas d'adresse fixe", "social"],
    // part-time for health, a conditional fitness; arrears as a delay, a meter cut, naturalisation clipped
    ["temps partiel théra. accordé jusqu'à l'été", "health"],
    ["en MTT depuis la rentrée", "health"],
    ["visite de reprise : apte sous réserve d'aménagement", "health"],
    ["deux mois de loyer en retard, le bailleur relance", "social"],
    ["compteur électrique coupé depuis vendredi", "social"],
    ["dossier de natu. déposé en préfecture", "origin"],
    // politics: a party role without the party's name
    ["secrétaire de section d'un parti jusqu'en 2020", "opinion"],
    ["ancienne déléguée de circonscription, cherche dans le commerce", "opinion"],
  ])("« %s » → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("guard round 10: the same words for an organisation, a trade, a skill or a place stay silent", () => {
  it.each([
    // an organisation lending its room, leaving leaflets, named through one of its groups
    "La paroisse Saint-Martin prête sa salle pour le job dating.",
    "La Croix-Rouge met à disposition ses locaux pour l'atelier CV.",
    "L'équipe locale du Secours catholique dépose des flyers à l'agence.",
    "Le groupe local de Vie Libre dépose des affiches de prévention.",
    // a cultural centre or a consulate named with its people's adjective, acting as an organisation
    "L'amicale turque de Forbach organise une journée de recrutement.",
    "Le consulat marocain propose un atelier sur la création d'entreprise.",
    // a union's office hours heading a note
    "Permanence de la CFDT le jeudi matin à la maison des associations.",
    "Permanence juridique du syndicat FO chaque lundi.",
    // a trade around pilgrimages, religious goods as a shop's goods
    "Expérience de conducteur d'autocar pour un voyagiste de pèlerinages.",
    "Guide accompagnateur de pèlerinages en Italie pendant 3 saisons.",
    "Vendeuse en librairie de livres religieux, temps partiel.",
    // a cook's diets, allergens as a skill
    "Cuisinière en EHPAD : repas mixés et diabétiques.",
    "Maîtrise des menus sans gluten et pour diabétiques.",
    "Formation HACCP, gestion des allergies alimentaires.",
    // a former asylum or hospital as a place
    "Forum emploi dans l'ancien hôpital militaire de Metz.",
    "Chantier de rénovation de l'ancien hospice de Toul.",
    // subcontracting typed as a treatment
    "Usine de sous traitement aéronautique : 3 postes d'opérateur.",
    "Cherche dans la sous-traitance automobile, CACES 3.",
    // a place named like a person, recruiting
    "Le Carmel de Sarreguemines recrute un agent d'entretien.",
    // a ban that is a rule of a workplace, purging as a plumber's skill, school initials
    "Interdiction de fumer sur tout le site.",
    "Plombier : sait purger et vidanger un circuit de chauffage.",
    "Bac TS en 2012, puis licence de chimie.",
    // a home too small said as a need, a party's « parti pris »
    "Cherche un T3 pour vivre à 4 plus près du travail.",
    "Parti pris de l'entreprise : former en interne.",
    // a month clipped, an engineering office, a bank as an employer
    "Entrée en formation le 2 sep. 2025",
    "Dessinatrice en BE, cherche un CDI",
    "La Banque de France recrute des agents de sécurité.",
    // a benefit heading a topic, not the person's; « ts » for « tous » after a count
    "ASS : nouveautés du barème présentées en atelier",
    "RSA : réunion avec le Département le 14",
    "dispo 2 ts les mois pour le suivi",
    // a need without its cause, invoices late as an accounting task, arrears as a job's matter
    "Éviter le port de charges lourdes, poste assis de préférence.",
    "Saisie des factures en retard dans le logiciel comptable.",
    "Relance des loyers en retard chez un bailleur social, CDD.",
    // translation as a trade
    "Traductrice anglais-allemand, cherche un poste en agence.",
  ])("« %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });
});

describe("guard round 10: the word filter still rules out plain notes", () => {
  // A rule with too many forms is indexed by weak keys (a bare number, a common pair): every note with a count would
  // then run the regexes. Plain follow-up notes with a number must be ruled out before any regex runs.
  it.each([
    "Relance après 3 semaines sans réponse de l'entreprise (12)",
    "Positionnée sur offre de préparateur de commandes (4)",
    "Origine du besoin : départ en retraite (27)",
    "Atelier CV le 5, 8 inscrits",
  ])("« %s »", (text) => {
    expect(SENSITIVE_WORDS.mayMatch(text)).toBe(false);
  });
});
