/**
 * Words that say personal data go to someone ("luovutetaan", "lämnas ut", "disclosed to"), and words
 * for the kinds of party they go to ("palveluntarjoajat", "IT-leverantörer", "third parties"), in
 * Finnish, Swedish and English.
 */
import { countriesIn } from './countries.js';

/** A verb (or the noun of one) that says data are, or may be, disclosed, shared, sent or passed to someone. */
export const DISCLOSES =
  /(?<![\p{L}])(?:luovute\p{L}*|luovutamme|luovuttaa|luovuttavat|luovuttami\p{L}*|siirretään|siirrämme|välitetään|välitämme|jaetaan|jaamme|toimitetaan|lähetetään|lähettää|lähetämme|lähettämi\p{L}*|ilmoitetaan|ilmoitamme|anmäl(?:a|er|de|an)(?![\p{L}])(?!\s+(?:dig|sig|er|mig|oss)(?![\p{L}]))|lämnas|lämnar|lämna|utlämna\p{L}*|delas|delar|dela|överlämna\p{L}*|skickas|rapporteras|disclos\p{L}*|shared?|sharing|passed on|pass on|passed to|handed over|sent|forwarded|reported|transferred|provided to|made available)(?![\p{L}])/iu;

/**
 * Giving someone access to the data: "ge dem tillgång", "give them access". Having access is not
 * enough: "only the board has access" names no recipient.
 */
export const ACCESS_GIVEN = /(?<![\p{L}])(?:ge|ger|ges|get)\s+(?:\p{L}+\s+){0,2}tillgång(?![\p{L}])|\b(?:give|gives|given|grant|grants|granted)\s+(?:\p{L}+\s+){0,2}access\b/iu;

/**
 * Kinds of party that receive data, also groups of people who help to run things (volunteers,
 * stewards, "support members"). Compound words count by their last part ("IT-leverantörer",
 * "ohjelmistoyrityksille"); a first part alone does not ("yritysasiakkaat" are customers).
 */
export const PARTY = new RegExp(
  [
    // Finnish
    String.raw`palveluntarjoaj\p{L}*|(?<![\p{L}])\p{L}*toimittaj(?:a|an|ille|ia|at|alle|ien)(?![\p{L}])|(?<![\p{L}])\p{L}*kumppan\p{L}*|(?<![\p{L}])\p{L}*taho(?:t|ille|lle|ja|jen|a|n)?(?![\p{L}])|(?<![\p{L}])\p{L}*yrity(?:kset|ksi\p{L}*|kselle|sten)(?![\p{L}])|(?<![\p{L}])\p{L}+yhtiö\p{L}*|yhtiö(?:t|ille|itä|iden|ita)(?![\p{L}])|pank(?:it|eille|ille|ki|kien)(?![\p{L}])|tilintarkastaj\p{L}*|tilitoimisto\p{L}*|kirjanpitäj\p{L}*|pilvipalvelu\p{L}*|kolmans\p{L}* osapuol\p{L}*|kolma(?:s|nnelle|nnet) osapuol\p{L}*|ulkopuolisi\p{L}*|tutkij\p{L}*|ylläpitäjä(?:lle|t|ille)(?![\p{L}])|vapaaehtois(?:et|ille|ten)(?![\p{L}])|järjestyksenvalvoj\p{L}*`,
    // Swedish
    String.raw`(?<![\p{L}])\p{L}*leverantör\p{L}*|(?<![\p{L}])\p{L}*partner\p{L}*|samarbetspart\p{L}*|tredje part\p{L}*|andra parter|utomstående|(?<![\p{L}])\p{L}+företag\p{L}*|företag(?:en)?(?![\p{L}])|(?<![\p{L}])\p{L}+bolag\p{L}*|(?<![\p{L}])bolag(?:en)?(?![\p{L}])|bank(?:er|erna|en)?(?![\p{L}])|revisor\p{L}*|redovisningsbyrå\p{L}*|bokföringsbyrå\p{L}*|molntjänst\p{L}*|forskare|personuppgiftsbiträd\p{L}*|volontär(?:er|erna)(?![\p{L}])|funktionär(?:er|erna)(?![\p{L}])`,
    // English
    String.raw`\bproviders?\b|\bsuppliers?\b|\bvendors?\b|\bpartners?\b|\b(?:sub-?)?contractors?\b|\bthird part(?:y|ies)\b|\b(?:outside|other) parties\b|\bcompanies\b|\bbanks?\b|\binsurers?\b|\bauditors?\b|\baccountants?\b|\baccounting firms?\b|\binsurance compan(?:y|ies)\b|\bcloud services?\b|\bhosting\b|\bresearchers\b|\b(?:support|staff|crew|security) members\b|\bvolunteers\b|\bstewards\b|\badministrators?\b|\b(?:sub-?)?processors\b`,
  ].join('|'),
  'iu',
);

