/**
 * Where a finding on the draft register stands in the original notice: at the sentence its value came
 * from (the one that holds the words the message quotes, where the value has several), or, for
 * something missing, at the section of the original where it belongs, at the first sentence that
 * speaks of it, or at the start of the register's notice.
 */
import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import type { SectionKind } from '../import/headings.js';
import { findWords, names } from '../check/words.js';
import { isEea, providers } from '../data/data.js';
import { sentences } from '../import/draft/text.js';
import { DATA_LEAD_IN, enumerates } from '../import/recognise/data.js';
import { NOT_PERSONAL } from '../check/anonymous-words.js';
import { findDate } from '../import/recognise/dates.js';
import { pathAtOffset, type PathSegment } from '../load/yaml-ast.js';
import type { LegalBasis } from '../types.js';
import { basisOfPurpose } from './bases-said.js';
import { BASIS_OF } from './parts-said.js';
import { FORMAT_WORDS } from './format-words.js';
import { messageIdOf } from './message-id.js';
import { comparable, findPassage, type Passage } from './passages.js';

/** The parts of a notice where what a rule misses belongs, in order of preference. */
const BELONGS: Readonly<Record<string, readonly SectionKind[]>> = {
  'controller-contact': ['controller', 'contact'],
  'business-id': ['controller'],
  'dpo-contact': ['dpo', 'controller', 'contact'],
  'representative': ['controller'],
  'legal-basis': ['legal_basis', 'purposes'],
  'legitimate-interest': ['legitimate_interest', 'legal_basis', 'purposes'],
  'consent-withdrawal': ['consent', 'legal_basis', 'purposes'],
  'right-to-object': ['rights', 'purposes'],
  'data-categories': ['data_categories'],
  'provision-requirement': ['provision', 'data_categories'],
  'data-sources': ['sources'],
  'recipients': ['recipients'],
  'transfer-consistency': ['transfers', 'recipients'],
  'transfer-mechanism': ['transfers'],
  'provider-transfer': ['transfers', 'recipients'],
  'retention': ['retention'],
  'automated-decisions': ['automated_decisions'],
  'notice-date': ['date', 'changes'],
  'special-category-condition': ['legal_basis', 'data_categories'],
  'personal-identity-code': ['data_categories'],
};

/** Where a part of the register a key names is written about, for a finding on that key with no text of its own. */
const KEY_BELONGS: Readonly<Record<string, readonly SectionKind[]>> = {
  transfers: ['transfers', 'recipients'],
  recipients: ['recipients'],
  retention: ['retention'],
  sources: ['sources'],
  legal_bases: ['legal_basis', 'purposes'],
  automated_decisions: ['automated_decisions'],
};

/**
 * Words of a passage that speaks of what a rule misses, for a notice without a section about it: who
 * the controller and the DPO are, whether data must be given, what data are collected, where they are
 * and whether they leave the EU, to whom they go, how long they are kept, on what basis they are
 * processed, the personal identity code, withdrawing consent.
 */
