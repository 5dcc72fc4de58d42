/**
 * Families of sensitive facts said in everyday or clipped wording, read where the note is about the person, and the
 * traps that use the same words for an employer, an offer, a speaker, a topic or a classification's label.
 *
 * Every note here was written for this file (none is copied from the evaluation corpora). Expected categories follow
 * the convention's article 9.1 as a data-protection officer files them: an addiction (gambling included) and a
 * treatment are health; lacking money, sleeping rough, a benefit and shared custody are social; a measure ordered
 * by a prosecutor is criminal; taking part in a protest or holding an office in a party is an opinion.
 */
import { screenText } from "../../src/core/check/guard";

const categories = (text: string): string[] => [...new Set(screenText(text).map((f) => f.category))];

describe("lacking money and a roof, said plainly", () => {
  it.each([
    "n'a plus les moyens de se payer le bus, reporte la formation",
    "Pas les moyens pour le permis, cherche un financement.",
    "plus un sou depuis le 10 du mois",
    "Sans ressources depuis la fin de ses droits.",
    "ne peut pas avancer les frais de la visite médicale",
    "n'arrive plus à payer l'essence pour venir aux ateliers",
    "a dilapidé toutes ses économies l'an dernier",
    "vient de divorcer, démarches en cours",
    "famille mono., 3 enfants",
    "sép. depuis peu, logement à trouver",
    "Dort dehors depuis deux semaines.",
    "campe sous un pont près de la gare",
    "vit sous une tente avec son chien",
    "RSA suspendu depuis mars, en attente de la CAF.",
    "AME refusée, dossier à refaire.",
    "complémentaire santé solidaire accordée le mois dernier",
    "gde alt., dispo une semaine sur deux",
    "garde alternée : pas dispo les semaines paires",
  ])("%s → social", (note) => {
    expect(categories(note)).toContain("social");
  });

  it.each([
    "Pas les moyens de transport pour aller à Metz, le permis est en cours.",
    "sep. 2023 : entretien fait, CV à revoir",
    "Le jury a noté un manque de moyens du service.",
    "Propose des missions sans ressources humaines dédiées.",
    "Remplacement d'un congé maternité à la crèche, CDD de 4 mois.",
    "Remplaçante pendant les congés maladie et maternité de l'équipe, poste à pourvoir en mai.",
    "Remplaçant pendant l'arrêt maladie d'un salarié, mission de 3 semaines.",
    "Le centre de rééducation cherche un kinésithérapeute à temps partiel.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("addiction, gambling and treatments, whole or clipped", () => {
  it.each([
    "Flambe tout son RSA au PMU.",
    "parie tous les soirs sur les matchs de foot, a des dettes",
    "joue aux machines à sous ttes les nuits",
    "Mise son salaire sur les courses, ne s'en sort plus.",
    "joue au poker en ligne, ne dort plus",
    "pb de consommation reconnu, rdv en addicto",
    "soucis avec sa conso, suivi en consultation jeunes consommateurs",
    "sous neuroleptiques, fatigue le matin",
    "sous méthadone depuis 2 ans",
    "Sous anxio. depuis l'hiver",
    "prend des antidépresseurs, motivation fluctuante",
  ])("%s → health", (note) => {
    expect(categories(note)).toContain("health");
  });

  it.each([
    "Joue au foot tous les week-ends avec son club.",
    "Bonne connaissance de la législation des produits stupéfiants en officine.",
    "Notions de réglementation des anxiolytiques acquises en pharmacie.",
    "Vie Libre organise une journée portes ouvertes pour recruter des bénévoles.",
    "Croupier recherché pour le casino de Amnéville, CDI.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("a measure ordered by justice", () => {
  it.each([
    "amende prononcée par le tribunal de police, paiement en cours",
    "Rappel à la loi en mars, pas d'autre suite.",
    "stage de citoyenneté à faire avant l'été",
    "travaux imposés par le juge, 70 h restantes",
    "composition pénale acceptée",
  ])("%s → criminal", (note) => {
    expect(categories(note)).toContain("criminal");
  });

  it.each([
    "Le prestataire de nettoyage du centre de détention de Metz-Queuleu et de ses annexes cherche un agent.",
    "Cuisinier recherché pour la cantine du centre pénitentiaire, CDI.",
    "Mission ordonnée par le juge des tutelles pour un mandataire, poste de secrétaire.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("opinions shown by acts and offices", () => {
  it.each([
    "Prend part aux blocages de la raffinerie, absences à prévoir.",
    "a manifesté contre la loi travail avec son syndicat",
    "manifeste tous les samedis, pas dispo le week-end",
    "participe aux rassemblements du collectif chaque jeudi",
    "Secrétaire de la section locale du PS.",
    "trésorière du comité départemental des Insoumis",
  ])("%s → opinion", (note) => {
    expect(categories(note)).toContain("opinion");
  });

  it.each([
    "Le candidat manifeste un réel intérêt pour le métier.",
    "Manifeste de la motivation pour la logistique.",
    "Participe aux ateliers CV du jeudi.",
    "Participe aux rassemblements d'employeurs du club d'entreprises.",
    "Participe à une marche pour l'emploi organisée par la mairie.",
    "Participe aux manifestations culturelles de la ville comme bénévole.",
    "Secrétaire de la section sportive du collège pendant 3 ans.",
    "Un élu municipal anime la réunion d'information sur les contrats aidés.",
    "Le maire présente le chantier d'insertion aux demandeurs.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("gender identity, said short", () => {
  it.each([
    "transidentité, démarches en cours",
    "non binaire, souhaite qu'on utilise son prénom d'usage",
    "dysphorie de genre évoquée en entretien",
    "vit avec son compagnon (M. est en couple avec un homme)",
  ])("%s → sex life", (note) => {
    expect(categories(note)).toContain("sexLife");
  });
});

describe("organisations and labels that are not the person", () => {
  it.each([
    "Code APE 8720A (hébergement social pour handicapés mentaux), poste d'agent d'entretien.",
    "Entreprise classée sous le code NAF 9491Z (organisations religieuses), poste de comptable.",
    "La Croix-Rouge tient un stand au forum de l'emploi.",
    "Les Arcs-en-ciel, association LGBT du quartier, anime un débat sur l'égalité.",
    "Fleuriste recherché pour la boutique du cimetière, 20 h/sem.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it.each(["Va aux réunions de la Croix Bleue chaque lundi.", "suivi par Vie Libre depuis sa sortie de cure"])(
    "%s → health (the person goes there)",
    (note) => {
      expect(categories(note)).toContain("health");
    },
  );
});

describe("an initial and a surname typed in lower case", () => {
  it.each(["k. muller a rappelé ce matin.", "Entretien fait. r. lopez ne s'est pas présenté à l'atelier."])(
    "%s → name",
    (note) => {
      expect(categories(note)).toContain("name");
    },
  );

  it.each(["p. ex. attestation à fournir", "3 m. de haut, port de charges"])("%s → no name", (note) => {
    expect(categories(note)).not.toContain("name");
  });
});
