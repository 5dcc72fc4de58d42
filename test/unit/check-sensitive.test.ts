import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GUARD_CATEGORIES, screenText } from "../../src/core/check/guard";
import { findSensitive, normaliseText } from "../../src/core/check/sensitive";

interface Labelled {
  label: string;
  text: string;
  /** "tuned": written with the rules in view; "late": the first held-out lines (see the file). */
  part: "first" | "late" | "tuning";
}

/** The corpus: "# Held out" and "# Tuning" lines start the later parts of the file. */
function readCorpus(): Labelled[] {
  const lines = readFileSync(join(__dirname, "..", "fixtures", "comments-corpus.tsv"), "utf8").split(/\r?\n/);
  let part: Labelled["part"] = "first";
  const out: Labelled[] = [];
  for (const line of lines) {
    if (line.startsWith("# Held out")) part = "late";
    if (line.startsWith("# Tuning")) part = "tuning";
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [label, text] = line.split("\t");
    out.push({ label, text, part });
  }
  return out;
}

const IDENTIFIERS = ["email", "phone", "nir", "name", "address", "birthDate", "ftId"];

/** Both levels count as a flag: a warning « à vérifier » asks the counsellor to look. */
function score(items: Labelled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rightCategory = 0;
  const misses: string[] = [];
  const perCategory = new Map<string, { notes: number; flagged: number; named: number; falseAlarms: number }>();
  const stat = (c: string) => {
    if (!perCategory.has(c)) perCategory.set(c, { notes: 0, flagged: 0, named: 0, falseAlarms: 0 });
    return perCategory.get(c) as { notes: number; flagged: number; named: number; falseAlarms: number };
  };
  for (const { label, text } of items) {
    const found = screenText(text).map((f) => f.category as string);
    const expected = label !== "none";
    if (expected) stat(label).notes++;
    if (found.length > 0 && expected) {
      tp++;
      stat(label).flagged++;
      if (found.includes(label)) {
        rightCategory++;
        stat(label).named++;
      }
    } else if (found.length > 0) {
      fp++;
      for (const c of new Set(found)) stat(c).falseAlarms++;
      misses.push(`false alarm [${found.join(",")}]: ${text}`);
    } else if (expected) {
      fn++;
      misses.push(`missed [${label}]: ${text}`);
    }
  }
  return { tp, fp, fn, rightCategory, precision: tp / (tp + fp), recall: tp / (tp + fn), misses, perCategory };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

describe("personal-data guard on the labelled corpus of counsellor notes", () => {
  const corpus = readCorpus();

  it("has at least 550 hand-labelled notes: every category, many harmless traps", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(550);
    const counts = new Map<string, number>();
    for (const c of corpus) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
    for (const category of GUARD_CATEGORIES) expect(counts.get(category) ?? 0).toBeGreaterThanOrEqual(5);
    expect([...counts.keys()].filter((l) => l !== "none").sort()).toEqual([...GUARD_CATEGORIES].sort());
    expect(counts.get("none")).toBeGreaterThan(250);
  });

  it("reaches recall ≥ 95 % and precision ≥ 95 % (identifiers ≥ 98 %), and names the right category", () => {
    const all = score(corpus);
    const ids = score(corpus.filter((c) => IDENTIFIERS.includes(c.label)));
    const rows = [...all.perCategory]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, s]) => {
        const precision = s.flagged + s.falseAlarms === 0 ? 1 : s.named / (s.named + s.falseAlarms);
        return (
          `  ${c.padEnd(10)} notes ${String(s.notes).padStart(3)}  recall ${pct(s.notes ? s.flagged / s.notes : 1).padStart(7)}  ` +
          `right category ${pct(s.notes ? s.named / s.notes : 1).padStart(7)}  false alarms ${s.falseAlarms}  precision ${pct(precision)}`
        );
      });
    const parts = (["first", "late", "tuning"] as const).map((part) => {
      const sub = score(corpus.filter((c) => c.part === part));
      return `${part} ${corpus.filter((c) => c.part === part).length}: P ${pct(sub.precision)} R ${pct(sub.recall)}`;
    });
    console.log(
      `personal data — corpus of ${corpus.length}: precision ${pct(all.precision)}, recall ${pct(all.recall)} ` +
        `(TP ${all.tp}, FP ${all.fp}, FN ${all.fn}); identifiers recall ${pct(ids.recall)}; ${parts.join("; ")}\n` +
        rows.join("\n") +
        (all.misses.length ? `\n  ${all.misses.join("\n  ")}` : ""),
    );
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(ids.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.rightCategory / all.tp).toBeGreaterThanOrEqual(0.95);
    // Per category: a category the guard misses often would hide behind the overall figure.
    for (const [category, s] of all.perCategory) {
      if (s.notes > 0) expect([category, s.flagged / s.notes >= 0.9]).toEqual([category, true]);
    }
  });
});

