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
 * Two levels. A LEXICON word clearly reveals forbidden data about the person: an error. A REVIEW word
 * is sensitive only in some contexts ("santé" alone, "huissier", "adjoint au maire", a first name
 * alone): a warning « à vérifier ». Context then decides who the words are about: a care centre, a
 * prison or a court after a job or a worksite ("infirmier en psychiatrie", "chantier de la maison
 * d'arrêt") is a workplace; "handicap" in an employer's policy, "syndicat" in an inter-municipal
 * union, "TIG" in a welding process, "précarité" in the end-of-contract bonus are not about anyone.
 *
 * Decisions on borderline cases (documented here because the corpus tests them):
 * - "casier judiciaire vierge" is flagged: it still records something about criminal records.
 * - "Cap emploi" and "référent handicap" are flagged: orienting someone there reveals a disability.
 * - "DELD", "QPV", "politique de la ville" are the legal typology: never flagged. "RSA" as a public or a
 *   partner's role ("les bénéficiaires du RSA", "la référente RSA") is silent; a benefit of the person
 *   ("bénéficiaire du RSA", "touche l'ASS", "AGEPI accordée") says poverty or single parenthood: social.
 * - Language skills ("parle arabe", "bilingue turc") are not flagged; the same adjective about
 *   the person ("famille turque", "il est turc") is.
 * - "originaire de" is origin only before a foreign country or city ("originaire de Kaboul"), never
 *   before a French town or a district ("originaire de Thionville", "du Sablon").
 * - Family situation that is a difficulty (parent isolé, veuvage, garde alternée, séparation) is
 *   social; children and childcare as a constraint ("trois enfants", "garde d'enfants") are not.
 * - Benefits: a benefit that says poverty (RSA, ASS, CSS, aide alimentaire, chèques services, FSL) or
 *   single parenthood (ASF, AGEPI) is social when it is the person's.
 * - An organisation acting as one is silent ("Les Restos du cœur recrutent", "le syndicat CGT de
 *   l'entreprise a signé", "Cap emploi partenaire du forum"); the person helped there is not.
 * - ESAT: its staff's jobs are a workplace ("moniteur d'atelier en ESAT"); working there is a disability.
 * - Facts said without the usual word are findings ("attend son deuxième enfant", "doit pointer au commissariat",
 *   "B2 pas vierge", "fins de mois difficiles"); a job followed by its field in brackets or after a colon
 *   ("éducateur (addictions, public jeune)") and a public in the plural ("pour les demandeurs d'asile") are not.
 * - "PSE" alone is a warning (an electronic tag, or a redundancy plan: after "licencié", "le", "du" it is silent);
 *   a bare "RSA" is a warning too (a programme's team or a meeting's heading is silent, "BRSA" is an error).
 * - An elision typed with a space reads as the apostrophe ("pas d autorisation" is "pas d'autorisation"):
 *   the text is restored once (fold.ts), the patterns keep their apostrophes.
 */

import { at } from "../checked";
import { normaliseText, restoreElisions } from "./fold";
import { subjectReader } from "./subject";
import { wordFilter } from "./word-filter";
import { WORD_KEYS } from "./data/word-keys";

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

/** Foreign countries, regions and cities people are "originaire de" (a French town says nothing). */
const ELSEWHERE = [
  "maroc|algerie|tunisie|libye|egypte|senegal|mali|mauritanie|niger|tchad|burkina(?: faso)?|guinee|cote d'ivoire|ghana|nigeria|cameroun|congo|rdc|gabon|centrafrique|angola|comores|madagascar",
  "soudan|somalie|erythree|ethiopie|syrie|irak|iran|afghanistan|pakistan|bangladesh|inde|sri lanka|chine|vietnam|cambodge|laos|philippines|liban|jordanie|palestine|yemen|turquie|kurdistan",
  "ukraine|russie|tchetchenie|georgie|armenie|azerbaidjan|kosovo|albanie|serbie|bosnie|macedoine|roumanie|bulgarie|moldavie|pologne|portugal|espagne|italie|bresil|colombie|venezuela|haiti",
  "alger|oran|constantine|annaba|casablanca|rabat|fes|marrakech|tanger|agadir|oujda|tunis|sfax|dakar|bamako|abidjan|conakry|yaounde|douala|kinshasa|brazzaville|niamey|ouagadougou|nouakchott",
  "cap-vert|guinee-bissau|sierra leone|liberia|togo|benin|rwanda|burundi|ouganda|kenya|tanzanie|mozambique|zimbabwe|zambie|djibouti|gambie|cuba|perou|equateur|bolivie|chili|argentine|mexique|nepal|mongolie|ouzbekistan|tadjikistan|kazakhstan|kirghizistan|bielorussie|lituanie|lettonie|hongrie|croatie|montenegro",
  "istanbul|ankara|izmir|damas|alep|bagdad|mossoul|teheran|kaboul|herat|karachi|lahore|dacca|beyrouth|le caire|mogadiscio|khartoum|asmara|kiev|kyiv|kharkiv|odessa|moscou|grozny|tbilissi|erevan|tirana|pristina|bucarest|sofia|port-au-prince",
].join("|");

/** Benefits that say poverty, disability or single parenthood when they are one person's. */
const BENEFITS =
  "rsa|ass|css|cmu(?:-?c)?|ame|asf|agepi|aspa|allocation de solidarite specifique|revenu de solidarite active|aide medicale d'etat|allocation de soutien familial|minimum vieillesse|minima sociaux";

/**
 * A cause said after its marker ("à cause de", "suite à", "en raison de", "pour raison de", "du fait de", "depuis son",
 * "après sa"): there the start of a word of a sensitive domain is enough ("suite à son hospi", "en raison de sa
 * gross.", "depuis sa dépression"), so clipped and unusual forms of a domain are read without listing each one.
 */
const CAUSE =
  "(?:a cause (?:de |d'|du |des )|suite (?:a |au |aux |a l')|en raison (?:de |d'|du |des )|pour (?:raisons? |cause )(?:de |d'|du |des )|du fait (?:de |d'|du |des )|(?:depuis|apres) (?=son |sa |ses ))(?:son |sa |ses |un |une |l'|la |les |le )?";
/** Starts of the words of each domain read after CAUSE (a word start: each is followed by any letters). */
const CAUSE_STEMS: Readonly<Partial<Record<SensitiveCategory, string>>> = {
  health:
    "malad|hospi|hosto|chirurg|fractur|douleur|tendin|hernie|lombalg|sciatiq|psy|depress|burn|cancer|chimio|radiother|avc|infarct|diabet|asthm|allerg|epilep|handicap|invalid|convalesc|reeduc|dialys|greff|grossess|accouch|maternite|sante|pathologi|sequell|traumatism|anxi|angoiss|addict|alcool|toxico|sevrage|enceinte|medica|arrets? maladie|arr\\. mal",
  criminal:
    "incarcer|detention(?! d)|prison|condamn|garde a vue|gav|controle judiciaire|sursis|proces(?!s)|delit|infraction|outrage|agression|casier|bracelet|interpellation|mise en examen|poursuite|peine (?:de|ferme|avec)",
  social: "expuls|divorc|separation|deces|dette|surendet|impaye|violences? conjugal|huissier|saisie sur",
};
const causeRule = (category: SensitiveCategory): string[] => {
  const stems = CAUSE_STEMS[category];
  return stems === undefined ? [] : [`${CAUSE}(?:${stems})[a-z]*\\.?`];
};

const LEXICON: Readonly<Record<SensitiveCategory, readonly string[]>> = {
  health: [
    "malades?",
    "maladies?",
    // The bare noun is only a warning (a policy, a sector, a partner's role); attached to the person, an error.
    "handicap(?:e|ee|es|ees)",
    "(?:son|sa|un|d'un|de son|du fait de son|porteu(?:r|se) d'un|atteinte? d'un|avec un|en situation de|situation de|reconnaissance (?:du |de )?|lie a son|a cause de son) handicap",
    "handicaps? (?:moteurs?|visuels?|auditifs?|psychiques?|mentaux|mental|cognitifs?|invisibles?|physiques?|lourds?|legers?|reconnus?)",
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
    // the wheelchair by its kind, the respiratory disease by its initials, the attention deficit said in full or short
    "fauteuils? (?:manuel|electrique)(?! (?:de (?:bureau|relaxation|massage|salon|jardin)|releveur|inclinable))|utilisat(?:eur|rice) (?:d'un |de |du )?fauteuil",
    "bpco|emphysemes?|oxygenotherapie|sous oxygene|insuffisances? respiratoires?|essoufflements? (?:a l'effort|au moindre effort|chroniques?|importants?)|dyspnee|sclerose laterale|maladie de charcot",
    "tda(?:[/-]?h)?|hyperactivite|deficits? (?:de l'attention|attentionnels?)|troubles? (?:du )?deficit(?:aire)? de l'attention",
    "(?:a ete|ont ete|vient d'etre|viennent d'etre|recemment|tardivement|enfin) diagnostiquee?s?(?! (?:au|par le) garage)",
    // a diagnosis dated or named ("SEP diagnostiquée en 2019", "diagnostiqué autiste à 30 ans"), multiple sclerosis
    // clipped ("sclérose en pl.", "scl. en plaques", "poussée de SEP"; "sep." alone is September), HIV clipped, hip
    // and knee prostheses
    "diagnostiquee?s? (?:en (?:19|20)[0-9][0-9]|il y a|l'an dernier|a l'age|adulte|enfant|a [0-9]+ ans|dys[a-z]*|autiste|bipolaire|tdah|tsa|epileptique|diabetique|hpi)",
    "scl(?:erose|er)?\\.? en pl(?:aques?)?\\.?|sep (?:diagnostiquee?|remittente|progressive|stabilisee?|depuis (?:19|20)[0-9][0-9])|poussees? de sep|(?:atteinte?|souffre|porteu(?:r|se)|malade|diagnostic) (?:d'une |de la |de |d')?sep(?![a-z])",
    "seropo(?:s|sitif|sitive|sitifs|sitives)?|pth|ptg|protheses? totales? (?:de |du )?(?:la )?(?:hanche|genou|epaule)",
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
    "arrets? (?:de travail|mal(?:adie)?)",
    "(?:en|suite (?:a )?(?:un |son )?|depuis (?:son |un )?|apres (?:un |son )?|arret|victime d'un|declaration d'|declaree? en) at",
    "at/mp",
    "atmp",
    "acc\\. (?:du|de) travail",
    "ald",
    // clipped sick leave and work accident: "arr. mal.", "arrêt de trav.", "acc. de trav.", "AT reconnu"
    "arr\\.? (?:mal(?:adie)?|(?:de )?trav(?:ail)?)\\.?|arrets? (?:de )?trav\\.?",
    "acc(?:ident)?s?\\.? (?:du |de )?trav\\.?",
    "at (?:reconnu|declare|en cours|prolonge|depuis|de trajet)",
    // "AM" is sick leave before a duration ("AM jusqu'au 12", "AM depuis lundi"), the afternoon elsewhere ("RDV en am")
    "am (?:jusqu'(?:au|a|en)|depuis|prolonge|renouvele|en cours)",
    // a medical specialty the person is followed in ("suivi en cardiologie", "RDV neuro")
    "(?:suivie?|rdv|rendez-vous|consultations?|seances?|soins|traitements?|bilans?|examens?|hospitalisee?|soignee?s?|traitee?s?|prise? en charge|admise?) (?:en |de |d'|chez (?:le |un |une |la )?|au service (?:de |d'))?(?:cardio|neuro|pneumo|onco|rhumato|endocrino|nephro|gastro|hemato|dermato|ophtalmo|diabeto|uro|gyneco|psychiatr)(?:logie|logue|ie|e)?",
    "(?:mi[- ]?temps|mi-tps|mi tps|temps partiel) thera(?:p(?:eutique)?)?\\.?",
    // the same by its initials; a conditional fitness the occupational doctor set (a need alone, "pas de port de
    // charges", says no cause)
    "mtt|tpt (?:jusqu'|depuis|en cours|accorde|prolonge|valide)|apte (?:avec|sous) (?:reserves?|restrictions?|amenagements?)|aptitude (?:avec|sous) (?:reserves?|restrictions?)",
    // disability recognition said short: "travailleur handi.", "reconnaissance trav. hand."
    "(?:travailleu(?:r|se)s?|trav\\.?|tr\\.?) hand(?:i|ic)?\\.?",
    "pensions? d'invalidite",
    // addictions said with a substance, a habit or a care network
    "alcoolo[a-z]*|ethyli(?:que|ques|sme)",
    "(?:conso(?:mmation)?|consomme|abus|dependance|dependante?|pbs?|problemes?|soucis) (?:importante? |excessive? |reguliere? |quotidienne? )?(?:d'|de l'|de |du |des |a l'|au |aux |a la )?(?:alcool|oh|cannabis|drogues?|crack|cocaine|heroine|stupefiants?|shit|thc|produits|opiaces)",
    "anpaa|addictions france|alcooliques anonymes|narcotiques anonymes|vie libre|croix bleue",
    // a consumption said short ("pb de conso", "soucis avec sa conso") and the service for young users
    "(?:pbs?|problemes?|soucis|difficultes?) (?:de |avec (?:la |sa |ses )?)(?:conso(?:mmation)?s?\\.?)(?! (?:d'energie|electrique|d'eau|de carburant|d'essence))|consult(?:ation)?s?\\.? (?:jeunes? consommateurs|cannabis|addicto(?:logie)?)|cjc",
    // gambling: the person's money staked, or a game played every night ("joue son RSA au PMU", "parie tous les soirs")
    "(?:joue|jouait|parie|pariait|mise|misait|flambe|flambait|perd|perdait|a perdu|depense|depensait|claque|claquait)(?: tout| toute| tous| toutes)? (?:son|sa|ses|leur) (?:salaire|argent|paie|paye|rsa|economies|epargne|allocations?|chomage|revenus?|are)(?: [a-z'-]+)?(?: [a-z'-]+)? (?:au |aux |a la |en |sur (?:les |des )?|dans (?:les |des )?)(?:poker|casinos?|courses(?: hippiques)?|chevaux|pmu|loto|turf|tierce|blackjack|roulette|paris(?: sportifs| hippiques| en ligne)?|machines? a sous|jeux (?:d'argent|de hasard|a gratter)|grattages?)",
    "(?:joue|jouait|parie|pariait)(?: [a-z'-]+)? (?:au |aux |a la |sur (?:les |des )?)(?:poker|casinos?|courses(?: hippiques)?|chevaux|pmu|loto|turf|tierce|blackjack|roulette|paris(?: sportifs| hippiques| en ligne)?|machines? a sous|jeux (?:d'argent|de hasard|a gratter)|grattages?)(?: en ligne)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:tous les|toutes les|ttes les|tts les|chaque|des) (?:jours|soirs|nuits|semaines|week-ends|nuits entieres|heures)|(?:joue|jouait|parie|pariait) (?:au |aux )(?:poker|paris sportifs|jeux d'argent|casino|machines a sous) en ligne|(?:parie|pariait|mise|misait)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? sur (?:les |des )(?:matchs|courses|chevaux)",
    // medication classes, whole or clipped ("sous antidep.", "sous neuroleptiques", "sous méthadone")
    "anti-?depresseurs?|anxiolytiques?|neuroleptiques?|antipsychotiques?|thymoregulateurs?|sous (?:anti-?dep|antidepress|anxio|neurolept|antipsycho|thymoregul|regulateurs? de l'humeur|lithium|methadone|subutex|buprenorph|insuline|chimio|morphine|traitement (?:psy|antidep|de substitution|lourd))[a-z]*\\.?",
    "rechut(?:e|es|er|ee)? (?:alcool|alcoolique|dans l'alcool|depressive)",
    // pregnancy said without the word
    "(?:future?|bientot|va (?:bientot )?etre|va devenir) (?:maman|mere|papa|pere|parent)s?",
    "bebe (?:est )?(?:attendu|prevu|a naitre|pour)|(?:naissance|accouchement|terme) (?:est )?(?:prevue?|attendue?|imminente?)",
    "alitee?",
    "(?:en|se deplace en|circule en|assise? en) fauteuil|(?:sort|sortie?|sortant|retour|revient) (?:de |d'une |de sa |d'un )?(?:cure|post-cure|sevrage)",
    "fume (?:[a-z]+ )?(?:de |des |du )?(?:joints?|shit|herbe|cannabis|crack)|sevree?s?",
    "carte mobilite inclusion|carte d'invalidite|protheses? (?:auditives?|de (?:la )?hanche|du genou|de genou)|appareils? auditifs?|implants? cochleaires?",
    "cmpp|cattp|sessad|soins de suite(?: et de readaptation)?|ssr|centres? de readaptation",
    "affection longue duree",
    "(?:cg|conges?) mat(?:ernite)?",
    "(?:cg|cong|conges?)\\.? mat(?:er)?\\.?",
    "conges? patho(?:logique)?",
    "hospit",
    "pbs? (?:de )?sante",
    "pbs? psy",
    "(?:problemes?|soucis|raisons?|etat) de sante",
    "sante (?:fragile|mentale|precaire)",
    "cmp",
    "anti-?depresseurs?|anti-?psychotiques?|anti-?epileptiques?|anti-?retrovira(?:l|ux)",
    "anxiolytiques?",
    "neuroleptiques?",
    "avc",
    "sclerose en plaques",
    "parkinson",
    "alzheimer",
    "insuline",
    "esat",
    "pre-reprise",
    "desintox(?:ication)?",
    "post-cure",
    "addicto(?:logie|logue)?",
    "csapa",
    "caarud",
    "cannabis",
    "heroine",
    "cocaine",
    "subutex",
    "toxicos?",
    "stupefiants?",
    "alcool",
    "alcoolisme",
    "tabagique",
    "attend (?:un|son) (?:bebe|enfant|heureux evenement)",
    "futures? mamans?",
    "terme prevu",
    "bebe prevu",
    "naissance prevue",
    "pma",
    "fiv",
    "ivg",
    "(?:prend|prise d'|sous) (?:un )?traitement",
    "(?:operations?|operee?|operer|mal|douleurs?|fractures?|entorses?|tendinites?|problemes?|pbs?|soucis|blessures?|protheses?|lesions?|souffre|souffrant|souffrait) (?:(?:au|a la|aux|du|de la|des|a l'|de l'|de) ?)?(?:dos|genoux?|epaules?|hanches?|coeur|mains?|poignets?|pieds?|chevilles?|yeux|oeil|colonne|ventre|estomac|bras|jambes?|cervicales|lombaires|vue|audition|poumons?|reins?|foie|thyroide)",
    "fractures?",
    "entorses?",
    "cures? thermales?",
    "maladies? pro(?:fessionnelles?)?",
    "ij|ijss|indemnites journalieres",
    "therap",
    "ttt|trt",
    "hernies?",
    "hopital de jour|hdj",
    "(?:mal\\.?|maladies?|douleurs?|fatigue|pathologies?|affections?) chroniques?|douleurs? (?:articulaires?|dorsales?|lombaires?|cervicales?)|pathologies?",
    "traitements? (?:hormona(?:l|ux)|de substitution|antiretrovira(?:l|ux)|psychiatriques?|antidouleurs?)",
    "en arret",
    "en cure|cures? de (?:desintox[a-z]*|sevrage|repos)",
    // conditions by name: a diagnosis says health whatever the sentence around it
    "fibromyalgie|cervicalgies?|sciatiques?|arthrose|(?:poly)?arthrite|rhumatismes?|spondylarthrite|hypertension|hypotension|cholesterol",
    "infarctus|angine de poitrine|pontage|pacemaker|stimulateur cardiaque",
    "(?:suivi|rdv|consultation|bilan|problemes?|pbs?|soucis?) (?:en |de |chez (?:le |un )?)?cardio(?:logue)?",
    "crohn|rectocolite|endometriose|mucoviscidose|drepanocytose|thalassemie|lupus|psoriasis|eczema|migraines?|nevralgies?|acouphenes",
    "surdite|cecite|glaucome|cataracte|dmla|amputee?s?|amputation|paraplegiques?|tetraplegiques?|hemiplegi(?:e|que|ques)|paralysie|infirmite|infirmes?",
    "apnee du sommeil|narcolepsie|insomnies?|ptsd|tspt|stress post-traumatique|phobies?|agoraphobie|psychose|nevrose|paranoia|demence",
    "tuberculose|covid long|carcinome|lymphome|melanome|remission|greffee|greffe (?:de|du|d'un|d'une) (?:rein|foie|coeur|poumon|moelle|cornee)",
    "reeducation|kine(?:sitherapie)?|orthophonie|appareillee?s?|canne blanche|chien guide",
    "idees noires|scarifications?|automutilation|epuisement professionnel|traumatisme cranien|trauma",
    "troubles? (?:psy[a-z]*|bipolaires?|anxieux|du sommeil|de l'humeur|alimentaires?|dys|de la personnalite|obsessionnels?|cognitifs?|de la memoire)",
    "toc|tsa",
    "taux d'incapacite|incapacite permanente|ipp",
    "pch",
    "medecin conseil",
    "(?:en|a l') hp",
    "s'alcoolise|alcoolisation",
    "sobre depuis",
    "abstinente?",
    "crack|ecstasy|mdma|ketamine|stups?",
    "cjc",
    "allaite|allaitement",
    "(?:travailleu(?:r|se)|trav\\.?) hand",
    // disability said short or by its services: "pension inval.", "statut TH", "non-voyante", "ancien élève d'IME"
    "inval|(?:est |reconnue? |declaree? |devenue? )invalide|protheses?|non[- ]?voyante?s?",
    "deficien(?:t|te|ts|tes|ce|ces) (?:visuel(?:le)?s?|auditi(?:f|ve|fs|ves)|intellectuel(?:le)?s?|mentale?s?|moteurs?|motrices?|cognitive?s?|psychiques?)",
    "asperger|dysphasi(?:e|que|ques)|dyscalculi(?:e|que|ques)|dysorthographi(?:e|que|ques)|dysgraphi(?:e|que|ques)",
    "milieu (?:protege|adapte)|(?:travail|secteur) protege|aeeh|(?:statut|reconnue?|reconnaissance|dossier|demande|dde|qualite|titre) th|carte cmi|cmi (?:invalidite|priorite|stationnement)",
    "ime|itep|impro|ulis|savs|samsah",
    // the mind and the body said without a diagnosis: "fragile psychologiquement", "sort de l'hôpital", "fait des
    // malaises"
    "psychologiquement|psychiquement|fragilite psy[a-z]*|fragile (?:psy[a-z]*|moralement|mentalement)|moralement (?:fragile|epuisee?|atteinte?|au plus bas)|deprimee?s?|deprime|deprim|souffrance psychique",
    "(?:sort|sorti|sortie|sortant|sortante|retour|revient|revenue?|rentree?|encore|toujours|admise?|hospitalisee?|transferee?) (?:de l'|a l'|de |a |en |d'une |d'un |d')?(?:hopital|hosto|clinique|urgences|maison de repos|centre de soins)",
    "(?:passee?s?|admise?s?|emmenee?s?|transportee?s?|nuit|passage|admission|hospitalisation) aux urgences",
    "(?:fait|a fait|faisait|fais|plusieurs|des|frequents?|nombreux|nouveaux?|victime d'un|victime de) malaises?",
    "(?:rdv|rdvs|rendez-vous|soins|suivis?|consultations?|imperatifs?|contraintes?|raisons?) medica(?:l|ux|les?)",
    "atcds?|antecedents? (?:medicaux|psy[a-z]*|de (?:depression|cancer|burn-?out|sante|toxicomanie|dependance|[a-z]+ologie))",
    // addiction said with a state or a habit: "ivre au rendez-vous", "sous l'emprise de l'alcool", "jeu pathologique"
    "ivres?|ivresse|ebriete|(?<!(?:boissons?|produits?|cocktails?|bieres?|vins?|spiritueux|vente|breuvages?) )alcoolisee?s?|sous (?:l'|une )?emprise (?:de l'|d'|du |de |des )?(?:alcool|stupefiants?|drogues?|produits?|cannabis|stups?)|opiaces?|buprenorphine|tso",
    "jeux? (?:patho(?:logiques?)?|compulsifs?|excessifs?)|joueu(?:r|se)s? (?:patho(?:logiques?)?|compulsi(?:f|ve)s?|excessi(?:f|ve)s?|addicts?)|interdite?s? (?:volontaire(?:ment)? )?(?:de |des )(?:casinos?|jeux|salles de jeux)|interdiction (?:volontaire )?(?:de |des )(?:casinos?|jeux)",
    "(?:dependance|dependante?|addiction|addicte?|accro|problemes?|pbs?) (?:aux |au |a l'|a la |a )(?:jeux?(?: d'argent| en ligne| de hasard)?|paris(?: sportifs| en ligne)?|casinos?|poker|grattage|alcool|drogues?|cannabis|cocaine|heroine|crack|medicaments?|opiaces)",
    // pregnancy said without the word: "attend son deuxième enfant", "heureux événement", "FC" before a leave
    "heureux evenement|attend (?:un|son|sa|des|leur) (?:bebe|heureux evenement|jumeaux|jumelles)|attend un enfant|attend (?:un|son|sa|leur) (?:premier|deuxieme|2e|2eme|troisieme|3e|3eme|quatrieme|4e|second|nouvel?|autre|[0-9]+e|[0-9]+eme) (?:bebe|enfant)",
    "(?:vient d'|venant d')(?:avoir|accueillir) (?:un|une|son|sa|ses|des|leur) (?:[a-z0-9]+ )?(?:bebe|enfant|fils|fille|jumeaux)|(?:vient d'|venant d'|va |doit |devrait |a )accoucher|naissance de (?:son|sa|ses|leur) (?:[a-z0-9]+ )?(?:bebe|enfant|fils|fille)|(?:jeune|nouvelle) maman|conges? (?:pre|post)[- ]?nata(?:l|ux)|(?:pre|post)[- ]?natal",
    "(?:suite (?:a )?|apres |a fait |fait |une |sa )(?:fc|fcs)|fc(?=[^;]*(?:arret|hospit|grossesse|enceinte|repos|ivg))|(?:gross(?:esse)?|enc(?:einte)?)\\.? (?:de |a )?[0-9]+ ?(?:mois|sem|semaines|sa)",
    // drinking and using said with a verb: "a arrêté de boire", "boit le matin"; aids and after-effects: "avec une
    // canne", "séquelles"
    "(?:arrete|arreter|arretee?|cesse|cesser|a cesse) de (?:boire|consommer|se droguer|fumer (?:du cannabis|des joints|du shit))|(?:boit|buvait|boire) (?:trop|beaucoup|de l'alcool|le matin|tous les jours|en cachette|regulierement)|ne boit plus|alcoolemie",
    "(?:avec|sous|a l'aide d'|a l'aide de) (?:une |des |sa |ses |un |son )?(?:canne|cannes|deambulateur|attelle|corset|minerve|orthese)|sequelles?|(?:depuis|suite a|apres|a cause de) son accident",
    "(?:sort|sorti|sortie|sortant|sortante|retour|revient|revenue?|rentree?) (?:de (?:la )?)?maternite|(?:vient d'etre|vient de devenir|jeune|nouveau|nouvelle|tout juste) (?:papa|maman|pere|mere|parents?)",
    "th (?:reconnue?|ok|valide|accordee?|obtenue?|en cours|depuis)|(?:baisse|perte|troubles?) (?:de (?:la )?)?(?:vue|audition|memoire)",
    "irm|biopsie|echographie|prise de sang|bilan sanguin|examens? complementaires|analyses? (?:medicales|de sang)|(?:passer|passe|a passe|doit passer) (?:un |une )?(?:scanner|radio|irm)",
    "(?:se faire |etre |doit etre |va etre |vient d'etre |a ete )operee?|operation chirurgicale|intervention chirurgicale",
    "troubles? (?:de l'apprentissage|des apprentissages|du langage|de l'attention|du spectre autistique|neuro-?developpementaux|neurologiques?)",
    "nouveau-nee?s?|nourrissons?|hypertendue?s?|hypotendue?s?|insulino-?dependante?s?|dialysee?s?|transplantee?s?|(?:perdu|perte de|perte d'|retrouve) l'usage (?:d'un|d'une|de la|de sa|de son|des|de ses)",
    "metha|hospi|^at(?= ?[:,]| [\\x28])|fc (?:en|le|debut|fin|mi|courant|il y a)(?= |-)",
    // diagnoses and care clipped or misspelt: "diab.", "insulino-dép.", "dépresion", "grosesse", "op. du genou"
    "diab\\.|diabet\\.|insulino-?dep\\.?|epilep\\.|schizo|bipo\\.|depress?i(?:on|ons|f|ve|fs|ves)|gros(?:s)?es(?:s)?es?",
    "op\\.? (?:du |de la |de l'|des |d'un |d'une )?(?:genoux?|hanches?|epaules?|dos|coeur|mains?|poignets?|pieds?|chevilles?|yeux|oeil|colonne|ventre|bras|jambes?|reins?|menisques?|ligaments?|canal carpien)|post-?op(?:eratoire)?",
    // sick leave as a state ("toujours en AM", "mise en AM"; "RDV en am" is the afternoon) and its medical end
    "(?:toujours|tjs|tjrs|encore|mise?|placee?|actuellement|de nouveau|a nouveau|prolongee?) en am(?! [0-9])",
    "(?:apres|avant|attente de|en attente de|jusqu'a|date de) (?:la |sa )?consolidation(?! (?:des|du|de la|de l'|d'un|d'une) )",
    // maternity leave and the due date said short: "cgé mat.", "DPA fin oct."
    "cges? mat(?:er|ernite)?\\.?|dpa (?:le|au|fin|debut|mi|prevue?|en|courant|fixee?|vers|[0-9]+)|date (?:presumee|prevue|probable) (?:d'accouchement|de l'accouchement)",
    // a sexual-health screening centre, Cap emploi said short
    "cegidd|cdag|ciddist|cap emp\\.?|cap empl\\.?|capemploi",
    // drinking said by a euphemism: "soucis avec la bouteille", "lève le coude", "problème de boisson"
    "(?:soucis?|problemes?|pbs?|penchant|porte|portee|tombee?|tomber|sombre|sombree) (?:avec |pour |sur |dans )la bouteille|leve (?:un peu |trop |souvent )?le coude|picol(?:e|er|ait|aient|ent)|(?:soucis?|problemes?|pbs?) (?:avec |de )(?:la )?boisson",
    ...causeRule("health"),
    // pregnancy by its trimester, as notes clip it: "écho du 2e trimestre", "nausées ++ au 1er trim."
    "(?:echo(?:graphie)?s?|nausees?|vomissements?|fatigue)(?: \\+\\+| \\+)?(?: [a-z']+)? (?:du |au |de |des |pendant le |en )?(?:1er|2e|2eme|3e|3eme|premier|deuxieme|second|troisieme|dernier) trim(?:estre|\\.)?|(?:1er|2e|2eme|3e|3eme|premier|deuxieme|second|troisieme|dernier) trim(?:estre|\\.)? de grossesse",
    "inseminations?|stimulations? ovariennes?|transferts? d'embryons?|ponctions? ovocytaires?|dons? d'ovocytes",
    // disability by its setting, its rate or its walking aid: "établissement protégé", "taux d'incap. 80 %", "2 cannes"
    "etablissements? proteges?|(?:taux|tx) (?:d'|de )(?:incap|invalid|inval|ipp)[a-z]*\\.?",
    "(?:marche|se deplace|deplacements?|avec|sous) (?:avec )?(?:[0-9] |deux |des |ses |une |sa )?(?:cannes?|bequilles?)(?: anglaises?)?(?! a )",
    // sobriety counted or stopped: "3 mois sans boire", "a arrêté de boire", "ne boit plus"
    "(?:[0-9]+|un|deux|trois|quatre|six) (?:jours?|semaines?|mois|ans?) (?:d'abstinence|sans (?:boire|alcool|consommer|conso|produits?|drogues?|joints?|rechute))|(?:a arrete|arrete|arret|a stoppe|stoppe) (?:de )?(?:boire|l'alcool|la boisson|de consommer|les joints|le cannabis)|ne boit plus",
    // gambling said by its game and a habit or a loss: "achète des tickets à gratter chaque jour", "perd sa paie au
    // PMU"; a compulsion said without its object: "n'arrive plus à s'arrêter"
    // (the habit is a lookbehind: the game is the quote and the word filter's key)
    "(?<=(?:achete|achetait|acheter|depense|depensait|perd|perdait|perdu|flambe|flambait|claque|claquait|mise|misait|parie|pariait|passe|passait)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:au |aux |des |en |sur (?:les |des )?|a la |dans (?:les |des )?))(?:jeux? a gratter|tickets? a gratter|grattages?|pmu|paris (?:sportifs|hippiques|en ligne)|casinos?|machines? a sous|poker en ligne)|(?<=(?:perd|perdait|perdu|flambe|flambait|claque|claquait|mise|misait|parie|pariait)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:aux |sur les ))(?:courses|chevaux|loto|paris)",
    "(?:n'arrive|n'arrivait|ne parvient|ne parvenait|n'arrivant) (?:plus|pas) a (?:s'arreter|arreter de (?:jouer|boire|consommer|parier|miser)|decrocher|se controler|se limiter|se retenir)",
    // pregnancy by its medical steps: "césarienne prévue", "écho de datation", "RDV sage-femme", "diabète gestationnel"
    "cesariennes?|amniocenteses?|peridurales?|echo(?:graphie)?s?\\.? (?:morpho(?:logique)?|de datation|obstetricales?|de grossesse)|(?:rdv|rendez-vous|consultations?|suivi|visites?) (?:chez |avec )?(?:la |une |sa )?sage-femme|preparation a (?:l'accouchement|la naissance)|(?:diabete|test) (?:de grossesse|gestationnel)|gestationnel(?:le)?|(?:mois|semaines?|sem\\.?) de grossesse",
    // a suicide attempt said short, a stay in a psychiatric hospital by its initials: "a fait une TS", "sortie d'HP"
    "tentatives? de suicide|(?:a fait|fait|faite?|apres|suite a|depuis|nouvelle|derniere) (?:une |sa |son |plusieurs |des )?ts(?![a-z])|(?:sortie?|sort|sortant|sortante|retour|revient|revenue?) d'(?:hp|hopital psy[a-z]*)(?![a-z])",
    // the same initials dated or counted ("TS en 2021", "TS il y a 2 ans", "ATCD de TS"), never a school's "bac TS"
    "(?<!(?:bac|terminale|classe|lycee|niveau|filiere|serie|en|section|option) )ts (?:en (?:19|20)[0-9][0-9]|il y a|l'an dernier|l'annee derniere|recente?|medicamenteuse|(?:fin|debut|mi-|courant) (?:19|20)[0-9][0-9]|(?:en |de |fin |debut |mi-)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fev|avr|juil|sept|oct|nov|dec)\\.?(?: (?:19|20)?[0-9][0-9])?)(?![a-z])|(?:atcds?|antecedents?|historique|plusieurs|deux|trois|[0-9]+) (?:de |d')?ts(?![a-z])(?! (?:les|l'))",
    // euphemisms of the body and the mind: "boit plus que de raison", "n'a plus toute sa tête", "prend des cachets pour
    // dormir", "a perdu un œil", a compound of handicap ("polyhandicapée")
    "(?:boit|buvait|boire) (?:plus que de raison|sec|pas mal|un peu trop|plus que (?:necessaire|de coutume)|en exces|des litres)|(?:n'a plus|perd|perdait|a perdu|perdu) (?:toute )?(?:sa|la) tete",
    "somniferes?|medocs?|(?:prend|prenait|sous|avale|avalait|abuse de|abus de) (?:des |ses |un |son |beaucoup de |trop de )?(?:cachets?|comprimes?|calmants?|gelules?|pilules? pour dormir)",
    "(?:a perdu|perdu|perte d'|perte de) (?:un |une |son |sa |l')(?:rein|oeil|jambe|bras|main|poumon|pied|doigts?|usage)(?![a-z])",
    "(?:poly|pluri|multi)-?handicap[a-z]*",
    "grabataires?",
  ],
  origin: [
    "(?<!(?:metier|poste|emploi|secteur|entreprise|structure|agence|service|formation|site|ville|commune|domaine|profession|employeur|diplome|etablissement|region|departement|equipe|famille professionnelle) )d'origine",
    "ethni(?:e|que|ques)",
    "raci(?:al|ale|aux|ales|sme|ste|stes)",
    "nationalites?",
    `naturalis${E_S}`,
    "naturalisation",
    // naturalisation clipped: "demande de natu en cours", "natu. acceptée"
    "(?:demande|dossier|dde) de natu\\.?|natu\\.?(?= (?:en cours|deposee?|acceptee?|refusee?|obtenue?|ajournee?))",
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
    "kosovare?s?",
    "libanaise?s?",
    `egyptien${IEN}`,
    "pakistanaise?s?",
    `haitien${IEN}`,
    "maghrebine?s?",
    "africaine?s?",
    "asiatiques?",
    "tziganes?",
    "gitane?s?",
    "roms?",
    "gens du voyage",
    "arrivee?s? en (?:france|fr)",
    "(?:vient|venue?s?|arrivee?s?|nee?s?|revenue?s?|retour) (?:du|de la|de|d'|des|au|aux|en) ?(?:maroc|algerie|tunisie|senegal|mali|syrie|afghanistan|turquie|congo|cameroun|guinee|cote d'ivoire|comores|irak|iran|erythree|soudan|somalie|ukraine|russie|kosovo|albanie|armenie|georgie|roumanie|bulgarie|pakistan|bangladesh|haiti|liban|egypte|tchetchenie|chine|vietnam|afrique|maghreb|pays)",
    `originaire (?:de |du |des |d')(?:la |l'|le |les )?(?:${ELSEWHERE})`,
    "(?:titres?|cartes?|tit\\.) de sej(?:our)?",
    "recepisses?(?: de (?:la )?prefecture)?",
    "protection (?:subsidiaire|temporaire|internationale)",
    "statut de refugie",
    "cartes? de resident",
    "ofii",
    "contrat d'integration republicaine",
    "scolarisee? au pays",
    `(?:arrivee?s?|venue?s?|vient|nee?s?|revenue?s?|a fui|fuyant|exilee?s?) (?:du |de la |de l'|des |de |d'|en |au |aux )?(?:${ELSEWHERE}|son pays|la guerre)`,
    `(?:a )?quitte (?:le |la |l'|les )?(?:${ELSEWHERE})|(?:est |vit |arrivee? |installee? )?en france depuis (?:[0-9]+|un|une|deux|trois|quatre|six|quelques|peu)`,
    "(?:en attente de |sans |demande de )papiers|papiers (?:en regle|en cours|pas en regle)|sans titre de sejour",
    "communaute (?:gitane|rom|tzigane|manouche|yeniche|des gens du voyage|juive|musulmane|africaine|maghrebine|turque|kurde|tamoule|comorienne)|manouches?|yeniches?",
    "(?:en attente de |demande de |dossier de )?regularisation|regularisee?",
    "cada|huda|ofpra|cnda",
    "mineure?s? non accompagnee?s?|mna",
    "typees?|(?:tres|trop|plutot|assez|physique|apparence|look|d'apparence|parait|semble) types?(?! de | d')|metisse?s?|basanee?s?|personnes? de couleur",
    "harkis?|pieds?-noirs?|(?:origine|origines) (?:africaine|maghrebine|etrangere|immigree|arabe|asiatique)",
    // Travellers said without "gens du voyage": "voyageuse, sédentarisée", "famille du voyage", "terrain familial"
    "(?:^|(?:est|sont|etait|famille|familles|communaute|milieu|monde|issue?|culture|statut|jeune|femme|homme) (?:des |de |du )?)voyageu(?:r|se)s?(?! de commerce)|(?:issue?|vient|venue?|fait partie|famille|familles|enfant|monde|milieu|communaute) du (?:monde du )?voyage|sedentarisee?s?|terrains? familia(?:l|ux)|caravanes? sur (?:un |le |son |leur )?terrain",
    "(?:vit|vivent|vivant|habite|habitent|installee?s?|reside|resident|stationne(?:nt)?|loge|logent) (?:sur |a |dans )(?:l'|une |la )?aires? (?:d'accueil|de grand passage)",
    // the right to stay and work: "pas d'autorisation de travail", "DA déposée", "titre vie privée et familiale"
    "(?:pas d'|sans |sans son |en attente (?:d'|de son |de l'|de sa )|attend (?:son |une |l'|sa )|demande (?:d'|de son )|dde d'|(?:a )?obtenu (?:son |une |l'|sa )|pas encore d'|n'a pas (?:d'|encore d'|son |l'|encore son ))autorisations? de trav(?:ail)?",
    "da (?:en cours|deposee?|rejetee?|refusee?|acceptee?|enregistree?)|vie privee et famil(?:iale|\\.)?|cartes? (?:de )?(?:10|dix) ans|regroupement familial|(?:ressortissante?s?|nationalite|citoyen(?:ne)?s?|etrangere?s?) (?:hors ue|hors union europeenne|extra-?communautaires?|non[- ]europeen(?:ne)?s?)|extra-?communautaires?|binationa(?:l|le|ux|les)|d'orig",
    // where the person grew up or goes back to
    `(?:a grandi|grandi|a vecu|vivait|a passe son enfance|son enfance|scolarisee?|ses parents(?: sont| vivent)?|parents restes|famille restee) (?:au |en |a |aux |du |de )(?:${ELSEWHERE})`,
    `nee? a (?:${ELSEWHERE})`,
    "(?:retour|rentre|rentrer|rentree?|repartie?|partie?|vacances|sejour|voyage|famille restee?|restee?) au (?:pays|bled)(?! (?:de|du|des|d'|basque|messin|haut|bas|natal))|au bled|pays natal|terre natale|couleur de peau|facies|(?:nom|prenom|patronyme)s? (?:a |aux )?consonance",
    "en fr(?:ance)? depuis (?:[0-9]+|un|une|deux|trois|quatre|six|quelques|peu)|mineure?s? (?:isolee?s?|non accompagnee?s?)",
    "apatrides?",
    // the family living abroad: "sa famille vit en Syrie", "ses parents sont au Maroc"
    `(?:famille|parents|proches)(?: (?:est|sont|vit|vivent|restee?|installee?))? (?:au |en |a |aux )(?:${ELSEWHERE})`,
    "arrivee?s? (?:en )?(?:france|fr)(?: (?:en|depuis|le|il y a))? [0-9]+",
    // the right to stay and work said short: "titre sejour", "APS en attente", "pas autorisé à travailler"
    "(?:titres?|cartes?|tit\\.?) sej(?:our)?\\.?|autorisations? provisoires? de sejour|aps (?:en attente|en cours|deposee?|obtenue?|accordee?|expiree?|valide|renouvelee?|refusee?|jusqu'|depuis)",
    "(?:pas|plus|non|pas encore|toujours pas) autorisee? a (?:travailler|trav\\.?)",
    // a mother tongue says where the person comes from (a language spoken does not)
    "langues? maternelles?",
    // a qualification from abroad: "diplôme non reconnu en France", "diplôme d'infirmier obtenu à Kinshasa"
    "(?:non|pas|jamais) reconnue?s? en france",
    `(?:diplomes?|titres?|qualifications?|licences?|masters?|bac)(?: [a-z']+)?(?: [a-z']+)? (?:obtenue?s?|passee?s?|delivree?s?) (?:au |en |a |aux )(?:${ELSEWHERE})`,
    // the home country left or out of reach: "a quitté son pays", "ne peut pas rentrer dans son pays"
    "(?:quitte|quitter|a quitte|fui|fuir|a fui|fuyant|rentrer|retourner|retourne|rentre|retour|revoir|renvoyee?|expulsee?) (?:dans |a |en |vers )?(?:son|leur|sa) (?:pays|patrie|terre natale)(?![a-z])(?! (?:de|d'|du|des|haut|messin|thionvillois|lorrain|sarrois|basque)(?![a-z]))",
    // asylum refused: "débouté du droit d'asile", "déboutée par la CNDA"
    "deboutee?s? (?:du droit d'asile|de (?:sa |la |leur )?demande d'asile|de l'asile|par (?:l'ofpra|la cnda))",
    // French as a foreign language for the person (a FLE trainer's post is not): "inscrite en alpha",
    // "assiste à un module de FLE", an interpreter needed at each interview, "ne comprend pas le français"
    "(?<=(?:suit|suivre|suivi|suivait|inscrite?|commence|assiste|participe|va)(?: (?:a|aux|au|des|les|un|une|a des|a un|a une))?(?: (?:cours|classes?|ateliers?|formations?|modules?|sessions?)(?: du soir| du matin| intensifs?)?)?(?: (?:de|en|du))? )(?:fle|francais langue etrangere|alphabetisation|alpha|asl)(?![a-z])|(?<=(?:suit|suivre|suivi|suivait|inscrite?|commence|assiste|participe|va)(?: (?:a|aux|au|des|les|un|une|a des|a un|a une))? )(?:cours|classes?|ateliers?|formations?|modules?|sessions?) d'(?:alphabetisation|alpha)(?![a-z])",
    "(?:interpret(?:e|es|ariat)|traduct(?:eur|rice|eurs|rices))s?(?! (?:en |de |d')?(?:lsf|langue des signes|signes))(?=(?: (?:en |de |d')?[a-z]+)?(?: (?:et|ou) [a-z]+)? (?:necessaires?|indispensables?|obligatoires?|requis|prevus?|presents?|a prevoir|pour (?:les |ses |le |l'|son |chaque )(?:rdv|rendez-vous|entretiens?)))|(?:besoin d'une? |avec (?:une? |l')|prevoir (?:une? )?|via (?:une? |l')|par (?:une? |l')|necessite (?:une? )?)(?:interpret(?:e|ariat)|traduct(?:eur|rice))(?! (?:en langue des signes|lsf))",
    "(?:ne parle (?:pas|presque pas|quasiment pas)|parle (?:tres |trop |encore )?peu|ne comprend (?:pas|presque pas)|comprend (?:tres )?peu|maitrise mal|ne maitrise pas|ne lit pas|n'ecrit pas)(?: (?:le|du))? francais|francais (?:tres )?(?:limite|approximatif|hesitant|insuffisant|balbutiant)|barriere (?:de la )?langue|non[- ]francophone",
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
    "shabbat|chabbat|sabbat",
    "sans porc",
    "la mecque|pelerinage|hajj|omra",
    "niqab|burqa|jilbab|abaya",
    "(?:fete de )?l'aid|aid el[- ](?:kebir|fitr|adha)",
    "salafistes?",
    "imam",
    "catho(?:s|lique)?",
    "careme",
    "(?:va|aller|allant|frequente|frequenter) (?:a la |a l'|au )?(?:mosquee|eglise|synagogue|temple|messe)",
    // practice said through a place, a rite or a food rule: "s'occupe de sa paroisse", "va à la messe", "ne mange
    // pas de porc"
    "(?<!grand-)(?<!grand )messes?|prier|(?:sa|son|leur|de sa|par sa) (?:foi|eglise|mosquee|synagogue|temple|communaute religieuse|culte|aumonerie)|loges? maconniques?|tenues? de loge",
    "(?:s'occupe|investie?|engagee?|impliquee?|active?|pilier|membre|diacre|catechiste|choriste)(?: [a-z]+)? (?:dans |a |de |pour |au sein de )?(?:l'|la |sa |son |une |un )?(?:eglise|paroisse|mosquee|synagogue|temple|aumonerie|communaute religieuse)",
    "adventistes?|mormons?|orthodoxes?|coptes?|sunnites?|chiites?|alevis?|pentecotistes?|scientologues?|bouddhisme|hindouisme|sikhs?|sikhisme|rastafari|(?:de |sa )?confession (?:musulmane|juive|catholique|protestante|chretienne|israelite|religieuse)",
    "hijab|tchador|qamis|kamis|turban sikh|(?:ne mange pas de|ne mange pas|mange pas de|ne touche pas au|pas de|sans) porc|kippour|yom kippour|roch hachana|rosh hashana|pessah|hanoucca|diwali|radicalis[a-z]*|convertie?s? (?:a l'islam|au (?:judaisme|christianisme|catholicisme|bouddhisme|protestantisme))|conversion (?:a l'islam|religieuse)",
    "(?:il|elle|qui|et) prie(?! de)|prie (?:[0-9]+|plusieurs|cinq|deux|trois) fois",
    "(?:fait partie|membre|fidele|frequente|pratique|va|se rend|engagee?)(?: [a-z']+)? (?:d'une |de l'|a l'|dans une |a une |dans l')(?:eglise|communaute religieuse|paroisse|mosquee|synagogue|temple)(?: [a-z]+)?",
    // freemasonry said by its bodies: "obédience maçonnique", "frère de loge"
    "maconniques?|(?:son |sa |une |d'une |de son |de sa )obedience|freres? de loge|franc-mac\\.?",
    // attending a place of worship with any article: "se rend dans une mosquée de Borny", "va au temple le samedi"
    "(?<=(?:frequente|frequentait|va|allait|se rend|se rendait)(?: (?:chaque|tous les|le) [a-z]+)? (?:a |dans |au )?)(?:une |un |la |le |les |l'|sa |son )(?:eglises?|temples?|mosquees?|synagogues?|paroisses?|salles? du royaume|assemblees? evangeliques?)(?! pour (?:un|une|le|la) (?:poste|stage|mission|chantier|travaux|entretien))(?! comme| en tant)",
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
    "(?:militante?s?|adherente?s?|encartee?s?|membres?|elue?s?|candidate?s?|sympathisante?s?|engagee?s?|responsables?|cadres?|secretaires?) (?:(?:local|locale|departementale?|regionale?|nationale?|federale?) )?(?:au |du |de la |des |chez |a |a la |aux |dans le |pour le )?(?:ps|lfi|rn|fn|lr|eelv|pcf|npa|modem|renaissance|reconquete|horizons|republicains|les republicains|les verts|lutte ouvriere|debout la france|parti (?:socialiste|communiste|radical|pirate|animaliste)|identitaires?|nationalistes?|d'extreme[- ](?:droite|gauche)|royalistes?|anarchistes?|souverainistes?|antifas?)",
    "lfi|eelv|pcf|npa|reconquete",
    "insoumise?s?",
    "encartee?s?",
    "colleu(?:r|se)s? d'affiches",
    "campagnes? (?:municipales?|electorales?|legislatives?|presidentielles?)",
    "listes? (?:aux|des|pour les) (?:elections? )?(?:municipales|legislatives|europeennes|regionales|departementales)",
    "elue? (?:municipale?|au conseil municipal|locale?)",
    "conseill(?:er|ere)s? municipa(?:l|le|ux|les)",
    "(?:membres?|siege|siegeant|elue?s?) (?:du |au )conseil municipal",
    "adjointe? au maire (?:de sa|de son|dans sa|dans son)",
    "(?:est|elue?) maire",
    "maire[- ]adjointe?",
    "colistiere?s?",
    "mandats? electifs?",
    "(?:syndiquee?s?|adherente?s?|militante?s?|delegue(?:e)?s?|encartee?s?|membres?|elue?s?) (?:a |au |chez |de |du |a la |de la |a l')?(?:sud|solidaires|fsu|cnt|unsa|snes|unef|cgt|cfdt|fo|cftc|cgc)",
    "sud (?:rail|sante|ptt|education|solidaires|industrie|commerce|travail|aerien)",
    "fsu|cnt|snes|snuipp|unef",
    // beliefs that are philosophical opinions (GDPR art. 9)
    "antispecistes?|antimilitaristes?|pacifistes?|objecteu(?:r|se)s? de conscience|altermondialistes?|anticapitalistes?|antinucleaires?|libres?[- ]pense(?:e|urs?|uses?)",
    "vegan(?:e|es|s)? (?:par conviction|convaincue?|militante?)|militante?s? (?:ecologistes?|animalistes?|feministes?|antiracistes?|vegans?|de la cause animale)",
    "(?:par|ses|des|pour des) convictions?(?: (?:personnelles?|philosophiques?|ethiques?|politiques?|religieuses?|ecologistes?))?",
    // parties by their full name: only a party is called so
    "parti (?:socialiste|communiste|radical|de gauche|animaliste|pirate|ouvrier|des travailleurs)|debout la france|les republicains|lutte ouvriere|europe ecologie|la republique en marche|lrem|union populaire|nouveau front populaire|nouveau parti anticapitaliste|union des democrates",
    // a party's acronym a few words after a membership word: "membre du bureau local de DLF"
    "(?:militante?s?|milite|adherente?s?|adhere|encartee?s?|membres?|candidate?s?|sympathisante?s?|engagee?s?|investie?s?|tracte|colle des affiches pour|electeurs?|electrices?|vote|votait|a vote)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:ps|lfi|rn|fn|lr|eelv|pcf|npa|modem|renaissance|reconquete|horizons|udi|dlf|nfp|lo|les verts)",
    "(?:candidate?s?|candidature|colistiere?s?|sur une liste|tete de liste|en campagne|tractage)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:municipales|legislatives|europeennes|regionales|departementales|cantonales|senatoriales|presidentielles?|elections? (?:municipales|legislatives|europeennes|regionales|departementales))",
    // local and national mandates of the person
    "conseill(?:er|ere)s? (?:municipa(?:l|le|ux|les)|regiona(?:l|le|ux|les)|departementa(?:l|le|ux|les)|communautaires?|genera(?:l|le|ux|les)|d'arrondissement)",
    "(?:ancien(?:ne)? |ex-|ex |suppleante? |candidate? (?:a la |au poste de )?)(?:deputee?|senat(?:eur|rice)|eurodeputee?|maire|elue?|adjointe? au maire)|deputee? suppleante?|(?:est|etait|a ete|elue?|reelue?) (?:deputee?|senat(?:eur|rice)|eurodeputee?)|mandats? (?:municipa(?:l|ux)|locaux|local|regiona(?:l|ux)|departementa(?:l|ux)|d'elue?)",
    // unions beyond the big confederations: farmers', teachers', students', managers'
    "confederation paysanne|coordination rurale|fnsea|sgen|se-unsa|snalc|snep|fage|cfe-cgc|cgt-fo",
    "(?:delegue(?:e)?s?|representante?s?|mandate?s?|elue?s?) syndica(?:l|le|ux|les)|section syndicale|(?:representante?|delegue(?:e)?|elue?) (?:cgt|cfdt|fo|cftc|unsa|sud|fsu|cgc|cfe-cgc|solidaires)",
    // campaigns and street politics: "cand. liste municipale", "fait campagne", "tracte", "va aux manifs", "a mené
    // la grève"
    "listes? (?:electorales? )?(?:municipales?|citoyennes?|d'opposition|d'union de la gauche|sans etiquette)|(?:cand\\.? (?:sur |a |aux |pour )?(?:une |la |sa )?|candidate? (?:sur|dans) une )liste(?! d'attente| complementaire| principale| de (?:diffusion|candidats|presence|stagiaires))",
    "(?:fait|faire|fera|faisait|fais|a fait) campagne|en campagne (?:pour|electorale)",
    "tracte|tracter|tractait|tractent|(?:distribue|distribuer|distribuait|distribution de|colle|coller|collait|collage d') (?:des |les )?(?:tracts|affiches (?:electorales|politiques))(?! (?:pour|du|de la|de l'|d'|des) (?:forum|salon|agence|mairie|ville|entreprise|magasin|evenement|job|atelier|association|boutique|restaurant|magasin))",
    "manifs?|manifestante?s?|(?:va|allait|descend|descendu|defile|defilait|a defile|participe|participait|a participe) (?:aux |dans les |dans la |a des )(?:manifestations(?! (?:culturelles|sportives|artistiques|festives|commerciales|locales|associatives|professionnelles|de la ville|du salon))|manifs?|cortege|rue)",
    // taking part in a protest said by its form ("participe aux blocages", "manifeste chaque samedi contre …")
    "(?:va|allait|participe|participait|a participe|prend part|prenait part|a pris part) (?:aux |a des |a la |a une |a un )(?:blocages?|rassemblements?(?! d'employeurs| d'entreprises| professionnels)|occupations?|piquets? de greve|greves?|marches? (?:pour|contre) (?!l'emploi)[a-z'-]+|actions? (?:syndicales|militantes|de blocage))",
    "(?:a |ont )?manifest(?:e|ent|ait|aient|er) (?:chaque|tous les|toutes les|regulierement|souvent|depuis|contre|dans la rue|avec (?:un|une|le|la|les|des|son|sa|ses) (?:collectif|syndicat|gilets|militants|camarades|association))",
    "(?:militante?s?|adherente?s?|membres?|elue?s?|candidate?s?|responsables?|secretaires?|tresorier(?:e)?s?|president(?:e)?s?|vice-president(?:e)?s?|porte-parole|delegue(?:e)?s?|animat(?:eur|rice)s?|cadres?) (?:de la |du |d'une |d'un |de l'|a la |au )(?:federation|section|comite|bureau|cellule|antenne|groupe|permanence)s?(?: (?:locale?|departementale?|regionale?|nationale?|federale?|communale?|de [a-z'-]+))? (?:des |du |de la |de l'|d')(?:republicains|insoumis|ecologistes|verts|socialistes|communistes|patriotes|ps|lfi|rn|fn|lr|eelv|pcf|npa|modem|udi|dlf|renaissance|reconquete|horizons|france insoumise|rassemblement national|parti [a-z]+)(?![a-z])",
    "meneu(?:r|se)s? de (?:la )?greve|piquets? de greve|(?:organise|a organise|organisait|mene|a mene|menait|anime|a anime|lance|a lance|participe|a participe|participait) (?:a |aux )?(?:la |une |des |les )greves?",
    "trotskistes?|maoistes?|marxistes?|leninistes?|antifas?|zadistes?|royalistes?|souverainistes?|gaullistes?|nationalistes?|socialistes?|centristes?|(?:militante?|engagee?|tres|convaincue?|sympathisante?) ecolos?",
    "(?:est|etait|a ete|elue?|reelue?|devenue?) (?:l'|un |une |le |la )?(?:adjointe? au maire|maire|conseill(?:er|ere) municipa(?:l|le))",
    "(?:elue?s?|conseill(?:er|ere)s?|groupe|liste|chef de file|tete de liste|membres?) (?:d'opposition|de l'opposition|de la majorite municipale|de la minorite)|(?:candidate?s?|cand\\.?|candidature|listes?|colistiere?s?|campagne|elue?s?) (?:aux |pour les |des |a la |au |sur (?:la |une )?liste )?(?:municip|legisl)\\.",
    "(?:fait partie|membre|adherente?|adhere|engagee?|milite|militante?|elue?|syndiquee?|cotise|responsable|secretaire|tresoriere?|delegue(?:e)?)(?: [a-z']+)? (?:d'un|a un|dans un|au|du|de son|a son|dans son) syndicats?",
    // mandates and party roles said short: "élu CM", "cons. mun.", "mil. RN", "resp. de section LR", "sous l'étiquette"
    "(?:elue?s?|siege|sieges|membres?|conseill(?:er|ere)s?) (?:au |du |en )?cm(?![0-9])|cons\\.? mun(?:icipa(?:l|le|ux))?\\.?|conseill(?:er|ere)?\\.? mun\\.?|cons\\.? (?:dep|reg)\\.",
    "(?:mil|milit|adh|sympa|cand|resp|secr|membre|elue?)\\.? (?:au |du |de la |de |chez |a |des )?(?:section )?(?:ps|lfi|rn|fn|lr|eelv|pcf|npa|modem|udi|dlf|nfp)",
    "sections? (?:locales? |departementales? |federales? )?(?:du |de la |des |de l'|d'|de )?(?:ps|lfi|rn|fn|lr|eelv|pcf|npa|modem|udi|dlf|republicains|insoumis|verts|socialistes|communistes|parti [a-z]+)",
    "(?:sous|avec) l'etiquette|etiquettes? politiques?|(?:s'est |se |s'etait )?presentee? aux (?:elections(?! professionnelles| du cse| des delegues| prud)|municipales|legislatives|europeennes|regionales|departementales|cantonales|senatoriales)",
    // activism whatever its cause ("milite pour la cause animale"), a party said without its name ("pour un parti")
    "(?:milite|militait|a milite|militer)(?! pour (?:l'emploi|l'insertion|l'acces))|(?:cause animale|droits des animaux)|(?:pour|dans|au sein d'|membre d'|adherente? d') (?:un|le|son|ce) parti(?: politique)?(?![a-z])(?! pris)",
    // a role in a party said without its name: "ancien délégué de circonscription d'un parti", "trésorière d'un parti"
    "(?:delegue(?:e)?s?|responsables?|secretaires?|tresorier(?:e)?s?|referente?s?|animat(?:eur|rice)s?|president(?:e)?s?|membres?|militante?s?|cadres?|elue?s?|candidate?s?|adherente?s?|permanente?s?|porte-parole)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:d'un|du|de son|d'un petit|d'un grand) parti(?: politique)?(?![a-z])(?! pris)|delegue(?:e)?s? de circonscription",
    // farmers' unions (a farmer's membership is a union membership): "syndiqué à la FNSEA", "membre du MODEF"
    "(?:syndiquee?s?|adherente?s?|adhere|militante?s?|milite|membres?|responsables?|elue?s?|cotise|engagee?s?)(?: [a-z'-]+)?(?: (?:a|au|aux|chez|de|des|du|a la|de la))? (?:jeunes agriculteurs|fnsea|modef|confederation paysanne|coordination rurale|ja(?= [0-9]))",
    // a party a few words after a membership word: "membre actif du comité départemental de Reconquête"
    "(?:militante?s?|milite|adherente?s?|adhere|encartee?s?|membres?|candidate?s?|sympathisante?s?|engagee?s?|investie?s?)(?: [a-z'-]+)(?: [a-z'-]+)(?: [a-z'-]+)(?: [a-z'-]+)(?: [a-z'-]+)?(?: [a-z'-]+)? (?:renaissance|reconquete|lfi|eelv|pcf|npa|modem|udi|dlf|horizons|les republicains|rassemblement national|france insoumise|parti socialiste|parti communiste)(?![a-z])",
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
    "trans-?identit(?:e|es|aire|aires)|dysphorie de genre|transition (?:hormonale|medicale de genre|sociale de genre)|non[- ]binaires?|(?:femme|homme) trans|changements? de genre",
    "prostitu(?:e|ee|ees|es|tion)",
    "travailleu(?:r|se)s? du sexe",
    "coming[- ]?out",
    "(?:de )?meme sexe",
    "homos?",
    "vit une transition|en transition(?! professionnelle| vers| ecologique| energetique| numerique)|prenom d'usage",
    "non[- ]binaires?",
    "queers?",
    "escorts?",
    "mariee? a une femme",
    "marie a un homme",
    "pacsee? avec une femme",
    "pacse avec un homme",
    // what is said around the orientation or the identity: "propos homophobes", "MtF", "a changé de prénom"
    "homophob[a-z]*|transphob[a-z]*|lesbophob[a-z]*|biphob[a-z]*|ftm|mtf|genderfluid|intersexes?|asexuel(?:le)?s?|pansexuel(?:le)?s?|travestie?s?|drag[- ]queen|racolage",
    "(?:a |avoir |a demande a )?change(?:ment)? de (?:prenom|genre)|prenom choisi|megenr[a-z]*|deadnam[a-z]*",
    "(?:en couple|mariee?|pacsee?|vit|vivant|installee?|relation|marie) avec (?:un autre homme|une autre femme)|couples? (?:de meme sexe|homosexuels?|gays?|lesbiens?)",
    "en cours de transition(?! professionnelle| vers| ecologique| energetique| numerique)|prenom (?:change|modifie)e?",
    // sex work said as an activity: "le travail du sexe", "escorting"
    "travail du sexe|industrie du sexe|escorting|(?:fait|faisait|a fait|faire) le trottoir|tapin(?:e|ait)?",
    "(?:^|est |se dit |se declare )bi(?= ?[,;:.]|$)",
    "couples? (?:\\(|: )?(?:deux|2) (?:hommes|femmes)|couples? (?:de femmes|d'hommes|de deux (?:femmes|hommes)|homo|lesbienne?s?|homoparenta(?:l|ux))|(?:deux|2) (?:mamans|papas)|homoparentale?s?",
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
    // the same clipped, a suspended sentence with probation by its old initials, an electronic tag said "BE"
    "sous main de just\\.?|smj|sous sme|sme (?:jusqu'|depuis|en cours|de [0-9]+|avec)|mise a l'epreuve|sous be(?![a-z])",
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
    "bracelet (?:elec(?:tronique)?|electronique)",
    "sous bracelet",
    "(?:sortie?|sort|sortir|sorti|sortis|sortante?s?|liberee?|incarceree?|detenue?|ecrouee?) (?:de la |a la |de |en |a )?ma",
    "sous pse",
    "tribunal correctionnel",
    "(?:convoquee?|comparait|comparution|passe|passer) (?:au|devant le) (?:tribunal|juge)",
    "comparution immediate",
    "juge d'application des peines",
    "jap",
    "interdiction de (?:sejour|territoire)|interdite? de (?:sejour|territoire|paraitre)",
    // a ban a court imposes, whatever it bans: "interdiction de paraître à …", "interdit d'entrer en contact avec …",
    // "interdiction de quitter le territoire", "interdit de stade"
    "(?:interdictions?|interdite?s?) (?:de |d')(?:paraitre|sejourner|quitter le territoire|sortir du territoire|sortie du territoire|(?:entrer |rentrer )?en (?:contact|relation)|contact|approcher|s'approcher|port(?:er)? (?:d'|une |des )?armes?|detenir (?:une |des )?armes?|stades?|se rendre a|frequenter|exercer une activite|gerer)",
    "semi-liberte",
    "casier b2",
    "b2 non vierge",
    "(?:retrait|suspension|annulation) (?:de |du )?permis|permis (?:suspendu|retire|annule)",
    "placement exterieur",
    "(?:obligation|injonction) de soins",
    "rappel a la loi",
    "mandat de depot",
    "fichee? s",
    "trafic de (?:stupefiants|drogue)",
    // a measure a court or a prosecutor ordered, and the usual alternatives to prosecution
    "(?:ordonnee?s?|prononcee?s?|imposee?s?|decidee?s?|requise?s?|exigee?s?|condamnee?s?|convoquee?s?) par (?:le |la |l'|un |une )?(?:parquet|procureure?|juges?(?! des tutelles| prud'homa)|jap|jld|tribunal(?! de commerce| judiciaire de commerce)|cour|delegue du procureur|spip)(?![a-z])|rappel a la loi|composition penale|alternatives? aux poursuites|stages? de citoyennete",
    "cpip",
    "purgee? (?:une |sa |sa derniere )?peine|(?:sa|une|de) peine (?:de|d')",
    // a sentence served, said by its length alone: "a purgé 4 ans", "purge encore 6 mois" (purging a radiator has no
    // length)
    "purg(?:e|ee|es|er|eait|eaient|ait)(?: (?:encore|deja|seulement|plus de|pres de))? (?:[0-9]+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize|vingt(?:-et-un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente|quarante|quelques|plusieurs) (?:ans?|annees?|mois)",
    "procedures? penales?|poursuites? (?:penales|judiciaires)|plainte contre (?:lui|elle)",
    "convoquee? (?:par|a|au|chez|devant) (?:la |le )?(?:police|gendarmerie|commissariat|juge|tribunal|procureur)",
    "centres? penitentiaires?",
    "liberee? (?:sous|de prison|en conditionnelle)",
    "suspendue? de permis|permis (?:suspendu|retire|annule|invalide)|(?:surveillance|bracelet) electronique|sous surveillance electronique|ddse|controle judiciaire|sursis probatoire",
    "(?:sa|son|avec (?:la|le|sa|son)|rdv|rendez-vous|suivie? par (?:la |le |une |un |sa |son )?) (?:cpip|conseill(?:er|ere) (?:de probation|spip|d'insertion et de probation))",
    // record, sentence and measures said short: "B2 pas vierge", "pointe à la gendarmerie", "sous CJ", "2 ans ferme"
    "(?:b2|b3|bulletin (?:n ?. ?)?[23]|casier(?: judiciaire)?|extrait de casier) (?:pas |non |n'est pas |plus |loin d'etre )(?:vierge|propre)|(?:b2|casier) (?:charge|mentionne|porte)|(?:condamnations?|mentions?|inscriptions?) (?:au|sur le|sur son) (?:b2|casier)",
    "(?:pointe|pointer|pointage|pointages|pointait|pointent|se presenter|se presente)(?: [a-z0-9/]+)?(?: [a-z0-9/]+)? (?:au |a la |a l'|a |en )?(?:commissariat|gendarmerie|police)",
    "sous cj|cj (?:depuis|jusqu'|en cours|strict|avec)|sous (?:le )?regime (?:du|de la) (?:controle judiciaire|semi-liberte)",
    "(?:pse|ddse|dse) (?:jusqu'|depuis|en cours|actif|pose|installe)|(?:fin|levee|pose) (?:de |du )?(?:pse|bracelet)|horaires? d'assignation|assignee? a residence|assignation a residence",
    "gav|mise? en examen|au penal|(?:affaires?|dossiers?|procedures?|condamnations?|antecedents?|atcds?) (?:au )?(?:penale?s?|judiciaires?)",
    "(?:[0-9]+|un|deux|trois|quatre|cinq|six|huit|dix|dix-huit) (?:ans?|mois) (?:de prison |d'emprisonnement |de detention )?ferme|prison ferme|peines? fermes?",
    "liberable|date de (?:sa )?liberation(?! (?:du|des|de l'|de la) (?:logement|local|locaux|appartement|poste|bureau|salle|chambre|place))|fin de (?:sa )?peine|sortie seche|levee d'ecrou|(?:a|depuis|avant|apres|des) sa (?:liberation|sortie de (?:prison|detention))",
    "(?:conduite|conduisait|roulait|circulait|conduire) sans (?:permis|assurance)|delit de fuite|refus d'obtemperer|(?:interpellee?|arretee?) par (?:la police|les gendarmes|la gendarmerie|les policiers|la bac)|(?:s'est fait|a ete) interpellee?(?! sur| au sujet| a propos)",
    "stages? de (?:citoyennete|responsabilisation)|pjj|maisons? centrales?|carcera(?:l|le|ux|les)",
    "(?:a perdu|perdu|perd|perdre) (?:son |le )?permis|permis (?:perdu|invalide)|conduite (?:en etat )?(?:alcoolisee|d'ivresse|sous stupefiants|sous l'emprise)|alcool au volant",
    "semi-lib",
    // sentences and prisons said short: "aménagt de peine", "sorti du CP de …", "libéré du CD d'…"
    "amenag(?:t|mt|ements?)\\.? (?:de |de sa )?peine|amgt (?:de )?peine",
    "(?:sortie?|sort|sortir|sortis|sortante?s?|liberee?|incarceree?|detenue?|ecrouee?|transferee?) (?:du |au |de |en )(?:cp|cd)(?= (?:de |d')(?!son |sa |ses |leur |l'ecole|la classe))",
    ...causeRule("criminal"),
    "(?:delegue|deleguee|substitut)s? du procureur|outrages?(?: a agent)?(?: et rebellion)?",
    "(?:le reste|la fin|le restant|le solde) de sa peine|(?:purge|purgeait|purger|a purge)(?: [a-z']+)?(?: [a-z']+)?(?: [a-z']+)? (?:sa |une |la |de sa )peine",
    // a sentence still to come or being served outside: "en attente de son jugement", "en conditionnelle"
    "(?:attente de|attend|avant|apres|report de|date de) (?:son|sa) (?:jugement|audience|comparution|proces)(?![a-z])|en (?:liberation )?conditionnelle|libre sous (?:conditions|controle judiciaire)",
    // traffic offences: "stage de récupération de points", "trois infractions"; time served said with a place: "a fait
    // 18 mois à Toul, libérée en juin"
    "stages? (?:de )?(?:recup(?:eration)?|recuperation)\\.? (?:de |des )?points|(?:plusieurs|des|ses|nombreuses|multiples|deux|trois|[0-9]+) infractions?(?! au code du travail| au code de l'environnement| a la reglementation)(?! constatees? (?:sur|dans) (?:le|la|les) (?:chantier|site|entreprise))",
    "(?<=(?:a fait|fait|a purge|purge|a passe) (?:[0-9]+|un|deux|trois|quatre|cinq|six|huit|dix|quelques) (?:ans?|mois)(?: (?:a|en|au|de|d'|dans) [a-z'-]+(?: [a-z'-]+)?)?,? )(?:sortie?|liberee?|dehors)(?![a-z])",
  ],
  social: [
    `surendett${E_S}`,
    "surendettement",
    `endett${E_S}`,
    "dettes?",
    "(?:loyers?|factures?) impayee?s?",
    "expulsions?",
    `expuls${E_S}`,
    "sdf",
    "sans domicile(?: fixe)?",
    "sans[- ]abri",
    "a la rue",
    "hebergement d'urgence",
    "foyers? d'urgence",
    "chrs",
    "centres? d'hebergement",
    "violences? (?:conjugales?|familiales?|domestiques?|conj(?:ug)?\\.|intra-?fam\\.?)",
    "victimes? de violences?",
    "femmes? battues?",
    `divorc${E_S}`,
    "divorce|divorcer|divorcent|divorcait|divor\\.",
    // clipped: "famille mono.", "mère monop.", "sép. depuis peu" (never "sep. 2023", a month)
    "(?:famille|foyer|parent|mere|pere|maman|papa|situation) mono(?:p|par|parent)?\\.|sep\\. (?:depuis|d'avec|de son|de sa|recemment|en cours)",
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
    "surendet",
    "dossiers? (?:de )?(?:bdf|banque de france)",
    // a debt plan or a domiciliation said short: "plan BDF en cours", "domiciliée CCAS"
    "plans? (?:bdf|banque de france|de surendettement)|(?:commission|recours|depot|procedure|passage) (?:a la |en |de |devant la )?(?:bdf|banque de france)|domicili(?:ee?|ation) (?:au |a la |aupres du |chez |via le |par le )?(?:ccas|cias)",
    "fichee? (?:a la )?banque de france",
    "ficp",
    "interdite? bancaires?",
    "(?<!(?:interet|esprit|succes|regret|tres|plus|feu|bord|eau|air|argent|rouge|vert|bleu|jaune) )vif(?! (?:interet|succes|regret|plaisir|desir|souhait|argent))",
    "violences? intra[- ]?familiales?",
    "(?:beneficiaire|droits?|dossier|demande|attestation|carte|ouverture) (?:de la |a la |de |a |la )?(?:css|cmu(?:-?c)?|complementaire sante solidaire)",
    "(?:mere|pere|parent|maman|papa)s? (?:isolee?s?|celibataires?|seule?s?|solo)",
    "familles? monoparentales?",
    "monoparentales?",
    "(?:vit|eleve|elevant|habite) seule? (?:avec )?(?:ses|son|sa) (?:[0-9]+ |deux |trois |quatre |cinq )?enfants?|seule? avec (?:ses|son|sa) (?:[0-9]+ |deux |trois |quatre |cinq )?enfants?",
    "pensions? alimentaires?",
    "veu(?:f|ve|ves|fs)",
    "veuvage",
    "(?:garde|gde|gd|gard\\.) alt(?:ernee?s?|\\.)",
    "separee? de (?:son|sa) (?:conjoint|conjointe|mari|femme|compagne|compagnon)",
    "separations?",
    "hebergee? chez (?:un tiers|des tiers|un ami|une amie|des amis|sa mere|son pere|sa soeur|son frere|sa famille|un proche|des proches|une connaissance)",
    "(?:vit|dort|dormait|loge|habite|vivait) (?:dans (?:sa|une|son)|en) (?:voiture|vehicule|camion|tente|caravane|squat)",
    // sleeping rough said by where: "vit sous une tente", "dort dehors", "campe sous un pont"
    "(?:vit|vivent|vivait|dort|dorment|dormait|loge|logeait|habite|habitait|campe|campait)(?: (?:depuis|encore|toujours|actuellement|desormais|parfois|souvent))? (?:sous (?:une |la |sa |un |des )?(?:tente|pont|bache|abri de fortune)|dehors|dans la rue|en squat|dans (?:un|des) squats?)",
    // lacking money said plainly: "pas les moyens du plein", "plus un sou", "sans ressources"
    "(?:pas|plus|aucun|peu de) (?:les )?moyens? (?:financiers|(?:de |d'|du |des |pour |pr )(?!(?:transport|locomotion|communication|deplacement|production)s?(?![a-z]))[a-z']+)|(?:pas|plus|sans|aucun|zero) (?:d'argent|un sou|un centime|ressources?|de ressources|revenus?|de revenus?)(?![a-z])(?! (?:humaines|propres|materielles|techniques|pedagogiques|documentaires|fixes?))",
    "(?:ne peut (?:pas|plus)|ne pouvait (?:pas|plus)|n'arrive (?:pas|plus) a|impossible de|incapable d'|du mal a|pas en mesure d') (?:avancer|payer|regler|financer|assumer|se payer|acheter) (?:les |des |ses |son |sa |le |la |l'|un |une )?(?:frais|essence|plein|carburant|billets?|tickets?|abonnements?|permis|transports?|tenues?|equipements?|repas|courses|nourriture|medicaments|soins|lunettes|depenses|caution|depot de garantie|avance|acompte)",
    "(?:a perdu|perdu|a dilapide|dilapide|a flambe|a claque) (?:toutes? |tout )?(?:ses|son|leurs) (?:economies|epargne|heritage)",
    // a benefit with its state is the person's ("CSS obtenue", "RSA suspendu", "AME refusée")
    `(?:${BENEFITS}|complementaire sante solidaire) (?:obtenue?s?|accordee?s?|ouverte?s?|renouvelee?s?|acceptee?s?|attribuee?s?|validee?s?|versee?s?|suspendue?s?|coupee?s?|refusee?s?)`,
    "(?:a )?perdu son logement|perte (?:de|du) (?:son )?logement|sans solution de logement|dort (?:dehors|chez des amis|a droite a gauche)",
    "squat(?:te|ee|s)?",
    "hotels? sociaux|hotel social",
    "insalubres?",
    "(?:sans|ss|aucune?|pas de|0) (?:ressources?|revenus?)(?![a-z])(?! (?:humaines|propres|materielles|techniques|pedagogiques|documentaires|fixes?))",
    "(?:ss|sans) (?:domicile|logement|abri)",
    "epiceries? solidaires?",
    "fsl",
    "cheques? (?:alimentaires?|services?)",
    "domiciliation (?:au |a la |ccas|postale|administrative)",
    "domiciliee? (?:au|a la) ccas",
    "coupures? (?:d'electricite|de gaz|d'eau|de courant)",
    "saisies? sur salaire",
    "plan de retablissement",
    "siao|maraudes?",
    "aemo|mesures? educatives?|juge des enfants|protection de l'enfance",
    "aidante? (?:familiale?|de (?:sa|son|ses))|proche aidante?",
    "orphelin(?:e|s|es)?",
    "(?:rupture|conflits?|tensions?) familia(?:l|le|les|ux)",
    "(?:passage|visite|saisie|commandement|relance|courrier)s? (?:d'un |d'|de l'|par (?:un |l')?)huissiers?",
    "huissiers? (?:est |sont )?(?:passee?s?|venue?s?)",
    // a benefit of the person (the typology counts people; a note about one reveals poverty or family)
    `(?:beneficiaire|allocataire|percoit|percevant|touche|touchant|vit|vivant|sous|droits?|dossier|demande|attribution|versement|ouverture (?:de |des )?droits?)(?: (?:du |de la |le |la |de |au |a la |a |aux )?| (?:de |a )?l'| d')(?:${BENEFITS})|(?:au |a la |a l')(?:${BENEFITS})`,
    "(?:rsa|ass|css|asf|agepi|ame|aspa) (?:accordee?|attribuee?|versee?|obtenue?|percue?|suspendue?|socle|majore|en cours|depuis)",
    // overcrowding said by its word or its numbers: "suroccupation", "vit à 5 dans un T2", "à quatre dans un studio"
    // (the verb is a lookbehind: with it the pattern has more forms than the word filter indexes)
    "sur-?occupation|sur-?occupee?s?|(?<=(?:vit|vivent|vivant|loge|logent|logee?s?|habite|habitent|dort|dorment|sont|entassee?s?) (?:a |au nombre de )?)(?:[3-9]|1[0-9]|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:personnes )?(?:dans|ds|en) (?:un |une )?(?:t1|t1 bis|t2|f1|f2|studio|chambre|seule piece|piece|deux-pieces|2 pieces)(?![a-z0-9])",
    // a benefit heading the note is the person's ("ASS, fin de droits en mars"); so is the switch to it
    // (not a heading of a topic: "RSA, ASS, AAH : atelier sur les droits", "RSA - info collective")
    "(?<=(?:^|[.;!?] ?))(?:ass|rsa|css|asf|aspa|agepi)(?= *[,(:-])(?! *[,(:-] *(?:reunions?|points?|ateliers?|comites?|bilans?|infos?|informations?|commissions?|rencontres?|equipes?|partenaires?|dispositifs?|orientations|nouveautes|calendrier|presentations?|ass|rsa|css|asf|aspa|agepi|aah|apl|are|prime|minima|droits|baremes?|montants?)(?![a-z]))|(?:bascule|basculee?|basculer|passee?|passage|passe|passer|bascul) (?:en |sur l'|vers l')(?:ass|rsa)(?![a-z])",
    // money worries about the home: "très inquiète pour le loyer", "peur de ne pas pouvoir payer ses factures"
    "(?:inquiete?s?|angoissee?s?|stressee?s?|peur|soucis|souci|crainte|craint|panique|paniquee?) (?:pour|de ne (?:pas|plus) pouvoir payer|a cause (?:du|des|de la)|au sujet (?:du|des|de la)|concernant) (?:le |son |ses |les |sa |la )?(?:loyers?|factures?|charges|fins? de mois|dettes?)",
    "logements? (?:indignes?|insalubres?|precaires?|sur-?occupes?|trop petits?)|dalo|mal[- ]logee?s?|relogement (?:d'urgence|en urgence)",
    "epiceries? (?:sociales?|solidaires?|soc\\.?|sol\\.?)",
    "secours pop\\.?",
    "(?:mari|conjoint|compagnon|ex|pere|beau-pere|frere|copain|femme|compagne) (?:la |le |l')?(?:frappe|frappait|bat|battait|violente|violentait|menace|menacait|harcele|harcelait)",
    "dort (?:a la gare|dans la rue|a la rue|dans (?:les|un|une|des) (?:parcs?|halls?|caves?|parkings?|gares?))",
    "(?:suivie?|aidee?|accompagnee?|orientee?|domiciliee?) (?:par|au|vers) (?:le |la |les )?(?:ccas|secours populaire|secours catholique|restos du coeur)|aides? financieres? (?:du ccas|d'urgence|exceptionnelles?)|secours d'urgence",
    "(?:vit|vivant|survit) avec (?:moins de |a peine |environ )?[0-9][0-9 ]* ?(?:€|euros?)|(?:vit|survit) avec (?:tres peu|presque rien|rien)",
    "(?:perdu|perdre|perd) (?:son|sa) (?:logement|appartement|appart|maison|hebergement|mari|femme|epou(?:x|se)|conjointe?|compagnon|compagne|pere|mere|fils|fille|enfant|bebe)",
    "dort chez (?:sa|son|ses|des|un|une) (?:soeur|frere|mere|pere|parents|cousine?|tante|oncle|amie?s?|ex|proches?|connaissances?)",
    "placee?s? (?:en|a l'|aupres de l'|par l') ?(?:famille d'accueil|foyer|ase|mecs|pouponniere)|(?:ancien(?:ne)?|jeune) (?:enfant )?(?:de l'ase|place)",
    "ordonnance de protection|mise? a l'abri|main courante|violences? (?:de la part|de son|de sa)|(?:son|sa) ex(?:-?(?:conjointe?|mari|compagnon|compagne|epou(?:x|se)))? violente?|victimes? (?:de |d')(?:viol|agression|harcelement|maltraitance|inceste|coups)",
    "garde altern\\.|familles? monop(?:arentale)?\\.|parents? isol\\.",
    // money said through bills and arrears: "facture de gaz impayée", "n'arrive plus à payer ses factures", "fins
    // de mois difficiles"
    "(?:loyers?|factures?|echeances?|mensualites?|charges|credits?|cantine|quittances?)(?: (?:de |d'|du |des )?[a-z]+)?(?: [a-z]+)? (?:impayee?s?|non (?:payee?s?|reglee?s?))|impayes? (?:de |d')(?:loyers?|factures?|electricite|gaz|eau|cantine|energie|charges)|(?:des |ses |de gros |d'importants |nombreux |plusieurs )impayes",
    // arrears said as a delay: "loyer en retard de 3 mois", "2 mois de loyer en retard", "retards de loyer"
    "(?:loyers?|quittances?) en retard|(?:ses|son|sa|leurs) (?:factures?|echeances?|mensualites?) (?:sont )?en retard|retards? (?:de |dans le paiement (?:du |de ses |des ))?loyers?|(?:[0-9]+|deux|trois|quatre|plusieurs) mois de loyers? (?:en retard|de retard|impayes?|non payes?)",
    "(?:ne peut (?:pas|plus)|ne sait (?:pas|plus)|n'arrive (?:pas|plus) a|impossible de|du mal a|difficultes? a|peine a|plus les moyens de) (?:payer|regler|assumer|honorer|rembourser|faire face a) (?:son |ses |sa |le |les |la |l')?(?:loyers?|factures?|charges|dettes?|credits?|cantine|electricite|gaz|courses|assurance|mutuelle|pension)",
    "(?:electricite|gaz|eau|courant|chauffage|compteur)(?: (?:edf|engie|electrique|d'electricite|de gaz|d'eau))? (?:coupee?s?|suspendue?s?)|coupures? (?:de |d'|du )?(?:electricite|gaz|eau|courant|edf|engie|energie|chauffage)",
    "fins? de mois (?:tres |trop )?(?:difficiles?|compliquees?|dures?|serrees?)|budget (?:tres |trop )?(?:serre|tendu|difficile)|pas de compte (?:bancaire|en banque|courant)|sans compte (?:bancaire|courant)|comptes? (?:bancaires? )?bloques?|decouvert bancaire|(?:est|sont|toujours|compte) a decouvert|interdite? de chequier",
    "pbs? (?:financiers?|d'argent|de logement|logement|de budget|familiaux|perso(?:nnels?)?|sociaux|judiciaires?|de couple|conjugaux)",
    // help with food and bills, and the RSA said short: "bons alimentaires", "aide demandée au CCAS", "BRSA", "CER
    // signé"
    "(?:cheques?|bons?|tickets?|colis) (?:alimentaires?|services?)|(?:aides?|aide financiere|secours|bons?|colis|dossier|demande d'aide|demande de secours|aide d'urgence)(?: [a-z']+)? (?:demandee?s? |faite? |deposee? |accordee?s? |obtenue? |versee? )?(?:au |du |aupres du |par le |via le )ccas",
    "(?:ne mange pas|mange pas|manger|mange|manger pas)(?: tous les jours| toujours)? a sa faim|(?:a|avait|ont|avoir) faim|sautent? (?:des |les )?repas|saute (?:des |le |les )?repas",
    "brsa|(?:benef|bnf|alloc)\\.? (?:du |de l'|de la )?(?:rsa|ass|css|asf|aspa)|cer (?:signe|a renouveler|en cours|valide|rsa|echu|a faire|renouvele)|contrats? d'engagements? reciproques?",
    "(?:sa|son|ses) (?:referente?s?|conseill(?:er|ere)s?|accompagnat(?:eur|rice)s?|travailleu(?:r|se)s? sociale?s?|educat(?:eur|rice)s?) (?:du |de l'|de la |au |a l')?(?:rsa|ccas|ase|chrs|cada|115|siao)",
    // where the nights are spent: "dort dans sa voiture", "nuits au 115", "chez un tiers", "nuitées d'hôtel"
    "(?:dort|dormir|dormait|vit|vivait|loge|nuits?|soirs?|reste du temps|passe (?:la nuit|ses nuits)|hebergee?|habite|installee?)(?: [a-z0-9']+)?(?: [a-z0-9']+)?(?: [a-z0-9']+)? (?:dans|ds) (?:sa|une|son|un|leur) (?:voiture|vehicule|camion|fourgon|camionnette|tente|cabane)",
    "(?<=(?:le|au|du|via le|par le|appelle le|appeler le|appele le|appel le|contacte le|numero) )115(?! (?:rue|avenue|bd|boulevard|route|chemin|impasse|allee|place|€|euros?|eur|h|heures?|km|m2|kg))",
    "chez (?:un |des |une )tiers(?! (?:payant|temps|lieu|de))|hebergee? par (?:un |des )tiers|heberg(?:e|ee|es|ees|ement)?\\.? chez|nuitees? (?:d'|a l'|en )?hotel|hebergee? (?:a l'|en |dans un |dans une )(?:hotel|chambre d'hotel)",
    "residences? sociales?|pensions? de famille|maisons? relais|logements? (?:passerelle|temporaires?|d'insertion)|bail glissant|treve hivernale|quitter les lieux|expulsable",
    // family: "garde alt.", "droit de visite", "JAF", "son ex-mari", "mari violent", "seule avec 3 enfants"
    "garde alt(?:ern(?:ee)?)?\\.?|droits? de visite|visites? mediatisees?|jaf|juge aux affaires familiales|(?:garde|residence) (?:exclusive|principale)",
    "(?:son|sa|ses) ex(?:-| )?(?:mari|conjointe?|compagnon|compagne|epou(?:x|se)|femme|concubine?)|ex-(?:mari|conjointe?|compagnon|compagne|epou(?:x|se)|femme|concubine?)(?! de (?:menage|chambre))|(?:mari|conjointe?|compagnon|compagne|concubine?|epoux|pere|beau-pere|partenaire)s? violente?s?",
    "perte (?:de |d')(?:son|sa) (?:mari|femme|epou(?:x|se)|conjointe?|compagnon|compagne|pere|mere|fils|fille|enfant|bebe|papa|maman|frere|soeur)|seule? avec (?:[0-9]+|deux|trois|quatre|cinq|six) (?:enfants?|enf\\.?)|sous (?:l'|une )?emprise (?:de son|de sa|d'un|d'une|de son ex)",
    "(?:dort|dormir|vit|vivait|loge|habite|installee?|hebergee?)(?: [a-z']+)? (?:dans|ds|en) (?:un |une |sa |son |leur )?(?:mobil-?home|mobile home|camping-car|caravane|squat|abri de fortune|cabanon)|hebergements? (?:tres )?(?:precaires?|instables?|provisoires?)|chez (?:des|une) connaissances?",
    "div\\.? (?:en cours|prononce)|(?:en )?instance de divorce|procedure de divorce|pensions? alim\\.?|(?:aides?|colis|bons?|distributions?|cheques?) alim\\.?|mariages? (?:force|forcee|arrange)|excision|polygam[a-z]*",
    "violences? (?:du |de l'|de son |de sa |de leur )(?:conjointe?|mari|compagnon|compagne|ex|partenaire|concubine?|epou(?:x|se))|(?:vit|vivait|a vecu|dort|dormait|a dormi|passe ses nuits|survit|survivait) (?:dans la rue|dehors)",
    "(?:enfants?|fils|fille|filles|bebe) (?:est |sont |a ete |ont ete )placee?s?(?! (?:en|dans une?|chez|sur) (?:entreprise|stage|formation|pmsmp|immersion|apprentissage|cdi|cdd|interim|poste|emploi|alternance))",
    "(?:mere|pere|parent|maman|papa)s? (?:sole|isol\\.)|(?:colis|aide|repas|distribution|inscrite?|beneficiaire) (?:des |aux |du |au )?restos?",
    // a family break said as a fact: "a quitté le domicile conjugal", "rupture avec son conjoint", "plus de contact
    // avec sa famille", "vient de perdre son frère"
    "(?:a )?quitte (?:le )?domicile (?:conjugal|familial|parental)|depart du domicile (?:conjugal|familial|parental)",
    "(?:rupture|separation) (?:avec |d'avec )(?:son |sa |ses |le |la |les )?(?:conjointe?|mari|femme|compagnon|compagne|epou(?:x|se)|concubine?|famille|parents|proches)",
    // no family to lean on: "plus aucun soutien familial", "sans appui de sa famille", "a coupé les ponts avec ses
    // parents"
    "(?:plus (?:de |aucun |d')|pas (?:de |d')|aucun |sans |peu (?:de |d'))(?:soutien|appui|entourage|aide) (?:familial|de (?:sa |la |ses )(?:famille|proches|parents))|isolement (?:familial|social|total)|isolee? socialement|(?:rompu|coupe) (?:les ponts|tout contact|tous (?:les )?liens|les liens) avec (?:sa |son |ses )(?:famille|parents|mere|pere|proches|freres?|soeurs?|enfants?|fils|filles?)",
    "(?:plus de|pas de|aucun|aucune|sans) (?:contacts?|liens?|nouvelles) avec (?:sa |son |ses )(?:famille|parents|mere|pere|enfants?|fils|fille|freres?|soeurs?)|(?:coupee?|brouillee?|fachee?) avec (?:sa |son |ses )(?:famille|parents|mere|pere)",
    "(?:perdu|perdre|perd) (?:son |sa )(?:frere|soeur|papa|maman|grand-mere|grand-pere|beau-pere|belle-mere|oncle|tante)",
    // money for the basics: "pas de quoi payer le bus", "ne peut pas payer l'abonnement", "coupé faute de paiement"
    "(?:n'a |a )?(?:pas|plus) (?:de quoi|les moyens de) (?:payer|se payer|acheter|financer|regler|manger)|faute de paiement|pour (?:non[- ]paiement|impayes?)|reste a vivre (?:nul|negatif|a 0|a zero)",
    "(?:ne peut (?:pas|plus)|n'arrive (?:pas|plus) a|impossible de) (?:payer|se payer|regler) (?:son |ses |sa |le |les |la |l')?(?:abonnements?|transports?|pass|bus|tram|essence|carburant|forfait|telephone|courses|permis|titre de transport)",
    "(?<=(?:heb\\.?|hebergee?s?|hebergement|nuitees?|orientee?|dort|dormi) )115(?! (?:rue|avenue|bd|boulevard|route|chemin|impasse|allee|place|€|euros?|eur|h|heures?|km|m2|kg))",
    ...causeRule("social"),
    // a child entrusted by a judge, a measure named by its initials: "neveux confiés par le juge", "mesure AED"
    "(?:confiee?s?|placee?s?) (?:[a-z']+ )?(?:[a-z']+ )?par (?:le |la |l')?(?:juge|jaf|jde|ase|tribunal|justice)",
    "mesures? (?:d'|de )?(?:aed|aemo|agbf|masp|maj|assistance educative|tutelle|curatelle|protection judiciaire)",
    // a relative's dependency the person looks after (a carer's role, filed with family difficulties): "sa mère
    // en Ehpad", "son mari est dépendant"
    "(?:pere|mere|maman|papa|parents?|mari|conjointe?|epou(?:x|se)|compagne|compagnon|fils|fille|enfant|frere|soeur|grand-(?:mere|pere)|beau-pere|belle-mere)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: (?:est|etait|reste|vit|vient d'entrer|entree?|placee?))? (?:en ehpad|en maison de retraite|en foyer medicalise|en soins palliatifs|en usld|en dialyse|grabataire|dependante?)",
    // nights without a home of one's own: "dort chez des cousins", "loge sur un canapé", "plus de chez-soi"
    "(?:dort|dormait|dormir|couche|couchait|loge|logeait|squatte|squattait)(?: (?:depuis|encore|toujours|souvent|parfois|actuellement))? (?:sur (?:le |un |des )?canapes?|chez (?:des |un |une |sa |son |ses |les |d'anciens )?(?:amie?s?|copains?|copines?|potes?|connaissances?|proches?|cousine?s?|tantes?|oncles?)|a droite (?:a|et) gauche|dehors|a la rue)|(?:pas|plus|sans) de chez[- ]soi|(?:plus|pas|sans) (?:de )?toit",
    "(?:dort|loge|vit|habite) nulle part|(?:pas|plus|sans) (?:de )?(?:domicile|logement|hebergement|adresse) (?:fixe|stable)|(?<=(?:alterne|tourne|navigue|jongle|change) )entre (?:amis|copains|copines|potes|proches|connaissances|membres de la famille|hebergements)",
    // put out by the family or the landlord (not fired: "mis à la porte par son employeur")
    "(?:mise?|jetee?|foutue?) (?:dehors|a la porte) (?:par (?:ses|sa|son) (?:parents|mere|pere|conjointe?|mari|femme|compagne|compagnon|famille|proprietaire|bailleur|logeur|logeuse)|de chez (?:lui|elle|ses parents|sa mere|son pere|son conjoint|sa compagne))",
    // energy and water cut at home: "plus de chauffage", "compteur bloqué", "coupure EDF pour impayé"
    "(?:n'a (?:plus|pas)|n'avait (?:plus|pas)|plus|prive|privee|vit sans|sans) (?:d'|de l'|de |du )?(?:electricite|eau chaude|chauffage|gaz|courant)(?! (?:au|a l'|dans le|dans la|sur le) (?:bureau|agence|site|atelier|batiment|locaux|chantier|local|magasin|entrepot))|compteurs? (?:coupes?|bloques?|limites?)|(?:coupure|coupures) (?:d'electricite|de courant|de gaz|d'eau|edf|engie)?(?: [a-z]+)? pour (?:impayes?|non[- ]paiement|dette)",
    // benefits paid back: "trop-perçu Pôle emploi", "indu de la MSA", "prélèvements sur ses allocations"
    "(?:indus?|trop[- ]?percus?)(?= (?:de |d'|du |a |aupres de |envers )?(?:la |l')?(?:caf|cpam|msa|carsat|pole emploi|france travail|ft|pe|are|rsa|apl|aah|ass|prime d'activite|allocations?)(?![a-z]))|(?:retenues?|prelevements?|ponctions?)(?: (?:chaque mois|mensuelles?|tous les mois))? sur (?:(?:ses|son|sa|les) (?:allocations?|are|rsa|salaire|prestations|indemnites|apl|aah|paie)|ce qu'(?:il|elle) (?:touche|percoit))|plans? d'apurement",
  ],
};

/** Charities, care centres, partners and unions whose name is a finding when it is about the person. */
const ORGANISATIONS =
  "sos [a-z'-]+|unions? (?:departementales?|locales?|regionales?)|restos? du coeur|secours (?:populaire|catholique)|emmaus|banque alimentaire|croix-rouge(?: [a-z]+)?|epiceries? (?:solidaires?|sociales?)|chrs|csapa|caarud|anpaa|addictions france|cap emploi|agefiph|mdph|spip|syndicats?|cgt|cfdt|fo|cftc|unsa|fsu|solidaires|fnsea|confederation paysanne|coordination rurale|assistante?s? sociale?s?|" +
  "centres? penitentiaires?|maisons? d'arret|maisons? centrales?|administration penitentiaire|pjj|prisons?|centres? de detention|tribunal|hopital(?: de jour| psychiatrique)?|cmp|cmpp|esat|ime|itep|savs|samsah|115|samu social|siao|cada|huda|ofii|(?:centres?|associations?|assos?|collectifs?|federations?) lgbt[a-z+]*|eglises?(?: [a-z]+)?|residences? sociales?|pensions? de famille|maisons? relais|mosquees?|synagogues?|paroisses?|foyers?|" +
  // named after the cause they fight or the place of worship they run: "la Ligue contre le cancer",
  // "l'association de la grande mosquée", "un accueil de jour", "un foyer de jeunes travailleurs"
  "ligues? contre (?:le |la |les |l')?[a-z'-]+|france terre d'asile|alcool assistance|secours islamique|medecins du monde|france alzheimer|apf france handicap|" +
  "(?:associations?|fondations?|federations?|comites?|collectifs?) (?:de lutte contre |d'aide aux |contre |pour |des |de la |du |de l'|d')(?:grande )?[a-z'-]+|" +
  "accueils? de jour|foyers? de jeunes travailleurs|fjt|" +
  // a community's cultural body, named with its people's adjective: "le centre culturel portugais de Thionville"
  "centres? culturels?|amicales?|consulats?|ambassades?|instituts? culturels?";
/** Mutual-help movements of former drinkers: silent only when the movement itself acts ("Vie Libre recrute"). */
const SELF_HELP = "vie libre|croix bleue|alcooliques anonymes|narcotiques anonymes";
/** What an organisation does as an organisation: recruits, signs, takes part. */
const ORGANISATION_ACTS =
  // lending its room, leaving leaflets: "la mosquée prête sa salle", "le groupe des AA dépose des brochures"
  "pret(?:e|ent)|met(?:tent)? (?:a disposition|sa salle|ses locaux|son local|ses salles)|depos(?:e|ent)|offre(?:nt)?|fourni(?:t|ssent)|soutien(?:t|nent)|parrain(?:e|ent)|accueill(?:e|ent) (?:un|une|le|la|les|des) (?:ateliers?|forums?|job ?datings?|reunions?|permanences?|stands?|sessions?|formations?|collectes?|evenements?|salons?)|" +
  "recrut[a-z]*|cherchen?t?|propose(?:nt)?|embauch[a-z]*|organis[a-z]*|partenaires?|present(?:e|es|ent|s)?|intervien(?:t|nent)|anim(?:e|ent)|co-?anim[a-z]*|financ[a-z]*|ouvre(?:nt)?|lance(?:nt)?|diffuse(?:nt)?|publie(?:nt)?|recherchen?t?|tien(?:t|nent) (?:un|une|le|la|son|sa|des|ses) (?:stand|permanences?|reunions?|ateliers?)|signe(?:nt)?|appelle(?:nt)?|negocie(?:nt)?|invitee?s?|represente(?:e|s|es)?|en (?:atelier|reunion|info coll|information collective|forum)|ouvert|inaugur[a-z]*|distribu[a-z]*|collect(?:e|ent)|demenag[a-z]*|fait appel|font appel";
/** After an organisation's name and a colon: what it offers or holds ("Emmaüs : vendeur en CDDI"). */
const ORGANISATION_NEEDS =
  "offres?|postes?|cdd|cdi|cddi|contrats?|missions?|places?|emplois?|recrut[a-z]*|recherchee?s?|chantiers?|interim|insertion|benevoles?|reunions?|partenaires?|partenariats?|ateliers?|stands?|forums?|convention|" +
  // a job heading after the colon: "Banque alimentaire : préparateur de commandes"
  "agents?|agentes?|veilleu(?:r|se)s?|preparat(?:eur|rice)s?|animat(?:eur|rice)s?|educat(?:eur|rice)s?|secretaires?|comptables?|chauffeurs?|cuisinier|cuisiniere|vendeu(?:r|se)s?|magasinier|manutentionnaires?|intervenante?s?|assistante?s?|employee?s?|infirmi(?:er|ere)s?|coordinat(?:eur|rice)s?|moniteur|monitrice";

/**
 * Phrases of the employment world that contain a lexicon word without revealing anything about
 * the person. A hit lying inside one of these is not a finding.
 */
const HARMLESS: readonly string[] = [
  // replacing staff on leave is a job, the leave is someone else's: "remplacements de congés maternité et maladie"
  "(?:remplacements?|remplacer|remplacante?s?|en remplacement|pour remplacer) (?:de |d'un |d'une |du |des |pendant (?:un |une |le |les |des |l')?|pour (?:un |une |des |l')?|d'agents? en |de salariee?s? en |de personnels? en )?(?:conges?|arrets?) (?:de )?(?:maternite|maladie|longue maladie|parental|paternite|longue duree)(?: (?:et|ou) (?:de )?(?:maternite|maladie|longue maladie|parental|paternite))?",
  // health and care as a trade or a sector
  "sante[- ]social(?:e)?",
  "(?:secteurs?|metiers?|domaines?|filieres?|formations?|etablissements?|professionnel(?:le)?s?|centres?|poles?|maisons?|forums?|salons?|agences? regionales?|branches?|emplois?|structures?|entreprises?|acteurs?) (?:de la |du |de |des |en )?sante",
  "sante (?:au travail|publique|animale|environnement)",
  "(?:mutuelles?|complementaires?) sante",
  "(?:assurance|caisse primaire d'assurance) maladie",
  "garde[- ]malades?",
  "(?:aupres|accompagnement|accompagner|aide|soins?|service|services|s'occuper|travail|travailler) (?:de |des |d'|aux |a des |a )?(?:personnes |enfants |adultes |publics? |jeunes |residents )?(?:agees |fragiles )?(?:et |ou )?(?:handicapee?s?|malades|en situation de handicap)",
  "(?:secteurs?|structures?|etablissements?|metiers?|publics?|domaines?) (?:du |de l'|des )?(?:handicap|personnes handicapees)",
  "accompagnante?s? (?:des |d')eleves en situation de handicap",
  "(?:structures?|etablissements?|foyers?|centres?|instituts?|services?|associations?) (?:pour|de|d'accueil de|accueillant des) (?:personnes |adultes |enfants |jeunes )?(?:agees |)(?:handicapees?|en situation de handicap)",
  "(?:dans |a |de )?l'enceinte (?:de|du|des|d')",
  "enceintes? (?:bluetooth|connectees?|acoustiques?|hi-?fi|audio|sportives?)",
  "(?:secretaire|assistante?|deleguee?|visiteu(?:r|se)|delegue|materiel|centre|cabinet|laboratoire|transport|secteur) (?:medica(?:l|le|ux|les))",
  // a shop's department or goods for pregnancy: "rayon femmes enceintes", "vêtements de grossesse"
  "(?:rayons?|magasins?|vetements?|mode|boutiques?|articles?|collections?|lingerie)(?: [a-z]+)? (?:pour |de |des )?(?:les )?(?:femmes enceintes|futures mamans|grossesse|maternite)",
  // payroll work on absences: "déclaration des arrêts maladie en DSN"
  "(?:declarations?|gestion|saisie|traitement) des arrets? (?:maladie|de travail)",
  "visite medicale (?:d'embauche|du travail|obligatoire)",
  "(?:centre|agent|agents|service|services) hospitali(?:er|ers)",
  "(?:medecine|sante) du travail",
  "priere de",
  "(?:pharmacie|pharmacies|service|services|unite|unites|pole|poles|hopital|clinique) (?:de |d'|en )?(?:psychiatrie|addictologie|oncologie)",
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
  "(?:formations?|diplomes?|postes?|metiers?|devenir|etudes?|candidatures?|concours|ecole|ancien(?:ne)?|ex-|ex|comme|en tant qu'|etait|a ete) (?:d'|de l'|d'une |d'un |au poste d'|de |en )?assistante? (?:de service )?sociale?",
  "assistante? sociale? de formation",
  "(?:recouvrement|gestion|relance|suivi) des (?:impayes|dettes|factures impayees)",
  "(?:gestion|agent|chargee?) (?:de |du )?recouvrement",
  // organisations whose name holds a sensitive word, and policies that are about nobody
  "syndicats? (?:intercommuna(?:l|ux)|mixtes?|des eaux|d'eau|d'initiative|de copropriete|des coproprietaires|de communes|du bassin|de riviere|d'electrification|forestiers?|agricoles?|scolaires?|des transports|d'assainissement|d'electricite|d'energie|departementa(?:l|ux)|a vocation [a-z]+|des ordures)",
  "syndicats? (?:professionnels?|patronal|patronaux|d'employeurs)",
  "(?:missions?|politiques?|chartes?|accords?|semaines?|forums?|salons?|emploi et|sensibilisee?s? au|sensibilisation au|engagee?s? (?:sur le|dans le)|labels?|referentiels?|taux d'emploi des travailleurs) (?:du )?handicap",
  "(?:politiques?|accords?|forums?|emploi et|salons?) (?:de la |en faveur de la )?sante",
  "(?:informations?|sensibilisations?|sessions?|ateliers?|conferences?|formations?|forums?) (?:sur |autour du |de sensibilisation au |au )(?:le )?handicaps?(?: (?:psychiques?|moteurs?|visuels?|auditifs?|mentaux|mental|cognitifs?|invisibles?|physiques?))?",
  "(?:forums?|salons?|semaines?|job ?datings?|journees?|rencontres?)(?: [a-z']+)?(?: [a-z']+)? (?:emploi |et )?handicap",
  "handicap et emploi",
  "(?:des|les|aux|de|pour) (?:personnes|travailleurs|salaries|publics|jeunes|adultes|enfants|eleves|candidats) (?:en situation de handicap|handicapee?s|malades)",
  "(?:emploi|travail|forum) et sante",
  // trades and processes
  "(?:soud[a-z]*|mig|mag|arc|electrodes?|chaudronn[a-z]*|metall[a-z]*)(?:[ /-][a-z'-]+(?:[ /-][a-z'-]+(?:[ /-][a-z'-]+(?:[ /-][a-z'-]+)?)?)?)?[ /-]tig",
  "tig(?:[ /-][a-z'-]+(?:[ /-][a-z'-]+(?:[ /-][a-z'-]+)?)?)?[ /-](?:acier|inox|alu|aluminium|mig|mag|soud[a-z]*|electrodes?)",
  "(?:formations?|habilitations?|certifications?|qualifications?|procedes?|soudage|soudeur|soudeuse) tig",
  "(?:tribunal|tribunaux|palais de justice|cour d'appel|services?|greffes?) (?:judiciaires?|de commerce|administratifs?|des prud'hommes|de grande instance|d'instance|de proximite)",
  "(?:le |les |des |aux )(?:publics?|personnes|usagers|clients|visiteurs|salaries|candidats) en fauteuils?(?: roulants?)?|accessibles? (?:aux |en )?fauteuils?(?: roulants?)?",
  // a group served by a job or a service, not one person: "accueil des publics migrants", "centre d'accueil des
  // demandeurs d'asile"
  "(?:des |les |aux )?publics? (?:de |d')?(?:migrants?|etrangers?|refugies?|primo[- ]arrivants?|allophones?|immigres?|exiles?)|(?:centres? d'accueil|accueil|accompagnement|hebergement|services?|associations?|aide|traduction|interpretariat|cours) (?:des |de |pour |pour les |aupres des |aux )(?:publics? |personnes |familles )?(?:demandeurs d'asile|refugiee?s|migrante?s|exilee?s|primo[- ]arrivante?s|etrangers)",
  "huissiers? (?:de justice|a la mairie|a l'assemblee|audiencier|a l'hotel de ville|de l'hotel de ville|du conseil|de salle|d'accueil|de la prefecture|du senat)",
  "(?:stage|stagiaire|clerc|poste|travaille|emploi|formation|cabinet|etude) (?:chez |aupres d'|d'|de |en |dans )?(?:un |une |l')?huissiers?",
  "(?:primes?|indemnites?) de (?:fin de contrat (?:\\(|et de )?)?precarite",
  "(?:metiers?|secteur|restaurants?|bars?|caves?|vente|service|licence|rayon|boissons?|debits?|permis|caviste) (?:[a-z]+ )?(?:d'|de l'|des |de |en )?alcools?",
  "(?:depistage|taux|controle) d'alcool(?:emie)?",
  "(?:reunions?|rencontres?|partenariats?|comites?(?: de pilotage)?|conventions?|points?|echanges?|coordination|partenaires?|forums?)(?: [a-z']+(?: [a-z']+)?)? (?:avec |de |du |des |entre )?(?:l'|le |la |les )?(?:spip|cap emploi|mdph|agefiph|csapa|chrs|ase|pjj|secours (?:populaire|catholique)|restos du coeur|emmaus|banque alimentaire|croix-rouge|siao)",
  "(?:benevoles?|benevolat|missions?|postes?|emplois?|service civique|stages?|collectes?|dons?|organise|organisait|aide|aidait|participe|participait)(?: [a-z']+(?: [a-z']+)?)? (?:aux?|a la|a l'|chez|au sein de|pour(?: la)?) (?:les |l')?(?:restos du coeur|secours (?:populaire|catholique)|emmaus|banque alimentaire|croix-rouge|ase|pjj)",
  "(?:restaurants?|boucheries?|cuisines?|rayons?|snacks?|kebabs?|traiteurs?|produits|epiceries?)(?: [a-z']+(?: [a-z']+)?)? (?:halal|casher|kasher)",
  "(?:ecoles?|lycees?|colleges?|etablissements?|enseignement|institutions?)(?: prive)? (?:catholiques?|protestante?s?|juive?s?|musulmane?s?|confessionnel(?:le)?s?)",
  "psychologues? du travail",
  // a job and the field it works in: "offre éducateur (addictions, public jeune)", "poste de CESF : surendettement"
  // (two phrases, offers and job titles: one would have more forms than the word filter indexes)
  "(?:offres?|postes?|recrut[a-z]*|cdd|cdi|missions?|emplois?|metiers?|stages?|benevoles?)(?: [a-z'-]+)*? ?(?:\\(|: )(?:[a-z' ,-]* )?(?:surendettement|addictions?|addictologie|toxicomanie|handicaps?|precarite|violences? (?:conjugales|intrafamiliales|faites aux femmes)|sante mentale|psychiatrie|protection de l'enfance|aide sociale a l'enfance|ase|justice|penal|milieu carceral|detention|prostitution|reduction des risques|exclusion|alcool|drogues?|sans-abrisme|hebergement d'urgence|migrants?|refugiee?s|demandeurs d'asile|gens du voyage|personnes? handicapees?|public (?:jeune|migrant|rsa|handicape|en difficulte)|rsa)",
  "(?:educat(?:eur|rice)s?|conseill(?:er|ere)s?|cesf|intervenante?s?|travailleu(?:r|se)s? sociale?s?|animat(?:eur|rice)s?|formateur|formatrice|psychologues?|infirmi(?:er|ere)s?|charge(?:e)?s? de mission|assistante?s? sociale?s?|juristes?|avocate?s?|mediat(?:eur|rice)s?)(?: [a-z'-]+)*? ?(?:\\(|: )(?:[a-z' ,-]* )?(?:surendettement|addictions?|addictologie|toxicomanie|handicaps?|precarite|violences? (?:conjugales|intrafamiliales|faites aux femmes)|sante mentale|psychiatrie|protection de l'enfance|aide sociale a l'enfance|ase|justice|penal|milieu carceral|detention|prostitution|reduction des risques|exclusion|alcool|drogues?|sans-abrisme|hebergement d'urgence|migrants?|refugiee?s|demandeurs d'asile|gens du voyage|personnes? handicapees?|public (?:jeune|migrant|rsa|handicape|en difficulte)|rsa)",
  "(?:specialisee?s?|specialite|experiences?|competences?|domaine|thematiques?|secteur|formations?|diplomes?|master|licence|cursus|etudes|certificat|d\\.?u\\.?) (?:en |dans (?:le |la |les |l')?|de (?:la |l')?|du |des |d'|: )?(?:surendettement|addictions?|addictologie|toxicomanie|handicaps?|precarite|violences? (?:conjugales|intrafamiliales|faites aux femmes)|sante mentale|psychiatrie|protection de l'enfance|aide sociale a l'enfance|ase|justice|penal|milieu carceral|detention|prostitution|reduction des risques|exclusion|alcool|drogues?|sans-abrisme|hebergement d'urgence|migrants?|refugiee?s|demandeurs d'asile|gens du voyage|personnes? handicapees?|public (?:jeune|migrant|rsa|handicape|en difficulte)|rsa)",
  // meetings held at the prefecture are institutional ("réunion en sous-préfecture", "comité de pilotage à la
  // préfecture")
  "(?:reunions?|comites?(?: de pilotage)?|copil|seminaires?|rencontres?|instances?|commissions?|conferences?|services?|agents?|postes?|accueil|secretaires?|cdd|cdi|offres?|visite|forum|salon|stand)(?: [a-z'-]+)?(?: [a-z'-]+)? (?:a la |en |de la |avec la |du |au |a |dans les locaux de la )?(?:sous-)?prefectures?",
  // an employer's vaccination rule, the occupational doctor
  "(?:vaccins?|vaccinations?|vaccinee?s?|rappels?|serologies?|immunisation|certificats? de vaccination)(?: [a-z]+)? (?:contre |anti-?|de |du |d'|a jour |obligatoires? )?(?:l'|la |le )?(?:hepatite|covid|tetanos|dtp|grippe|bcg|rougeole|diphterie|polio)(?: [abc])?",
  "medecins? du travail|med\\.? du trav\\.?",
  // people a job or a service is for, not one person: "médiateur auprès des gens du voyage", "aire d'accueil des
  // gens du voyage"
  "(?:aupres|accompagnement|mediat(?:eur|rice|ion)s?|accueil|services?|aires?|aires? d'accueil|terrains?) (?:des |de |aux |pour les )?(?:gens du voyage|voyageurs|familles du voyage)",
  "(?:la )?sante(?:,| et) (?:la )?securite|(?:sante|hygiene|qualite)[- ](?:et )?(?:securite|environnement)(?:[- ](?:et )?(?:sante|securite|environnement))?|qhse|hse",
  "(?:prevention|risques?|formations?|sensibilisation)(?: [a-z']+)? (?:des |de |aux )?(?:tms|troubles musculo-squelettiques)",
  "(?:unites?|services?|poles?|centres?|etablissements?|accueils? de jour|ehpad|etages?)(?: [a-z']+)? (?:alzheimer|parkinson|oncologie|psychiatri[a-z]*|addictologie|soins palliatifs|dialyse|geriatri[a-z]*)",
  "referente?s? handicap (?:de la ville|du departement|de la region|de pole emploi|de france travail|de l'agence|de la collectivite)",
  // an employer's disability officer doing their job ("référent handicap de l'entreprise présent au jury");
  // contacted about the person, they reveal a disability
  "referente?s? handicap (?:de |du |d'|des |de la |de l')(?:entreprise|employeur|societe|site|groupe|enseigne|magasin|usine|structure|ville|collectivite|cfa|organisme|etablissement|mairie|entrepot|hopital|ch|chu|chr|administration|banque|reseau)(?! (?:contacte|sollicite|saisi|informe|alerte|prevenu)e?s?)",
  "(?:educat[a-z]+|poste|postes|metiers?|secteur|travailleu(?:r|se)s? sociale?s?|assistante? sociale?)(?: [a-z']+(?: [a-z']+(?: [a-z']+)?)?)? (?:en |de (?:la )?)?protection de l'enfance",
  "(?:controle|test|depistage) d'alcoolemie",
  "(?:separation|tri) des (?:dechets|flux)",
  "(?:avec|a|par|de|devant) l'(?:adjointe?|elue?) au maire(?: charge(?:e)?| delegue(?:e)?)?",
  // the city's officials and union representatives acting as such: "L'adjoint au maire a présenté le bilan",
  // "les délégués syndicaux ont signé l'accord"
  "(?<=(?:^|[.;:!?,] ?))(?:l'|le |la )?adjointe? au maire(?! (?:de sa|de son|dans sa|dans son|d'une commune|d'un village))",
  "(?:les |des |aux |avec les |par les )(?:delegue(?:e)?s|representante?s|elue?s|organisations|partenaires|sections|instances|membres) (?:syndica(?:ux|les)|du personnel|du cse)",
  // people a job or a service is for, as a group: "public en situation de précarité", "atelier pour les demandeurs
  // d'asile du CADA"
  "(?:publics?|personnes|familles|menages|jeunes|habitants|foyers|usagers|beneficiaires) (?:en situation de |en |de )(?:grande )?(?:precarite|difficulte|exclusion|situation de handicap)",
  "(?:pour|aux|avec|aupres des|a destination des|destinee?s? aux|reservee?s? aux|ouverte?s? aux|dediee?s? aux)(?: les| des)? (?:publics? )?(?:demandeurs d'asile|refugiee?s|migrante?s|exilee?s|primo[- ]arrivante?s|etrangers|detenus|personnes detenues|sortants de prison|gens du voyage|personnes (?:en situation de handicap|handicapees)|travailleurs handicapes|beneficiaires du rsa|allocataires du rsa|victimes de violences|mineure?s? non accompagnee?s|mineure?s? isolee?s|mna|jeunes migrants|sans-abri|sans abri|sdf|personnes sans (?:domicile|abri)|(?:parents|meres|peres|familles|mamans|papas) (?:isolee?s|solos?|celibataires|monoparentales|seule?s))(?: (?:du|de la|des|de l'|au|hebergee?s (?:au|a la|en)) (?:cada|huda|chrs|foyer|centre|quartier|ville|structure))?",
  "(?:arrets?|conges?) (?:maladie|maternite|de travail)(?: [a-z']+)? des (?:agents|salaries|personnels|employes|titulaires|enseignants|collegues|equipes|soignants)",
  "(?:les |des |aux |par les |avec les |entre les )(?:syndicats|organisations syndicales)",
  "droit (?:des etrangers|d'asile|de l'immigration|des refugies)",
  // the law about a group, a job preventing evictions: "le droit au travail des étrangers", "prévention des expulsions"
  "droits? (?:au travail |au sejour |au logement |a l'emploi |de travailler )(?:des|pour les|aux) (?:etrangers|refugies|migrants|demandeurs d'asile)",
  "(?:prevention|prevenir|lutte contre|commissions? de prevention) (?:des |les |l'|d')?expulsions?(?: locatives)?|ccapex",
  // a place of worship as a landmark: "en face de la synagogue", "arrêt Mosquée", "près de la grande mosquée"
  "(?:en face|a cote|pres|proche|derriere|devant|a proximite|non loin|a deux pas|au coin|a l'angle|le long) (?:de la |du |de l'|des |d'une |d'un |de )?(?:grande )?(?:mosquees?|synagogues?|eglises?|cathedrales?|temples?|paroisses?|chapelles?)",
  "(?:rues?|places?|arrets?|stations?|parvis|impasses?|avenues?|quartiers?) (?:de la |du |de l'|des )?(?:grande )?(?:mosquees?|synagogues?|eglises?|cathedrales?|temples?)",
  // health as a sector: "établissements privés de santé", "métiers de la santé", "pôle santé"
  "(?:etablissements?|secteur|metiers?|professionnels?|professions?|structures?|centres?|maisons?|agences?|poles?|filieres?|domaines?|acteurs?|reseaux?)(?: [a-z]+)? (?:de (?:la )?|du )?sante",
  // an administrative or technical treatment, a dress code, labour and commercial judges
  "traitements? (?:de la |du |des |de l'|d')(?:demandes?|candidatures?|paies?|informations?|textes?|images?|eaux?|air|signal|courriers?|commandes?|donnees|dossiers?|factures?|reclamations?|bois|metaux|surfaces?|linge|dechets?|sols?)",
  "foulards? (?:obligatoires?|exigee?s?|requis|fournis?|de protection|d'hygiene)",
  "juges? (?:prud'homa(?:l|ux)|consulaires?|du tribunal de commerce|administratifs?|des referes prud'homaux)|conseil(?:lers?)? (?:de |des )?prud'hommes",
  // a religious adjective of a culture, not of anyone: "art juif", "patrimoine protestant", "fêtes orthodoxes"
  "(?:arts?|histoire|cultures?|patrimoine|musees?|musique|litterature|architecture|traditions?|calendrier|fetes?) (?:juif|juive|juifs|juives|musulmane?s?|chretien(?:ne)?s?|catholiques?|protestante?s?|orthodoxes?|islamiques?|bouddhistes?|sacree?s?|religieu(?:x|se|ses))",
  // religion as a subject taught: "enseignant de religion", "cours sur le fait religieux"
  "(?:enseignante?s?|professeure?s?|profs?|cours|enseignements?|histoire|sciences?|facultes?|instituts?) (?:de |des |d'|du |sur le |sur les )?(?:religions?|faits? religieux)|(?:le |du |les |des |au )faits? religieux",
  // jobs at the emergency number and in benefit offices: "écoutants pour le 115", "gestionnaire RSA"
  "(?:ecoutante?s?|operat(?:eur|rice)s?|standardistes?|postes?|recrutements?|offres?|equipes?|salariee?s?|travailleu(?:r|se)s? sociale?s?|benevoles?|missions?|plateformes?|regulat(?:eur|rice)s?)(?: [a-z']+)?(?: [a-z']+)? (?:au |du |pour le |de |d'ecoute du )115",
  "(?:gestionnaires?|agents?|agentes?|techniciens?|techniciennes?|assistante?s?|secretaires?|responsables?|coordinat(?:eur|rice)s?|instruct(?:eur|rice)s?) (?:du |de l'|de la |des |de )?(?:rsa|agepi|asf|css|aah|prestations sociales|minima sociaux)",
  // sexual and mental health as a field of prevention or a first-aid skill: "animateur de prévention en santé sexuelle"
  "(?:prevention|education|promotion|sensibilisation|animat(?:eur|rice)s?|educat(?:eur|rice)s?|charge(?:e)?s? de (?:mission|prevention)|infirmi(?:er|ere)s?|referente?s?|ateliers?|interventions?|campagnes?|formations?|modules?|actions?)(?: [a-z']+)?(?: [a-z']+)? (?:en |de |de la |a la |sur la )(?:sante sexuelle|vie affective et sexuelle|education sexuelle|sante mentale)",
  "(?:premiers secours|secouristes?) (?:en )?sante mentale|pssm",
  // the job of a justice professional as a topic: "CPIP : présentation du métier"
  "cpip ?:(?: [a-z']+)?(?: [a-z']+)? (?:metiers?|concours|offres?|postes?|recrutements?|formations?)|(?:metiers?|profession) (?:de |d')?cpip",
  // a benefit as the heading of a meeting or a topic: "RSA : réunion avec le Département"
  "(?<=(?:^|[.;!?] ?))(?:rsa|agepi|asf|css) ?: (?:reunions?|points?|ateliers?|comites?|bilans?|infos?|informations?|commissions?|rencontres?|equipes?|partenaires?|dispositifs?|orientations|nouveautes|calendrier|presentations?)",
  // devices and imaging as trades: "fabrication de prothèses", "manipulateur en IRM", "prises de sang à domicile
  // (infirmière)"
  "(?:fabrication|fabricants?|techniciens?|technicienne?s?|laboratoires?|pose|vente|vendeu(?:r|se)s?|ateliers?|entreprises?|societes?|magasins?|audioprothes[a-z]*|opticiens?|optique)(?:,? [a-z']+)?(?:,? [a-z']+)?,? (?:de |des |d'|en )?(?:protheses?|ortheses?|appareils auditifs|appareillages?)",
  "(?:manipulat(?:eur|rice)s?|techniciens?|technicienne?s?|services?|centres?|cabinets?|secretaires?|postes?)(?: [a-z']+)? (?:d'|en |de |des )?(?:irm|radiologie|imagerie|echographie|scanner)",
  "(?:infirmi(?:er|ere)s?|prelevements?|preleveu(?:r|se)s?|techniciens?|technicienne?s?|laboratoires?|labos?)(?: [a-z']+)?(?: [a-z']+)? prises? de sang",
  "(?:recouvrement|gestion|relance|suivi|traitement)(?: [a-z]+)? (?:des |de |d')(?:[a-z]+ )?(?:impayes|dettes|factures|creances|loyers)(?: en retard|(?: [a-z]+)?(?: impayee?s| non reglee?s)?)",
  "(?:coupures?|pannes?)(?: [a-z]+)? (?:de |d')(?:courant|electricite|eau|gaz)(?: [a-z]+)? (?:a|dans|sur|au|aux) (?:l'agence|le site|l'atelier|la salle|le batiment|les locaux|l'entreprise|le quartier|la mairie|l'usine|le centre|l'ecole|la creche)|(?:electricite|courant|eau) coupee? (?:a|dans|sur|au|aux) (?:l'agence|le site|l'atelier|la salle|le batiment|les locaux|l'entreprise|le quartier|la mairie|l'usine|le centre|l'ecole|la creche)",
  "(?:laboratoires?|labos?|techniciens?|techniciennes?|secretaires?|centres?)(?: de biologie)? d'analyses?(?: medicales| de biologie medicale)?",
  // a company's staff representatives acting as such: "élu CSE de l'entreprise présent à la réunion"
  "(?:representante?s? du personnel|delegue(?:e)?s? du personnel|elue?s? (?:au |du )?cse|membres? du cse) (?:de |du |d'|de l')(?:entreprise|l'entreprise|la societe|l'etablissement|l'employeur|l'entreprise d'accueil|la structure|l'usine|l'enseigne|l'agence|l'association)",
  // an employer's requirement: "casier judiciaire vierge exigé par l'employeur"
  "casier(?: judiciaire)?(?: vierge)? (?:exige|demande|requis|obligatoire|necessaire|a fournir|indispensable|impose)|(?:exige|demande|requiert|impose|exigence d'un|necessite) (?:un |le )?casier(?: judiciaire)? vierge",
  "(?:entretien|entretiens|prise|traitement) des (?:eaux|dechets|surfaces|sols|locaux|espaces)",
  // an organisation as the subject of its own action: "Les Restos du cœur recrutent", "Emmaüs : 2 postes",
  // "le syndicat CGT de l'entreprise a signé", "Cap emploi présent sur le salon"
  `(?<=(?:^|[.;:!?,] ?)(?:les? |la |l'|un |une )?(?:(?:groupes?|antennes?|sections?|comites?|delegations?|equipes?|benevoles?) (?:locale?s? )?(?:des |du |de la |de l'|de |d'))?)(?:${ORGANISATIONS}|${SELF_HELP})(?: (?:de |du |des |d'|de la |de l'|et (?:les? |la |l')?)?[a-z'-]+)?(?: (?:de |du |des |d'|de la |de l'|et (?:les? |la |l')?)?[a-z'-]+)?(?:, [a-z0-9'-]+(?: [a-z0-9'-]+)?(?: [a-z0-9'-]+)?(?: [a-z0-9'-]+)?(?: [a-z0-9'-]+)?(?: [a-z0-9'-]+)?,)? (?:(?:a |ont |est |sont )?(?:${ORGANISATION_ACTS})|: (?:[0-9]+ |un |une |deux |trois )?(?:[a-z'-]+ )?(?:[a-z'-]+ )?(?:[a-z'-]+ )?(?:${ORGANISATION_NEEDS}|${ORGANISATION_ACTS}))`,
  // an organisation named in an apposition before its act: "Les Couleurs, association LGBT de Metz, anime …"
  `(?<=[a-z], (?:une |un |l'|la |le )?)(?:${ORGANISATIONS})(?: (?:de |du |des |d'|de la |de l')?[a-z'-]+)?(?: (?:de |du |des |d'|de la |de l')?[a-z'-]+)?, (?:${ORGANISATION_ACTS})`,
  // (what comes before the name is a lookbehind: the name alone is the span, and the word filter's key)
  `(?<=(?:partenaires?|partenariats?|cddi|cdd|cdi|contrats?|pmsmp|immersions?|recycleries?|ressourceries?|boutiques?|entrepots?|magasins?|chantiers?|rencontres?|reunions?|equipes?|salariee?s?|personnels?|professionnels?|professionnelles?|directeurs?|directrices?|directions?|benevoles?|stands?|offres?|postes?|job ?datings?|forums?|salons?|ateliers?|evenements?|actions?|journees?|informations? collectives?|info coll)(?: [a-z'-]+)?(?: [a-z'-]+)? (?:avec |de |du |des |d'|aux |de la |de l'|a |au |par |pour )?(?:les |le |la |l')?)(?:${ORGANISATIONS})(?:(?: et|,) (?:les? |la |l')?[a-z'-]+(?: [a-z'-]+)?)?`,
  // applying or hired there: "candidature envoyée au CSAPA", "CV déposé à l'ANPAA", "postule au CHRS comme veilleur"
  `(?<=(?:candidatures?|candidate?s?|cv|postule|postuler|postulee?|embauchee?s?|recrutee?s?|entretiens? d'embauche|spontanee?s?)(?: [a-z'-]+)?(?: [a-z'-]+)? (?:a |au |aux |chez |aupres d'|aupres de |aupres du |pour )(?:les |le |la |l')?)(?!esat)(?:${ORGANISATIONS})`,
  // a building named with its denomination, a worksite or a venue: "temple protestant", "chapelle catholique"
  // (after an article: "ne travaille pas le dimanche (église évangélique)" is the person's practice)
  "(?<=(?:le |la |les |du |des |au |aux |un |une |ce |cette |cet |l'))(?:temples?|eglises?|chapelles?|cathedrales?|basiliques?|abbayes?|mosquees?|synagogues?|paroisses?|cimetieres?|aumoneries?) (?:protestante?s?|catholiques?|evangeliques?|orthodoxes?|juive?s?|musulmane?s?|israelites?|reformee?s?|lutherien(?:ne)?s?|anglicane?s?)",
  // replacing staff on leave is a job, not anyone's health: "CDD de remplacement d'un congé maternité"
  "(?:remplacements?|remplacer|remplacante?s?|pour remplacer) (?:de |d'|des |du |pour (?:les |le |la |l'|des )?|durant (?:les |le |la )?|pendant (?:le |un |les )?|d'un |d'une |un |une |l'|les |la |le )?(?:[a-z-]+ )?(?:en |de |des |du |d'un |d'une )?(?:conges? (?:de )?(?:maternite|mat|maladie|parental|paternite|longue maladie)|arrets? (?:de travail|maladie)|absences?|maladie)",
  // an employer's disability policy: "l'employeur a un référent handicap"
  "(?:employeurs?|entreprises?|societes?|structures?|enseignes?|groupes?|ville|collectivites?|magasins?|usines?|sites?|recruteurs?) (?:a|ont|dispose d'|disposent d'|possede|compte|a nomme|a designe) (?:un|une|des|son|sa|ses) (?:referente?s?|missions?|charge(?:e)?s? de mission|correspondante?s?|politiques?|accords?) (?:du )?handicap",
  // an official acting in office: "la conseillère municipale déléguée à l'emploi", "l'adjoint chargé de l'emploi"
  // or heading a sentence as a speaker or a partner ("Une conseillère régionale présente les formations …")
  `(?<=(?:^|[.;:!?] ?)(?:un |une |le |la |les |des |l'|deux |trois ))(?:conseill(?:er|ere)s? (?:municipa(?:l|le|ux|les)|regiona(?:l|le|ux|les)|departementa(?:l|le|ux|les)|communautaires?)|adjointe?s? au maire|elue?s?(?: municipa(?:l|le|ux|les)| regiona(?:l|le|ux|les)| departementa(?:l|le|ux|les))?|maires?|deputee?s?|senat(?:eur|rice)s?)(?: (?:de |du |des |d'|de la |de l')[a-z'-]+)? (?:${ORGANISATION_ACTS})`,
  "(?:conseill(?:er|ere)s? (?:municipa(?:l|le|ux|les)|regiona(?:l|le|ux|les)|departementa(?:l|le|ux|les)|communautaires?)|adjointe?s? au maire|elue?s?(?: municipa(?:l|le|ux|les))?|maire(?:[- ]adjointe?)?|adjointe?s?|vice-presidente?) (?:delegue(?:e)?s?|charge(?:e)?s?) (?:a|de|du|des|aux)",
  // working with detainees or in care is a job: "transport de détenus", "aide médico-psychologique"
  "(?:transports?|transferts?|surveillance|encadrement|escortes?|formation|accompagnement|travail|aupres|gestion|garde) (?:de |des |d'|aux )?(?:personnes )?detenue?s?|medico-psychologiques?",
  // prevention as a topic for a group: "sensibilisation aux addictions", "prévention des TMS"
  // (in three phrases: one would have more forms than the word filter indexes)
  "(?:sensibilisations?|preventions?|informations?(?: collectives?)?|info coll\\.?|formations?|ateliers?|conferences?|campagnes?|modules?|sessions?|actions?) (?:sur |aux |des |contre |de |a |au |a la |autour des? |du )?(?:les |l'|la |le )?(?:addictions?|conduites addictives|drogues?|alcool|maladies? professionnelles?|risques psycho-?sociaux|rps|burn[- ]?out|sante mentale|homophobie|racisme|antisemitisme|discriminations?|vss|violences? (?:sexistes(?: et sexuelles)?|sexuelles|conjugales|faites aux femmes))",
  "(?:sensibilisations?|preventions?|informations?(?: collectives?)?|info coll\\.?|formations?|ateliers?|conferences?|campagnes?|modules?|sessions?|actions?) (?:sur |aux |des |contre |de |a |au |a la |autour des? |du )?(?:les |l'|la |le )?(?:surendettement|endettement|budget|precarite|agepi|asf|aah|rsa|css|prestations sociales|droits sociaux)",
  "(?:sensibilisations?|preventions?|informations?(?: collectives?)?|info coll\\.?|formations?|ateliers?|conferences?|campagnes?|modules?|sessions?|actions?)(?: [a-z']+)? (?:du |des |sur les? |aux |au |contre les? |de )risques? (?:lies (?:a l'|aux |a la |au )|d'|de l'|du |des )?(?:addictions?|alcool|drogues?|routiers?|psycho-?sociaux)",
  // a job title of justice or an employer's requirement, not the person's record
  "conseill(?:er|ere)s? penitentiaires? d'insertion et de probation|(?:concours|postes?|offres?|metiers?) (?:de |d')?cpip",
  "(?:employeurs?|entreprises?|recruteurs?|postes?|offres?|metiers?|concours)[a-z' ]* (?:exige(?:nt)?|demande(?:nt)?|requiert|requierent|impose(?:nt)?|necessite(?:nt)?) (?:un |l'|le )?(?:extrait|bulletin) (?:n ?. ?3 )?(?:de |du )casier(?: judiciaire)?(?: vierge)?",
  "(?:extrait|bulletin) (?:n ?. ?3 )?(?:de |du )casier(?: judiciaire)?(?: vierge)? (?:exige|demande|requis|obligatoire|necessaire|a fournir)(?: (?:par|pour) (?:l'employeur|le poste|les postes|ce poste|l'offre|le concours))?",
  // benefits as a public or a partner's role: "les bénéficiaires du RSA", "la référente RSA"
  "(?:les |des |aux |pour les |de nos )(?:beneficiaires|allocataires|publics?) (?:du |de l'|de la )?(?:rsa|ass|css|aah)|(?:referente?s?|conseill(?:er|ere)s?|dispositifs?|publics?|equipes?|service|services|commissions?|cellules?|plateformes?|programmes?|poles?|charge(?:e)?s? de mission|instructeurs?)(?: [a-z']+)? (?:du |de l'|de la )?rsa",
  "traitements? (?:des|de) (?:commandes?|dossiers?|donnees|factures?|courriers?|reclamations?|surface)",
  // an organisation's office hours heading a note: "Permanence du syndicat CGT le mardi" (staffing it is not silent:
  // "tient la permanence du syndicat")
  `(?<=(?:^|[.;:!?] ?)(?:la |une |les |des |nouvelle |nouvelles )?)permanences?(?: (?:juridiques?|hebdomadaires?|mensuelles?|d'accueil|droit du travail|gratuites?))? (?:du |de la |des |de l'|d'un |d'une |de |d')?(?:${ORGANISATIONS})(?: (?:cgt|cfdt|fo|cftc|unsa|fsu|solidaires|sud|cnt|cfe-cgc|locale?|departementale?))?`,
  // cooking for special diets is a skill: "régimes sans sel et diabétiques maîtrisés", "menus pour diabétiques"
  "(?:regimes|menus|repas|plats|desserts|patisseries|preparations|textures|cuisine)(?:,? (?:sans [a-z]+|hyposodes|hypocaloriques|speciaux|adaptes|mixes|modifiees|hyperproteines|et|ou))*,? (?:pour (?:les )?|des )?diabetiques|(?:gestion|connaissance|maitrise|respect|tracabilite|affichage|protocoles?|prise en compte) des allergies(?: alimentaires)?",
  // driving, guiding or selling for pilgrimages is a trade: "chauffeur de car pour des pèlerinages", "conduisait le car
  // du pèlerinage diocésain", "boutique de souvenirs religieux" (riding the coach is not: "part en pèlerinage")
  "(?:chauffeu(?:r|se)s?|conduct(?:eur|rice)s?|condui(?:t|re|sait|sant)|accompagnat(?:eur|rice)s?|guides?|agences?|voyagistes?|organisat(?:eur|rice)s?|navettes?|transports?|circuits?|hotels?|hotellerie)(?: [a-z'-]+)?(?: [a-z'-]+)?(?: [a-z'-]+)? (?:de |du |des |pour (?:les |des )?|aux |vers (?:les |des )?|dans les |specialisee?s? dans (?:les )?)pelerinages?(?: [a-z]+)?|(?:souvenirs?|articles?|objets?|livres?|bijoux|editions?|librairies?|chants?) (?:religieu(?:x|ses?)|de piete)",
  // a former asylum, sanatorium or prison as a place or a venue: "le parc de l'ancien asile d'aliénés"
  "ancien(?:ne)?s? (?:asiles?|hospices?|sanatoriums?|prisons?|maisons? d'arret|hopitaux|hopital|maternites?|leproseries?|casernes?)(?: (?:d'alienes|psychiatriques?|departementa(?:l|ux)|militaires?))?",
  // subcontracting, typed as a treatment: "travaille en sous traitement pour Airbus", "sous-traitement automobile"
  "(?:en|de|la|une|entreprises?|societes?|activites?|contrats?|marches?|missions?|secteur|travail en|travaille en) sous[- ]?traitements?|sous[- ]?traitements? (?:industriel|automobile|aeronautique|mecanique|electronique|ferroviaire|nucleaire|de (?:pieces|production|fabrication))|sous[- ]?traitements? pour (?:des |un |une |le |la |les )(?:clients?|donneurs? d'ordres?|constructeurs?|industriels?|entreprises?|grands? groupes?)",
];

/** Language context: "parle arabe", "bilingue français-turc", "arabe lu, écrit". */
const LANGUAGE_BEFORE =
  /(?:^|[^a-z])(?:entreprises?|societes?|groupes?|enseignes?|marques?|magasins?|commerces?|employeurs?|associations?|filiales?|usines?|restaurants?|epiceries?|traiteurs?|boulangeries?|boucheries?|patisseries?|cuisines?|produits?|specialites?|vins?|plats?|importations?|exportations?|clientele|clients?|fournisseurs?|marches?|parl[a-z]*|langues?|bilingue|trilingue|notions?|cours|niveau|tradu[a-z]*|lit|lire|ecri[a-z]*|comprend|apprend[a-z]*|apprentissage|enseign[a-z]*|connaissances?|interpr[a-z]*|bilingu[a-z]*|trilingu[a-z]*|multilingu[a-z]*|lv[12]|maitris[a-z]*|couramment|francais|certificats?|certifications?|diplomes?|mediat[a-z]*|interpret[a-z]*|culturel(?:le)?s?|consulats?|ambassades?|amicales?|festivals?)[ ,:'-]+(?:(?:d'|l'|(?!famille|origine|nationalit|pays|nee?s?(?![a-z])|est(?![a-z])|sont(?![a-z]))[a-z0-9]+(?![a-z0-9']))[ ,]*){0,6}$/;
