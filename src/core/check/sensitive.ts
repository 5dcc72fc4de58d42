/**
 * Words that reveal data the Opus convention (art. 9) and the GDPR (art. 9 and 10) forbid to
 * record: health and disability, origin and nationality, religion and beliefs, political and
 * union opinions, sex life, criminal records, social or personal difficulties.
 *
 * Patterns are written against normalised text (lower case, no accents, straight apostrophe) and
 * matched as whole words, so "handicapee", "Handicapée" and "HANDICAPÉE" are one word.
 * Precision matters as much as recall: a counsellor who sees false alarms stops reading them.
 * So ambiguous words are matched only in the phrases that make them sensitive ("certificat
 * médical", not "secrétaire médicale"), and a hit inside a harmless phrase of the employment
 * world ("formation santé-social", "aide à domicile auprès de personnes handicapées",
 * "casier de rangement", "liquidation judiciaire") is dropped.
 *
 * Decisions on borderline cases (documented here because the corpus tests them):
 * - "casier judiciaire vierge" is flagged: it still records something about criminal records.
 * - "Cap emploi" and "référent handicap" are flagged: orienting someone there reveals a disability.
 * - "RSA", "DELD", "QPV", "politique de la ville" are the legal typology: never flagged.
 * - Language skills ("parle arabe", "bilingue turc") are not flagged; the same adjective about
 *   the person ("famille turque", "il est turc") is.
 */

import { normaliseText } from "./fold";
import { wordFilter } from "./word-filter";

export { normaliseText } from "./fold";

export type SensitiveCategory = "health" | "origin" | "religion" | "opinion" | "sexLife" | "criminal" | "social";

export const SENSITIVE_CATEGORIES: readonly SensitiveCategory[] = [
  "health",
  "origin",
  "religion",
  "opinion",
  "sexLife",
  "criminal",
  "social",
];

/** Feminine/plural endings of an adjective or participle ("handicap" + E_S → handicapé(e)(s)). */
const E_S = "(?:e|ee|es|ees|s)?";
/** -ien/-ienne/-iens/-iennes. */
const IEN = "(?:ne)?s?";

