/**
 * What one sentence says about recipients: that data are not disclosed, whom they go to, or that it
 * goes on about the recipient named before it ("They process the data on our behalf").
 */
import type { DraftState } from '../draft/state.js';
import { linksOut, providersNamed } from '../../check/providers.js';
import { COMPANY_SUFFIX, companyNames } from './contact-details.js';
import { AS_A_RULE, exceptionClause, hasException } from './exceptions.js';
import { namesGroupCompany, recipientRole } from './recipient-roles.js';
import { NOT_DISCLOSED } from './not-disclosed.js';
import { disclosedOnlyByConsentOrLaw, disclosesToSomeone, PARTY, THEIR_DATA } from './recipient-words.js';
import { serviceNames } from './service-names.js';

/** Purposes an exception may name instead of a recipient: "annat än i syfte att …", "other than for the purpose of …". */
const PURPOSE = /(?<![\p{L}])(?:i syfte|för att|syftet|tarkoitukse\p{L}*|varten)(?![\p{L}])|\bfor the purposes? of\b|\bin order to\b/iu;

/** Sentences that go on about what the one before named: a pronoun, "for example", "then". */
const GOES_ON =
  /^(?:ne|nämä|niille|näille|näihin|niihin|näitä|niitä|he|heille|kyseiset|tällöin|esimerkiksi|kuten|de|dessa|dem|deras|då|till dessa|bland dessa|till exempel|exempelvis|såsom|they|these|those|such|their|among them|for example|e\.g\.|for instance)(?![\p{L}])/iu;

/** Some or all of the parties named before: "Some of these suppliers are based in the US", "Osa näistä …", "Vissa av dessa …". */
const SOME_OF_THEM =
  /^(?:(?:osa|jotkin|kaikki|jokainen|useat|monet)\s+(?:näistä|niistä|heistä|edellä mainituista)|(?:vissa|några|alla|flera|de flesta|var och en)\s+av\s+(?:dessa|dem|ovanstående|de ovan nämnda)|(?:some|all|each|any|most|one|several|many)\s+of\s+(?:these|those|them|the above))(?![\p{L}])/iu;

/**
 * The agreement made with the parties named before ("Data processing agreements are in place with each provider",
 * "Käsittelysopimukset on tehty kaikkien kanssa", "Biträdesavtal finns med alla leverantörer"): a safeguard, no recipient.
 */
const AGREEMENT_WITH_THEM =
  /^(?:(?:data )?processing agreements?|(?:data processing|processor) agreements?|dpas?|(?:henkilötietojen )?käsittelysopimu\p{L}*|tietojenkäsittelysopimu\p{L}*|(?:personuppgifts)?biträdesavtal\p{L}*)(?![\p{L}])/iu;

/** Each or all of them: "with each provider", "kaikkien palveluntarjoajien kanssa", "med alla leverantörer". */
const EACH = /(?<![\p{L}])(?:each|every|all|kaikkien|jokaisen|kunkin|alla|varje|samtliga)(?![\p{L}])/iu;

/**
 * A sentence said of the parties named before it, naming no one new: where some of them are ("Some of these
 * suppliers are based in the US"), the data shared with them, the agreement made with each ("Data processing agreements are in place with
 * each provider"). Not one that gives data to someone ("Vissa av dessa uppgifter lämnas till Skatteverket") or
 * names a kind of party of its own ("Käsittelysopimus on tehty tilitoimiston kanssa").
 */
function saidOfThoseNamed(x: DraftState, sentence: string): boolean {
  if (namedParties(x, sentence).length || disclosesToSomeone(sentence)) return false;
  // "Useat edellä mainituista palveluntarjoajista ovat yhdysvaltalaisia yrityksiä": their kind named again, no one new.
  if (SOME_OF_THEM.test(sentence) || THEIR_DATA.test(sentence)) return true;
  return !recipientRole(sentence).role && AGREEMENT_WITH_THEM.test(sentence) && (EACH.test(sentence) || !PARTY.test(sentence));
}

/** A sentence that goes on about what the one before it named. */
export function goesOn(sentence: string): boolean {
  return GOES_ON.test(sentence);
}

/** Finnish case endings after a name, with the "i" a name that ends in a consonant takes before them ("Vercelillä", "Googlesta", "AWS:ssä"). */
const CASE_ENDING = /(?<=\p{L})(?::|i)?(?:lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|hin|iin|seen|a|ä)$/u;

/**
 * A provider named in the genitive or another case, before its service or alone ("Googles Firebase-tjänst", "Googlen",
 * "Microsoftin", "Google's", "Vercelillä"): the provider, by the stem that names it whole ("Microsoft", not "Microsofti").
 */
