/** Words in which notices speak of transfers outside the EEA, of their grounds, and of conditions on them. */
import type { TransferMechanism } from '../types.js';
import { sentences } from './text.js';
import { findWords, words } from './words.js';

/** Where the EEA ends: "EU:n ulkopuolelle", "outside the EEA", "utanför EES", third countries. */
export const OUTSIDE = words([
  // fi
  'EU:n ulkopuol*', 'ETA:n ulkopuol*', 'EU-alueen ulkopuol*', 'ETA-alueen ulkopuol*', 'EU/ETA-alueen ulkopuol*', 'EU-maiden ulkopuol*',
  'ETA-maiden ulkopuol*', 'Euroopan unionin ulkopuol*', 'Euroopan talousalueen ulkopuol*', 'Euroopan talousalueen (ETA) ulkopuol*',
  'kolmansi* mai*', 'kolmante* maa*', 'kolmannessa maassa',
  // en
  'outside the EU', 'outside the EEA', 'outside EU', 'outside EEA', 'outside of the EU', 'outside of the EEA',
  'outside the European Union', 'outside the European Economic Area', 'third countr*',
  // sv
  'utanför EU', 'utanför EES', 'utanför Europeiska unionen', 'utanför Europeiska ekonomiska samarbetsområdet', 'tredjeland*', 'tredje land*',
  // Leaving the area: "lämnar aldrig EU/EES", "never leave the EEA", "eivät poistu EU:sta".
  'lämnar aldrig EU*', 'lämnar inte EU*', 'lämnar aldrig EES*', 'lämnar inte EES*', 'lämnar aldrig Europa', 'lämnar inte Europa',
  'never leave* the EU*', 'never leave* the EEA', 'do not leave the EU*', 'does not leave the EU*', 'do not leave the EEA', 'does not leave the EEA',
  'eivät poistu EU*', 'ei poistu EU*', 'eivät poistu ETA*', 'ei poistu ETA*', 'eivät koskaan poistu EU*', 'ei koskaan poistu EU*',
]);

/**
 * A case that may or may not arise: "Jos palveluntarjoaja käsittelee tietoja ETA:n ulkopuolella, …", "If
 * data are transferred …", and "Om …" opening a clause. Not in `CONDITIONAL`: "jos", "if" and "om" stand
 * in too many sentences that deny or ask something else; they are read with a verb of moving or
 * processing beside them (`conditional-transfer.ts`).
 */
export const CASE = words(['jos', 'mikäli', 'if', 'in case', 'in the event that', 'ifall']);

/**
 * What makes a transfer a maybe: "ellei se ole teknisesti tarpeellista", "unless", "where necessary".
 * Not "except" or "paitsi", which name exceptions that may be definite.
 */
export const CONDITIONAL = words([
  // fi
  'ellei', 'ellei*', 'tarvittaessa', 'tarpeen vaatiessa', 'teknisesti tarpeelli*', 'teknise* toteut*', 'pääsääntöisesti',
  'lähtökohtaisesti', 'siltä osin kuin', 'mikäli se on tarpee*', 'jos se on tarpee*', 'mahdollisesti', 'saatetaan', 'voidaan siirtää',
  'ilman asianmukaisia suojatoim*', 'ilman * suojausperust*', 'ilman * * suojausperust*', 'ilman * suojakeino*', 'ilman * * suojatoim*',
  // en
  'unless', 'if necessary', 'where necessary', 'when necessary', 'if needed', 'where needed', 'technically necessary',
  'as a rule', 'in principle', 'insofar as', 'to the extent', 'may be transferred', 'might be transferred', 'possibly',
  'without appropriate safeguards', 'without adequate safeguards', 'without * * safeguards', 'without * transfer mechanism*',
  // sv
  'såvida inte', 'såvida det inte', 'om det inte', 'vid behov', 'om det är nödvändigt', 'i regel', 'i princip', 'i den mån',
  'kan överföras', 'eventuellt', 'utan lämpliga skyddsåtgärder', 'utan * * skyddsåtgärder', 'utan * överföringsmekanism*',
]);

/** The EU named as the boundary of free flow: "EU:n ulkopuolelle", "outside the European Union", "utanför EU". */
export const EU_BOUNDARY = words([
  'EU:n ulkopuol*', 'EU-alueen ulkopuol*', 'EU-maiden ulkopuol*', 'Euroopan unionin ulkopuol*',
  'outside the EU', 'outside EU', 'outside of the EU', 'outside the European Union',
  'utanför EU', 'utanför Europeiska unionen',
]);

/** The EEA named: with it, "EU:n tai ETA:n ulkopuolelle" draws the right line. */
export const EEA = words(['ETA', 'ETA:n', 'Euroopan talousalue*', 'EEA', 'EES', 'European Economic Area', 'Europeiska ekonomiska samarbetsområdet']);