const LEXICON: Readonly<Record<SensitiveCategory, readonly string[]>> = {
  health: [
    "sante",
    "malades?",
    "maladies?",
    `handicap${E_S}`,
    "rqth",
    "boe",
    "aah",
    "mdph",
    "cdaph",
    "cap emploi",
    "invalidite",
    "enceintes?",
    "grossesses?",
    "conges? (?:de )?maternite",
    `accouch${E_S}`,
    "accouchement",
    "fausse couche",
    "cancers?",
    "chimio(?:therapie)?",
    "radiotherapie",
    "tumeurs?",
    "leucemie",
    "diabet(?:e|iques?)",
    "depressions?",
    "depressi(?:f|ve|fs|ves)",
    "burn[- ]?out",
    `hospitalis${E_S}`,
    "hospitalisations?",
    "psychiatr[a-z]*",
    "psychologiques?",
    "psy",
    "addictions?",
    "alcooli(?:que|ques|sme)",
    "probleme d'alcool",
    "drogues?",
    "toxicomanes?",
    "toxicomanie",
    "sevrage",
    "methadone",
    "vih",
    "seropositi(?:f|ve|fs|ves)",
    "sida",
    "hepatite",
    "asthm(?:e|atiques?)",
    "epilep(?:sie|tiques?)",
    "allergi(?:e|es|que|ques)",
    "lombalgies?",
    "hernie discale",
    "mal de dos",
    "tendinites?",
    `oper${E_S} (?:du|de la|des|d'un|d'une)`,
    "chirurgie",
    "accidents? (?:du|de) travail",
    "inaptes?",
    "inaptitude",
    "therapeutiques?",
    "therapie",
    "dyslexi(?:e|que|ques)",
    "dyspraxi(?:e|que|ques)",
    "autis(?:me|te|tes)",
    "tdah",
    "sourde?s?",
    "malentendante?s?",
    "aveugles?",
    "malvoyante?s?",
    "fauteuil roulant",
    "bequilles?",
    "trisomi(?:e|que|ques)",
    "bipolaires?",
    "schizophren(?:e|es|ie)",
    "anxiete",
    "crises? d'angoisse",
    "convalescen(?:ce|te?s?)",
    `bless${E_S}`,
    "blessures?",
    "(?:a eu|attrape|positi(?:f|ve) au) (?:le )?covid",
    "traitements? medica(?:l|ux)",
    "medicaments?",
    "traitements? lourds?",
    "(?:suivie?|voit|consulte|rendez-vous chez|rdv chez) (?:par )?(?:un |une |le |la |son |sa )?(?:psychologue|psychiatre|cardiologue|neurologue|oncologue)",
    "cardiaques?",
    "(?:insuffisances?|troubles?) (?:cardiaques?|respiratoires?|renales?|auditifs?|visuels?|musculo-squelettiques?|psychiques?|psychologiques?|du comportement)",
    "tms",
    "certificats? medica(?:l|ux)",
    "dossiers? medica(?:l|ux)",
    "suivi medical",
    "raisons? medicales?",
    "restrictions? medicales?",
    "contre[- ]indications? medicales?",
    "avis medical",
    "problemes? medica(?:l|ux)",
    "medecin traitant",
    "obes(?:e|es|ite)",
    "suicid(?:e|aire|aires)",
    "anorexi(?:e|que|ques)",
    "boulimi(?:e|que|ques)",
    "dialyse",
  ],
  origin: [
    "(?<!(?:metier|poste|emploi|secteur|entreprise|structure|agence|service|formation|site|ville|commune|domaine|profession|employeur|diplome|etablissement|region|departement|equipe|famille professionnelle) )d'origine",
    "originaire",
    "ethni(?:e|que|ques)",
    "raci(?:al|ale|aux|ales|sme|ste|stes)",
    "nationalites?",
    `naturalis${E_S}`,
    "naturalisation",
    "(?:titres?|cartes?) de sejour",
    "sans[- ]papiers",
    `refugi${E_S}`,
    "demandeu(?:r|se)s? d'asile",
    "asile",
    "oqtf",
    `immigr${E_S}`,
    "immigration",
    "migrante?s?",
    "primo[- ]arrivante?s?",
    "(?<!a l')(?<!langues? )(?<!diplomes? )etrang(?:er|ere|ers|eres)",
    "ressortissante?s?",
    "marocaine?s?",
    `algerien${IEN}`,
    `tunisien${IEN}`,
    "senegalaise?s?",
    "malienne?s?",
    `ivoirien${IEN}`,
    "camerounaise?s?",
    "congolaise?s?",
    `guineen${IEN}`,
    `comorien${IEN}`,
    "afghane?s?",
    `syrien${IEN}`,
    `irakien${IEN}`,
    `iranien${IEN}`,
    `erythreen${IEN}`,
    "soudanaise?s?",
    `somalien${IEN}`,
    "tchetchenes?",
    "kosovare?s?",
    "libanaise?s?",
    `egyptien${IEN}`,
    "pakistanaise?s?",
    `haitien${IEN}`,
    `ukrainien${IEN}`,
    `georgien${IEN}`,
    `armenien${IEN}`,
    "maghrebine?s?",
    "africaine?s?",
    "asiatiques?",
    "tziganes?",
    "gitane?s?",
    "roms?",
    "gens du voyage",
    "arrivee?s? en france",
    "(?:vient|venue?s?|arrivee?s?|nee?s?|revenue?s?|retour) (?:du|de la|de|d'|des|au|aux|en) ?(?:maroc|algerie|tunisie|senegal|mali|syrie|afghanistan|turquie|congo|cameroun|guinee|cote d'ivoire|comores|irak|iran|erythree|soudan|somalie|ukraine|russie|kosovo|albanie|armenie|georgie|roumanie|bulgarie|pakistan|bangladesh|haiti|liban|egypte|tchetchenie|chine|vietnam|afrique|maghreb|pays)",
  ],
  religion: [
    "religi(?:on|ons|eux|euse|euses)",
    "musulman(?:e|s|es)?",
    "islam(?:ique|iques|iste|istes)?",
    `chretien${IEN}`,
    "catholiques?",
    "protestante?s?",
    "evangeliques?",
    "juif|juive|juifs|juives",
    "judaisme",
    "bouddhistes?",
    "hindou(?:e|s|es)?",
    "athees?",
    "croyante?s?",
    "voilee?s?",
    "(?:porte|portant|port du|porter) (?:le |un )?(?:voile|foulard)",
    "ramadan",
    "prieres?",
    "pratiquante?s?(?= *(?:,|\\.|;|$|musulmane?s?|catholiques?|juive?s?|chretien))",
    "mosquees?",
    "synagogues?",
    "paroisses?",
    "temoins? de jehovah",
    "kippa",
    "halal",
    "casher|kasher",
    "sectes?",
    "franc[- ]macon(?:ne|nes|s|nerie)?",
  ],
  opinion: [
    `syndiqu${E_S}`,
    "syndicats?",
    "syndica(?:l|le|les|ux)",
    "syndicalistes?",
    "cgt",
    "cfdt",
    "cftc",
    "cfe[- ]cgc",
    "unsa",
    "fo",
    "force ouvriere",
    "grevistes?",
    "(?:a fait|fait|faisait|en) (?:la )?greve",
    "militante?s?",
    "militantisme",
    "(?:partis?|opinions?|engagements?|convictions?|idees?|militante?s?|sympathies?) politiques?",
    "politiquement",
    "extreme (?:droite|gauche)",
    "front national",
    "rassemblement national",
    "france insoumise",
    "communistes?",
    "anarchistes?",
    "gilets? jaunes?",
    "vote (?:rn|fn|lfi|pour le rn|pour le fn)",
  ],
  sexLife: [
    "orientation sexuelle",
    "vie sexuelle",
    "sexuel(?:le|s|les)?",
    "sexualite",
    "homosexuel(?:le|s|les)?",
    "heterosexuel(?:le|s|les)?",
    "bisexuel(?:le|s|les)?",
    "gays?",
    "lesbiennes?",
    "lgbt[a-z+]*",
    "transgenres?",
    "transsexuel(?:le|s|les)?",
    "trans",
    "changement de sexe",
    "transition de genre",
    "prostitu(?:e|ee|ees|es|tion)",
    "travailleu(?:r|se)s? du sexe",
  ],
  criminal: [
    "casiers?",
    "prisons?",
    "emprisonn(?:e|ee|es|ees|ement)",
    `incarcer${E_S}`,
    "incarceration",
    "detenue?s?",
    "detention",
    "maisons? d'arret",
    "centres? de detention",
    `condamn${E_S}`,
    "condamnations?",
    "spip",
    "sous main de justice",
    "bracelet electronique",
    "tig",
    "travail d'interet general",
    "garde a vue",
    "delinquan(?:t|te|ts|tes|ce)",
    "delits?",
    "judiciaires?",
    "probation",
    "liberation conditionnelle",
    "ecroue?e?s?",
    "peines? (?:de prison|d'emprisonnement|amenagee?s?)",
    "amenagements? de peine",
    "sursis",
  ],
  social: [
    `surendett${E_S}`,
    "surendettement",
    `endett${E_S}`,
    "dettes?",
    "huissiers?",
    "(?:loyers?|factures?) impayee?s?",
    "expulsions?",
    `expuls${E_S}`,
    "sdf",
    "sans domicile(?: fixe)?",
    "sans[- ]abri",
    "a la rue",
    "le 115",
    "hebergement d'urgence",
    "foyers? d'urgence",
    "chrs",
    "centres? d'hebergement",
    "violences? (?:conjugales?|familiales?|domestiques?)",
    "victimes? de violences?",
    "femmes? battues?",
    `divorc${E_S}`,
    "divorce",
    "deuil",
    "deces",
    `decede${E_S}`,
    "aide sociale a l'enfance",
    "ase",
    "enfants? places?",
    "curatelle",
    "tutelle",
    `illettr${E_S}`,
    "illettrisme",
    "analphabet(?:e|es|isme)",
    "difficultes? (?:sociales?|personnelles?|familiales?|financieres?|de logement|d'argent|psychologiques?)",
    "problemes? (?:sociaux|personnels?|familiaux|financiers?|de logement|d'argent|conjugaux|judiciaires?)",
    "soucis (?:personnels|familiaux|financiers|d'argent|de sante)",
    "precarite",
    "pauvrete",
    "misere",
    "banque alimentaire",
    "restos? du coeur",
    "colis alimentaires?",
    "aide alimentaire",
    "secours (?:populaire|catholique)",
    "emmaus",
    "assistante? sociale?",
  ],
};

