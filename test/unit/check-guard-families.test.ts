/**
 * The personal-data guard on families of phrasing rather than on single notes: facts said
 * indirectly, short, without accents or with a space for the apostrophe, and the same words used
 * for an organisation, a job, a place or a requirement, which must stay silent.
 *
 * Every note here was written for this file (none is copied from the evaluation corpora or from
 * the labelled corpus). The expected category is how a data-protection officer files the fact
 * (pregnancy, addiction and disability are health; housing, money and family difficulties are
 * social; a union or a party is an opinion; a sentence or a measure is criminal).
 */
import { findSensitive } from "../../src/core/check/sensitive";
import { findIdentifiers } from "../../src/core/check/identifiers";
import { screenText } from "../../src/core/check/guard";

const categories = (text: string): string[] => [...new Set(screenText(text).map((f) => f.category))];

describe("guard families: facts said indirectly or short", () => {
  it.each([
    // justice: record extracts, reporting to the police, measures and sentences said short
    ["extrait B2 non vierge, exclut la sécurité", "criminal"],
    ["bulletin n°2 pas vierge d'après lui", "criminal"],
    ["doit pointer au commissariat chaque vendredi", "criminal"],
    ["pointage gendarmerie 2x/sem, contrainte horaires", "criminal"],
    ["sous CJ depuis fevrier", "criminal"],
    ["placé sous PSE, horaires d'assignation stricts", "criminal"],
    ["GAV le week-end dernier, rdv reporté", "criminal"],
    ["mis en examen, attend son procès", "criminal"],
    ["2 ans ferme, sorti en janvier", "criminal"],
    ["libérable en juin, projet préparé avec le CPIP", "criminal"],
    ["date de libération fixée au 12/09", "criminal"],
    ["conduite sans permis, convoqué devant le juge", "criminal"],
    ["stage de citoyenneté imposé par le tribunal", "criminal"],
    ["sortant de MA en juin", "criminal"],
    ["semi-lib., doit rentrer le soir au centre", "criminal"],
    ["Il a perdu son permis pour alcool au volant.", "criminal"],
    // origin: Travellers, the right to stay and work, where the person was born or grew up
    ["voyageuse, sédentarisée depuis peu", "origin"],
    ["issu du monde du voyage", "origin"],
    ["installé sur un terrain familial avec ses parents", "origin"],
    ["pas d'autorisation de travail pour l'instant", "origin"],
    ["sans autorisation de trav., attend la prefecture", "origin"],
    ["DA deposee en mars", "origin"],
    ["titre vie privée et familiale jusqu'en 2026", "origin"],
    ["carte de 10 ans obtenue", "origin"],
    ["née à Kinshasa, en France depuis 2015", "origin"],
    ["a grandi en Algérie, arrivé à 20 ans", "origin"],
    ["retour au pays prévu cet été pour 2 mois", "origin"],
    ["venu par regroupement familial", "origin"],
    ["binational franco-marocain", "origin"],
    ["arrive en FR en 2021 avec sa famille", "origin"],
    ["mineur isole a son arrivee, majeur depuis peu", "origin"],
    ["apatride depuis sa naissance", "origin"],
    ["sa famille vit en Syrie", "origin"],
    ["arrivee FR 2020, FLE en cours", "origin"],
    // social: arrears, help with food and bills, nights outside, the RSA said short, family
    ["n'arrive plus à payer ses factures d'énergie", "social"],
    ["facture de gaz impayée depuis 3 mois", "social"],
    ["loyers impayés, commandement de quitter les lieux", "social"],
    ["electricite coupee depuis lundi", "social"],
    ["aide financiere demandee au CCAS pour la cantine", "social"],
    ["bons alimentaires du CCAS", "social"],
    ["aide alim. via le CCAS", "social"],
    ["ne mange pas tous les jours à sa faim", "social"],
    ["dort dans sa voiture sur le parking du stade", "social"],
    ["nuits au 115 quand il y a de la place", "social"],
    ["nuitées d'hôtel via le SIAO", "social"],
    ["heberge chez un tiers depuis l'ete", "social"],
    ["vit dans un mobil-home, pas de chauffage", "social"],
    ["hébergement précaire chez des connaissances", "social"],
    ["a vécu dans la rue pendant 2 ans", "social"],
    ["pas de compte bancaire, paiement en espèces", "social"],
    ["fins de mois très difficiles", "social"],
    ["BRSA depuis 2 ans", "social"],
    ["CER signé avec le département", "social"],
    ["sa référente RSA l'accompagne au rdv", "social"],
    ["garde alt. semaines impaires", "social"],
    ["droit de visite médiatisé le samedi", "social"],
    ["JAF saisi pour la garde des enfants", "social"],
    ["son ex-mari ne verse plus la pension", "social"],
    ["mari violent, a quitté le domicile", "social"],
    ["violences du conjoint, plainte déposée", "social"],
    ["perte de son épouse l'an dernier", "social"],
    ["seule avec 3 enfants, cherche horaires d'école", "social"],
    ["div. en cours, garde des enfants a definir", "social"],
    ["pension alim. non versee", "social"],
    ["mariage forcé évoqué, orientée vers une asso", "social"],
    ["ses enfants sont placés", "social"],
    ["colis Restos le jeudi", "social"],
    ["epicerie soc. 1x/sem", "social"],
    // health: pregnancy, addiction and gambling, disability, the body said without a diagnosis
    ["attend son troisième enfant pour avril", "health"],
    ["vient d'avoir son bébé, reprise en septembre", "health"],
    ["heureux événement annoncé pour l'été", "health"],
    ["suite FC, arrêt 1 semaine", "health"],
    ["va accoucher début mars", "health"],
    ["sortie de maternite la semaine derniere", "health"],
    ["Il vient d'être papa et souhaite décaler la formation.", "health"],
    ["maman d'un nouveau-né, reprise progressive", "health"],
    ["jeu pathologique, interdit de casino à sa demande", "health"],
    ["accro aux paris sportifs", "health"],
    ["ivre au dernier rendez-vous", "health"],
    ["sous l'emprise de l'alcool lors du rdv", "health"],
    ["a arrete de boire depuis 6 mois, reste fragile", "health"],
    ["traitement de substitution aux opiacés, stable", "health"],
    ["pension inval. 2e cat.", "health"],
    ["inval cat 1, mi-temps max", "health"],
    ["TH reconnu en 2019", "health"],
    ["déficient visuel, lecteur d'écran nécessaire", "health"],
    ["non-voyante, cherche un poste adapté", "health"],
    ["syndrome d'Asperger diagnostiqué", "health"],
    ["ancien élève d'IME, orientation milieu protégé", "health"],
    ["accompagné par un SAVS", "health"],
    ["troubles de l'apprentissage reconnus", "health"],
    ["fragile psychologiquement depuis son licenciement", "health"],
    ["sort de l'hôpital, reprise à voir", "health"],
    ["admise aux urgences la semaine dernière", "health"],
    ["fait des malaises à répétition", "health"],
    ["rdv médicaux tous les mardis", "health"],
    ["IRM prevue le 10, attend les resultats", "health"],
    ["doit se faire operer du dos", "health"],
    ["pb de vue important, ne peut pas conduire", "health"],
    ["Il se déplace avec une canne depuis son accident.", "health"],
    ["hypertendu, doit éviter le stress", "health"],
    ["sous metha, dispo apres 10h", "health"],
    ["AT (chute), reprise en mars", "health"],
    ["operee epaule, repos 2 mois", "health"],
    ["hospi 10j en fevrier", "health"],
    ["FC en janvier", "health"],
    ["Il a perdu l'usage d'un bras.", "health"],
    // religion and beliefs: rites, places, food rules
    ["va à la messe tous les dimanches", "religion"],
    ["s'occupe de sa paroisse le week-end", "religion"],
    ["très investie dans son église évangélique", "religion"],
    ["fait partie d'une église évangélique", "religion"],
    ["adventiste, ne travaille pas le samedi", "religion"],
    ["porte le hijab", "religion"],
    ["de confession musulmane", "religion"],
    ["ne mange pas de porc, refuse la charcuterie", "religion"],
    ["Il prie plusieurs fois par jour et demande un lieu calme.", "religion"],
    // opinions: campaigns, street politics, unions of the person
    ["cand. liste municipale de son village", "opinion"],
    ["candidat aux municip. 2026", "opinion"],
    ["fait campagne pour les législatives", "opinion"],
    ["distribue des tracts le samedi au marché", "opinion"],
    ["participe aux manifs contre la réforme", "opinion"],
    ["a mené la grève dans son ancienne usine", "opinion"],
    ["trotskiste convaincu", "opinion"],
    ["elu d'opposition, conseil municipal le lundi", "opinion"],
    ["fait partie d'un syndicat agricole", "opinion"],
    // sex life and gender identity said without the usual words
    ["Monsieur et son compagnon déménagent", "sexLife"],
    ["elle a une compagne", "sexLife"],
    ["il vit avec un autre homme depuis 10 ans", "sexLife"],
    ["a subi des propos homophobes au travail", "sexLife"],
    ["parcours de transition MtF", "sexLife"],
    ["en cours de transition, prénom changé", "sexLife"],
    ["bi, harcèlement dans l'ancien poste", "sexLife"],
  ])("« %s » → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("guard families: the same words for an organisation, a job, a place or a requirement stay silent", () => {
  it.each([
    // organisations acting, applied to, or named together
    "CMP recrute un ASH",
    "Secours populaire cherche bénévole logistique",
    "Le 115 cherche des écoutants de nuit",
    "Le 115 et le SIAO présentent leurs métiers au forum.",
    "job dating avec la PJJ et le SPIP sur les métiers de la justice",
    "candidature envoyée au CSAPA (secrétaire médicale)",
    "CV déposé à l'ANPAA pour le poste d'accueil",
    "postule au CHRS comme veilleur de nuit",
    "association LGBT+ : offre de chargé de communication",
    "Le centre LGBT recrute un service civique",
    "la PJJ recrute un éducateur",
    "IME de la ville : recrutement d'un cuisinier",
    "ESAT du secteur : cherche moniteur d'atelier espaces verts",
    "CDDI à la recyclerie d'Emmaüs",
    "Accord signé par les syndicats de l'entreprise.",
    "Les délégués syndicaux ont signé l'accord d'entreprise.",
    // jobs and workplaces
    "poste en milieu carcéral (surveillant)",
    "agent d'entretien à la maison centrale",
    "entretien des espaces verts autour de la maison d'arrêt",
    "poste au SAVS : conseiller en insertion",
    "éducateur en IME, CDI",
    "PMSMP à l'ESAT comme moniteur stagiaire",
    "offre éducateur spécialisé (addictions, public jeune)",
    "poste de CESF (surendettement, accès aux droits)",
    "Formation en addictologie suivie dans le cadre de son ancien emploi d'infirmier.",
    "Ancienne assistante sociale, vise la formation.",
    "Préparateur en pharmacie : conseil sur les traitements.",
    "gardien de l'aire d'accueil des gens du voyage : CDD",
    "médiateur auprès des gens du voyage, offre ville",
    "conducteur de transport de voyageurs, permis D",
    "Réceptionniste en hôtel : gestion des arrivées des voyageurs.",
    "Fabrication de prothèses dentaires : offre de technicien.",
    "Vendeuse en audioprothèse, appareils auditifs, CDI.",
    "Manipulateur radio en IRM : offre au CHR.",
    "Technicien de laboratoire d'analyses médicales",
    "Relance des factures clients impayées : poste d'assistant comptable.",
    "juriste en droit des étrangers : offre association",
    // topics, groups served, requirements of every post
    "formation prévention du risque alcool pour les managers",
    "module sur les risques liés aux addictions en entreprise",
    "Atelier sur le surendettement animé par la Banque de France pour le public.",
    "Information collective sur l'AGEPI et les aides à la reprise.",
    "Formation d'agent de médiation sociale, public en situation de précarité",
    "Atelier CV pour les demandeurs d'asile du CADA (action collective).",
    "Aide à la garde d'enfants pour parents isolés présentée à l'atelier.",
    "RSA : réunion avec le Département sur les parcours",
    "vaccination hépatite B exigée pour le poste d'aide-soignant",
    "agent de sécurité : casier judiciaire vierge exigé par l'employeur",
    "pool de remplaçants pour les arrêts maladie des agents",
    "le médecin du travail a validé l'aptitude",
    "référent handicap du groupe présent au forum",
    // institutions and officials
    "réunion en sous-préfecture sur l'apprentissage",
    "comité de pilotage à la préfecture",
    "L'adjoint au maire a présenté le bilan du PLIE.",
    // words that look like something else
    "recherche un poste type accueil",
    "tous types de contrats acceptés",
    "traduit l'arabe et le turc pour l'association",
    "lit et écrit le russe couramment",
    "campagne de recrutement lancée par Lidl",
    "grève des transports, atelier reporté",
    "manifestation sportive : besoin de bénévoles",
    "candidat sur liste d'attente pour la formation cariste",
    "Date de libération du logement de fonction : 30/06.",
    "L'employeur a été interpellé sur les conditions de travail.",
    "besoin d'un poste de travail adapté (écran, siège)",
    "Le forum est à l'hôpital de Mercy cette année.",
    "Permis C : contrôle médical à passer avant l'inscription.",
    "Le gardien loge dans sa loge, poste logé.",
    "Elle attend ses enfants à la sortie de l'école à 16h30, dispo avant.",
    "Ex-femme de ménage en hôtel, vise la réception.",
    "Coupure de courant à l'agence, atelier reporté.",
    "Vente de boissons alcoolisées : formation au permis d'exploitation",
    "Elle a fait une formation en santé publique.",
    "Il est papa de deux enfants, cherche un poste près de l'école.",
    "elu CSE de l'entreprise d'accueil present a la reunion",
    "adjoint au maire present au forum",
    "info coll. au 3 pl. de la Gare",
    "Atelier bi-mensuel avec les employeurs",
    "FC Metz : 2 offres de stadier",
    "travail en restos l'été, service du soir",
  ])("« %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });
});

describe("guard: an elision typed with a space reads as the apostrophe", () => {
  // The rules are written "pas d'autorisation", "maison d'arrêt": the quote is what was typed.
  it.each([
    ["pas d autorisation de travail", "origin", "pas d autorisation de travail"],
    ["sortie de maison d arret en mai", "criminal", "maison d arret"],
    ["suivi par l aide sociale a l enfance", "social", "aide sociale a l enfance"],
    ["demandeur d asile depuis 2023", "origin", "demandeur d asile"],
  ])("« %s » → %s, quoting « %s »", (text, category, quote) => {
    const hits = findSensitive(text);
    expect(hits.map((h) => [h.category, h.text])).toContainEqual([category, quote]);
    const hit = hits.find((h) => h.text === quote);
    expect(hit && text.slice(hit.index, hit.index + quote.length)).toBe(quote);
  });

  it("only for an elided word alone, before a vowel or an h", () => {
    expect(findSensitive("langue d origine : turc")).not.toEqual([]);
    expect(findSensitive("le permis d b12")).toEqual([]);
    // "ad hoc" holds a "d" inside a word: nothing is restored there
    expect(findSensitive("comité ad hoc sur les offres")).toEqual([]);
  });
});

describe("guard families: identifiers in the forms counsellors type", () => {
  const kinds = (text: string) => findIdentifiers(text).map((h) => h.kind);

  it.each([
    ["naissance le 4 mars 91", "birthDate"],
    ["né le 03/04", "birthDate"],
    ["née le 17 août 1987 à Metz", "birthDate"],
    ["aura 30 ans le 02/12", "birthDate"],
    ["Résidence du Parc, escalier C, porte 12", "address"],
    ["bâtiment B, apt 31", "address"],
    ["adresse : 12 rue victor hugo", "address"],
    ["domicile 4 allée des roses, 57070", "address"],
    ["Tel 06/45/78/12/30", "phone"],
    ["J. Dupont a signé la convention de stage", "name"],
    ["vu mehdi pour son CV", "name"],
    ["Contact RH : Sylvie, 03 87 00 00 00", "name"],
  ])("« %s » → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  // The key of 1 84 07 57 222 011: 1840757222011 = 97 × 18976878577 + 42 (97 × 18976878577 = 1840757221969),
  // so the valid key is 97 − 42 = 55. With 36 the key is wrong: only the card's spacing or a label makes it a NIR.
  it("reports a NIR spaced as on the card even with a wrong key and no label", () => {
    expect(kinds("à transmettre au CFA : 1 84 07 57 222 011 36")).toEqual(["nir"]);
  });

  it("reports a NIR whose label is earlier in the clause, whatever the key", () => {
    expect(kinds("NIR de la personne, vérifié sur l'attestation : 184075722201136")).toEqual(["nir"]);
  });

  it("keeps an organisation's landline silent, not a mobile", () => {
    expect(kinds("standard de la mairie : 03 87 55 12 34")).toEqual([]);
    expect(kinds("accueil de l'agence au 03 87 12 34 00")).toEqual([]);
    expect(kinds("standard : 06 12 34 56 78")).toEqual(["phone"]);
    expect(kinds("fixe perso 03 87 55 12 34")).toEqual(["phone"]);
  });

  it.each([
    "Formation CléA numérique validée",
    "Elle a fait une formation en santé publique.",
    "Bien reçu le dossier, merci",
    "il reste 2 places pour l'atelier",
    "porte 25 kg max selon la fiche de poste",
    "Réunion au centre social, bâtiment A",
    "contrat du 02/01/2025 au 30/06/2025",
    "Commande 185057800608490 livrée",
  ])("stays silent on « %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });
});