/** A denial: "ei siirretä", "never", "nothing is moved", "inget flyttas". */
export const NEGATION = words(['ei', 'eikä', 'emme', 'eivät', 'not', 'never', 'no', 'nothing', 'inte', 'aldrig', 'ej', 'inget', 'ingen', 'inga']);

/** Each ground of a transfer (Chapter V) as notices name it in words. */
export const MECHANISMS: readonly [TransferMechanism, RegExp][] = [
  ['privacy_shield', /privacy shield/iu],
  ['safe_harbor', /safe harbou?r/iu],
  ['data_privacy_framework', /data privacy framework|\bDPF\b|tietosuojakehy|dataskyddsram/iu],
  ['standard_contractual_clauses_2010', /2010\/87/u],
  // The GDPR's own words (Art. 46(2)(c)) besides the ones in use: "vakiotietosuojalausekkeet",
  // "standardiserade dataskyddsbestämmelser", "standard data protection clauses".
  [
    'standard_contractual_clauses',
    /vakiosopimuslausek|vakiotietosuojalausek|mallisopimuslausek|mallilausek|standardavtalsklausul|standardklausul|standardiserade dataskyddsbestämmelse|standard contractual clauses|standard data protection clauses|\bSCCs?\b|2021\/914/iu,
  ],
  ['binding_corporate_rules', /binding corporate rules|sitov\p{L}* yrityssään|yritystä koskevi\p{L}* sitovi\p{L}* sääntö|bindande företagsbestämmelser|\bBCRs?\b/iu],
  ['adequacy', /riittävyyspäätö|riittävän tietosuojan tason|adequacy|adekvat skyddsnivå|adekvansbeslut/iu],
];

/** Transfer mechanisms a text names; a named framework wins over a general word on adequacy. */
export function mechanismsIn(text: string): TransferMechanism[] {
  let found = MECHANISMS.filter(([, re]) => re.test(text)).map(([m]) => m);
  if (found.includes('standard_contractual_clauses_2010')) found = found.filter((m) => m !== 'standard_contractual_clauses');
  if (found.some((m) => m !== 'adequacy')) found = found.filter((m) => m !== 'adequacy');
  return found;
}

/** A copy, of the safeguards or of the clauses: "jäljennös", "kopio", "a copy", "en kopia". */
const COPY = words(['jäljennö*', 'jäljennöks*', 'kopio', 'kopion', 'kopiota', 'kopiot', 'kopioita', 'copy', 'copies', 'kopia', 'kopian', 'kopior', 'kopiorna']);

/** Asked for or obtained: "pyytämällä", "saa", "on request", "contact us", "begära", "få". */
const ASK = words([
  'pyy*', 'saa', 'saat', 'saada', 'saatavilla', 'saatavissa', 'ota* yhteyttä', 'yhteydenotto*', 'tilata',
  'request*', 'ask', 'asking', 'obtain*', 'contact*', 'get', 'receive', 'available',
  'begär*', 'be om', 'få', 'erhåll*', 'kontakt*', 'tillgänglig*',
]);

/** More about the safeguards, to be asked for: "lisätietoja suojatoimista", "to learn more about the appropriate safeguards", "mer information om skyddsåtgärderna". */
const MORE_ON_SAFEGUARDS =
  /(?:lisätieto\p{L}*|(?:learn|know|find out|information) more|more (?:information|details)|mer (?:information|om)|läs mer)(?:\s+\p{L}+){0,4}?\s+(?:suojatoim\p{L}*|suojakeino\p{L}*|vakiosopimuslauseke\p{L}*|(?:appropriate |suitable )?safeguards?|(?:standard )?contractual clauses|skyddsåtgärd\p{L}*|standardavtalsklausul\p{L}*)/iu;

/**
 * A sentence that says how to get a copy of the safeguards (Art. 13(1)(f)): "Kopion
 * vakiosopimuslausekkeista saa pyytämällä", "You may request a copy … by e-mail", "Du kan begära en
 * kopia", "To learn more about the appropriate safeguards we use, please contact us".
 */
export function offersCopy(text: string): boolean {
  return sentences(text).some((s) => (findWords(s, COPY).length > 0 || MORE_ON_SAFEGUARDS.test(s)) && findWords(s, ASK).length > 0);
}

/** Words that sum up the transfers said before: "in each case", "in all cases", "kaikissa tapauksissa", "i samtliga fall". */
export const SUMS_UP = /(?<![\p{L}])(?:in (?:each|every|all) (?:case|cases)|(?:kaikissa|kussakin|jokaisessa) (?:tapauksissa|tapauksessa)|i (?:varje|samtliga|alla) fall)(?![\p{L}])/iu;
