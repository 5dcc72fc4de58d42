/**
 * The personal-data guard's mechanisms that read a whole class of notes rather than one word: a cause after its
 * marker, pregnancy by its trimester, disability by its setting, rate or walking aid, sobriety counted, a
 * qualification from abroad, a child entrusted by a judge, a sympathy for a side, a same-sex partner "with whom she
 * shares her life"; and, for identifiers, first names typed in lower case where a person stands, birthdays and
 * birthplaces before a date. Traps use the same words for a job, a shop, a topic or a date of the work.
 *
 * Every note here was written for this file (none is copied from the evaluation corpora or the labelled corpus).
 * Expected categories follow the convention's article 9.1 as a data-protection officer files them (pregnancy,
 * addiction and disability are health; family measures and money troubles are social).
 */
import { screenText } from "../../src/core/check/guard";

const categories = (text: string): string[] => [...new Set(screenText(text).map((f) => f.category))];
const levelOf = (text: string, category: string): string[] =>
  screenText(text)
    .filter((f) => f.category === category)
    .map((f) => f.level);

describe("guard mechanisms: a cause after its marker", () => {
  it.each([
    ["ne peut plus porter de charges suite à sa hernie discale", "health"],
    ["a décliné l'offre en raison de ses lombalgies", "health"],
    ["formation interrompue pour raison de chimio", "health"],
    ["absente deux semaines suite a son hospi", "health"],
    ["moins dispo du fait de son divorce en cours", "social"],
    ["déménagement forcé suite à l'expulsion de mars", "social"],
    ["a perdu son poste à cause d'une condamnation ancienne", "criminal"],
    ["injoignable depuis son incarcération", "criminal"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it.each([
    "atelier reporté en raison de la grève des transports",
    "candidature relancée suite au processus de recrutement",
    "inscription suite à l'information collective de mardi",
    "retard à cause du bus, rdv décalé",
    "poste ouvert suite au départ en retraite du chauffeur",
  ])("%s stays silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("guard mechanisms: health said by its context", () => {
  it.each([
    // pregnancy by its trimester
    ["écho du 3e trimestre jeudi, ne viendra pas", "health"],
    ["nausées au premier trimestre, préfère les ateliers l'après-midi", "health"],
    ["transfert d'embryon prévu le 14, sera absente", "health"],
    // disability by its setting, its rate or its walking aid
    ["a toujours travaillé en établissement protégé", "health"],
    ["tx d'incapacité 60%, poste assis à privilégier", "health"],
    ["se déplace avec deux béquilles depuis l'été", "health"],
    // sobriety counted or stopped
    ["6 semaines sans consommer, fier de lui", "health"],
    ["a arrêté de boire depuis la rentrée", "health"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it.each([
    "bilan du 1er trimestre envoyé au financeur",
    "objectifs du deuxième trimestre atteints",
    "Vendeur au rayon pêche, conseille sur les cannes et moulinets.",
    "trois mois sans contrat, cherche de l'intérim",
    "Boutique de vêtements de grossesse : vendeuse en CDD",
    "Gestion des arrêts de travail et des mutuelles en cabinet comptable",
    "Offre d'accompagnant éducatif auprès d'enfants handicapés, temps partiel",
  ])("%s stays silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("guard mechanisms: origin, family, opinion, partner", () => {
  it.each([
    ["diplôme d'ingénieur obtenu au Cameroun, équivalence en cours", "origin"],
    ["son permis de conduire n'est pas reconnu en France", "origin"],
    ["née au Cap-Vert, cherche un poste d'aide-cuisinière", "origin"],
    ["ses petits-enfants lui ont été confiés par le JAF", "social"],
    ["mesure d'AGBF en cours, budget géré par l'UDAF", "social"],
    ["RDV avec la déléguée du procureur lundi matin", "criminal"],
    ["DSE depuis mars, horaires contraints", "criminal"],
    ["sympathisante nationaliste selon ses dires", "opinion"],
    ["Il partage sa vie avec un homme et cherche un poste à Metz.", "sexLife"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it("a sympathy alone is a warning to check", () => {
    expect(levelOf("se dit sympathisant, sans préciser", "opinion")).toEqual(["warning"]);
  });

  it.each([
    "Master obtenu à Nancy en 2019, cherche un poste de juriste",
    "mission confiée par la mairie pour l'été",
    "Elle partage sa vie avec un homme qui travaille de nuit.",
    "Accueil touristique, portugais et espagnol souhaités.",
    "Attestation de certification B2 en russe pour le poste d'interprète",
    "SOS Racisme anime un atelier au lycée sur l'embauche.",
    "L'union locale CFDT présente ses permanences juridiques.",
    "Animatrice pour un public d'allophones au centre social",
    "Prévention des violences sexuelles : intervention au collège",
    "Le centre d'addictologie recherche un secrétaire à mi-temps.",
  ])("%s stays silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("guard mechanisms: identifiers wherever a person stands", () => {
  it.each([
    ["ok pour l atelier, rdv avec yannick le 12", "yannick", "warning"],
    ["mathilde a confirmé sa venue", "mathilde", "warning"],
    ["cv de florian transmis a l agence", "florian", "warning"],
    ["retour de noémie attendu avant vendredi", "noémie", "warning"],
    ["contact sébastien au magasin pour la PMSMP", "sébastien", "warning"],
    ["entretien avec aurélie d. jeudi", "aurélie d.", "error"],
  ])("%s → the name %s (%s)", (note, quote, level) => {
    const names = screenText(note).filter((f) => f.category === "name");
    expect(names.map((f) => [f.quote, f.level])).toEqual([[quote, level]]);
  });

  it.each([
    ["anniv. le 3 mars 1994, rappeler avant", "anniv. le 3 mars 1994"],
    ["né à Saint-Avold le 02/05/1979", "né à Saint-Avold le 02/05/1979"],
  ])("%s → a birth date", (note, quote) => {
    expect(
      screenText(note)
        .filter((f) => f.category === "birthDate")
        .map((f) => f.quote),
    ).toEqual([quote]);
  });

  it.each([
    "anniversaire de l'entreprise le 12 mai, stand au forum",
    "ok pour le job, relance en juin",
    "marine nationale : offre de mécanicien",
    "rdv pris pour la semaine 12",
    "vu le directeur, accord pour une immersion",
    // the employer's address, not the person's
    "Essai chez l'employeur lundi, 8 rue des Tanneurs à Thionville",
  ])("%s names nobody", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});