const LANGUAGE_AFTER =
  /^ *(?:courante?s?|lue?s?|ecrite?s?|parlee?s?|maternelle|niveau|[abc][12]|bilingue|et (?:francais|anglais)|(?:,|et) *[a-z]+ (?:parles|ecrits|lus|courants)|(?:(?:,|et|ou) *[a-z]+ *)*(?:appreciee?s?|exigee?s?|souhaitee?s?|requise?s?|obligatoires?|indispensables?|un plus|bienvenue?s?))\b/;

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
  `ukrainien${IEN}`,
  `georgien${IEN}`,
  `armenien${IEN}`,
  "tchetchenes?",
  "berberes?",
  "kabyles?",
  "peule?s?",
  "wolof",
  "lingala",
  "bambara",
  "dari",
  "pachto(?:un)?",
  "farsi",
  "persane?s?",
  "(?:nigerian|ghaneen|tchadien|centrafricain|mauritanien|mauricien|cap-verdien|libyen|jordanien|palestinien|sri-lankais|cambodgien|laotien|moldave|bosniaque|macedonien|bresilien|colombien|venezuelien|peruvien|equatorien|dominicain|cubain|chilien|bolivien|yemenite|soudanais|ethiopien|rwandais|burundais|togolais|beninois|gabonais|angolais|malgache|burkinabe|nigerien|bangladais|indonesien|philippin|mongol|ouzbek|tadjik|kazakh|azeri|azerbaidjanais|tcheque|slovaque|hongrois|croate|slovene|lituanien|letton|estonien|grec|belge|neerlandais|americain|canadien|mexicain|argentin|thailandais|coreen|japonais)(?:ne|nes|e|es|s)?",
];