const SPEAKS_OF: Readonly<Record<string, RegExp>> = {
  'controller-contact':
    /rekisterinpitäjä|rekisterin pitäjä|rekisterin ylläpitäjä|rekisteriä ylläpitää|ylläpitää (?:\p{L}+ )?rekisteriä|personuppgiftsansvarig|ansvarig för behandlingen|data controller|(?<!\p{L})controller(?!\p{L})|responsible for (?:the )?processing|(?<!\p{L})(?:vid frågor|kysymyksissä|kysyttävää|if you have (?:any )?questions)(?!\p{L})/iu,
  'dpo-contact': /tietosuojavastaava|dataskyddsombud|data protection officer/iu,
  'data-sources': /tietolähte|lähteistä|saadaan|källor|offentliga register|andra register|tredje part|inhämta|hämtas från|third part|(?<!\p{L})sources?(?!\p{L})|obtained from|received from/iu,
  'provision-requirement':
    /pakollinen|pakollisia|vapaaehtoinen|valinnainen|obligatorisk|frivillig|mandatory|required|optional|tallennetaan|keräämme|kerätään|tallennetaan|samlar in|we collect|information we collect|seuraavat (?:henkilö)?tiedot|seuraavia (?:henkilö)?tietoja|följande (?:person)?(?:uppgifter|information)|the following (?:personal )?(?:data|information)/iu,
  'transfer-consistency': /(?<!\p{L})(?:EU|ETA|EEA|EES|ETA:n|EU:n|euroop\p{L}*|siirre\p{L}*|siirto\p{L}*|överför\p{L}*|tredje ?land|third countr\p{L}*|kolmansi\p{L}* mai\p{L}*)(?!\p{L})/iu,
  'recipients': /luovut|vastaanot|palveluntarjoaj|käsittelijä|alihankkij|lämnas ut|delas med|lämnar ut|leverantör|personuppgiftsbiträd|disclos|shared? with|recipient|service providers?|processors?(?!\p{L})/iu,
  'retention': /säilyt|poistet|poistaa|lagra|sparas|raderas|gallras|retain|kept for|delete/iu,
  'legal-basis': /oikeusperust|käsittelyn peruste|rättslig\p{L}* grund|legal basis|lawful basis|(?<!\p{L})(?:laglig|lainmukai\p{L}*|lawful(?:ly)?)(?!\p{L})/iu,
  'personal-identity-code': /henkilötunnu|personbeteckning|personnummer|identity code|social security number/iu,
  'legitimate-interest': /oikeutet\p{L}*\s+e[td]\p{L}*|oikeutet\p{L}*\s+(?:(?!\p{L}+m[aä][aä]n\s)\p{L}+\s+){1,2}?e(?:tu|dun|tuun|tujen|dut|tuja|tua|tuna)(?!\p{L})|berättiga\p{L}*\s+intresse\p{L}*|legitimate\s+interests?|intresseavvägning/iu,
  'consent-withdrawal': /(?:peru\p{L}*|peruutt\p{L}*|återkall\p{L}*|withdraw\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:suostumu|samtyck|consent)|(?:suostumu|samtyck|consent)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:peru|återkall|withdraw)/iu,
};

/** Rules whose missing part is found by the words that speak of it before the section it belongs to. */
const WORDS_FIRST = new Set(['transfer-consistency', 'provider-transfer', 'personal-identity-code', 'legal-basis/notMapped', 'consent-withdrawal', 'legitimate-interest/registerMissing']);

/** Rules whose missing part stands at the first sentence of its section (where the data are listed, who the controller or officer is), not its heading. */
const AT_FIRST_SENTENCE = new Set(['provision-requirement', 'dpo-contact']);

export interface Place {
  line: number;
  /** The passage the finding stands at, when it stands at one. */
  passage?: Passage;
  /** The path of the register's node the finding was made at; `[]` for something it leaves out altogether. */
  path: PathSegment[];
}

