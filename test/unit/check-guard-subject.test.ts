/**
 * Who a sentence of a note is about, read before the lexicon's findings are kept (subject.ts): an organisation
 * recruiting, a job offer, a group served by a job, the topic of a training or the matter a job handles. There the
 * sensitive words describe that thing, not the person; a pronoun, a civility, a possessive or a cause marker brings
 * the person back. Then the families of sensitive facts said without the usual word, read where the note is about
 * the person, each with traps that use the same words for a job, a place or an organisation.
 *
 * Every note here was written for this file (none is copied from the evaluation corpora or the labelled corpus).
 * Expected categories follow the convention's article 9.1 as a data-protection officer files them (addiction and
 * pregnancy are health; a relative's dependency, money and housing troubles are social).
 */
import { screenText } from "../../src/core/check/guard";
import { normaliseText } from "../../src/core/check/sensitive";
import { subjectReader } from "../../src/core/check/subject";

const categories = (text: string): string[] => [...new Set(screenText(text).map((f) => f.category))];

/** Whether the reader says the words `words` of `text` describe something other than the person. */
function silencedAt(text: string, words: string): boolean {
  const normal = normaliseText(text);
  const start = normal.indexOf(normaliseText(words));
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return subjectReader(normal).notAboutPerson(start, start + words.length);
}