export function ungenitive(name: string): string {
  const first = name.split(/\s+/u)[0]!;
  const stems = [/(?<=[^aeiouyäö])in$/u, /(?:['’:]?s|:n|n)$/u, CASE_ENDING].map((ending) => first.replace(ending, '')).filter((stem) => stem !== first);
  return stems.find((stem) => providersNamed(stem)[0] === stem) ?? name;
}

/** The controller's own name, with or without its form or more words around it ("Esimerkki ry", "Osa Esimerkki Oy", "Esimerkki"). */
export function isControllersName(x: DraftState, name: string): boolean {
  const own = [x.controller.name, x.frontCompany, x.titleCompany].flatMap((n) => (n ? [n.toLowerCase()] : []));
  const n = name.toLowerCase();
  const core = name.replace(COMPANY_SUFFIX, '').trim().toLowerCase();
  return own.some((o) => o.includes(n) || n.includes(o) || (core.length > 3 && o.includes(core)));
}

/** Companies and services a text names, other than the controller (named with or without its form: "Esimerkki ry", "Esimerkki - Exempel r.y."). */
export function namedParties(x: DraftState, text: string): string[] {
  const names = [...new Set([...companyNames(text), ...serviceNames(text), ...providersNamed(text)].map(ungenitive))];
  // One name for one party: "Google" goes where "Google Analytics" stands.
  const whole = names.filter((n, i) => !names.some((m, j) => j !== i && m.length > n.length && m.toLowerCase().includes(n.toLowerCase())));
  return whole.filter((n) => !isControllersName(x, n));
}

/** A sentence that names whom data go to: a role, a group company, a company or service, a kind of party, or a disclosure to someone; not links out to other sites. */
export function namesRecipient(x: DraftState, sentence: string): boolean {
  if (linksOut(sentence)) return false;
  return Boolean(recipientRole(sentence).role) || namesGroupCompany(sentence) || namedParties(x, sentence).length > 0 || PARTY.test(sentence) || disclosesToSomeone(sentence);
}

/**
 * A denial that names a recipient all the same: by its role or name anywhere in it ("ei luovuteta,
 * paitsi viranomaisille"), or by a party or a purpose in its exception ("annat än i syfte att …").
 */
function deniedButNamed(x: DraftState, sentence: string): boolean {
  if (!hasException(sentence)) return false;
  if (recipientRole(sentence).role || namesGroupCompany(sentence) || namedParties(x, sentence).length) return true;
  const clause = exceptionClause(sentence);
  return clause !== undefined && (namesRecipient(x, clause) || PURPOSE.test(clause));
}

/** The controller's own people or use: "only the board has access", "tiedot ovat vain yhdistyksen käytössä" name no recipient. */
const OWN_PEOPLE =
  /työntekijä|henkilökun|henkilöstö|hallitu|toimihenkilö|luottamushenkilö|(?<![\p{L}])käytössä(?![\p{L}])|anställd|personalen|styrelse|förtroendevald|internt bruk|eget bruk|\bemployees?\b|\bstaff\b|\bboard\b|\bpersonnel\b|\binternal use\b/iu;

export type SentenceKind = 'denial' | 'recipient' | 'goes-on' | 'own-people' | 'other';

/** What a sentence of a recipients section says; `after` tells whether a recipient stands right before it. */
/**
 * Parties denied a use of the data of their own: "Kolmansilla osapuolilla ei ole oikeutta käyttää meiltä
 * saamiaan tietoja", "Leverantörerna får inte använda uppgifterna för egna syften", "They may not use the
 * data for their own purposes". It limits those who get the data; it names no one who does.
 */
export const NO_USE_OF_THEIR_OWN =
  /(?<![\p{L}])ei(?:vät)? (?:ole )?(?:oikeutta|lupaa) (?:\p{L}+ )?(?:käyttää|käsitellä|hyödyntää)|(?<![\p{L}])(?:får|har) (?:\p{L}+ )?(?:inte|ingen rätt att) (?:\p{L}+ )?(?:använda|behandla)|\b(?:may|must|can|are) not (?:be (?:allowed|permitted) to )?(?:use|process)\b|\b(?:are|is) not (?:allowed|permitted|entitled) to (?:use|process)\b|\bhave no right to (?:use|process)\b/iu;

/**
 * What goes to the party is said to be no personal data: "Tilaajalle toimitetaan vain tuntiraportit, ei yksilöityjä
 * henkilötietoja", "endast anonymiserad statistik, inga personuppgifter", "only aggregate reports, no personal data".
 */
const NO_PERSONAL_DATA =
  /(?<![\p{L}])(?:ei|eikä|eivät)\s+(?!mui\p{L}*\s)(?:\p{L}+\s+)?(?:yksilö\p{L}*\s+)?henkilötieto\p{L}*|(?<![\p{L}])(?:inga|inte några|aldrig)\s+(?!andra\s)(?:\p{L}+\s+)?personuppgifter|\bno (?!other\s|further\s|more\s)(?:\p{L}+ )?personal (?:data|information)\b/iu;

export function sentenceKind(x: DraftState, sentence: string, after: boolean): SentenceKind {
  if (NO_PERSONAL_DATA.test(sentence) && !NOT_DISCLOSED.test(sentence)) return 'other';
  if (NOT_DISCLOSED.test(sentence)) return deniedButNamed(x, sentence) ? 'recipient' : hasException(sentence) || AS_A_RULE.test(sentence) ? 'other' : 'denial';
  // Disclosed to parties named by kind only when the person consents or the law requires it ("Tietoja luovutetaan
  // kolmansille osapuolille vain käyttäjän suostumuksella tai lain velvoittamista syistä"): a limit, no recipient.
  if (disclosedOnlyByConsentOrLaw(sentence) && !namedParties(x, sentence).length) return 'other';
  if (after && goesOn(sentence)) return 'goes-on';
  // Said of the parties a list or a sentence before named, after it or not: where they are, the agreement made with each of them.
  if (saidOfThoseNamed(x, sentence)) return 'other';
  // A use denied parties named by kind only ("Kolmansilla osapuolilla ei ole oikeutta käyttää …") names no one; "… Posti Oy:lle, jolla ei ole oikeutta …" does.
  if (NO_USE_OF_THEIR_OWN.test(sentence) && !namedParties(x, sentence).length) return 'other';
  return namesRecipient(x, sentence) ? 'recipient' : OWN_PEOPLE.test(sentence) ? 'own-people' : 'other';
}

/** A sentence that says no more than the role of those named before it ("Vi kontrollerar våra personuppgiftsbiträden"). */
export function onlyRole(x: DraftState, sentence: string): boolean {
  return Boolean(recipientRole(sentence).role) && !namedParties(x, sentence).length && !PARTY.test(sentence) && !disclosesToSomeone(sentence);
}