describe("screenText, the guard's one entry point", () => {
  it("names the category and the level, quotes the words and suggests the need instead of the cause", () => {
    const [finding] = screenText("Arrêt mal. jusqu'au 15/04");
    expect(finding).toMatchObject({ category: "health", level: "error", quote: "Arrêt mal", index: 0 });
    expect(finding.suggestion).toContain("poste sans port de charges");
  });

  it("gives a warning « à vérifier » where a word is sensitive only in some contexts", () => {
    expect(screenText("Huissier mentionné en entretien").map((f) => [f.category, f.level])).toEqual([
      ["social", "warning"],
    ]);
    expect(screenText("Huissier passé la semaine dernière").map((f) => [f.category, f.level])).toEqual([
      ["social", "error"],
    ]);
  });

  it("finds identifiers with their kind: a name, an address, a birth date, a France Travail identifier", () => {
    expect(
      screenText("Mme Benali, née le 12/03/1985, habite 12 rue des Jardins, identifiant 1234567A").map(
        (f) => f.category,
      ),
    ).toEqual(["name", "birthDate", "address", "ftId"]);
  });

  it("leaves an offer number, a SIRET, the convention number, a meeting date and an amount silent", () => {
    expect(
      screenText("Offre n° 145MVHT, SIRET 123 456 789 00012, convention 0162627, RDV le 12/05/2022, 1 850 € brut"),
    ).toEqual([]);
  });

  it("does not report the counsellor's name in the column made for it", () => {
    expect(screenText("Sophie Martin", "Saisi par")).toEqual([]);
    expect(screenText("Sophie Martin", "Commentaire").map((f) => f.category)).toEqual(["name"]);
  });

  it("speaks English when the locale is English", async () => {
    const { setLocale } = await import("../../src/i18n");
    setLocale("en");
    try {
      expect(screenText("enceinte de 3 mois")[0].suggestion).toContain("write the need instead of the cause");
    } finally {
      setLocale("fr");
    }
  });
});

describe("sensitive words", () => {
  it.each([
    ["enceinte de 5 mois", "health", "enceinte"],
    ["handicapee depuis 2019", "health", "handicapee"],
    ["HANDICAPÉE", "health", "HANDICAPÉE"],
    ["Sort de prison en mars", "criminal", "prison"],
    ["musulmane pratiquante", "religion", "musulmane"],
    ["Syndiqué à la CGT", "opinion", "Syndiqué"],
    ["Surendettée", "social", "Surendettée"],
    ["RQTH en cours", "health", "RQTH"],
    ["Santé fragile", "health", "Santé fragile"],
  ])("%s → %s", (text, category, word) => {
    const hits = findSensitive(text);
    expect(hits.map((h) => h.category)).toContain(category);
    expect(hits.map((h) => h.text)).toContain(word);
  });

  it.each([
    "formation santé-social",
    "agent de sécurité",
    "origine du besoin : départ en retraite",
    "aide-soignante en EHPAD",
    "secteur médico-social",
    "auxiliaire de vie",
    "agent hospitalier",
    "casier de rangement",
    "politique de la ville, quartier Sablon Sud",
    "entreprise en liquidation judiciaire",
    "parle arabe couramment",
    "sauveteur secouriste du travail",
  ])("does not alarm on « %s »", (text) => {
    expect(findSensitive(text)).toEqual([]);
  });

  it("matches whole words only", () => {
    expect(findSensitive("maladroit au téléphone")).toEqual([]);
    expect(findSensitive("transport en commun")).toEqual([]);
    expect(findSensitive("la base de données")).toEqual([]);
  });

  it("gives the passage as typed, at its place in the original text", () => {
    const text = "Œuvre sociale ; Bénéficiaire, née au Maroc";
    const [hit] = findSensitive(text);
    expect(hit.category).toBe("origin");
    expect(text.slice(hit.index, hit.index + hit.text.length)).toBe(hit.text);
    expect(hit.text).toBe("née au Maroc");
  });

  it("normalises case, accents, ligatures and typographic apostrophes", () => {
    expect(normaliseText("Œdème d’Élodie")).toBe("oedeme d'elodie");
  });
});