/** Parties in general, no kind of party: "kolmannet osapuolet", "ulkopuoliset tahot", "tredje part", "third parties". */
export const ANY_PARTY = String.raw`kolma\p{L}* (?:osapuol|taho)\p{L}*|ulkopuolis\p{L}* taho\p{L}*|ulkopuolisi\p{L}*|tredje part\p{L}*|andra parter|utomstående|third part(?:y|ies)|(?:outside|other) parties`;

/**
 * Organisations data may be handed over to, by the word for their kind: a federation, a
 * municipality, an agency, a parish ("lajiliitolle", "till förbundet", "to the council").
 */
export const ORGANISATION =
  /(?:liito|liitoi|järjestö|järjestöi|seura|seuroi|kunna|kunni|kaupungi|seurakunna|yhtymä|viraso|virastoi|laitokse|laitoksi|keskukse|ministeriö|lautakunna)lle(?![\p{L}])|(?<![\p{L}])\p{L}*(?:förbund|förening|kommun|region|församling|stift)(?:et|en|er|erna|n)?(?![\p{L}])|(?<![\p{L}])\p{L}+verket(?![\p{L}])|(?<![\p{L}])\p{L}*(?:registret|rekisteriin)(?![\p{L}])|\b(?:federation|association|club|council|agency|ministry|department|university|school|church|diocese|parish|register)s?\b/iu;

/** Research, statistics and archiving, which the law lets data be disclosed for ("luovuttaa tieteellistä tutkimusta varten"). */
const FOR_RESEARCH = /(?<![\p{L}])(?:tutkimu\p{L}*|tilastoin\p{L}*|forskning\p{L}*|statistik\p{L}*|research|statistic\p{L}*)(?![\p{L}])/iu;

/** Finnish words in the allative that name no one the data go to: pronouns, the data subject, the controller, "outside". */
const NOT_A_TARGET =
  /^(?:meille|teille|heille|sinulle|hänelle|niille|näille|sille|tälle|jolle|joille|kenelle|kenellekään|kellekään|itselleen|itsellesi|ulkopuolelle|rekisteröidylle|rekisteröidyille|asiakkaalle|käyttäjälle|jäsenelle|henkilölle|rekisterinpitäjälle|hakijalle|alueelle|tasolle|ajalle)$/iu;

/** A word in the allative ("viranomaisille", "palvelulle"), a name in the illative ("Palloliittoon") or another register data are disclosed into, that may name whom data go to. */
function finnishTarget(text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}])\p{L}{3,}(?:lle)(?![\p{L}])/gu)) if (!NOT_A_TARGET.test(m[0])) return true;
  for (const m of text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}-]{2,}(?:aan|een|iin|oon|uun|yyn|ään|öön|seen|hin)(?![\p{L}])/gu)) if (!countriesIn(m[0]).length) return true;
  // Into another register or system: "luovutetaan kirkon keskusrekisteriin", "Opintopolku-palveluun"; reported into a register: "ilmoitetaan tulorekisteriin".
  if (/(?<![\p{L}])(?:ilmoitetaan|toimitetaan)(?![\p{L}])/iu.test(text) && /(?<![\p{L}])\p{L}*(?:rekisteriin|arkistoon|tietovarantoon)(?![\p{L}])/iu.test(text)) return true;
  return /(?<![\p{L}])luovut\p{L}*/iu.test(text) && /(?<![\p{L}])\p{L}*(?:rekisteriin|tietovarantoon|palveluun|järjestelmään)(?![\p{L}])/iu.test(text);
}

/** A verb of disclosure, up to four words, and "to", "with", "till" or "med", then the two words after it. */
const TO_SOMEONE =
  /(?<![\p{L}])(?:disclos\p{L}*|shared?|passed on|passed|handed over|sent|forwarded|reported|transferred|provided|made available|given|lämnas(?:\s+ut)?|lämnar(?:\s+ut)?|lämna(?:\s+ut)?|delas|delar|dela|överlämnas|skickas|rapporteras|anmäl(?:a|er|de|an)(?!\s+(?:dig|sig|er|mig|oss)(?![\p{L}])))\s+(?:[\p{L}\d-]+,?\s+){0,4}?(to|with|till|med|åt)\s+([\p{L}\d][\p{L}\d-]*)(?:\s+([\p{L}\d][\p{L}\d-]*))?/giu;

/** English words that lead to a party ("to the organisers", "with our partners"), where one is needed before a noun. */
const DETERMINER = /^(?:the|our|a|an|other|external|selected|trusted|relevant|competent|certain|these|those|such|any|each)$/iu;