/**
 * Words sensitive only in some contexts: each is a warning « à vérifier », never an error. The
 * counsellor decides whether the note is about the person ("santé" alone, "huissier", a union's
 * staff representative, "adjoint au maire") or about a job, a partner or a place.
 */
const REVIEW: Readonly<Record<SensitiveCategory, readonly string[]>> = {
  health: [
    "sante",
    "medecins?",
    "handicaps?",
    "traitements?",
    "rechut(?:e|es|er|ee)",
    "ne dort (?:plus|pas)|angoissee?s?",
  ],
  origin: [
    "autorisations? de trav(?:ail)?|permis de travail (?:en cours|refusee?|expiree?|provisoire)",
    "(?<!sous-)(?<!sous )prefectures?",
  ],
  religion: ["foulard", "(?:le |du )?voile (?:islamique|integral)", "vendredi (?:pour|a) la mosquee"],
  opinion: [
    "adjointe? au maire",
    "representante?s? du personnel",
    "delegue(?:e)?s? du personnel",
    "elue?s? (?:au |du )?cse",
    "membres? du cse",
    "ecologistes?",
    "feministes?|vegan(?:e|es|s)?|veganisme",
    // one who sympathises leans to a side, whatever its name
    "sympathisante?s?",
  ],
  sexLife: [],
  criminal: [
    "bracelet",
    "tribunal",
    "juges?",
    // "PSE" is an electronic tag, or a redundancy plan after an article or a lay-off ("licencié dans le cadre du PSE")
    "(?<!(?:un|le|du|au|ce|son|leur|cadre d'un|cadre du|licenciee?|licenciement|reclassement|cellule|plan) )pse(?! (?:de|du|d'|des|chez|a|au|dans|signe|negocie|annonce|en preparation))",
    "(?:son|sa) avocate?|(?:son|le|un|en) proces(?!-verbal)",
    // an electronic tag's initials alone
    "dse",
  ],
  social: ["huissiers?", "separee?s?", "hebergee?s?", "foyers?", "agepi|asf|css|cmu(?:-?c)?|rsa"],
};