/**
 * Phrases of the employment world that contain a lexicon word without revealing anything about
 * the person. A hit lying inside one of these is not a finding.
 */
const HARMLESS: readonly string[] = [
  // health and care as a trade or a sector
  "sante[- ]social(?:e)?",
  "(?:secteurs?|metiers?|domaines?|filieres?|formations?|etablissements?|professionnel(?:le)?s?|centres?|poles?|maisons?|forums?|salons?|agences? regionales?|branches?|emplois?|structures?|entreprises?|acteurs?) (?:de la |du |de |des |en )?sante",
  "sante (?:au travail|publique|animale|environnement)",
  "(?:mutuelles?|complementaires?) sante",
  "(?:assurance|caisse primaire d'assurance) maladie",
  "garde[- ]malades?",
  "(?:aupres|accompagnement|accompagner|aide|soins?|service|services|s'occuper|travail|travailler) (?:de |des |d'|aux |a des |a )?(?:personnes |enfants |adultes |publics? |jeunes |residents )?(?:agees |fragiles )?(?:et |ou )?(?:handicapees?|malades|en situation de handicap)",
  "(?:secteurs?|structures?|etablissements?|metiers?|publics?|domaines?) (?:du |de l'|des )?(?:handicap|personnes handicapees)",
  "accompagnante?s? (?:des |d')eleves en situation de handicap",
  "(?:structures?|etablissements?|foyers?|centres?|instituts?|services?|associations?) (?:pour|de|d'accueil de|accueillant des) (?:personnes |adultes |enfants |jeunes )?(?:agees |)(?:handicapees?|en situation de handicap)",
  "(?:dans |a |de )?l'enceinte (?:de|du|des|d')",
  "enceintes? (?:bluetooth|connectees?|acoustiques?|hi-?fi|audio|sportives?)",
  "(?:secretaire|assistante?|deleguee?|visiteu(?:r|se)|delegue|materiel|centre|cabinet|laboratoire|transport|secteur) (?:medica(?:l|le|ux|les))",
  "visite medicale (?:d'embauche|du travail|obligatoire)",
  "(?:centre|agent|agents|service|services) hospitali(?:er|ers)",
  "(?:medecine|sante) du travail",
  "priere de",
  // origin: places and languages
  "a l'etranger",
  "langues? etrangeres?",
  "(?:region|pays|territoire) d'origine (?:de l'offre|du besoin|de la demande)",
  "(?:cuisines?|restaurants?|restauration|epiceries?|traiteurs?|specialites?|plats?|gastronomie|marches?|commis|cuisinier|cuisiniere) (?:[a-z]+ )?(?:africaine?|asiatique|marocaine?|libanaise?|turque?|chinoise?|italien(?:ne)?|portugaise?|espagnole?|vietnamien(?:ne)?|syrien(?:ne)?|indien(?:ne)?|japonaise?|mexicaine?|antillaise?)s?",
  // criminal: trades and businesses
  "casiers? (?:de rangement|vestiaires?|a cles|individuels?|metalliques?|de (?:la |du )?(?:salle|vestiaire|piscine|gare|personnel))",
  "(?:surveillante?s?|gardien(?:ne)?s?|agents?) (?:de |des )?(?:prisons?|detention)",
  "(?:liquidation|redressement|mandataires?|administrat(?:eur|rice)s?|greffiere?s?|secretaires?|auxiliaires?|experts?|ventes?|police|aide) judiciaires?",
  "detention (?:du|d'un|d'une|de|des) (?:permis|diplomes?|titres? professionnels?|caces|certificats?|cartes? professionnelles?|vehicule|habilitations?)",
  // social: trades, services and the legal typology
  "(?:clerc|etude|office|secretaire|assistante?) (?:d'|de l'|d'un )huissiers?",
  "(?:ministere|autorite|organisme|administration|collectivite) de tutelle",
  "(?:formations?|diplomes?|postes?|metiers?|devenir|etudes?|candidatures?|concours|ecole) (?:d'|de l'|d'une |d'un |au poste d'|de |en )?assistante? (?:de service )?sociale?",
  "assistante? sociale? de formation",
  "(?:recouvrement|gestion|relance|suivi) des (?:impayes|dettes|factures impayees)",
  "(?:gestion|agent|chargee?) (?:de |du )?recouvrement",
];

