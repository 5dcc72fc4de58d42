/**
 * Who or what a sentence of a note is about, read before the lexicon's findings are kept.
 *
 * A note is usually about the job seeker; some sentences are about something else, and there a
 * sensitive word describes that thing, not the person:
 * - an organisation acting as an employer: "La maison de retraite X cherche deux veilleurs", "Un foyer
 *   d'accueil recrute", "Le centre social, qui accueille des familles sans toit, fait appel à un peintre";
 * - a job offer: a job title first and an offer's wording ("Moniteur-éducateur en addictologie, CDI à
 *   pourvoir");
 * - a group served by a job or a service, not one person: "accompagnement d'adultes autistes", "la
 *   précarité des familles du quartier";
 * - a topic of a training, a prevention action or a study: "module de prévention des conduites suicidaires".
 *
 * Each reader is vetoed by what says the person is there: a pronoun or a civility ("elle", "Madame"), a
 * possessive before the sensitive word ("ses enfants handicapés"), a cause marker ("à cause de").
 * Spans are offsets in the normalised text (lower case, no accents: fold.ts).
 */

/** Sentences: a full stop, a semicolon, an exclamation or a question mark and a space (or the end). */
const SENTENCE = /[^.;!?]+(?:[.;!?]+(?= |$)|$)|[.;!?]+/g;