describe("rule families: who the words are about and what they reveal", () => {
  const categories = (text: string) => [...new Set(screenText(text).map((f) => f.category))];

  it.each([
    // clipped sick leave, work accidents, specialties the person is followed in
    ["arr. mal. jusqu'à la fin du trimestre", "health"],
    ["acc. de trav. l'an dernier, toujours des douleurs", "health"],
    ["AT déclaré en octobre, pas de reprise avant janvier", "health"],
    ["rdv cardio toutes les 6 semaines", "health"],
    ["suivie en rhumatologie, éviter les ports de charges", "health"],
    ["mi-temps thérap. accordé par le médecin conseil", "health"],
    // working in an ESAT is a disability, whatever the verb
    ["travailleuse d'ESAT depuis 2018, vise un CDD en entreprise", "health"],
    // addiction said with a habit, a substance or a care network
    ["consommation régulière de cannabis évoquée", "health"],
    ["accompagné par Addictions France", "health"],
    // pregnancy said without the word
    ["va devenir maman en mars, projet en pause", "health"],
    ["naissance prévue à l'automne", "health"],
    // philosophical convictions, parties and mandates, unions beyond the confederations
    ["pacifiste, exclut les offres de l'armement", "opinion"],
    ["ne travaille pas en abattoir par conviction", "opinion"],
    ["trésorière de la section locale du Parti communiste", "opinion"],
    ["sympathisant actif, tracte pour LFI le samedi", "opinion"],
    ["candidate aux prochaines élections municipales", "opinion"],
    ["conseiller départemental jusqu'en 2021", "opinion"],
    ["ex-maire d'un village voisin", "opinion"],
    ["adhérent à la Confédération paysanne depuis son installation", "opinion"],
    ["élu syndical dans son ancienne usine", "opinion"],
    // a partner of the same sex said with a participle
    ["mariée avec sa compagne, déménage à Nancy", "sexLife"],
    ["pacsé à son compagnon depuis trois ans", "sexLife"],
    // record and sentence
    ["sous surveillance électronique jusqu'en mai", "criminal"],
    ["rendez-vous avec son CPIP le mardi", "criminal"],
    // a benefit of the person, housing, violence, family said short
    ["touche le RSA depuis 2020", "social"],
    ["AGEPI attribuée pour la reprise", "social"],
    ["au RSA, cherche un temps plein", "social"],
    ["recours DALO en cours", "social"],
    ["a obtenu une ordonnance de protection", "social"],
    ["garde altern. : indispo les semaines impaires", "social"],
    ["courses à l'épicerie sociale de son quartier", "social"],
    // second round: care networks, devices, nationalities outside the list, votes, losses, foster care
    ["AM depuis lundi, RDV annulé", "health"],
    ["orienté vers le CATTP deux fois par semaine", "health"],
    ["porte des appareils auditifs", "health"],
    ["Colombienne, arrivée l'an dernier", "origin"],
    ["électrice de LFI, en parle beaucoup", "opinion"],
    ["permis retiré pour 6 mois", "criminal"],
    ["vient de perdre sa mère, absente ce mois-ci", "social"],
    ["placé en MECS jusqu'à sa majorité", "social"],
    // third round: what is said without the usual words
    ["son compagnon la frappait, partie chez sa sœur", "social"],
    ["dort dans des halls d'immeuble", "social"],
    ["vit avec moins de 500 euros", "social"],
    ["de retour de post-cure, veut un emploi", "health"],
    ["a quitté l'Érythrée il y a deux ans", "origin"],
    ["interdite de paraître à Metz", "criminal"],
  ])("« %s » → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    // organisations acting as organisations
    "La Banque alimentaire recrute un préparateur de commandes",
    "Secours catholique : 2 postes de chauffeurs en contrat aidé",
    "Le syndicat FO de l'usine organise une réunion d'information sur le plan de départs",
    "Rencontre avec les équipes du CSAPA pour présenter la garantie jeunes",
    "Agefiph présente ses aides aux employeurs du parc d'activités",
    // jobs, worksites and requirements in health, justice and worship
    "Huissier audiencier : offre au tribunal judiciaire transmise",
    "Moniteur d'atelier en ESAT : 2 candidats positionnés",
    "Pour les postes de convoyeur, l'employeur exige un extrait de casier judiciaire",
    "Concours de conseiller pénitentiaire d'insertion et de probation : réunion d'information",
    "Réfection de la toiture du temple protestant, chantier d'insertion",
    // replacements of staff on leave, an employer's disability policy
    "CDD de remplacement d'une secrétaire en congé maternité",
    "Remplacement d'un agent en arrêt maladie à la cantine",
    "L'entreprise a nommé un référent handicap, présentation au club employeurs",
    // officials acting in office, benefits as a public
    "Point avec l'adjointe au maire chargée de l'insertion",
    "Bilan remis au conseiller municipal délégué à l'emploi",
    "Atelier ouvert aux bénéficiaires du RSA du quartier",
    // second round: places that employ, prevention topics, officials, jobs with detainees
    "La maison d'arrêt recrute des agents de restauration",
    "Atelier de prévention des addictions pour les jeunes du quartier",
    "Escorte de détenus : poste de chauffeur au ministère",
    "Le maire-adjoint délégué aux sports remet les prix",
    "Journée portes ouvertes avec Cap emploi",
    // an organisation's name, a colon, then what it offers or holds
    "Croix-Rouge : préparateur de colis recherché",
    "Agefiph : atelier partenaires du jeudi",
    // groups served by a job or a service, not one person
    "Cours de français pour les publics allophones : offre de formateur",
    "Ateliers sur le handicap moteur avec les employeurs",
    "Hall accessible en fauteuil roulant",
    "Agent d'accueil au SPIP : offre transmise",
    // skills and places
    "Niveau C1 en portugais, atout pour l'accueil",
    "Produits colombiens : vendeur pour l'épicerie fine",
    "Réunion salle Saint-Exupéry avec les partenaires",
  ])("stays silent on « %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });

  it("explains each new finding: category, quoted words and a way to write the need", () => {
    const [finding] = screenText("Dépendance à l'alcool, suivi ANPAA");
    expect(finding).toMatchObject({ category: "health", level: "error", quote: "Dépendance à l'alcool" });
    expect(finding.suggestion.length).toBeGreaterThan(20);
  });
});

