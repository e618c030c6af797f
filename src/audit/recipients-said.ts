/**
 * What a published notice says, in its own words, of whom its data go to: a party named in a sentence
 * that gives data out, or a plain denial that data are disclosed at all. The draft holds the recipients
 * the import read; a notice that names them, or denies there are any, in words the import did not read
 * does not lack them.
 */
import { providers } from '../data/data.js';
import { findWords, names, words } from '../check/words.js';
import { NEGATION, OUTSIDE } from '../check/transfer-words.js';
import { hasException } from '../import/recognise/exceptions.js';
import { NOT_DISCLOSED } from '../import/recognise/not-disclosed.js';
import type { Passage } from './passages.js';
import { COMPLAINT } from './rights-words.js';

/** To whom data go: a verb of giving them and a party named after it. */
const DISCLOSES = /(?<!\p{L})(?:luovute\p{L}*|luovutta\p{L}*|luovutamme|jaamme|jaetaan|välitetään|välitämme|toimitetaan|toimitamme)(?!\p{L})/iu;
/** A party in the allative ("järjestäjille"), not one that says nothing of who it is. */
const TO_PARTY_FI = /(?<!\p{L})(?!(?:muille|kolmansille|ulkopuolisille|ulkopuolelle|osapuolille|tahoille|henkilölle|henkilöille|kumppaneille|yhteistyökumppaneille|palveluntarjoajille|vastaanottajille|kuuluville|sinulle|meille|hänelle|heille|rekisteröidylle|asiakkaalle)(?!\p{L}))\p{L}{4,}(?:ille|lle)(?!\p{L})/iu;
/** "provide England Athletics with your data", "shared with Acme", "delar … till Distriktet". */
const TO_NAMED = /(?:\b(?:share|shared|disclose|disclosed|provide|provided|pass|passed|send|sent|transfer|transferred)\b[^.]*?\b(?:with|to)\s+|\bprovide\s+(?=\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*\s+with\b)|\b(?:delar|delas|lämnar ut|lämnas ut|skickar|skickas|överlämnar|överlämnas)\b[^.]*?\b(?:till|med)\s+)(?!(?:The|Our|Your|Any|Other|Third|Tredje|Andra)\b)\p{Lu}/u;

/** A party named by its letters as the one given the data, as the subject of a passive: "IAPR delges därför årligen information om … namn"; not a word that opens a sentence ("Medlemmarna delges …"). */
const PARTY_GIVEN = /(?<![\p{L}])\p{Lu}{2,}[\p{L}&-]*\s+(?:delges|receives (?:your |the )?(?:personal )?(?:data|information))(?![\p{L}])/u;

const PROVIDERS = providers.providers.map((p) => names(p.names));

function negated(text: string): boolean {
  return findWords(text, NEGATION).length > 0;
}

/** Data passed through or kept at a provider: "välitetään Expon … kautta", "palvelin sijaitsee Hetzner Online GmbH:n konesalissa", "stored with". */
const THROUGH = /(?<!\p{L})(?:kautta|välityksellä|konesali\p{L}*|palvelimill\p{L}*|via|through|hos|stored (?:with|at|by)|hosted (?:by|at|with))(?!\p{L})/iu;
/** What is done with the data there: passed on, sent, kept, hosted (not where they come from, "Googlen kirjautumisen kautta"). */
const PASSED_OR_KEPT = /välite\p{L}*|välitä\p{L}*|lähete\p{L}*|lähetä\p{L}*|siirre\p{L}*|tallenne\p{L}*|säilyte\p{L}*|säilytä\p{L}*|sijaitse\p{L}*|käsitel\p{L}*|(?<!\p{L})(?:sent|delivered|stored|hosted|processed|kept|skickas|lagras|sparas|behandlas|förmedlas)(?!\p{L})/iu;

const namesProvider = (text: string): boolean => PROVIDERS.some((pattern) => findWords(text, pattern).length > 0);

/**
 * The police or another authority given the data when it asks ("Polisen får på begäran ta del av utvalt inspelat
 * material", "tallenteet luovutetaan poliisille sen pyynnöstä", "disclosed to the police on request"): a recipient named,
 * as a camera notice names it; not a complaint to an authority about a request.
 */