/** The strings under a value, depth first: the texts a draft value was made of. */
function stringsUnder(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsUnder(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsUnder(v, out);
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[String(segment)] : undefined;
  return value;
}

/** A date of the draft, as the register format writes it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The passages that give a date of the draft, in whatever form the notice writes it ("Created: 08.09.2009" for `2009-09-08`). */
function datedAt(passages: readonly Passage[], date: string): Passage[] {
  const found = passages.find((p) => findDate(p.text)?.date === date);
  return found ? [found] : [];
}

/**
 * The passages of a value at a path, or of the nearest ancestor that has some (not the root): each
 * sentence of its texts, where the original has it. A value of the register format (`consent`,
 * `public_task`) is no text of the notice.
 */
function passagesOfPath(passages: readonly Passage[], data: unknown, path: readonly PathSegment[], start: number): Passage[] {
  // A value of a part ("Google Analytics" among the recipients) is first looked for in the sections on that part.
  const kinds = typeof path[0] === 'string' ? (KEY_BELONGS[path[0]] ?? []) : [];
  const inPart = passages.filter((p) => p.kinds.some((k) => (kinds as readonly string[]).includes(k)));
  const find = (sentence: string): Passage | undefined => (inPart.length ? findPassage(inPart, sentence, start) : undefined) ?? findPassage(passages, sentence, start);
  for (let depth = path.length; depth > 0; depth--) {
    const texts = stringsUnder(valueAt(data, path.slice(0, depth)))
      .filter((t) => !FORMAT_WORDS.has(t))
      .slice(0, 4);
    const found = texts.flatMap((text) => (ISO_DATE.test(text) ? datedAt(passages, text) : text.split('\n').flatMap((line) => sentences(line)).flatMap((s) => find(s) ?? [])));
    if (found.length) return [...new Set(found)];
  }
  return [];
}

/** The words a message quotes (`…`), without the keys and values of the register format it also quotes. */
export function quotes(message: string): string[] {
  return [...message.matchAll(/`([^`]{3,})`/gu)]
    // A provider quoted with the country it is established in ("`Google (US)`") is named in the notice without it.
    .map((m) => m[1]!.replace(/…$/u, '').replace(/\s+\([A-Z]{2}\)$/u, ''))
    .filter((q) => !FORMAT_WORDS.has(q))
    .map((q) => comparable(q).slice(0, 60));
}

/** Of some passages in the order of the original, the last at or before a passage, else the first after it. */
function nearest(passages: readonly Passage[], to: Passage): Passage | undefined {
  return passages.filter((p) => p.line <= to.line).at(-1) ?? passages[0];
}

/**
 * The passage that holds the words a message quotes: one of the value's own sentences, else the last
 * before them in the same section of the register's notice (a name before its address), else the first
 * in the register's notice. A single word the value's sentences do not hold is not looked for
 * elsewhere: a hedge such as "voimme" stands in many sentences.
 */
function quoted(passages: readonly Passage[], message: string, own: readonly Passage[], start: number): Passage | undefined {
  for (const needle of quotes(message)) {
    const holding = passages.filter((p) => comparable(p.text).includes(needle));
    if (!holding.length) continue;
    const mine = holding.find((p) => own.includes(p));
    if (mine) return mine;
    const section = own[0] && nearest(holding.filter((p) => p.sectionLine === own[0]!.sectionLine && p.line >= start), own[0]);
    if (section) return section;
    if (own.length && !needle.includes(' ')) continue;
    const inRegister = holding.filter((p) => p.line >= start);
    return (inRegister.length ? inRegister : holding)[0];
  }
  return own[0];
}

/** The first passage of the first section of a kind in order, at its heading or at its first sentence. */
function sectionOf(passages: readonly Passage[], kinds: readonly SectionKind[], firstSentence: boolean): Passage | undefined {
  for (const kind of kinds) {
    const found = passages.find((p) => p.kinds.includes(kind));
    if (!found) continue;
    const sentence = firstSentence ? passages.find((p) => p.sectionLine === found.sectionLine && !p.heading) : undefined;
    return sentence ?? { ...found, line: found.sectionLine };
  }
  return undefined;
}

/** The names of EU law, which say "EU" without speaking of where data go: "EU:n tietosuoja-asetus", "EU:s dataskyddsförordning", "the EU General Data Protection Regulation", "Regulation (EU) 2016/679". */
const GDPR_NAME = /(?<!\p{L})(?:EU:n|EU:s|EU|the EU|Euroopan unionin)\s+(?:yleise\p{L}*\s+)?(?:tietosuoja-asetu\p{L}*|dataskyddsförordning\p{L}*|general data protection regulation|gdpr)|\((?:EU|EY|EC|EG)\)\s*(?:N:o|nr|No\.?)?\s*\d{2,4}\/\d+/giu;

/** The rules whose words are looked for in what a sentence says of transfers, not in the regulation's name. */
const TRANSFER_WORDS = new Set(['transfer-consistency', 'provider-transfer']);

function speaksOf(passages: readonly Passage[], ruleId: string, start: number): Passage | undefined {
  const words = SPEAKS_OF[TRANSFER_WORDS.has(ruleId) ? 'transfer-consistency' : ruleId];
  if (!words) return undefined;
  const text = (p: Passage): string => (TRANSFER_WORDS.has(ruleId) ? p.text.replace(GDPR_NAME, ' ') : p.text);
  // The rights speak of moving data to another service ("tietojen siirtoa"), not of where they are.
  const about = (p: Passage): boolean => !(TRANSFER_WORDS.has(ruleId) && (p.kinds.includes('rights') || onlyMoving(p, text(p))));
  return passages.find((p) => p.line >= start && about(p) && words.test(text(p)));
}

/** Words of moving data that say nothing of where to: "siirretyn datan määrä", "överförd data". */
const MOVING = /(?<!\p{L})(?:siirre\p{L}*|siirto\p{L}*|överför\p{L}*)(?!\p{L})/giu;

/** A passage outside a part on transfers whose only word of transfers is one of moving data ("siirretyn datan määrä" in a list of data): it says nothing of where they go. */
function onlyMoving(p: Passage, text: string): boolean {
  return !p.kinds.includes('transfers') && !SPEAKS_OF['transfer-consistency']!.test(text.replace(MOVING, ' '));
}

/** A form a person fills in, where data are given: "yhteydenottolomake", "kontaktformulär", "contact form". */
const FORM = /lomak\p{L}*|formulär\p{L}*|(?:contact|web|online|registration|sign-?up|order|booking|enquiry|inquiry)\s+forms?(?!\p{L})/iu;

/**
 * Where a notice that neither has a section on what a rule misses nor speaks of it should have said
 * it: where it speaks of a related thing (whether data must be given, at the form they are given in;
 * transfers, where data go to anyone: "vastaanotetut tiedot"), else in its section on what the data
 * are used for or what they are (for how long they are kept, what they are first).
 */
const FALLBACK: Readonly<Record<string, { near?: RegExp; kinds: readonly SectionKind[] }>> = {
  'provision-requirement': { kinds: ['purposes'] },
  'transfer-consistency': { near: SPEAKS_OF['recipients']!, kinds: ['purposes', 'data_categories'] },
  recipients: { kinds: ['purposes', 'data_categories'] },
  // How long data are kept belongs where the notice says what data it has.
  retention: { kinds: ['data_categories', 'purposes'] },
};

function lastResort(passages: readonly Passage[], ruleId: string, start: number): Passage | undefined {
  const fallback = FALLBACK[ruleId];
  if (!fallback) return undefined;
  const { near, kinds } = fallback;
  return (near && passages.find((p) => p.line >= start && !p.heading && near.test(p.text))) || sectionOf(passages, kinds, false);
}

/** Rules about transfers: a notice that says nothing of them is read where it names a provider outside the EEA. */
const TRANSFER_RULES = new Set(['transfer-consistency', 'provider-transfer', 'transfer-mechanism']);
const OUTSIDE_PROVIDERS = providers.providers.filter((p) => !isEea(p.country)).map((p) => names(p.names));

/** The parts that say who the controller is and how to reach it: a mailbox there ("…@gmail.com") is no place to say where data go. */
const CONTACT_PARTS: readonly Passage['kinds'][number][] = ['controller', 'contact', 'contact_person', 'dpo'];

/** The parts that say where data go: a provider named there is named as a recipient, not only for the data it observes. */
const WHERE_DATA_GO: readonly Passage['kinds'][number][] = ['recipients', 'transfers'];

/** An e-mail address: a mailbox at a provider ("…@gmail.com") is no place to say where data go. */
const MAILBOX = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * The first sentence that names a provider outside the EEA, in the recipients or transfers if they name one,
 * else anywhere but the contact details; not in a mailbox's address.
 */
function namesProviderOutside(passages: readonly Passage[], ruleId: string, start: number): Passage | undefined {
  if (!TRANSFER_RULES.has(ruleId)) return undefined;
  const names = (p: Passage) => OUTSIDE_PROVIDERS.some((pattern) => findWords(p.text.replace(MAILBOX, ' '), pattern).length > 0);
  const naming = passages.filter((p) => p.line >= start && !p.kinds.some((k) => CONTACT_PARTS.includes(k)) && names(p));
  return naming.find((p) => p.kinds.some((k) => WHERE_DATA_GO.includes(k))) ?? naming[0];
}

function wordsFirst(d: Diagnostic): boolean {
  return WORDS_FIRST.has(d.ruleId) || WORDS_FIRST.has(`${d.ruleId}/${messageIdOf(d) ?? ''}`);
}

/** The first sentence that speaks of what a rule misses, or names a provider it is about. */
function spoken(passages: readonly Passage[], d: Diagnostic, start: number): Passage | undefined {
  return speaksOf(passages, d.ruleId, start) ?? namesProviderOutside(passages, d.ruleId, start);
}

/**
 * A person registering, or the data given when they do, where the data are given: "Om du registrerar
 * dig", "vid anmälan", "ilmoittautuessasi", "when you sign up", "the information given when booking",
 * "uppgifter som lämnas vid bokningen", "varauksen yhteydessä annetut tiedot".
 */
const REGISTERING = /registrera[rs]?\s+(?:dig|sig)|(?<!\p{L})anmäl(?:er|a)\s+(?:dig|sig)|(?<!\p{L})(?:vid|efter|före)\s+anmälan|ilmoittautu\p{L}*|rekisteröity(?:essä|essäsi|essään)|rekisteröitymisen yhteydessä|rekisteröidyttyä|rekisteröidy(?!\p{L})|sign(?:s|ing)?[- ]up|(?<!\p{L})(?:you|when you|once you|if you)\s+register(?!\p{L})|(?:when|while|by|on|upon)\s+registering|(?:upon|at|on|during)\s+registration|(?:information|data)\s+(?:you\s+)?(?:given|provided|submitted)\s+(?:by\s+you\s+)?(?:when|while|during|upon|in)(?!\p{L})|(?:vid|i samband med)\s+registrering|uppgifter\s+som\s+(?:du\s+|(?:medlem|medlemmen|kund|kunden|deltagare|deltagaren)(?:\s+själv)?\s+)?(?:lämnar|lämnas|anger|uppger)\s+(?:vid|när|i)(?!\p{L})|yhteydessä\s+anne(?:tut|ttavat)\s+(?:henkilö)?tiedot|tiedot,?\s+jotka\s+(?:annat|annetaan|ilmoitat)\s+(?:\p{L}+\s+){0,2}(?:yhteydessä|kautta|tehdessäsi)/iu;

/**
 * Where the person gives the data, for a finding on whether they must in a notice with no section that
 * lists them: the first sentence of a form or a registration ("Yhteystiedot-sivun lomakkeen kautta
 * lähetetyt tiedot", "Om du registrerar dig").
 */
function givenAt(passages: readonly Passage[], d: Diagnostic, start: number): Passage | undefined {
  if (d.ruleId !== 'provision-requirement') return undefined;
  return passages.find((p) => p.line >= start && !p.heading && !recorded(p.text) && (FORM.test(p.text) || REGISTERING.test(p.text)));
}

/**
 * Where the notice says what suggests profiling, for a finding that asks whether automated decisions
 * are made, in a notice with no part on them: the first sentence outside the part on the rights that
 * holds a word it quotes ("general profiles … personalised marketing"); the rights speak of profiling
 * only as what a right covers.
 */
function mentionedAt(passages: readonly Passage[], d: Diagnostic, start: number): Passage | undefined {
  if (d.ruleId !== 'automated-decisions' || sectionOf(passages, BELONGS[d.ruleId]!, false)) return undefined;
  const words = quotes(d.message);
  return passages.find((p) => p.line >= start && !p.heading && !p.kinds.includes('rights') && words.some((w) => comparable(p.text).includes(w)));
}

/** Data the person gives: "antamiasi tietoja", "som du lämnar", "the information you provide". */
const GIVEN =
  /(?<!\p{L})(?:antama\p{L}*|(?:jotka|joita|jonka|minkä)\s+annat|annetaan|annetut|ilmoittama\p{L}*|ilmoitat|(?:du|ni)\s+(?:själv\s+)?(?:lämnar|anger|uppger|fyller i)|lämnas av dig|you\s+(?:\p{L}+\s+)?(?:provide|give|submit|enter)|provided by you|given by you)(?!\p{L})/iu;

/**
 * Where the notice lists the data, for a finding on whether they must be given in a notice with no
 * section on them: the sentences outside the contact details and the cookies that lead in to a list of data
 * ("Vi registrerar följande personuppgifter om medlemmarna:") or name them ("Personuppgifter som sparas
 * är namn, personnummer, mailadress, telefonnummer"), not data recorded of the person or of no one.
 */
function listedAt(passages: readonly Passage[], d: Diagnostic, start: number): Passage[] {
  if (d.ruleId !== 'provision-requirement') return [];
  const lists = (p: Passage): boolean => DATA_LEAD_IN.test(p.text) || enumerates(p.text);
  return passages.filter((p) => p.line >= start && !p.heading && !p.kinds.some((k) => CONTACT_PARTS.includes(k) || k === 'cookies') && !recorded(p.text) && lists(p));
}

/** Data recorded of the person, or of no one: cookies, logs, the browser, the IP address, anonymous data. No one is asked to give them. */
const RECORDED = /eväst\p{L}*|cookie\p{L}*|kakor\p{L}*|analytii\p{L}*|analytics|ip[- ]?(?:osoit|adress|address)\p{L}*|selaim\p{L}*|browser\p{L}*|webbläsar\p{L}*|lokitie\p{L}*|log data|loggdata/iu;

function recorded(text: string): boolean {
  return RECORDED.test(text) || findWords(text, NOT_PERSONAL).length > 0;
}

/**
 * Where what a rule misses belongs: its section; where the data are listed, as given by the person first; where
 * they are given on a form; the first sentence that speaks of it; or where it should have been said.
 */
function belongs(passages: readonly Passage[], d: Diagnostic, start: number): Passage | undefined {
  const section = sectionOf(passages, BELONGS[d.ruleId] ?? [], AT_FIRST_SENTENCE.has(d.ruleId));
  const listing = section ? [] : listedAt(passages, d, start);
  const listedGiven = listing.find((p) => GIVEN.test(p.text));
  return section ?? listedGiven ?? listing[0] ?? givenAt(passages, d, start) ?? spoken(passages, d, start) ?? lastResort(passages, d.ruleId, start);
}

/** A contact detail in a sentence: an e-mail address, a phone number, a street address. */
const CONTACT_DETAIL = /@|\+?\d[\d ]{5,}\d|(?<!\p{L})\p{L}+(?:katu|tie|kuja|väg|vägen|gatan|street|road)\s+\d/iu;

/**
 * A reachability finding on the controller (no e-mail, no address) stands where the notice gives the
 * controller's contact details: of the sentences in a section about the controller or about contacting
 * it that hold the name it quotes (not as the domain of an address), the last that holds a contact
 * detail, or else the last of the controller's own section, or else the last; in a notice with no such section, the sentence that gives the controller's
 * e-mail or phone in the part where the text names it, else the sentence that names it ("Raknalon.se
 * ("vi", "oss", "vår")"), else the one that gives its e-mail or phone.
 */
function contactPlace(passages: readonly Passage[], d: Diagnostic, own: Passage | undefined, data: unknown, start: number): Passage | undefined {
  const name = quotes(d.message)[0];
  if (d.ruleId !== 'controller-contact' || !own) return own;
  // Without the controller's name to look for: the sentence that says who the controller is and gives a detail
  // ("Ansvarig för behandlingen … är info@renatum.com"), its own sentences, else the contact details a section gives.
  const saying = name ? undefined : passages.find((p) => !p.heading && SPEAKS_OF['controller-contact']!.test(p.text) && CONTACT_DETAIL.test(p.text));
  // Not a maintainer of another part's register ("sukututkimusrekisterin ylläpitäjä" under "Rekisteriasioista vastaavat henkilöt") where the controller's own section gives its details.
  if (saying && !(own.kinds.includes('controller') && !saying.kinds.includes('controller') && saying.line > own.line)) return saying;
  if (!name && (own.kinds.includes('controller') || own.kinds.includes('contact'))) return own;
  const naming = passages.filter((p) => (p.kinds.includes('controller') || p.kinds.includes('contact')) && (!name || namesOutsideAddress(p.text, name)));
  const detailed = naming.filter((p) => CONTACT_DETAIL.test(p.text));
  // The controller's own section, where it gives details, before a contact section that repeats them at the end.
  const inOwnSection = detailed.filter((p) => p.kinds.includes('controller'));
  // No part on the controller names it: where the text names it ("Raknalon.se ("vi", "oss")"), else where it gives its e-mail.
  const namesIt = (p: Passage): boolean => !p.heading && namesOutsideAddress(p.text, name ?? '');
  const named = name ? (passages.find((p) => p.line >= start && namesIt(p)) ?? passages.find(namesIt)) : undefined;
  const giving = givingContact(passages, data);
  const near = giving && named && giving.sectionLine === named.sectionLine ? giving : undefined;
  // Else where a line names it with its role ("Tietosuojasta vastaava rekisterinpitäjä: ValintaGuru Oy"), not a company card at the page's end.
  const withRole = naming.find((p) => SPEAKS_OF['controller-contact']!.test(p.text));
  return inOwnSection.at(-1) ?? detailed.at(-1) ?? naming.filter((p) => p.kinds.includes('controller')).at(-1) ?? withRole ?? naming.at(-1) ?? near ?? named ?? giving ?? own;
}

/** The text names `name` other than as the domain of an e-mail or web address ("info@raknalon.se" does not name "Raknalon.se"). */
function namesOutsideAddress(text: string, name: string): boolean {
  const plain = comparable(text).replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/gu, ' ');
  return plain.includes(name);
}

/** The sentence that gives the controller's e-mail address or phone number, as the draft has them. */
function givingContact(passages: readonly Passage[], data: unknown): Passage | undefined {
  const details = ['email', 'phone'].map((key) => valueAt(data, ['controller', key])).filter((v): v is string => typeof v === 'string' && v.length > 3);
  return passages.find((p) => details.some((v) => comparable(p.text).includes(comparable(v))));
}

/** A sentence that says what the data are used for: "tietoja käytetään", "käsittelyn tarkoitus on", "we use", "används för". */
const SAYS_USE =
  /(?<!\p{L})(?:används|användas|käytetään|käytämme|we use|is used|are used|used for|used to|(?:käsittelyn )?tarkoitus on|tarkoituksena on|(?:the )?purpose (?:of the processing )?is|ändamålet (?:med behandlingen )?är|syftet (?:med behandlingen )?är)(?!\p{L})/iu;
const DENIED = /(?<!\p{L})(?:inte|ej|ei|not|no|never|aldrig)(?!\p{L})/iu;

/**
 * In a section about several parts ("Tarkoitukset, tietoryhmät ja oikeusperusteet"), the sentence that
 * speaks of the one a finding is about, rather than the section's heading.
 */
function withinSection(passages: readonly Passage[], section: Passage | undefined, words: RegExp): Passage | undefined {
  if (!section?.heading || section.kinds.length < 2) return section;
  return passages.find((p) => p.sectionLine === section.sectionLine && !p.heading && words.test(p.text)) ?? section;
}

/**
 * Of the sentences that name a basis, the first in a section on the bases alone, else in one on bases or purposes
 * ("sopimus" said of the controller's contractors is none; "administrera vårt avtal" in a list of purposes
 * headed "Ändamål … och rättslig grund" comes before "Rättslig grund för behandlingen", which states them).
 */
function namingBasis(naming: readonly Passage[]): Passage | undefined {
  return naming.find((p) => p.kinds.includes('legal_basis') && !p.kinds.includes('purposes')) ?? naming.find((p) => p.kinds.includes('legal_basis') || p.kinds.includes('purposes')) ?? naming[0];
}

/**
 * Findings on a missing basis, or on special categories a purpose reveals, stand where the notice
 * gives (or should give) its bases, when it has a section on them; a missing basis of purposes read
 * outside any section on purposes, at its own sentence that says what the data are used for, else the
 * first such sentence of the notice.
 */
function basisPlace(passages: readonly Passage[], d: Diagnostic, own: readonly Passage[], start: number, path: readonly PathSegment[]): Passage | undefined {
  const id = `${d.ruleId}/${messageIdOf(d) ?? ''}`;
  // Bases listed without their purposes, or legitimate interests listed by a public authority: where the notice names them, not the heading above.
  if (id === 'legal-basis/notMapped') return namingBasis(passages.filter((p) => p.line >= start && !p.heading && BASIS_OF.some(([, re]) => findWords(p.text, re).length > 0)));
  if (id === 'legal-basis/publicAuthorityBases') return passages.find((p) => p.line >= start && !p.heading && BASIS_OF.some(([b, re]) => b === 'legitimate_interests' && findWords(p.text, re).length > 0));
  if (!['legal-basis/missing', 'legal-basis/missingMany', 'special-category-condition/undeclared'].includes(id)) return undefined;
  // Special data a purpose reveals want the basis the purpose rests on; those said elsewhere stand where they are said.
  if (id.startsWith('special') && path[0] !== 'purposes') return undefined;
  const section = withinSection(passages, sectionOf(passages, ['legal_basis'], false), SPEAKS_OF['legal-basis']!);
  if (section || id.startsWith('special') || own.some((p) => p.kinds.includes('purposes'))) return section;
  const saysUse = (p: Passage): boolean => SAYS_USE.test(p.text) && !DENIED.test(p.text);
  return own.find(saysUse) ?? passages.find((p) => p.line >= start && saysUse(p));
}

/**
 * A detail of the DPO that the notice gives for the controller too (the switchboard's number): where
 * it stands beside the DPO's name or title, not the first time, in the controller's own part.
 */
function ofDpo(passages: readonly Passage[], own: Passage[], path: readonly PathSegment[], start: number, data: unknown): Passage[] {
  const value = valueAt(data, path);
  if (path[0] !== 'dpo' || own.length !== 1 || typeof value !== 'string') return own;
  const besideName = passages.find(
    (p, i) =>
      p.line >= start && comparable(p.text).includes(comparable(value)) && passages.slice(Math.max(0, i - 2), i + 1).some((q) => SPEAKS_OF['dpo-contact']!.test(q.text)),
  );
  return besideName ? [besideName] : own;
}

/** The place in the original of a finding on the draft (its text, its parsed document and its data). */
export function placeFinding(
  d: Diagnostic,
  draft: { text: string; doc: Document; data: unknown; lineStarts: readonly number[] },
  passages: readonly Passage[],
  start: number,
): Place {
  const offset = (draft.lineStarts[d.line - 1] ?? 0) + d.column - 1;
  // A finding on the register as a whole (something missing) is reported at its first key.
  const path = pathAtOffset(draft.doc, offset);
  // A public authority's missing officer is about the register as a whole: it belongs with the controller.
  const root = path.length === 0 || messageIdOf(d) === 'publicAuthority';
  const own = ofDpo(passages, passagesOfPath(passages, draft.data, path, start), path, start, draft.data);
  const keyed = typeof path[0] === 'string' && !own.length ? sectionOf(passages, KEY_BELONGS[path[0]] ?? [], false) : undefined;
  // A provider named without its transfer is answered where the notice speaks of transfers, if it has a section on them.
  const transfers = d.ruleId === 'provider-transfer' ? sectionOf(passages, ['transfers'], true) : undefined;
  const at =
    transfers ??
    basisPlace(passages, d, own, start, path) ??
    mentionedAt(passages, d, start) ??
    (root ? undefined : contactPlace(passages, d, quoted(passages, d.message, own, start), draft.data, start)) ??
    (wordsFirst(d) ? spoken(passages, d, start) : undefined) ??
    keyed ??
    belongs(passages, d, start);
  const place = notRecorded(passages, d, at);
  return place ? { line: place.line, passage: place, path } : { line: start, path };
}

/**
 * Data recorded of the person (an IP address, cookies) where a finding on whether to give data stands: it is asked
 * where the same part says what data the person gives, if it does.
 */
function notRecorded(passages: readonly Passage[], d: Diagnostic, at: Passage | undefined): Passage | undefined {
  if (!at || d.ruleId !== 'provision-requirement' || !recorded(at.text)) return at;
  return passages.find((p) => p.sectionLine === at.sectionLine && p.line > at.line && !p.heading && !recorded(p.text) && GIVEN.test(p.text)) ?? at;
}

/** The basis a finding on one purpose is about: the law of `public_task`, or the interest of `legitimate_interests`. */
function basisAbout(d: Diagnostic): LegalBasis | undefined {
  const id = `${d.ruleId}/${messageIdOf(d) ?? ''}`;
  if (id === 'legitimate-interest/missing') return 'legitimate_interests';
  return id === 'legal-basis/lawMissing' ? 'public_task' : undefined;
}

/**
 * A purpose's missing law or interest belongs beside its basis: the passage that states the basis of the
 * purpose a finding stands at, where the notice states it apart from the purpose.
 */
export function besideItsBasis(d: Diagnostic, at: Passage | undefined, passages: readonly Passage[]): Passage | undefined {
  const basis = basisAbout(d);
  return at && basis ? basisOfPurpose(passages, at, basis) : at;
}