/** Language context: "parle arabe", "bilingue français-turc", "arabe lu, écrit". */
const LANGUAGE_BEFORE =
  /(?:^|[^a-z])(?:parl[a-z]*|langues?|bilingue|trilingue|notions?|cours|niveau|traduct[a-z]*|interpr[a-z]*|lv[12]|maitris[a-z]*|couramment|francais)[ ,:'-]+(?:(?:en|d'|de|l'|le|et|ou|[a-z]+,) ?)*$/;
const LANGUAGE_AFTER = /^ *(?:courant|lu|ecrit|parle|maternelle|niveau|[abc][12]|bilingue|et (?:francais|anglais))\b/;

/** Nationality adjectives that are also language names: a finding only when not about a language. */
const LANGUAGE_ADJECTIVES = [
  "arabes?",
  "turc|turque|turcs|turques",
  "russes?",
  "chinoise?s?",
  "polonaise?s?",
  "portugaise?s?",
  "espagnole?s?",
  `italien${IEN}`,
  "roumaine?s?",
  "albanaise?s?",
  `vietnamien${IEN}`,
  "bulgares?",
  "serbes?",
  "kurdes?",
  "tamoule?s?",
];

export interface SensitiveHit {
  category: SensitiveCategory;
  /** The words as the user typed them (original case and accents). */
  text: string;
  /** Position in the original text. */
  index: number;
}

interface CompiledRule {
  category: SensitiveCategory;
  regex: RegExp;
  languageSense: boolean;
}

const whole = (source: string): string => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;

const RULE_SOURCES: { category: SensitiveCategory; alternatives: readonly string[]; languageSense: boolean }[] = [
  ...SENSITIVE_CATEGORIES.map((category) => ({ category, alternatives: LEXICON[category], languageSense: false })),
  { category: "origin", alternatives: LANGUAGE_ADJECTIVES, languageSense: true },
];

const RULES: CompiledRule[] = RULE_SOURCES.map(({ category, alternatives, languageSense }) => ({
  category,
  regex: new RegExp(whole(alternatives.join("|")), "g"),
  languageSense,
}));

/**
 * Most comments have no hit at all. Reading the comment once for known words (no new string)
 * rules most of them out, and tells which rules can match the others (group r is RULES[r]).
 */
export const SENSITIVE_WORDS = wordFilter(RULE_SOURCES.map((rule) => rule.alternatives));

const HARMLESS_REGEX = new RegExp(whole(HARMLESS.join("|")), "g");

/** Offsets of each normalised character in the original text (built only when there is a hit). */
function originalOffsets(text: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = normaliseText(ch);
    for (let k = 0; k < n.length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(text.length);
  return offsets;
}

/** Every sensitive passage of `text`, in order of appearance (empty when there is none). */
export function findSensitive(text: string): SensitiveHit[] {
  if (!SENSITIVE_WORDS.mayMatch(text)) return [];
  const normal = normaliseText(text);
  const rules = SENSITIVE_WORDS.groupsIn(normal); // bit r: RULES[r] may match
  if (rules === 0) return [];
  let harmless: [number, number][] | null = null;
  const insideHarmless = (start: number, end: number): boolean => {
    if (!harmless) {
      harmless = [];
      for (const m of normal.matchAll(HARMLESS_REGEX)) harmless.push([m.index, m.index + m[0].length]);
    }
    return harmless.some(([a, b]) => start >= a && end <= b);
  };

  const hits: { category: SensitiveCategory; start: number; end: number }[] = [];
  RULES.forEach((rule, r) => {
    if ((rules & (1 << r)) === 0) return;
    for (const m of normal.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (insideHarmless(start, end)) continue;
      if (rule.languageSense && aboutLanguage(normal, start, end)) continue;
      hits.push({ category: rule.category, start, end });
    }
  });
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.start - b.start);
  const offsets = originalOffsets(text);
  return hits.map((h) => ({
    category: h.category,
    index: offsets[h.start],
    text: text.slice(offsets[h.start], offsets[h.end]),
  }));
}

function aboutLanguage(normal: string, start: number, end: number): boolean {
  const before = normal.slice(Math.max(0, start - 40), start);
  const after = normal.slice(end, end + 25);
  return LANGUAGE_BEFORE.test(before) || LANGUAGE_AFTER.test(after);
}

/** The patterns behind the rules, for tests that check the scanner against a plain implementation. */
export const SENSITIVE_PATTERNS = {
  lexicon: LEXICON,
  languageAdjectives: LANGUAGE_ADJECTIVES,
  harmless: HARMLESS,
  languageBefore: LANGUAGE_BEFORE,
  languageAfter: LANGUAGE_AFTER,
} as const;