/** The person is in the sentence: a subject pronoun, a civility, "le candidat". */
const PERSON_IN_SENTENCE =
  /(?:^|[^a-z'])(?:il|elle|lui|monsieur|madame|mme|mr|mlle|m\.|le candidat|la candidate|le jeune|la jeune|l'interesse|l'interessee|la personne|le beneficiaire|la beneficiaire|l'usager|l'usagere)(?![a-z])/;

/** Nouns that are people (a subject "Sa mère cherche…", "Mère isolée cherche…" is a person, not an employer). */
const PERSON_NOUN =
  /^(?:mere|pere|maman|papa|parents?|frere|soeur|fils|fille|mari|femme|epouse|epoux|compagnon|compagne|conjointe?|amie?|copain|copine|jeunes?|candidate?s?|beneficiaires?|personnes?|demandeu(?:r|se)s?|usager|usagere|famille|enfants?|homme|dame|monsieur|madame|ancien(?:ne)?|ex|il|elle|ils|elles|on|nous|je|j'|tu|vous|son|sa|ses|leur|leurs|mon|ma|mes|celui|celle|qui)$/;

/**
 * An organisation that recruits: a subject without a person, a clause after a comma ("…, qui accueille …,"),
 * then a verb of an employer. The subject is 1 to 8 words with no comma outside the clause.
 */
const EMPLOYER_SENTENCE = new RegExp(
  "^ *(?:(le|la|les|l'|un|une|des|plusieurs|deux|trois|quatre|cinq|ce|cette|cet|ces|notre|nos|leur) ?)?" +
    "([a-z0-9][a-z0-9'&-]*)((?: [a-z0-9'&-]+){0,10})" +
    "(?:, (?:qui|dont|ou|que) [^,]{1,120},)?" +
    " (?:(recrutent|recrute|embauchent|embauche|emploient|emploie|font appel|fait appel|sous-traitent|sous-traite|renforcent|renforce)(?![a-z])" +
    "|(cherchent|cherche|recherchent|recherche)(?! a )(?: (?:actuellement|activement|toujours|encore|en urgence))?" +
    " (?:un |une |des |du |de |d'|deux |trois |quatre |plusieurs |[0-9]+ )(?:nouvel(?:le)?s? |nouveaux? )?" +
    // the one sought is a worker: a job title's ending or a staff word ("un brasseur", "des remplaçants", "un
    // comptable"), never what a job seeker looks for ("un employeur") nor a service ("une orientation", "un ESAT")
    "(?!(?:employeu|emploi|dossi|chanti|papi|quarti|financ|habitu|doss)[a-z]*(?![a-z]))" +
    "(?:[a-z-]+(?:eur|eurs|euse|euses|rice|rices|ier|iers|iere|ieres|iste|istes|ant|ants|ante|antes|aire|aires|peute|peutes|logue|logues|graphe|graphes)" +
    "|conseill(?:er|ere)s?|boulang(?:er|ere)s?|bouch(?:er|ere)s?|comptables?|agents?|agentes?|aides?|chefs?|responsables?|ash|aes|as|cesf|medecins?|psychologues?|juristes?" +
    "|charge(?:e)?s?|personnel|profils?|renforts?|benevoles?|apprentie?s?|salariee?s?|employee?s?|commis|barman|manoeuvres?" +
    "|techniciens?|techniciennes?|electriciens?|mecaniciens?|pharmaciens?|informaticiens?|gardiens?|gardiennes?)(?![a-z])" +
    "|(proposent|propose|ouvrent|ouvre|lancent|lance|offrent|offre)" +
    " (?:un |une |des |du |de |d'|deux |trois |plusieurs |[0-9]+ )(?:nouveaux? |nouvelles? )?(?:contrats?|postes?|cdi|cdd|emplois?|missions?|stages?|offres?|recrutements?|vacations?|jobs?|places? en (?:alternance|apprentissage)|alternances?|apprentissages?))",
);

/** A job title at the start of a sentence, with or without "Offre de", "Poste d'", "CDD de". */
const JOB_FIRST =
  /^ *(?:(?:offres? d'emploi|offres?|postes?|recrutements?|cdd|cdi|missions?|contrats?|vacations?|emplois?)(?: (?:de|d'|:)| :)? ?)?(?:agente?|aide|assistante?|auxiliaire|guide|chef|moniteur|monitrice|conseill(?:er|ere)|aesh|atsem|ash|aes|amp|avs|cesf|(?:techn|electr|mecan|pharmac|informat|opt|logist|esthet)icien(?:ne)?|gardien(?:ne)?|(?:secret|gestionn|bibliothec|veterin|not|vacat|fonctionn|mandat)aire|(?:enseign|surveill|interven|accompagn|consult|commerc|represent)ante?|(?:fleur|garag|pomp|dent|journal|standard|jur|archiv|analy|machin|paysag|styl|cav)iste|(?!(?:commun|social|islam|salaf|jihad|djihad|anarch|gauch|national|trotsk|mao|marx|fasc|rac|femin|sion|integr|evangel|adventi|method|bapt|boudd|syndical|ecolog|royal|extrem|terror|naz|catech|pacif|separat|independant|autonom|ultra|activ|absentei|ego|tour|touriste)iste(?![a-z]))[a-z-]+iste|(?!(?:demandeu|travailleu|fumeu|joueu|buveu|chomeu|voyageu|prisonni|boursi|renti|heriti|fraudeu|emprunteu|debiteu|dealeu|consommat|usag)[a-z]*(?![a-z]))[a-z-]+(?:eur|euse|rice|ier|iere))(?![a-z])/;
/**
 * What an offer says: a job's missions, a requirement, a recruiter, a vacancy (not a seeker's wish: "temps plein
 * souhaité").
 */
const OFFER_WORDING =
  /(?:^ *(?:offres?|postes?|recrutements?|cdd|cdi|vacations?) (?:de |d'|: ?)|(?:^|[^a-z])(?:missions(?! d'interim| en interim| interim)|requise?s?|exigee?s?|a pourvoir|recrutement|recrute|h\/sem|heures par semaine|salaire selon|remuneration selon|smic|brut|profil recherche|h\/f)(?![a-z])|[a-z] recherchee?s? (?:pour|par)(?![a-z]))/;
/** A job seeker's state or steps typed after a job title: "Cariste, en arrêt", "Soudeur, positionné", "cherche". */
const SEEKER_WORDING =
  /(?:^|[^a-z'])(?:cherche|souhaite|veut|voudrait|vise|en arret|a ete|etait|a fait|est|sa|son|ses|postule|a postule|positionnee?|orientee?|interessee?|motivee?|disponible|dispo|inscrite?|candidate?)(?![a-z])/;

/** A group of people before the sensitive words: "d'adolescents", "des familles du quartier", "pour les patients". */
const GROUP_BEFORE =
  /(?:^|[^a-z'])(?:des|les|aux|d'|de|pour les|pour|aupres des|accueillir des|accueil des|accompagner des|accompagnement des)(?: ?)(?:eleves|enfants|adultes|personnes|menages|familles|jeunes|publics?|patients|usagers|residents|resident(?:e)?s|salariee?s|habitants|femmes|hommes|beneficiaires|allocataires|locataires|detenus|mineurs|victimes|travailleurs|seniors|etudiants|stagiaires|clients|visiteurs|malades|personnes agees|agents|collegiens|lyceens|assures|administres|retraites|adolescents)(?: [a-z'-]+){0,3} ?(?:[a-z]+')?$|(?:^|[^a-z'])publics?(?: [a-z'-]+){0,2} ?$/;
/** The sensitive word then the group it qualifies: "la précarité des familles", "le handicap des salariés". */
const GROUP_AFTER =
  /^ (?:des|chez les|parmi les|aupres des|dans les) (?:menages|familles|eleves|enfants|adultes|jeunes|habitants|salaries|publics|personnes|etudiants|usagers|francais|seniors|populations?)(?![a-z])/;
/** Verbs that make the group the person's family: "elle a des enfants handicapés". */
const OWN_GROUP = /(?:^|[^a-z])(?:a|ont|avait|avec|elle a|il a|ses|leurs|sa|son)(?: [a-z'-]+)? ?$/;

/**
 * A topic (not "campagne": an electoral one is the person's opinion), or the matter a job handles ("gestionnaire des
 * indus", "interventions sur les coupures de courant"): "module sur la prévention des chutes…", "atelier contre
 * les discriminations…". */
const TOPIC_BEFORE =
  /(?:^|[^a-z])(?:formations?|connaissances?|notions?|reglementations?|legislations?|normes?|sensibilisations?|preventions?|attestations?|modules?|ateliers?|conferences?|colloques?|webinaires?|delivrance|enquetes?|etudes?|lutte|specialisation|gestionnaires?|gestion|recouvrements?|instructions?|instruct(?:eur|rice)s?|interventions?|intervient|depannages?|(?:remet|remise|remettre) en service|releves?)(?: (?:a|aux|au|sur|de|du|des|d'|contre|en|les)(?: ?(?:la|le|les|l') ?)? ?(?:[a-z'-]+ ){0,4}(?:[a-z]+')?| )$|(?:^|[^a-z])(?:specialites?|options?|mentions?|dominantes?)(?: (?:en|de|d'|du|des|:))? ?(?:[a-z'-]+ ){0,4}$/;
/** What ties a topic or a group back to the person: a possessive, a pronoun or a cause marker ("pour raisons …"). */
const TOPIC_VETO =
  /(?:^|[^a-z])(?:son|sa|ses|leur|leurs|elle|il|lui|elle-meme|lui-meme|a cause|suite a|suite au|en raison|pour raisons?|pour cause|du fait|depuis|apres)(?![a-z])/;
/**
 * A classification's code heading its label: activity codes (NAF, APE), job codes (ROME), collective agreements
 * (IDCC, CCN): "IDCC 1234 : établissements pour personnes …" describes a sector, not anyone.
 */
const NOMENCLATURE =
  /^ *(?:(?:code|fiche|ref(?:erence)?|n°|numero) )?(?:naf|ape|nace|rome|idcc|ccn|fap|pcs|convention(?: collective)?)(?: (?:n°|no|numero))? ?[0-9][0-9a-z.]*(?: \([a-z0-9 -]+\))? ?[:,(-]/;
/** The label after a classification's code, anywhere in the sentence: "sous le code NAF 9491Z (organisations …". */
const NOMENCLATURE_LABEL =
  /(?:^|[^a-z])(?:naf|ape|nace|rome|idcc|ccn|fap|pcs)(?: (?:n°|no|numero))? ?[0-9][0-9a-z.]* ?[(:-] ?(?:[a-z'-]+ ){0,4}$/;
/** A street named after a word of a sensitive domain: "rue de l'Asile", "impasse des Malades". */
const STREET_BEFORE =
  /(?:^|[^a-z])(?:rue|ruelle|avenue|av|boulevard|bd|place|impasse|allee|chemin|quai|square|route|sentier|parvis) (?:de l'|du |de la |des |de |d'|aux |au )$/;

/** An employer or an organisation heading the clause, then up to four words: "l'ancien employeur a été …". */
const ORGANISATION_SUBJECT =
  /(?:^|[:;,.] ?)(?:l'|le |la |les |un |une |son |sa |leur )?(?:ancien(?:ne)?s? |ex-)?(?:employeurs?|entreprises?|societes?|agences? d'interim|enseignes?|patrons?|usines?|organismes?)( (?:[a-z'-]+ ){0,4})$/;

/** The organisation acting on the person: "l'a licencié pour …", "lui reproche …". */
const ACTS_ON_PERSON =
  /(?:^|[^a-z])(?:l'a|l'ont|l'avait|l'avaient|lui|la|le|les|licenciee?|viree?|renvoyee?|congediee?|reproche|accuse|sanctionne|signale)(?![a-z])/;

/** A hit that denies or states something of the person's own degree: "non reconnu en France". */
const NEGATED = /^(?:non|pas|jamais|obtenue?s?|passee?s?|delivree?s?) /;

/** Spans of the normalised text whose sentence is about an employer, an offer, a group or a topic. */
export interface SubjectReader {
  /** Whether the passage [start, end) describes something other than the person. */
  notAboutPerson(start: number, end: number): boolean;
  /** Whether [start, end) is in the subject of a sentence where an organisation recruits (a name there is its name). */
  inEmployerSubject(start: number, end: number): boolean;
}

interface Sentence {
  start: number;
  end: number;
  employer: boolean;
  /** End of the employer's subject (where its verb starts), when `employer`. */
  subjectEnd: number;
  offer: boolean;
  /** A classification's code and label: "code NAF 8710A : hébergement médicalisé…". */
  nomenclature: boolean;
}

function readSentences(normal: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const m of normal.matchAll(SENTENCE)) {
    const text = m[0];
    const start = m.index;
    const person = PERSON_IN_SENTENCE.test(text);
    const employerMatch = person ? null : EMPLOYER_SENTENCE.exec(text);
    const employer = employerMatch !== null && !PERSON_NOUN.test(employerMatch[2] ?? "");
    const verb = employerMatch ? (employerMatch[4] ?? employerMatch[5] ?? employerMatch[6] ?? "") : "";
    const subjectEnd = employerMatch ? start + employerMatch[0].lastIndexOf(verb) : start;
    const offer = !person && JOB_FIRST.test(text) && OFFER_WORDING.test(text) && !SEEKER_WORDING.test(text);
    const nomenclature = !person && NOMENCLATURE.test(text);
    sentences.push({ start, end: start + text.length, employer, subjectEnd, offer, nomenclature });
  }
  return sentences;
}

export function subjectReader(normal: string): SubjectReader {
  let sentences: Sentence[] | null = null;
  const sentenceAt = (index: number): Sentence | undefined => {
    sentences ??= readSentences(normal);
    return sentences.find((s) => index >= s.start && index < s.end);
  };
  return {
    notAboutPerson(start, end) {
      const sentence = sentenceAt(start);
      if (sentence && (sentence.employer || sentence.offer || sentence.nomenclature) && end <= sentence.end)
        return true;
      const from = sentence ? sentence.start : 0;
      const before = normal.slice(Math.max(from, start - 60), start);
      if (STREET_BEFORE.test(before) || NOMENCLATURE_LABEL.test(before)) return true;
      // "l'ancien employeur a été condamné": the organisation is the clause's subject (unless the person comes back)
      const organisation = ORGANISATION_SUBJECT.exec(before);
      const clause = `${organisation?.[1] ?? ""}${normal.slice(start, end)}`;
      if (organisation && !TOPIC_VETO.test(clause) && !ACTS_ON_PERSON.test(clause)) return true;
      if (GROUP_BEFORE.test(before)) {
        const group = GROUP_BEFORE.exec(before);
        if (
          group &&
          !OWN_GROUP.test(before.slice(0, group.index + 1)) &&
          !TOPIC_VETO.test(group[0] + normal.slice(start, end))
        )
          return true;
      }
      if (GROUP_AFTER.test(normal.slice(end, end + 30))) return true;
      // "atelier … à cause de son hospitalisation": the cause is the person's, whatever the topic before it.
      const topic = TOPIC_BEFORE.exec(before);
      return (
        topic !== null &&
        !TOPIC_VETO.test(topic[0] + normal.slice(start, end)) &&
        !NEGATED.test(normal.slice(start, end))
      );
    },
    inEmployerSubject(start, end) {
      const sentence = sentenceAt(start);
      return sentence !== undefined && sentence.employer && end <= sentence.subjectEnd;
    },
  };
}

export const SUBJECT_PATTERNS = {
  personInSentence: PERSON_IN_SENTENCE,
  personNoun: PERSON_NOUN,
  employerSentence: EMPLOYER_SENTENCE,
  jobFirst: JOB_FIRST,
  offerWording: OFFER_WORDING,
  seekerWording: SEEKER_WORDING,
  groupBefore: GROUP_BEFORE,
  groupAfter: GROUP_AFTER,
  ownGroup: OWN_GROUP,
  topicBefore: TOPIC_BEFORE,
  topicVeto: TOPIC_VETO,
  negated: NEGATED,
  nomenclature: NOMENCLATURE,
  nomenclatureLabel: NOMENCLATURE_LABEL,
  streetBefore: STREET_BEFORE,
  organisationSubject: ORGANISATION_SUBJECT,
  actsOnPerson: ACTS_ON_PERSON,
} as const;