const AUTHORITY = String.raw`(?<!\p{L})(?:polis\p{L}*|poliisi\p{L}*|police|\p{L}*myndighet\p{L}*|\p{L}*viranomai\p{L}*|authorit\p{L}*)(?!\p{L})`;
const ON_REQUEST = String.raw`(?<!\p{L})(?:begäran|pyyn\p{L}*|request\p{L}*)(?!\p{L})`;
const GIVEN = /(?<!\p{L})(?:ta del av|tar del av|lämnas ut|lämnar ut|överlämnas|luovute\p{L}*|luovutta\p{L}*|saa\p{L}* käyttöönsä|disclosed|handed over|given to|passed to|receive[sd]?)(?!\p{L})/iu;
const AUTHORITY_ASKING = new RegExp(`${AUTHORITY}[^.;]{0,80}?${ON_REQUEST}|${ON_REQUEST}[^.;]{0,80}?${AUTHORITY}`, 'iu');

function authorityAsking(p: Passage): boolean {
  return p.kind !== 'rights' && AUTHORITY_ASKING.test(p.text) && GIVEN.test(p.text) && !COMPLAINT.test(p.text);
}

/** The notice names a party data are given to, in a sentence that gives them, or a provider they pass through or are kept at. */
export function namesRecipient(passages: readonly Passage[]): boolean {
  return passages.some(
    (p) =>
      !p.heading &&
      !negated(p.text) &&
      ((DISCLOSES.test(p.text) && TO_PARTY_FI.test(p.text.slice(p.text.search(DISCLOSES)))) || TO_NAMED.test(p.text) || PARTY_GIVEN.test(p.text) || authorityAsking(p) || (THROUGH.test(p.text) && PASSED_OR_KEPT.test(p.text) && namesProvider(p.text))),
  );
}

/** A verb of giving data out, in the words of a denial ("emme myy tai luovuta"): not selling or renting alone. */
const GIVING_OUT = /luovut|jae|jaa|anne|anna|välit|lähet|disclos|shar|pass|given|lämna|dela|överl/iu;

/**
 * Who holds data for the controller: a processor, a service or cloud provider, a data centre. Where the
 * notice speaks of one, a denial of disclosure leaves the recipients untold (processors are recipients).
 */
const PROCESSOR = words([
  'käsittelij*', 'palveluntarjoaj*', '*ohjelmistontarjoaj*', 'järjestelmätoimittaj*', 'alihankkij*', 'pilvipalvelu*', 'pilvessä', 'konesali*',
  'ulkoist*', 'processor*', 'service provider*', 'hosting', 'hosted', 'cloud', 'subcontractor*', 'data centre*', 'data center*', 'vendor*',
  'biträd*', 'personuppgiftsbiträd*', '*leverantör*', 'molntjänst*', 'datacenter', 'datahall*', 'outsourc*',
]);
function speaksOfProcessors(passages: readonly Passage[]): boolean {
  return passages.some((p) => findWords(p.text, PROCESSOR).length > 0 || PROVIDERS.some((pattern) => findWords(p.text, pattern).length > 0));
}

/** A sentence that denies all disclosure outright: not a transfer outside the EEA, not with an exception, not selling alone. */
function deniesAll(text: string): boolean {
  const denial = NOT_DISCLOSED.exec(text);
  return denial !== null && GIVING_OUT.test(denial[0]) && !hasException(text) && !findWords(text, OUTSIDE).length;
}

/** A sentence that gives data out, or says they may be: "saatetaan kuitenkin luovuttaa", "may be shared with", "lämnas ut". */
const GIVES_OUT = words([
  'luovute*', 'luovutta*', 'luovutamme', 'jaetaan', 'jaamme', 'välitetään', 'välitämme',
  'disclose', 'disclosed', 'shared with', 'share * with', 'passed on', 'passed to',
  'lämnas ut', 'lämnar ut', 'delas med', 'delar * med', 'överlämnas',
]);

/**
 * The notice says plainly that data are not disclosed, anywhere (a summary box, a paragraph before the
 * first heading), says nowhere that they are or may be after all, and speaks of no processor or provider
 * that would hold them: `recipients: none`.
 */
export function deniesDisclosure(passages: readonly Passage[]): boolean {
  const said = passages.filter((p) => !p.heading);
  if (!said.some((p) => deniesAll(p.text)) || speaksOfProcessors(passages)) return false;
  return !said.some((p) => !negated(p.text) && findWords(p.text, GIVES_OUT).length > 0);
}