describe("identifier families: labels, clipped notations, a wrong key", () => {
  const kinds = (text: string) => screenText(text).map((f) => f.category);

  it.each([
    ["candidate positionnée : amandine roux", "name"],
    ["Bénéficiaire concerné : Yannick Morel", "name"],
    ["date de naiss. 17/02/1983", "birthDate"],
    ["DN : 02.09.1996", "birthDate"],
    ["né(e) le 30/11/1979", "birthDate"],
    ["habite 6 cité des Peupliers", "address"],
    ["RDV avec Mme O'Brien reporté", "name"],
    ["Rose absente au rendez-vous", "name"],
    ["RDV de Mme La Fontaine décalé", "name"],
    ["M. van Houten a rappelé", "name"],
    ["Échange avec Anne-Sophie Pierre sur son CV", "name"],
    ["née en mars 1991", "birthDate"],
    ["n° sécu 1 85 05 78 006 084 12", "nir"],
  ])("« %s » → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    "Salle Jean-Monnet réservée pour le job dating",
    "Emmaüs cherche un vendeur pour sa boutique",
    "Permanence au nouveau local, 4 rue Taison",
    "Mme la Directrice a validé le planning",
    "Remise à niveau en français",
    "Nom de l'employeur : Garage Muller",
    "RDV en am, dispo dès 14h",
  ])("stays silent on « %s »", (text) => {
    expect(screenText(text)).toEqual([]);
  });
});