/**
 * A partner of the same sex said without the word: "elle vit avec sa compagne", "il … son mari".
 * Found by the words, kept only when the note's pronoun makes the couple same-sex.
 */
const PARTNER = [
  "(?:a|avec|et) une (?:compagne|conjointe|epouse)|(?:a|avec|et) un (?:compagnon|conjoint|epoux|mari)(?! (?:d'emmaus|du devoir|de route))",
  "(?:(?:mariee?|pacsee?|fiancee?|remariee?|installee?) )?(?:avec|et|a) sa (?:compagne|copine|femme|conjointe|epouse)",
  "(?:(?:mariee?|pacsee?|fiancee?|remariee?|installee?) )?(?:avec|et|a) son (?:compagnon|copain|mari|conjoint|epoux)",
  "(?:en couple|mariee?|pacsee?|vit|vivant|installee?|partage sa vie|partageant sa vie|en menage|habite) avec (?:un homme|une femme)",
];

/**
 * Places that are sensitive as the person's situation ("sortie de prison", "suivi au CSAPA") and
 * harmless as a workplace or a worksite: a job, a contract or works earlier in the same clause
 * ("infirmier en psychiatrie", "chantier de rénovation de la maison d'arrêt") silences them.
 */
const PLACE =
  /^(?:spip|traitements?|pjj|maisons? centrales?|carcera(?:l|le|ux|les)|ime|itep|impro|ulis|savs|samsah|gens du voyage|residences? sociales?|pensions? de famille|maisons? relais|hopital de jour|hdj|reeducation|kine(?:sitherapie)?|orthophonie|restos? du coeur|secours (?:populaire|catholique)|emmaus|banque alimentaire|paroisses?|mosquees?|synagogues?|ase|cada|prisons?|maisons? d'arret|centres? (?:de detention|penitentiaires?)|detention|ma|psychiatr[a-z]*|csapa|caarud|chrs|cmp|esat|centres? d'hebergement|hebergement d'urgence|foyers?|tribunal|tribunal correctionnel|juges?|prefectures?|medecins?|addicto(?:logie|logue)?|hopital|sante|anpaa|addictions france|epiceries? (?:sociales?|solidaires?)|lgbt[a-z+]*)$/;
const WORK_BEFORE =
  /(?:^|[^a-z])(?:postes?|emplois?|offres?|cdd|cdi|contrats?|stages?|pmsmp|missions?|interim|recrut[a-z]*|travaux|chantiers?|renovation|construction|entretien des (?:locaux|espaces|batiments|abords)|espaces? verts|abords|formateur|formatrice|intervenante?s?|mediat(?:eur|rice)s?|agents?|agente?s?|infirmi[a-z]+|aide-soignante?s?|ash|secretaires?|educat[a-z]+|surveillante?s?|gardien[a-z]*|moniteur|monitrice|cuisini[a-z]+|chauffeur|brancardier|psychologue|greffi[a-z]+|plombier|electricien|plaquistes?|macons?|manoeuvres?|travaill[a-z]*|embauch[a-z]*|concours|metiers?|secteur|veilleu(?:r|se)|accueil|manutentionnaires?|magasinier[a-z]*|caristes?|preparat[a-z]+|employee?s?|ouvri[a-z]+|technicien[a-z]*|operat[a-z]+|vendeu[a-z]+|caissi[a-z]+|jardinier[a-z]*|peintres?|soudeu[a-z]+|mecanicien[a-z]*|comptables?|assistante?s?|gestionnaires?|charge(?:e)?s? (?:de|d')|coordinat[a-z]+|vigiles?|direct(?:eur|rice)s?|responsables?|chef|juristes?|avocate?s?|conseill(?:er|ere)s?|maitre(?:sse)? de maison|animat[a-z]*|lingere|chauffeur-livreur|livreu(?:r|se)|standardiste|livr[a-z]+|nettoyage|menage|maintenance|vacataire|benevole|huissiers?|audienci[a-z]+|clercs?|magistrat[a-z]*|brancardi[a-z]+|ambulanci[a-z]+|sage-femmes?|puericult[a-z]+|pharmacien[a-z]*|kinesitherapeutes?|orthophonistes?|couvreurs?|menuisi[a-z]+|charpenti[a-z]+|carreleu[a-z]+|refection|rehabilitation|peinture|toiture|equipes?|personnels?|salariee?s?|professionnel(?:le)?s?)(?:[^a-z][^.;,]*)?$/;

/** A place named as a landmark: "en face de", "à côté du", "rendez-vous devant". */
const LANDMARK_BEFORE =
  /(?:^|[^a-z])(?:en face|a cote|pres|proche|derriere|a proximite|non loin|a deux pas|au coin|a l'angle|le long|(?:rdv|rendez-vous|retrouve|se retrouver|depart|arret de bus|arret) devant)(?: (?:de la|du|de l'|des|d'une|d'un|de|la|le|l'|les))? ?$/;

/** The person left or stayed in the place just named: "sorti de", "libérée du", "hospitalisé en", "suivi au". */
const STAY_BEFORE =
  /(?:^|[^a-z])(?:sortie?s?|sort|sortant|sortante|liberee?s?|incarceree?s?|detenue?s?|ecrouee?s?|hospitalisee?s?|internee?s?|admise?s?|placee?s?|suivie?s?|soignee?s?|hebergee?s?|dort|dormi|a passe|passe) (?:de |du |des |en |a |au |aux |dans )(?:la |l'|le |les |un |une )?$/;

/** The staff of an ESAT (its workers are disabled people, its staff are not). */
const ESAT_STAFF_BEFORE =
  /(?:^|[^a-z])(?:moniteur|monitrice|moniteurs|monitrices|educat[a-z]+|encadr[a-z]+|direct(?:eur|rice)s?|chefs?|infirmi[a-z]+|psychologues?|offres?|recrut[a-z]*|cdi|cdd|comptables?|secretaires?|assistante?s?|conseill(?:er|ere)s?|cuisini[a-z]+|travaux|chantiers?|stagiaire educat[a-z]+)(?:[^a-z][^.;,]*)?$/;

/**
 * Warnings that an employer's action turns into a policy: "Handicap : l'entreprise vise 6 % de travailleurs
 * handicapés".
 */
const POLICY_WORD = /^(?:handicaps?|sante)$/;
const EMPLOYER_ACTS =
  /(?:^|[^a-z])(?:l'entreprise|l'employeur|les employeurs|l'enseigne|la societe|le groupe|la collectivite) (?:vise|a|recrute|propose|s'engage|embauche|cherche|forme|sensibilise|adapte|amenage|accueille|presente|signe|dispose|met)(?![a-z])/;

/**
 * A place then, in the same clause, an offer or the job held there: "… au SPIP : offre transmise", "à l'ESAT comme
 * moniteur", "le centre de rééducation fonctionnelle recrute".
 */
const OFFER_AFTER =
  /^(?:(?: [a-z'-]+){0,2} (?:recrute|recrutent|recherche|recherchent|embauche|embauchent)|[^.;:]{0,30}: *(?:offres?|postes?|cdd|cdi|recrut[a-z]*|candidat[a-z]*|concours|missions? d'interim)| (?:comme|en tant qu'|en tant que|en qualite d'|en qualite de|au poste d'|au poste de|sur (?:un|le) poste d'|sur (?:un|le) poste de) (?:stagiaire )?(?:moniteur|monitrice|educat|infirmi|secretaire|agente?|cuisini|chauffeur|comptable|assistante?|veilleu|animat|psychologue|conseill|coordinat|direct|responsable|chef|aide-soignant|ash|surveillant|benevole|formateur|formatrice|intervenant|mediat|gardien|jardinier|maitre de maison|lingere|standardiste|agent d'accueil|menage|entretien))(?![a-z])/;

/** The subject's gender in a partner phrase: "pacsée" (ee) or "pacsé" (e). */
const PARTICIPLE = /^(?:mari|pacs|fianc|remari|install)(ee|e) /;

export interface SensitiveHit {
  category: SensitiveCategory;
  /** error: the text clearly reveals forbidden data; warning: « à vérifier », sensitive in some contexts. */
  level: "error" | "warning";
  /** The words as the user typed them (original case and accents). */
  text: string;
  /** Position in the original text. */
  index: number;
}

type RuleKind = "plain" | "language" | "partner";

interface RuleSource {
  category: SensitiveCategory;
  level: "error" | "warning";
  alternatives: readonly string[];
  kind: RuleKind;
}

const whole = (source: string): string => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;

const RULE_SOURCES: RuleSource[] = [
  ...SENSITIVE_CATEGORIES.map((category): RuleSource => ({
    category,
    level: "error",
    alternatives: LEXICON[category],
    kind: "plain",
  })),
  { category: "origin", level: "error", alternatives: LANGUAGE_ADJECTIVES, kind: "language" },
  { category: "sexLife", level: "error", alternatives: PARTNER, kind: "partner" },
  ...SENSITIVE_CATEGORIES.filter((category) => REVIEW[category].length > 0).map((category): RuleSource => ({
    category,
    level: "warning",
    alternatives: REVIEW[category],
    kind: "plain",
  })),
];

const RULES = RULE_SOURCES.map((rule) => ({ ...rule, regex: new RegExp(whole(rule.alternatives.join("|")), "g") }));

/**
 * Most comments have no hit at all. Reading the comment once for known words (no new string)
 * rules most of them out, and tells which rules can match the others (group r is RULES[r]).
 */
export const SENSITIVE_GROUPS: readonly (readonly string[])[] = RULE_SOURCES.map((rule) => rule.alternatives);
export const SENSITIVE_WORDS = wordFilter(SENSITIVE_GROUPS, { spacedElisions: true }, WORD_KEYS);

// Each harmless phrase runs only when a word it needs is in the note: a word filter per 31 phrases says which.
const HARMLESS_REGEXES = HARMLESS.map((phrase) => new RegExp(whole(phrase), "g"));
export const HARMLESS_GROUPS: readonly (readonly (readonly string[])[])[] = Array.from(
  { length: Math.ceil(HARMLESS.length / 31) },
  (_, chunk) => HARMLESS.slice(31 * chunk, 31 * chunk + 31).map((phrase) => [phrase]),
);
export const HARMLESS_FILTERS = HARMLESS_GROUPS.map((groups) => wordFilter(groups, {}, WORD_KEYS));

/** Spans of the harmless phrases in the folded note (each phrase matched on its own). */
function harmlessSpans(normal: string): [number, number][] {
  const spans: [number, number][] = [];
  HARMLESS_FILTERS.forEach((filter, chunk) => {
    const phrases = filter.groupsIn(normal);
    if (phrases === 0) return;
    for (let p = 0; p < 31; p++) {
      if ((phrases & (1 << p)) === 0) continue;
      for (const m of normal.matchAll(at(HARMLESS_REGEXES, 31 * chunk + p)))
        spans.push([m.index, m.index + m[0].length]);
    }
  });
  return spans;
}

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
  // "pas d autorisation" reads as "pas d'autorisation": the patterns are written with the apostrophe.
  const normal = restoreElisions(normaliseText(text));
  const rules = SENSITIVE_WORDS.groupsIn(normal); // bit r: RULES[r] may match
  if (rules === 0) return [];
  let harmless: [number, number][] | null = null;
  const insideHarmless = (start: number, end: number): boolean => {
    if (!harmless) harmless = harmlessSpans(normal);
    return harmless.some(([a, b]) => start >= a && end <= b);
  };

  const hits: { category: SensitiveCategory; level: "error" | "warning"; start: number; end: number }[] = [];
  RULES.forEach((rule, r) => {
    if ((rules & (1 << r)) === 0) return;
    for (const m of normal.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (insideHarmless(start, end)) continue;
      if (rule.kind === "language" && aboutLanguage(normal, start, end)) continue;
      if (rule.kind === "partner" && !sameSexCouple(normal, m[0])) continue;
      if (atWork(normal, start, end)) continue;
      if (rule.level === "warning" && policyWord(normal, start, end)) continue;
      // A warning inside an error's passage adds nothing ("santé" in "problème de santé").
      hits.push({ category: rule.category, level: rule.level, start, end });
    }
  });
  if (hits.length === 0) return [];
  // Who each sentence is about: an employer, an offer, a group or a topic silences the words that describe it.
  const subject = subjectReader(normal);
  const about = hits.filter((h) => !subject.notAboutPerson(h.start, h.end));
  if (about.length === 0) return [];
  hits.length = 0;
  hits.push(...about);
  hits.sort((a, b) => a.start - b.start || (a.level === b.level ? 0 : a.level === "error" ? -1 : 1));
  const kept = hits.filter(
    (h) =>
      h.level === "error" || !hits.some((o) => o !== h && o.level === "error" && o.start <= h.start && o.end >= h.end),
  );
  const offsets = originalOffsets(text);
  return kept.map((h) => ({
    category: h.category,
    level: h.level,
    index: at(offsets, h.start),
    text: text.slice(at(offsets, h.start), at(offsets, h.end)),
  }));
}

function aboutLanguage(normal: string, start: number, end: number): boolean {
  const before = normal.slice(Math.max(0, start - 40), start);
  const after = normal.slice(end, end + 25);
  return LANGUAGE_BEFORE.test(before) || LANGUAGE_AFTER.test(after);
}

/** "sa compagne" in a note about "elle" or "Madame", "son compagnon" in a note about "il" or "Monsieur". */
function sameSexCouple(normal: string, matched: string): boolean {
  const partnerIsWoman = /compagne|copine|femme|conjointe|epouse/.test(matched);
  // A participle says who the note is about: "pacsée avec sa compagne", "marié à son compagnon".
  const participle = PARTICIPLE.exec(matched);
  if (participle) return (participle[1] === "ee") === partnerIsWoman;
  // Otherwise a pronoun or a civility of the note: "elle … sa compagne", "Monsieur et son compagnon".
  const subject = partnerIsWoman
    ? /(?:^|[^a-z])(?:elle|madame|mme|mlle|mademoiselle)(?![a-z])/
    : /(?:^|[^a-z])(?:il|monsieur|mr|(?<![0-9] )m\.(?= [a-z]))(?![a-z])/;
  return subject.test(normal);
}

/** A place word after a job or works in the same clause: the place is a workplace. */
function atWork(normal: string, start: number, end: number): boolean {
  const place = normal.slice(start, end);
  if (!PLACE.test(place)) return false;
  // A landmark: "rendez-vous devant la prison", "à côté de l'hôpital" (never a judge or a court: "devant le juge").
  if (
    !/^(?:juges?|tribunal|tribunal correctionnel)$/.test(place) &&
    LANDMARK_BEFORE.test(normal.slice(Math.max(0, start - 40), start))
  )
    return true;
  // Leaving or staying in the place is the person's own: "Maçon, sorti de prison en mai" (the job is who they are).
  if (STAY_BEFORE.test(normal.slice(Math.max(0, start - 30), start))) return false;
  // Working in an ESAT is being disabled: only its staff's jobs make it a workplace.
  return (
    (place === "esat" ? ESAT_STAFF_BEFORE : WORK_BEFORE).test(normal.slice(Math.max(0, start - 60), start)) ||
    OFFER_AFTER.test(normal.slice(end, end + 40))
  );
}

/** "Handicap" or "santé" in a note about what an employer does: a policy, not a person's condition. */
function policyWord(normal: string, start: number, end: number): boolean {
  return POLICY_WORD.test(normal.slice(start, end)) && EMPLOYER_ACTS.test(normal);
}

/** The patterns behind the rules, for tests that check the scanner against a plain implementation. */
export const SENSITIVE_PATTERNS = {
  lexicon: LEXICON,
  review: REVIEW,
  partner: PARTNER,
  languageAdjectives: LANGUAGE_ADJECTIVES,
  harmless: HARMLESS,
  languageBefore: LANGUAGE_BEFORE,
  languageAfter: LANGUAGE_AFTER,
  place: PLACE,
  workBefore: WORK_BEFORE,
  esatStaffBefore: ESAT_STAFF_BEFORE,
  offerAfter: OFFER_AFTER,
  stayBefore: STAY_BEFORE,
  landmarkBefore: LANDMARK_BEFORE,
  participle: PARTICIPLE,
  policyWord: POLICY_WORD,
  employerActs: EMPLOYER_ACTS,
} as const;