describe("who a sentence is about: an organisation recruiting", () => {
  it.each([
    "La maison de retraite Les Tilleuls recrute deux aides-soignants de nuit.",
    "L'association d'aide aux toxicomanes cherche un éducateur spécialisé.",
    "Plusieurs cliniques psychiatriques du secteur recherchent des infirmiers.",
    "La mosquée de Borny fait appel à un électricien pour ses travaux.",
    "L'hôpital de Mercy propose des contrats d'ASH pour l'été.",
    "Le foyer, qui accueille des femmes victimes de violences conjugales, embauche une veilleuse.",
    "Un centre d'hébergement d'urgence de Thionville recrute un agent de service.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it("does not take a person's first name in the organisation's name (« à vérifier » dropped there only)", () => {
    // "Clément" and "Rosalie" are first names of the list: alone a warning, in an employer's name silent.
    expect(categories("Le domaine Clément cherche des vendangeurs.")).toEqual([]);
    expect(categories("L'auberge Rosalie embauche un commis.")).toEqual([]);
    expect(screenText("Rappeler Rosalie pour le contrat.").map((f) => [f.category, f.level])).toEqual([
      ["name", "warning"],
    ]);
    // outside the subject of the recruiting verb the first name stays « à vérifier »
    expect(categories("L'auberge recrute un commis, voir avec Rosalie.")).toEqual(["name"]);
  });

  it.each([
    // a person is the subject: a pronoun, a civility, a relative, a job seeker's own search
    ["Elle est enceinte, l'entreprise recrute quand même.", "health"],
    ["Sa mère, malade, cherche une aide à domicile.", "health"],
    ["Réfugiée syrienne, cherche des heures de ménage le matin.", "origin"],
    ["Ancien toxicomane recherche un poste en cuisine.", "health"],
    ["Karima cherche un emploi après son hospitalisation.", "health"],
    ["Le jeune homme, suivi au CMP, recherche une alternance.", "health"],
    ["Une entreprise du BTP recrute ; il sort de prison et a postulé.", "criminal"],
    // a service sought for the person, not a worker: the organisation acts on the person's file
    ["La MDPH recherche une orientation en ESAT.", "health"],
    ["Le SPIP cherche un hébergement à sa sortie de détention.", "criminal"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });
});

describe("who a sentence is about: a job offer", () => {
  it.each([
    "Moniteur d'atelier en ESAT, CDI à pourvoir, salaire selon convention.",
    "Éducateur spécialisé en addictologie, poste à pourvoir au 1er mars.",
    "Offre d'agent de médiation pour les familles en situation de précarité.",
    "Chauffeur pour le transport de personnes handicapées, permis D exigé.",
    "Technicienne de laboratoire, analyses de dépistage du VIH, missions variées.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it.each([
    // the job is who the person is: a seeker's wish or state follows it
    ["Aide-soignante enceinte, souhaite un poste de nuit.", "health"],
    ["Cariste, en arrêt maladie depuis janvier.", "health"],
    ["Agent d'entretien, RQTH, temps partiel souhaité.", "health"],
    ["Maçon, sorti de prison en mai, cherche un chantier.", "criminal"],
    ["Bénéficiaire de l'AAH, temps plein impossible.", "health"],
    ["Agent de sécurité, missions d'intérim, RQTH depuis 2021.", "health"],
    ["Soudeur, positionné sur l'offre, sous bracelet jusqu'en mai.", "criminal"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });
});

describe("who a sentence is about: a group, a topic, the matter a job handles", () => {
  it.each([
    "Animation d'ateliers pour des enfants autistes, BAFA requis.",
    "Livraison de repas aux personnes handicapées du quartier.",
    "Étude sur la précarité énergétique des ménages messins.",
    "Module de sensibilisation à la santé mentale suivi en 2022.",
    "Atelier sur la prévention des conduites addictives au lycée.",
    "Gestionnaire des indus à la CAF, CDD de six mois.",
    "Technicien réseau, interventions sur les coupures de courant du secteur.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it.each([
    // a possessive, a verb of having or a cause marker ties the words back to the person
    ["Abandon du module de bureautique à cause de son anxiété.", "health"],
    ["Atelier CV annulé : hospitalisée toute la semaine.", "health"],
    ["Accompagne ses parents malades à l'hôpital.", "health"],
    ["Aide auprès des personnes âgées, elle-même en invalidité.", "health"],
    ["Évite les repas d'équipe avec des collègues pour raisons religieuses.", "religion"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it("reads the words themselves, not the whole note: the person's sentence keeps its finding", () => {
    const note = "Atelier de prévention des addictions suivi en groupe. Elle a rechuté dans l'alcool.";
    expect(silencedAt(note, "addictions")).toBe(true);
    expect(silencedAt(note, "rechuté dans l'alcool")).toBe(false);
    expect(categories(note)).toEqual(["health"]);
  });
});

describe("who a sentence is about: a landmark, a culture, a degree's option, a public", () => {
  it.each([
    "Rendez-vous devant la maison d'arrêt pour le départ du minibus de la visite.",
    "Local situé à côté du CSAPA, deuxième étage.",
    "Médiatrice au musée, visites sur le patrimoine protestant de la ville.",
    "DEAES en cours, option handicap, stage en foyer.",
    "BTS ESF, spécialité accompagnement budgétaire et surendettement.",
    "Éducatrice pour un public déficient auditif, internat.",
    "Atelier dépression saisonnière animé par la mutuelle pour les salariés.",
    "Conférence des encadrants sur les risques d'alcoolisation en entreprise.",
    "Le Secours populaire a ouvert une antenne à Fameck.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it.each([
    // the judge is never a landmark; the degree's own recognition and the person's stay stay findings
    ["convoqué devant le juge le 3 mai", "criminal"],
    ["diplôme d'infirmière non reconnu en France", "origin"],
    ["sortie de la maison d'arrêt en avril, cherche un CDD", "criminal"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });
});

describe("who a sentence is about: a classification's label, a street, a sector", () => {
  it.each([
    "Code NAF 8710B : hébergement médicalisé pour enfants handicapés.",
    "IDCC 9999 (exemple) : structures pour personnes dépendantes et malades chroniques.",
    "Fiche ROME J1301 : personnel polyvalent des services hospitaliers, patients alités.",
    "Rendez-vous au café de l'impasse des Malades avec le recruteur.",
    "Convention collective des établissements de santé privés à but non lucratif.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it.each([
    // a code in a note about the person does not silence the rest of the note; neither does a placement
    ["Code ROME visé : K1302. Elle est sous traitement pour son diabète.", "health"],
    ["Placée sous surveillance électronique jusqu'en juin.", "criminal"],
    ["Suit des cours du soir en alphabétisation.", "origin"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });
});

describe("words of the lexicon used for a procedure, a dress code, a labour court, volunteering", () => {
  it.each([
    "Le traitement du dossier de la candidate prend trois semaines.",
    "Foulard fourni par l'entreprise, tenue de travail obligatoire.",
    "Conseil de prud'hommes : l'ancien employeur a été condamné à payer les heures.",
    "Il organise une collecte pour les Restos du cœur avec sa classe de BTS.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it.each([
    ["Sous traitement de substitution depuis un an.", "health"],
    ["Colis de la banque alimentaire chaque semaine.", "social"],
    // the organisation acting on the person brings the person back
    ["Son employeur l'a renvoyé après des absences liées à sa dépression.", "health"],
    ["L'entreprise lui reproche des retards dus à l'alcool.", "health"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });
});

describe("families of facts said without the usual word", () => {
  it.each([
    // gambling: a game with a habit or a loss; a compulsion without its object
    ["mise tout son salaire sur les paris sportifs", "health"],
    ["va au tabac gratter des tickets chaque matin, y laisse son RSA", "social"],
    ["ne parvient pas à se contrôler avec les jeux en ligne", "health"],
    // pregnancy by its medical steps
    ["césarienne prévue le 14, reprise envisagée en mars", "health"],
    ["rdv sage-femme jeudi, pas dispo", "health"],
    ["6 mois de grossesse, pas de port de charges", "health"],
    // a relative's dependency (carer role)
    ["sa mère est en maison de retraite, elle la visite chaque jour", "social"],
    ["son conjoint est dépendant, elle ne peut pas faire de nuits", "social"],
    // nights without a home, energy cut, benefits paid back
    ["dort chez des potes depuis la séparation", "social"],
    ["ne dort nulle part de fixe, alterne entre amis", "social"],
    ["plus de chauffage depuis novembre", "social"],
    ["trop-perçu CAF à rembourser, 80 € par mois", "social"],
    // French as a foreign language for the person
    ["inscrite en alphabétisation au centre social", "origin"],
    ["a besoin d'un interprète en tamoul pour les entretiens", "origin"],
    ["ne parle presque pas le français, vient avec sa fille", "origin"],
    ["débouté du droit d'asile en 2023", "origin"],
    // worship, farmers' unions, a party a few words after membership, a same-sex couple
    ["se rend à la synagogue le samedi matin", "religion"],
    ["adhérent FNSEA, exploitation familiale", "opinion"],
    ["membre actif du comité départemental de Reconquête", "opinion"],
    ["le couple (deux hommes) cherche à s'installer à Metz", "sexLife"],
    // justice: traffic offences, time served, a sentence to come, a suicide attempt said short
    ["stage de récupération de points la semaine prochaine", "criminal"],
    ["a fait 18 mois à Toul, libérée en juin", "criminal"],
    ["en attente de son jugement, moral bas", "criminal"],
    ["a fait une TS au printemps", "health"],
    ["sortie d'HP la semaine dernière", "health"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it.each([
    "Vendeuse au PMU du centre commercial, CDD de trois mois.",
    "Serveur au casino d'Amnéville, horaires de nuit.",
    "Sage-femme libérale cherche une secrétaire à mi-temps.",
    "Formatrice FLE, donne des cours de FLE le mardi.",
    "Interprète en langue des signes nécessaire pour la réunion publique.",
    "Agent d'entretien à l'église Saint-Maximin, 10 h par semaine.",
    "Stage de récupération de données en informatique, Python requis.",
    "A fait 3 ans à Lyon comme cuisinier, sorti major de promo.",
    "Électricien, remet en service les compteurs coupés.",
    "Membre du bureau de l'association des parents d'élèves de l'école Renaissance.",
    "Pas d'électricité dans le local du chantier, groupe électrogène prévu.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });

  it("quotes the words that reveal the fact, with its category", () => {
    expect(screenText("perd beaucoup au PMU le week-end").map((f) => [f.category, f.quote])).toEqual([
      ["health", "PMU"],
    ]);
    expect(screenText("Couple de femmes, cherche un logement").map((f) => [f.category, f.quote])).toEqual([
      ["sexLife", "Couple de femmes"],
    ]);
  });
});

describe("clipped forms of known facts", () => {
  it.each([
    ["ttt anti-dépresseur depuis l'hiver", "health"],
    ["arr. trav. jusqu'au 30", "health"],
    ["enc. 5 mois, pas de port de charges", "health"],
    ["violences conj., hébergée chez sa sœur", "social"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it("leaves the plain words alone", () => {
    expect(screenText("Encadrement de 4 mois sur le chantier, arrivée du travail à 8 h")).toEqual([]);
  });
});

describe("euphemisms of the person's situation", () => {
  it.each([
    ["boit un peu trop depuis la rupture", "health"],
    ["selon son fils, il perd la tête", "health"],
    ["avale des calmants avant chaque entretien", "health"],
    ["a perdu l'usage de la main gauche", "health"],
    ["sa fille est polyhandicapée", "health"],
    ["a dû fuir son pays avec ses enfants", "origin"],
    ["milite dans une association antinucléaire", "opinion"],
    ["distribue des tracts pour un parti le dimanche", "opinion"],
    ["finit de purger sa peine sous bracelet", "criminal"],
    ["jetée dehors par son compagnon la semaine dernière", "social"],
  ])("%s → %s", (note, category) => {
    expect(categories(note)).toContain(category);
  });

  it.each([
    "Rentre dans son pays de Bitche chaque week-end, voiture personnelle.",
    "Le parti pris de l'entreprise : recruter sans CV.",
    "Mis à la porte par son employeur après la période d'essai.",
  ])("%s → silent", (note) => {
    expect(screenText(note)).toEqual([]);
  });
});

describe("a company named after its founder", () => {
  it("is not a person's name", () => {
    expect(screenText("Mise en relation avec Paul Girardin Paysages pour l'entretien des jardins.")).toEqual([]);
  });

  it("keeps the name of a person followed by an ordinary word", () => {
    expect(categories("Mise en relation avec Paul Girardin pour l'entretien des jardins.")).toEqual(["name"]);
  });
});

describe("a first name in lower case after « pr » or « pour »", () => {
  it.each([
    "rdv fixé pr sandrine mardi",
    "convocation envoyée pour mathias",
    "attestation transmise à ludovic hier",
    "le dossier de soraya est complet",
  ])("%s → name", (note) => {
    expect(categories(note)).toEqual(["name"]);
  });

  it("stays silent on a word of the list that is not a person there", () => {
    expect(categories("pour rose et blanc, voir le magasin")).toEqual([]);
    expect(categories("dossier de formation transmis à france travail")).toEqual([]);
  });
});