/** Words after "to" or "till" that name no party: the extent of a disclosure, its purpose, the data subject, a pronoun, a country's area. */
const NO_PARTY =
  /^(?:extent|purpose|purposes|following|you|yourself|us|them|him|her|it|comply|meet|fulfil|fulfill|exempel|följd|del|hjälp|stöd|syfte|ändamål|att|dig|oss|er|honom|henne|dem|den|det|de|land|länder|eu|eea|ees|ets|outside|utanför|data|personal|uppgifter|personuppgifter)$/iu;

/** The word for whom a verb of disclosure says data go to ("shared with the organisers", "lämnas ut till arrangören", "sent to Eventbrite"), when it names someone. */
export function targetOf(sentence: string): string | undefined {
  for (const m of sentence.matchAll(TO_SOMEONE)) {
    const [english, first, second] = [/^(?:to|with)$/iu.test(m[1]!), m[2]!, m[3] ?? ''];
    const word = DETERMINER.test(first) ? second : first;
    if (!word || NO_PARTY.test(word) || countriesIn(`${first} ${second}`).length) continue;
    // In English a common noun needs a determiner before it: "to comply", "to provide" are no parties.
    if (english && !DETERMINER.test(first) && !/^[\p{Lu}\d]/u.test(first)) continue;
    return word;
  }
  return undefined;
}

/**
 * A sentence that says data go to someone it names: a verb of disclosure with a party word, a Finnish
 * word in the allative, someone after "to" or "till", or research as its end; or giving someone access.
 */
export function disclosesToSomeone(sentence: string): boolean {
  if (ACCESS_GIVEN.test(sentence)) return true;
  if (!DISCLOSES.test(sentence)) return false;
  return PARTY.test(sentence) || FOR_RESEARCH.test(sentence) || finnishTarget(sentence) || targetOf(sentence) !== undefined;
}

/** "only with the person's consent or where the law requires it", "vain … suostumuksella tai lain velvoittamana", "endast med samtycke eller när lagen kräver det". */
const ONLY_BY_CONSENT_OR_LAW =
  /(?<!\p{L})(?:vain|ainoastaan|only|solely|endast|bara|enbart)\s[^.;]{0,60}?(?:suostumu\p{L}*|consent|samtycke\p{L}*)\s+(?:tai|or|eller)\s[^.;]{0,40}?(?:lain|lakiin|lakisääteis\p{L}*|law|legal|lag(?:en|stadgad\p{L}*)?|myndighet\p{L}*|viranomai\p{L}*|authorit\p{L}*)(?!\p{L})/iu;

/** Parties named by their kind alone: "kolmansille osapuolille", "ulkopuolisille", "third parties", "tredje part". */
const BY_KIND_ALONE = /(?<!\p{L})(?:kolmansille(?: osapuolille)?|ulkopuolisille|muille|third parties|any third party|others|tredje part(?:er)?|utomstående|andra)(?!\p{L})/iu;

/**
 * Data given out to parties named by their kind alone only with the person's consent or where the law requires it
 * ("Tietoja luovutetaan kolmansille osapuolille vain käyttäjän suostumuksella tai lain velvoittamista syistä"): a
 * limit on disclosures, no recipient; not partners named for an end of their own.
 */
export function disclosedOnlyByConsentOrLaw(sentence: string): boolean {
  return DISCLOSES.test(sentence) && BY_KIND_ALONE.test(sentence) && ONLY_BY_CONSENT_OR_LAW.test(sentence);
}

/**
 * The data shared with the parties named before, leading into their list: "The information we share with these third
 * parties is as follows:", "Tiedot, joita luovutamme näille kumppaneille, ovat:", "De uppgifter vi delar med dessa är:".
 */
export const THEIR_DATA =
  /^(?:the\s+)?(?:personal\s+)?(?:information|data|details)\s+(?:that\s+)?we\s+(?:share|disclose|provide|pass on)\s+(?:with|to)\s+(?:these|those|them|the above)(?:\s+(?:third[\s-]+)?(?:parties|partners|providers|companies|recipients|processors|suppliers|services))?(?![\p{L}])|^(?:henkilö)?tiedot,?\s+(?:joita|jotka)\s+(?:luovutamme|jaamme|annamme|välitämme)\s+(?:näille|niille|heille|edellä mainituille)(?:\s+(?:kumppaneille|tahoille|osapuolille|palveluntarjoajille|yrityksille))?(?![\p{L}])|^(?:de\s+)?(?:person)?uppgifter(?:na)?\s+(?:som\s+)?vi\s+(?:delar|lämnar ut|lämnar|överför)\s+(?:med|till)\s+(?:dessa|dem|ovanstående)(?:\s+(?:parter|partner|partners|leverantörer|mottagare|företag|tjänster))?(?![\p{L}])/iu;
