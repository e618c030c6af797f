/**
 * The facts of an old notice picked out into a register: contact details, lists of purposes, data,
 * sources and recipients, stated legal bases, transfers and periods. What cannot be mapped is kept
 * as a note with the original text; nothing is guessed (no legal basis or period the text does not state).
 */
import { isEea } from '../data/data.js';
import type { Address, Contact, LegalBasis, Recipient, Retention, Source, SourceType, Transfer, TransferMechanism } from '../types.js';
import type { Block } from './document/block.js';
import type { SectionKind } from './headings.js';
import type { Outline, Section } from './outline.js';

export type Lang = 'fi' | 'en';
export type NotePath = readonly (string | number)[];

/** A comment in the draft: a `TODO` with the original passage, or a plain remark. */
export interface Note {
  /** Where it goes: a register key (or an item of a list); `$end` for the end of the file. */
  at: NotePath;
  /** Put it after the key rather than before it. */
  after?: boolean;
  /** On the value's own line (`updated: 2018-01-01 # TODO: …`). */
  inline?: boolean;
  todo?: string;
  comment?: string;
  lines: string[];
}

export interface Draft {
  lang: Lang;
  register: Record<string, unknown>;
  notes: Note[];
  /** What was mapped, for the command's summary. */
  mapped: string[];
}

// ---------------------------------------------------------------- text helpers

const ABBREVIATIONS = /(?:^|[\s(])(?:esim|mm|jne|yms|ym|ns|n|p|puh|tel|nro|no|e\.g|i\.e|etc|vrt|ks|klo|s|v|art|mr|mrs|ms|dr|st|oy|inc|ltd|co)$/iu;

/** Sentences of a paragraph; abbreviations ("esim.", "e.g.") and dates do not end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”’)]?\s+(?=[\p{Lu}"”(])/gu;
  for (const m of text.matchAll(re)) {
    // Only the end of the sentence matters: a short window keeps long texts linear.
    const before = text.slice(Math.max(start, m.index - 12), m.index);
    if (ABBREVIATIONS.test(before) || /(?:^|\s)\d{1,2}$/u.test(before) || /(?:^|\s)\p{Lu}$/u.test(before)) continue;
    const end = m.index + m[0].length;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('fi') + s.slice(1);
}

function stripEnd(s: string): string {
  return s.replace(/[\s,;]+$/u, '').trim();
}

function isLeadIn(text: string): boolean {
  return /[:：]\s*$/u.test(text) || /(?:^|\s)(?:kuten|esimerkiksi|such as|including|as follows)\s*$/iu.test(text);
}

function words(text: string): number {
  return text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3).length;
}

// ---------------------------------------------------------------- contact details

const SUFFIX = String.raw`(?:Oyj|Oy|Abp|Ab|ry|r\.y\.|Ky|Tmi|Osk|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|AB|ASA|AS|A/S|plc|PLC|S\.A\.|B\.V\.|kuntayhtymä|kunta|kaupunki|säätiö|sr)`;
const COMPANY = new RegExp(String.raw`(?<![\p{L}\d-])((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){1,5})(${SUFFIX})(?![\p{L}\d])`, 'gu');
const COMPANY_SUFFIX = new RegExp(String.raw`(?:^|\s)${SUFFIX}$`, 'u');

/** Company-looking names: capitalised words ending in Oy, Oyj, ry, Ltd, kunta … */
export function companyNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COMPANY)) {
    const name = `${m[1]!.trim()} ${m[2]!}`.replace(/\s+/gu, ' ');
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;

export function emailsIn(text: string): string[] {
  return [...new Set([...text.matchAll(EMAIL)].map((m) => m[0].replace(/^[._-]+|[._-]+$/gu, '')))];
}

const BUSINESS_ID = /(?<![\d-])\d{7}-\d(?![\d-])/gu;
const DATE_NUMERIC = /(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?!\d)/gu;

export function businessIdsIn(text: string): string[] {
  return [...new Set([...text.matchAll(BUSINESS_ID)].map((m) => m[0]))];
}

function digits(s: string): number {
  return s.replace(/\D/gu, '').length;
}

/** Phone numbers in Finnish and international formats: +358 40 123 4567, 044-7716834, 029 56 66700. */
export function phonesIn(text: string): string[] {
  const masked = text.replace(BUSINESS_ID, (m) => ' '.repeat(m.length)).replace(DATE_NUMERIC, (m) => ' '.repeat(m.length)).replace(EMAIL, (m) => ' '.repeat(m.length));
  const out: { at: number; phone: string }[] = [];
  for (const m of masked.matchAll(/(?<![\w+])\+\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d{1,4}){2,6}(?!\d)/gu)) {
    const n = digits(m[0]);
    if (n >= 8 && n <= 15) out.push({ at: m.index, phone: m[0].trim() });
  }
  for (const m of masked.matchAll(/(?<![\w.+-])0\d{1,3}(?:[ -]?\d{2,5}){1,4}(?![\w.-]?\d)/gu)) {
    const n = digits(m[0]);
    if (n >= 7 && n <= 12 && !out.some((o) => m.index >= o.at && m.index < o.at + o.phone.length)) out.push({ at: m.index, phone: m[0].trim() });
  }
  return [...new Set(out.sort((a, b) => a.at - b.at).map((o) => o.phone))];
}

const PO_BOX = String.raw`(?:PL|Postilokero|P\.?\s?O\.?\s?Box|Box)\s?\d{1,5}`;
const STREET = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,3}\s\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?(?:\s?\d{1,3})?(?:\s(?:as\.?|krs\.?)\s?\d{1,3})?`;
const ADDRESS = new RegExp(String.raw`(?<![\p{L}\d])(?:(${PO_BOX})[,\s]+)?(?:(${STREET})[,\s]+)?(\d{5})\s+(\p{Lu}[\p{L}-]+)`, 'gu');

/** Finnish postal addresses: street, optional PO box, a five-digit postal code and the city. */
export function addressesIn(text: string): { address: Address; match: string }[] {
  const out: { address: Address; match: string }[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const address: Address = { postal_code: m[3]!, city: m[4]! };
    const street = m[2]?.trim();
    const poBox = m[1]?.trim();
    const result: Address = {
      ...(street ? { street } : {}),
      ...(poBox ? { po_box: poBox } : {}),
      ...address,
    };
    out.push({ address: result, match: m[0] });
  }
  return out;
}

const URL = /https?:\/\/[^\s<>()"'\]]*[^\s<>()"'\].,;:!?]/gu;

function urlsIn(text: string): string[] {
  return [...new Set([...text.matchAll(URL)].map((m) => m[0]))];
}

const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}`;
const NAME_LABEL = /(?:yhteys ?henkilö|vastuu ?henkilö|contact person|contact|nimi|name|tietosuojavastaava|data protection officer|dpo)\s*(?:on|is)?\s*[:–-]?\s*/giu;
const NAME_AT_START = new RegExp(String.raw`^(${NAME})(?![\p{L}\d-])`, 'u');
const NAME_BEFORE_EMAIL = new RegExp(String.raw`(${NAME})\s*[:,–-]?\s*[(<]?[A-Za-z0-9._%+-]+@`, 'gu');
const NAME_LINE = new RegExp(String.raw`^(${NAME})(?=$|\s*[,(]|\s+[+\d]|\s+\S+@)`, 'u');
const NOT_NAMES = /^(?:Rekisterin|Rekisterinpitäjä|Tietosuojavastaava|Sähköposti|Puhelin|Osoite|Email|Phone|Address|Data|Privacy|Customer|Contact)\b/u;

function validName(name: string): boolean {
  return !COMPANY_SUFFIX.test(name) && !NOT_NAMES.test(name);
}

/** A job title after the name on the same short line: "Anna Virtanen, Customer Service Manager". */
export function personTitle(segments: readonly string[], name: string): string | undefined {
  for (const s of segments) {
    const line = s.trim();
    if (!line.startsWith(name) || line.length > 100) continue;
    const m = /^[,–-]\s*([\p{L}][\p{L} .'’-]{2,60})$/u.exec(line.slice(name.length).trim());
    if (m && !/\d|@/u.test(m[1]!)) return m[1]!.trim();
  }
  return undefined;
}

/** A person's name: after a label ("Vastuuhenkilö: …"), before an e-mail address, or alone at the start of a line. */
export function personName(segments: readonly string[]): string | undefined {
  for (const s of segments) {
    for (const m of s.matchAll(NAME_LABEL)) {
      const name = NAME_AT_START.exec(s.slice(m.index + m[0].length))?.[1];
      if (name && validName(name)) return name;
    }
  }
  for (const s of segments) for (const m of s.matchAll(NAME_BEFORE_EMAIL)) if (validName(m[1]!)) return m[1]!;
  for (const s of segments) {
    if (s.length > 80) continue;
    const m = NAME_LINE.exec(s.trim());
    if (m && validName(m[1]!)) return m[1]!;
  }
  return undefined;
}

const LABELS =
  /(?:y-tunnus|business id|sähköposti\p{L}*|s-posti|e-?mail|puh(?:elin)?\.?|p\.|tel\.?|phone|vaihde|switchboard|gsm|matkapuhelin|mobile|(?<![\p{L}])\p{L}{0,24}osoite|address|nimi|name|www|yhteystie\p{L}*|contact details|tietosuojavastaa\p{L}*|data protection officer|yhteys ?henkilö\p{L}*|vastuu ?henkilö\p{L}*|contact person|rekisterinpitäjä\p{L}*|controller)/giu;

/** Words that only lead to a contact detail ("can be reached at", "tavoittaa osoitteesta"). */
const FILLER = new Set(
  (
    'our can be reached at the is are you by via may contact contacted write and for with from here ' +
    'voi voit tavoittaa osoitteesta osoitteessa sähköpostitse puhelimitse numerosta numerossa yhteyttä ottaa sekä'
  ).split(' '),
);

/** What is left of a line once its contact details are taken out: more than a label means more to read. */
function leftoverWords(segment: string, taken: readonly string[]): number {
  let rest = segment;
  for (const t of taken) if (t) rest = rest.split(t).join(' ');
  rest = rest.replace(EMAIL, ' ').replace(URL, ' ').replace(BUSINESS_ID, ' ').replace(LABELS, ' ');
  for (const c of companyNames(rest)) rest = rest.split(c).join(' ');
  return rest.split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !FILLER.has(w.toLowerCase())).length;
}

// ---------------------------------------------------------------- dates

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_FI = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'];

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/u, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!)],
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  [
    new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(${MONTHS_EN.join('|')})\s+(\d{4})`, 'iu'),
    (m) => isoDate(+m[3]!, MONTHS_EN.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!),
  ],
  [
    new RegExp(String.raw`(${MONTHS_EN.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'iu'),
    (m) => isoDate(+m[3]!, MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!),
  ],
  [
    new RegExp(String.raw`(?<!\d)(\d{1,2})\.\s*(${MONTHS_FI.join('|')})kuuta\s+(\d{4})`, 'iu'),
    (m) => isoDate(+m[3]!, MONTHS_FI.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!),
  ],
];

function findDate(text: string): { date: string; index: number; length: number } | undefined {
  let best: { date: string; index: number; length: number } | undefined;
  for (const [re, make] of DATE_PATTERNS) {
    const m = re.exec(text);
    const date = m ? make(m) : undefined;
    if (m && date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

const UPDATED_LABEL = /(?:viimeksi )?päivitetty|päivitys|muutettu|last (?:updated|revised|modified)|updated|revised|effective(?: date| from)?|voimassa(?: alkaen)?/iu;
const CREATED_LABEL = /laatimispäivä|laadittu|created|drawn up|julkaistu|published/iu;
const DATE_LABEL = new RegExp(`(${UPDATED_LABEL.source}|${CREATED_LABEL.source}|päiväys|päivämäärä|date)`, 'iu');

/** A line that says nothing but a date: "Päivitetty 21.6.2021", "(Updated 3 March 2024)", "2018". */
export function isDateOnly(text: string): boolean {
  const found = findDate(text);
  let rest = found ? text.slice(0, found.index) + text.slice(found.index + found.length) : text;
  if (!found && !/^\s*\(?\s*(?:19|20)\d{2}\s*\)?\s*$/u.test(rest.replace(DATE_LABEL, ''))) return false;
  rest = rest.replace(DATE_LABEL, ' ').replace(/(?:19|20)\d{2}/u, ' ');
  return !/[\p{L}\d]/u.test(rest);
}

// ---------------------------------------------------------------- legal bases

/** A sentence that states the legal basis of the processing. */
const BASIS_STATEMENT =
  /oikeusperust|käsittelyn (?:\p{L}+ )?perust(?:e|eena|eina|eet)(?![\p{L}])|perustuu|perusteena on|legal basis|lawful basis|legal grounds?|lawful grounds?|we (?:process|use) [^.]*\b(?:on the basis of|based on)\b/iu;

/** The bases a statement names, in its own words. */
const BASIS_WORDS: readonly [LegalBasis, RegExp][] = [
  ['consent', /suostumu|\bconsent/iu],
  ['contract', /sopimu|\bcontract/iu],
  ['legitimate_interests', /oikeutet\p{L}* e(?:tu|dun|tuun|tujen)|legitimate interest/iu],
  ['legal_obligation', /lakisääteis\p{L}* velvo|legal obligation|required by law|lain (?:edellyttämä|vaatima|nojalla)/iu],
  ['public_task', /yleisen edun|julkisen vallan|public (?:task|interest)/iu],
  ['vital_interests', /elintärke|vital interest/iu],
];

/** A basis tied to one purpose: the words must say the processing rests on it. */
const PURPOSE_BASIS: readonly [LegalBasis, RegExp][] = [
  [
    'consent',
    /suostumukse(?:en|lla|n (?:perusteella|nojalla))|(?<![\p{L}])\p{L}{0,30}suostumus(?:ta)? pyydetään|pyydetään \p{L}*suostumu|\b(?:with|based on|on the basis of|under|by) (?:your |their |the data subject'?s? )?consent\b|\(consent\)/iu,
  ],
  [
    'contract',
    /perustuu (?:\p{L}+ ){0,3}sopimukseen|sopimuksen (?:täytäntöönpano|täytäntöön paneminen|perusteella|toteuttami)|sopimukseen perustuen|\b(?:necessary|needed) (?:to|for) (?:the )?perform\p{L}*(?: of)? (?:a |the |our |your )?contract|\bperform(?:ing|ance of)? (?:a |the |our |your )?contract|\b(?:based on|under) (?:a |the |our |your )?contract|\(contract\)/iu,
  ],
  ['legitimate_interests', /oikeutet\p{L}* e(?:tu|dun|tuun|tujen)|legitimate interests?/iu],
  ['legal_obligation', /lakisääteis\p{L}* velvo\p{L}*|\blegal obligation|required by law|\(legal obligation\)/iu],
];

const ENUMERATION = /,|(?<![\p{L}])(?:tai|ja|sekä|or|and)(?![\p{L}])|\//iu;

function purposeBases(text: string): LegalBasis[] {
  return PURPOSE_BASIS.filter(([, re]) => re.test(text)).map(([b]) => b);
}

const DIRECT_MARKETING = /suoramarkkin|suoramainon|direct marketing/iu;

// ---------------------------------------------------------------- sources, recipients, transfers

const SOURCE_TYPES: readonly [SourceType, RegExp][] = [
  [
    'observation',
    /eväste|cookie|analytiik|analytics|seurantatekn|tracking|lokitied|\blog (?:data|files)\b|kävijätie|ip-osoit|ip address|tallente|recording|verkkosivu\p{L}* käytö|sivuston käytö|when you (?:use|visit|browse)/iu,
  ],
  ['public', /julki\p{L}* (?:tieto)?lähte|julkisista|yleisesti saatavilla|public(?:ly available)? (?:sources?|registers?|records?|information)|publicly available|kaupparekister|trade register/iu],
  ['authority', /viranomai|väestötietojärjestelmä|väestörekister|digi- ja väestötietovirasto|\bauthorit|population (?:register|information)/iu],
  [
    'data_subject',
    /itseltään|itseltäsi|(?<![\p{L}])itse(?![\p{L}])|itsensä|rekisteröidyltä|rekisteröid\p{L}* antam|henkilöltä|asiakkaalta|asiakkaan (?:tekemi|oma|antam|ilmoittam)|(?<![\p{L}])sinulta(?![\p{L}])|\bfrom you\b|\byou (?:give|provide|enter|send)|provided by you|\byourself\b|directly from|(?<![\p{L}])suoraan(?![\p{L}])|käyntikort|antamat/iu,
  ],
  [
    'organisation',
    /yhteistyökumppan|kumppane|asiakasorganisaatio|työnantaja|alihankkij|palveluntarjoaj|kaupallis|yrityksiltä|sosiaalis\p{L}* medi|\bpartners?\b|\bemployer|third part|data providers?|suppliers?|service providers?|social media/iu,
  ],
];

/** Words that say data are obtained, so that a sentence can be read as a source. */
const OBTAINED = /saa(?:daan|mme|tu|dut|vat|da)(?![\p{L}])|kerä(?:tään|ämme|tty|ttyjä|ttävät|tä)(?![\p{L}])|lähte|hankit|ostet|\bobtain|\breceive|\bcollect|\bgather|come from|\bsources?\b|we get/iu;

function sourceType(text: string): SourceType | undefined {
  for (const [type, re] of SOURCE_TYPES) if (re.test(text)) return type;
  if (companyNames(text).length) return 'organisation';
  return undefined;
}

/** The sentences of a paragraph that read as sources, and the rest. */
function sourceSentences(text: string): { sources: { type: SourceType; text: string }[]; rest: string[] } {
  const sources: { type: SourceType; text: string }[] = [];
  const rest: string[] = [];
  for (const s of sentences(text)) {
    const type = OBTAINED.test(s) ? sourceType(s) : undefined;
    if (type && !isLeadIn(s)) sources.push({ type, text: s });
    else rest.push(s);
  }
  return { sources, rest };
}

const SOURCE_LEAD_IN = /saa(?:daan|mme|vat)(?![\p{L}])|kerä(?:tään|ämme)(?![\p{L}])|lähte|\bobtain|\breceive|\bfrom\b|we get/iu;

const NOT_DISCLOSED =
  /(?<![\p{L}])(?:ei|eikä)\s+(?:\p{L}+\s+){0,3}luovut|(?<![\p{L}])ei\s+(?:\p{L}+\s+){0,3}(?:anneta|myydä)\s+(?:\p{L}+\s+){0,2}(?:ulkopuolisille|kolmansille)|\bnot\s+(?:be\s+)?(?:disclosed|shared|sold|passed on|given)\b|\b(?:do|does|will) not (?:disclose|share|sell|pass on)|\bnever (?:disclose|share|sell)/iu;
const NOT_TRANSFERRED =
  /(?<![\p{L}])(?:ei|eikä)\s+(?:\p{L}+\s+){0,4}(?:siirretä|siirrä|luovuteta)\s[^.]*ulkopuol|\bnot\s+(?:be\s+)?transferred\s+outside|\b(?:do|does|will) not transfer[^.]*outside|\bno (?:personal )?data (?:is|are) transferred outside/iu;
const EXCEPTION = /paitsi|ellei|lukuun ottamatta|poikkeuksena|kuitenkin|pääsääntöisesti|\bexcept|\bunless|other than|\bhowever|apart from|as a rule|\bgenerally/iu;

/** A service named in brackets after the word for it: "käytetään palvelua (LogMeIn)". */
const SERVICE_NAME = /(?:palvelu\p{L}*|järjestelmä\p{L}*|service|provider|platform)\s+\(([\p{Lu}\d][\p{L}\d .&'’-]{1,40})\)/u;

const TRANSFER_CUE = /ulkopuolel|outside the (?:eu|eea|european)|third countr|kolmansiin maihin|kolmanteen maahan|privacy shield|vakiosopimuslausek|standard contractual/iu;

const COUNTRIES: readonly [RegExp, string][] = [
  [/\bYhdysval\p{L}*|\bUSA\b|\bU\.S\.(?:A\.)?|\bUS\b|\bUnited States\b|\bAmeri(?:ca|kka|kan|kassa|kkaan)\b/u, 'US'],
  [/\bIso-?Britanni\p{L}*|\bYhdistyn\p{L}* kuningaskun\p{L}*|\bUnited Kingdom\b|\bUK\b|\bBritain\b/u, 'GB'],
  [/\bSveits\p{L}*|\bSwitzerland\b/u, 'CH'],
  [/\bKanad\p{L}*|\bCanada\b/u, 'CA'],
  [/\bJapan\p{L}*|\bJapani\p{L}*/u, 'JP'],
  [/\bIntia\p{L}*|\bIndia\b/u, 'IN'],
  [/\bKiina\p{L}*|\bChina\b/u, 'CN'],
  [/\bAustrali\p{L}*/u, 'AU'],
  [/\bUu\p{L}*-?\s?Seelan\p{L}*|\bNew Zealand\b/u, 'NZ'],
  [/\bEtelä-Korea\p{L}*|\bSouth Korea\b|\bKorea\b/u, 'KR'],
  [/\bSingapor\p{L}*/u, 'SG'],
  [/\bIsrael\p{L}*/u, 'IL'],
  [/\bBrasilia\p{L}*|\bBrazil\b/u, 'BR'],
  [/\bVenäj\p{L}*|\bRussia\b/u, 'RU'],
  [/\bUkrain\p{L}*/u, 'UA'],
  [/\bFilippiin\p{L}*|\bPhilippines\b/u, 'PH'],
  [/\bTurkki\p{L}*|\bTurkey\b|\bTürkiye\b/u, 'TR'],
  [/\bArgentiin\p{L}*|\bArgentina\b/u, 'AR'],
  [/\bNorja\p{L}*|\bNorway\b/u, 'NO'],
];

/** Countries outside the EU/EEA named in a text, as ISO codes. */
export function countriesIn(text: string): string[] {
  return COUNTRIES.filter(([re]) => re.test(text))
    .map(([, code]) => code)
    .filter((code) => !isEea(code));
}

const MECHANISMS: readonly [TransferMechanism, RegExp][] = [
  ['privacy_shield', /privacy shield/iu],
  ['safe_harbor', /safe harbou?r/iu],
  ['data_privacy_framework', /data privacy framework|\bDPF\b|tietosuojakehy/iu],
  ['standard_contractual_clauses_2010', /2010\/87/u],
  ['standard_contractual_clauses', /vakiosopimuslausek|mallisopimuslausek|mallilausek|standard contractual clauses|\bSCCs?\b|2021\/914/iu],
  ['binding_corporate_rules', /binding corporate rules|sitovi\p{L}* yrityssääntö|yritystä koskevi\p{L}* sitovi\p{L}* sääntö|\bBCRs?\b/iu],
  ['adequacy', /riittävyyspäätö|adequacy|riittävän tietosuojan tason/iu],
];

/** Transfer mechanisms a text names; a named framework wins over a general word on adequacy. */
export function mechanismsIn(text: string): TransferMechanism[] {
  let found = MECHANISMS.filter(([, re]) => re.test(text)).map(([m]) => m);
  if (found.includes('standard_contractual_clauses_2010')) found = found.filter((m) => m !== 'standard_contractual_clauses');
  if (found.some((m) => m !== 'adequacy')) found = found.filter((m) => m !== 'adequacy');
  return found;
}

// ---------------------------------------------------------------- retention, security, cookies

const PERIOD = /(?<![\d.,])(\d{1,3})\s*(vuorokau\p{L}*|vrk|vuo\p{L}*|v\.|kuukau\p{L}*|kk|viik\p{L}*|päiv\p{L}*|years?|months?|weeks?|days?)(?![\p{L}])/giu;

/** A period the text states in figures ("26 kuukautta", "6 years"); none when it states none or several. */
export function periodIn(text: string): string | undefined {
  const found = [...text.matchAll(PERIOD)];
  if (found.length !== 1) return undefined;
  const [, n, unitWord] = found[0]!;
  const unit = unitWord!.toLowerCase();
  const letter = /^(?:vuorokau|vrk|päiv|day)/u.test(unit) ? 'D' : /^(?:vuo|v\.|year)/u.test(unit) ? 'Y' : /^(?:kuukau|kk|month)/u.test(unit) ? 'M' : 'W';
  const count = Number(n);
  return count > 0 ? `P${count}${letter}` : undefined;
}

const MANUAL = /manuaal|paperi|tulostet|\bmanual\b|\bpaper\b|\bprinted\b/iu;
const ELECTRONIC = /(?<![\p{L}])atk|sähköi|electronic|digital/iu;

const TOOLS = ['Google Analytics', 'Google Tag Manager', 'Google Ads', 'Matomo', 'Hotjar', 'Meta Pixel', 'Facebook Pixel', 'LinkedIn Insight Tag', 'HubSpot', 'Microsoft Clarity', 'Leadfeeder', 'Plausible', 'Adobe Analytics', 'Cookiebot'];

const NO_AUTOMATED =
  /(?<![\p{L}])(?:ei|eikä)(?![\p{L}])[^.]{0,80}(?:automaattis|profiloi)|automaattista päätöksentekoa ei|\b(?:do|does|will) not (?:make|use|carry out)[^.]{0,60}automated|\bno (?:decisions?|automated)[^.]{0,60}(?:automated|profiling|decision)|\bnot (?:be )?subject(?:ed)? to[^.]{0,40}automated/iu;

const HETU = /henkilötunnu|(?<![\p{L}])hetu(?![\p{L}])|personal identity code|social security number/iu;

// ---------------------------------------------------------------- the draft

type Unit =
  | { type: 'para'; block: Block }
  | { type: 'list'; items: string[]; blocks: Block[]; leadIn?: Block }
  | { type: 'sub'; block: Block };

/** Paragraphs, lists with their lead-in ("… seuraavia tietoja:"), and subheadings. */
function unitize(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') units.push({ type: 'sub', block: b });
    else if (b.kind === 'list') {
      const items = (b.items ?? []).map(stripEnd).filter(Boolean);
      const prev = units[units.length - 1];
      if (prev?.type === 'list') {
        prev.items.push(...items);
        prev.blocks.push(b);
      } else if (prev?.type === 'para' && isLeadIn(prev.block.text)) {
        units.pop();
        units.push({ type: 'list', items, blocks: [b], leadIn: prev.block });
      } else units.push({ type: 'list', items, blocks: [b] });
    } else units.push({ type: 'para', block: b });
  }
  return units;
}

function unitLines(unit: Unit): string[] {
  if (unit.type === 'list') return [...(unit.leadIn?.lines ?? []), ...unit.blocks.flatMap((b) => b.lines)];
  return unit.block.lines;
}

/** The register key a kind of section belongs to. */
const KEY_OF: Record<SectionKind, string> = {
  rights: 'rights',
  date: 'updated',
  controller: 'controller',
  contact_person: 'contact_person',
  dpo: 'dpo',
  name: 'name',
  data_subjects: 'data_subjects',
  purposes: 'purposes',
  legitimate_interest: 'purposes',
  legal_basis: 'purposes',
  consent: 'purposes',
  provision: 'provision',
  data_categories: 'data_categories',
  sources: 'sources',
  recipients: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  security: 'security',
  cookies: 'cookies',
  automated_decisions: 'automated_decisions',
  changes: 'changes',
  contact: 'rights',
  title: 'name',
  other: 'name',
};

type Role = 'controller' | 'contact_person' | 'dpo';

const ROLE_CUES: readonly [Role, RegExp][] = [
  ['dpo', /tietosuojavastaa|data protection officer|\bdpo\b/iu],
  ['contact_person', /yhteys ?henkilö|vastuu ?henkilö|contact person/iu],
  ['controller', /rekisterinpitäjä|\bcontroller\b/iu],
];

interface Statement {
  bases: LegalBasis[];
  /** One basis, named alone: it may stand for every purpose. */
  assignable: boolean;
  lines: string[];
}

interface PurposeDraft {
  text: string;
  bases: LegalBasis[];
}

class Extractor {
  readonly notes: Note[] = [];
  private name?: { text: string; from: 'section' | 'front' | 'title' };
  private readonly description: string[] = [];
  private created: string | undefined;
  private readonly updated: string[] = [];
  private year: string | undefined;
  private readonly controller: {
    name?: string | undefined;
    business_id?: string | undefined;
    email?: string | undefined;
    phone?: string | undefined;
    address?: Address | undefined;
    website?: string | undefined;
  } = {};
  private frontCompany: string | undefined;
  private titleCompany: string | undefined;
  private readonly people: Record<'contact_person' | 'dpo', Contact> = { contact_person: {}, dpo: {} };
  private readonly dataSubjects: string[] = [];
  private readonly purposes: PurposeDraft[] = [];
  private readonly statements: Statement[] = [];
  private readonly categories: string[] = [];
  private hetu = false;
  private readonly sources: Source[] = [];
  private readonly recipients: Recipient[] = [];
  private recipientsNone = false;
  private recipientsOpen = false;
  private readonly transfers: Transfer[] = [];
  private transfersNone = false;
  private transfersOpen = false;
  private readonly retention: Retention[] = [];
  private readonly security: { manual: string[]; electronic: string[] } = { manual: [], electronic: [] };
  private readonly cookies: { text: string[]; tools: string[] } = { text: [], tools: [] };
  private automatedNone = false;
  private readonly provision: string[] = [];
  private lastKey = 'name';
  private controllerSeen = false;

  constructor(readonly lang: Lang) {}

  private t(s: string): Record<string, string> {
    return { [this.lang]: s };
  }

  private todo(at: NotePath, todo: string, lines: string[], extra: Partial<Note> = {}): void {
    this.notes.push({ at, todo, lines, ...extra });
  }

  private remark(at: NotePath, comment: string, lines: string[]): void {
    this.notes.push({ at, comment, lines });
  }

  /** One TODO for what is left of a section, with its heading. */
  private leftover(section: Section, key: string, message: string, units: readonly Unit[]): void {
    if (!units.length) return;
    const lines: string[] = [];
    units.forEach((u, i) => {
      if (i > 0) lines.push('');
      lines.push(...unitLines(u));
    });
    this.todo([key], `${message} (from "${section.heading.text}")`, lines);
  }

  private leadIn(key: string, block: Block | undefined): void {
    if (block) this.remark([key], 'Lead-in in the original:', block.lines);
  }

  // -------------------------------------------------------------- front matter and dates

  front(blocks: readonly Block[]): void {
    const left: Block[] = [];
    for (const block of blocks) {
      const lines = block.kind === 'list' ? (block.items ?? []) : block.kind === 'heading' ? [block.text] : block.lines;
      const rest: string[] = [];
      for (const line of lines) {
        if (isDateOnly(line)) continue;
        if (/seloste|privacy (?:notice|policy|statement)|data protection (?:notice|policy)/iu.test(line) && line.length <= 120) {
          const name = nameFromTitle(line);
          if (name && !this.name) this.name = { text: name, from: 'title' };
          this.titleCompany ??= companyNames(line)[0];
          continue;
        }
        if (/rekisteri(?![\p{L}])|\bregister\b/iu.test(line) && line.length <= 120 && !/\.\s*$/u.test(line)) {
          if (!this.name || this.name.from === 'title') this.name = { text: capitalise(line.trim()), from: 'front' };
          this.titleCompany ??= companyNames(line)[0];
          continue;
        }
        const companies = companyNames(line);
        if (companies.length && leftoverWords(line, companies) === 0) {
          this.frontCompany ??= companies[0];
          continue;
        }
        rest.push(line);
      }
      if (!rest.length) continue;
      const text = rest.join(' ');
      if (block.kind === 'paragraph' && /[.!?]$/u.test(text) && text.split(/\s+/u).length >= 8) this.description.push(text);
      else left.push({ ...block, lines: rest });
    }
    if (left.length) this.todo(['name'], 'not mapped, from the beginning of the original', left.flatMap((b, i) => (i ? ['', ...b.lines] : b.lines)));
  }

  /** Dates anywhere in the notice: "Päivitetty 21.6.2021", "Laatimispäivä 29.05.2019", a year alone. */
  dates(front: readonly Block[], sections: readonly Section[]): void {
    const check = (text: string) => {
      const label = DATE_LABEL.exec(text);
      if (!label) return;
      const after = text.slice(label.index + label[0].length, label.index + label[0].length + 40);
      const found = findDate(after);
      if (found && found.index <= 4) {
        if (CREATED_LABEL.test(label[0])) this.created ??= found.date;
        else this.updated.push(found.date);
      } else {
        const year = /^\s*:?\s*((?:19|20)\d{2})(?![\d.])/u.exec(after);
        if (year && UPDATED_LABEL.test(label[0])) this.year ??= year[1];
      }
    };
    for (const block of front) {
      for (const line of block.kind === 'heading' ? [block.text] : block.lines) {
        check(line);
        const year = /^\s*\(?\s*((?:19|20)\d{2})\s*\)?\s*$/u.exec(line);
        if (year) this.year ??= year[1];
        else if (isDateOnly(line) && !DATE_LABEL.test(line)) {
          const found = findDate(line);
          if (found) this.updated.push(found.date);
        }
      }
    }
    for (const section of sections) {
      if (section.kinds[0] === 'date') {
        const text = `${section.heading.text} ${section.blocks.map((b) => b.text).join(' ')}`;
        check(text);
        continue;
      }
      for (const block of section.blocks) if (block.kind !== 'list') for (const line of block.lines) check(line);
    }
  }

  // -------------------------------------------------------------- sections

  section(section: Section): void {
    const kind = section.kinds[0]!;
    const key = KEY_OF[kind];
    const blocks = section.blocks.filter((b) => b.kind === 'heading' || !isDateOnly(b.text));
    if (!blocks.length && kind !== 'date') {
      const message =
        kind === 'rights'
          ? 'Seloste writes the rights text itself from the legal bases of the purposes; the original has this heading with no text'
          : `the original has the heading "${section.heading.text}" but no text under it`;
      this.todo(kind === 'other' || kind === 'title' ? [this.lastKey] : [key], message, section.heading.lines, kind === 'other' || kind === 'title' ? { after: true } : {});
      if (kind !== 'other' && kind !== 'title') this.lastKey = key;
      return;
    }
    const units = unitize(blocks);
    switch (kind) {
      case 'controller':
      case 'contact_person':
      case 'dpo':
        this.contacts(section, units);
        break;
      case 'name':
        this.nameSection(section, units);
        break;
      case 'data_subjects':
        this.subjects(section, units);
        break;
      case 'purposes':
        this.purposeSection(section, units);
        break;
      case 'legal_basis':
      case 'legitimate_interest':
        this.basisSection(section, units, kind);
        break;
      case 'consent':
        this.leftover(section, 'purposes', 'consent: set `legal_basis: consent` and `consent.how_to_withdraw` on the purposes that rest on consent', units);
        break;
      case 'provision':
        for (const u of units) this.provision.push(u.type === 'list' ? listText(u) : u.block.text);
        break;
      case 'data_categories':
        this.dataSection(section, units);
        break;
      case 'sources':
        this.sourceSection(section, units);
        break;
      case 'recipients':
        this.recipientSection(section, units);
        break;
      case 'transfers':
        this.transferSection(section, units);
        break;
      case 'retention':
        this.retentionSection(section, units);
        break;
      case 'security':
        this.securitySection(section, units);
        break;
      case 'cookies':
        this.cookieSection(units);
        break;
      case 'automated_decisions':
        this.automatedSection(section, units);
        break;
      case 'rights':
        this.leftover(
          section,
          'rights',
          'rights of the data subject: Seloste writes this text itself from the legal bases of the purposes; move a request channel, identity check or response time that the notice must state to `rights`',
          [{ type: 'sub', block: section.heading }, ...units],
        );
        break;
      case 'contact':
        // "Contact us" is where some notices name the controller at all.
        if (!this.controllerSeen) this.contacts({ ...section, kinds: ['controller'] }, units);
        else this.leftover(section, 'rights', 'contacts: move request channels that are not the controller\'s or DPO\'s contact details to `rights.channels`', units);
        break;
      case 'changes':
        this.leftover(section, 'changes', 'changes to the notice: record dated changes in `changes`', units);
        break;
      case 'date': {
        const rest = units.filter((u) => !(u.type === 'para' && isDateOnly(u.block.text)) && !(u.type === 'para' && findDate(u.block.text)));
        this.leftover(section, 'updated', 'not mapped', rest);
        break;
      }
      case 'title':
      case 'other': {
        const lines = [...section.heading.lines, ...units.flatMap((u) => ['', ...unitLines(u)])];
        this.todo([this.lastKey], `not mapped (from "${section.heading.text}"): move what matters into the register`, lines, { after: true });
        return;
      }
    }
    this.lastKey = key;
  }

  private contacts(section: Section, units: readonly Unit[]): void {
    const primary = section.kinds[0] as Role;
    if (primary === 'controller') this.controllerSeen = true;
    let sticky: Role | undefined;
    const segments: Record<Role, string[]> = { controller: [], contact_person: [], dpo: [] };
    const kept: string[][] = [];
    for (const unit of units) {
      if (unit.type === 'sub') {
        const cue = ROLE_CUES.find(([, re]) => re.test(unit.block.text))?.[0];
        if (cue) sticky = cue;
        continue;
      }
      const segs = unit.type === 'list' ? [...(unit.leadIn ? [unit.leadIn.text] : []), ...unit.items] : unit.block.lines.length > 1 ? unit.block.lines : sentences(unit.block.text);
      for (const seg of segs) {
        const cue = ROLE_CUES.find(([, re]) => re.test(seg))?.[0];
        if (isLeadIn(seg) && cue && words(seg.replace(LABELS, ' ')) <= 2) {
          sticky = cue;
          continue;
        }
        const role = cue ?? sticky ?? primary;
        segments[role].push(seg);
      }
    }
    const taken: string[] = [];
    const c = segments.controller.join('\n');
    if (segments.controller.length) {
      const joined = segments.controller.join(', ');
      const name = companyNames(c)[0];
      if (name && !this.controller.name) this.controller.name = name;
      this.controller.business_id ??= businessIdsIn(c)[0];
      this.controller.email ??= emailsIn(c)[0];
      this.controller.phone ??= phonesIn(c)[0];
      const address = addressesIn(joined)[0];
      if (address) {
        this.controller.address ??= address.address;
        taken.push(...address.match.split(/,\s*/u));
      }
      this.controller.website ??= urlsIn(c)[0];
      taken.push(...phonesIn(c));
    }
    for (const role of ['contact_person', 'dpo'] as const) {
      const segs = segments[role];
      if (!segs.length) continue;
      const text = segs.join('\n');
      const person = this.people[role];
      const name = personName(segs);
      if (name) {
        person.name ??= name;
        taken.push(name);
        const title = personTitle(segs, name);
        if (title) {
          person.title ??= this.t(title);
          taken.push(title);
        }
      }
      const email = emailsIn(text)[0];
      if (email) person.email ??= email;
      const phone = phonesIn(text)[0];
      if (phone) person.phone ??= phone;
      taken.push(...phonesIn(text));
      const address = addressesIn(segs.join(', '))[0];
      if (address) {
        person.address ??= address.address;
        taken.push(...address.match.split(/,\s*/u));
      }
    }
    for (const role of ['controller', 'contact_person', 'dpo'] as const) for (const seg of segments[role]) if (leftoverWords(seg, taken) >= 2) kept.push([seg]);
    if (kept.length) {
      this.todo(
        [section.kinds[0] === 'controller' ? 'controller' : section.kinds[0]!],
        `check the contact details picked out here against the original, and move the rest where it belongs (from "${section.heading.text}")`,
        kept.flat(),
      );
    }
  }

  private nameSection(section: Section, units: readonly Unit[]): void {
    const [first, ...rest] = units;
    const name = first?.type === 'para' && first.block.text.length <= 150 ? first.block.text.replace(/\.\s*$/u, '').trim() : '';
    if (/\p{L}/u.test(name)) {
      this.name = { text: capitalise(name), from: 'section' };
      this.leftover(section, 'name', 'not mapped', rest);
    } else this.leftover(section, 'name', 'name of the register not recognised: write it in `name`', units);
  }

  private subjects(section: Section, units: readonly Unit[]): void {
    const left: Unit[] = [];
    for (const u of units) {
      if (u.type === 'list') {
        this.dataSubjects.push(...u.items);
        this.leadIn('data_subjects', u.leadIn);
      } else if (u.type === 'para' && !isLeadIn(u.block.text)) this.dataSubjects.push(u.block.text);
      else left.push(u);
    }
    this.leftover(section, 'data_subjects', 'not mapped', left);
  }

  private addPurpose(text: string): void {
    this.purposes.push({ text, bases: purposeBases(text) });
  }

  private statement(text: string, lines: string[]): void {
    const bases = BASIS_WORDS.filter(([, re]) => re.test(text)).map(([b]) => b);
    this.statements.push({ bases, assignable: bases.length === 1 && !ENUMERATION.test(text), lines });
  }

  private purposeSection(section: Section, units: readonly Unit[]): void {
    const hasList = units.some((u) => u.type === 'list');
    const left: Unit[] = [];
    for (const u of units) {
      if (u.type === 'sub') {
        left.push(u);
        continue;
      }
      if (u.type === 'list') {
        if (section.kinds.includes('sources') && u.leadIn && SOURCE_LEAD_IN.test(u.leadIn.text)) {
          this.sourceFromList(u);
          continue;
        }
        for (const item of u.items) this.addPurpose(item);
        if (u.leadIn && BASIS_STATEMENT.test(u.leadIn.text)) this.statement(u.leadIn.text, u.leadIn.lines);
        else this.leadIn('purposes', u.leadIn);
        continue;
      }
      const text = u.block.text;
      if (BASIS_STATEMENT.test(text)) {
        this.statement(text, u.block.lines);
        continue;
      }
      if (isLeadIn(text)) {
        left.push(u);
        continue;
      }
      const found = sourceSentences(text);
      if (found.sources.length && !found.rest.length) {
        for (const s of found.sources) this.sources.push({ type: s.type, description: this.t(s.text) });
        continue;
      }
      if (!hasList && text.length >= 10) this.addPurpose(text);
      else left.push(u);
    }
    this.leftover(section, 'purposes', 'not turned into purposes: add what is a purpose to `purposes`', left);
  }

  private basisSection(section: Section, units: readonly Unit[], kind: 'legal_basis' | 'legitimate_interest'): void {
    const lines = [section.heading.text, ...units.flatMap(unitLines)];
    const text = units.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
    if (kind === 'legitimate_interest') {
      this.statements.push({ bases: ['legitimate_interests'], assignable: true, lines });
    } else this.statement(`${section.heading.text}: ${text}`, lines);
  }

  private dataSection(section: Section, units: readonly Unit[]): void {
    const left: Unit[] = [];
    for (const u of units) {
      if (u.type === 'list') {
        if (section.kinds.includes('sources') && u.leadIn && SOURCE_LEAD_IN.test(u.leadIn.text)) {
          this.sourceFromList(u);
          continue;
        }
        for (const item of u.items) {
          this.categories.push(item);
          if (HETU.test(item)) this.hetu = true;
        }
        this.leadIn('data_categories', u.leadIn);
        continue;
      }
      if (u.type === 'para' && section.kinds.includes('sources')) {
        const found = sourceSentences(u.block.text);
        if (found.sources.length && !found.rest.length) {
          for (const s of found.sources) this.sources.push({ type: s.type, description: this.t(s.text) });
          continue;
        }
      }
      left.push(u);
    }
    this.leftover(section, 'data_categories', 'not turned into data categories: add what is missing to `data_categories`', left);
  }

  /** A list whose lead-in says where the data come from: one source, the list as its description. */
  private sourceFromList(u: Extract<Unit, { type: 'list' }>): void {
    const lead = u.leadIn?.text ?? '';
    const type = sourceType(lead) ?? sourceType(u.items.join('\n'));
    const description = `${lead}\n\n${u.items.map((i) => `- ${i}`).join('\n')}`.trim();
    this.pushSource(type, description, unitLines(u));
  }

  private pushSource(type: SourceType | undefined, text: string, lines: string[]): void {
    const index = this.sources.length;
    const names = companyNames(text);
    const source: Source = { type: type ?? 'data_subject', ...(type === 'organisation' && names.length === 1 ? { name: names[0]! } : {}), description: this.t(text) };
    this.sources.push(source);
    if (!type) this.todo(['sources', index], 'type of source not recognised, `data_subject` stands in: set `type` to data_subject, observation, organisation, public or authority', lines.length > 1 ? lines : []);
  }

  private sourceSection(section: Section, units: readonly Unit[]): void {
    const left: Unit[] = [];
    for (const u of units) {
      if (u.type === 'sub') {
        left.push(u);
        continue;
      }
      if (u.type === 'list') {
        const leadType = u.leadIn ? sourceType(u.leadIn.text) : undefined;
        for (const item of u.items) this.pushSource(sourceType(item) ?? leadType, item, [item]);
        this.leadIn('sources', u.leadIn);
        continue;
      }
      if (isLeadIn(u.block.text)) {
        left.push(u);
        continue;
      }
      const found = sourceSentences(u.block.text);
      for (const s of found.sources) this.sources.push({ type: s.type, description: this.t(s.text) });
      if (found.rest.length) left.push({ type: 'para', block: { ...u.block, lines: found.sources.length ? found.rest : u.block.lines } });
    }
    this.leftover(section, 'sources', 'not turned into sources: add what is missing to `sources`', left);
  }

  private recipientSection(section: Section, units: readonly Unit[]): void {
    const left: Unit[] = [];
    const none: Unit[] = [];
    for (const u of units) {
      if (u.type === 'list') {
        for (const item of u.items) this.recipients.push({ category: this.t(item), ...recipientRole(item) });
        this.leadIn('recipients', u.leadIn);
        continue;
      }
      if (u.type === 'sub') {
        left.push(u);
        continue;
      }
      const text = u.block.text;
      if (section.kinds.includes('transfers') && TRANSFER_CUE.test(text)) {
        this.transferUnits(section, [u]);
        continue;
      }
      if (NOT_DISCLOSED.test(text) && !EXCEPTION.test(text) && sentences(text).length === 1) none.push(u);
      else left.push(u);
    }
    if (none.length && !left.length && !this.recipients.length) {
      this.recipientsNone = true;
      this.remark(['recipients'], 'The original says:', none.flatMap(unitLines));
    } else left.unshift(...none);
    if (left.length) this.recipientsOpen = true;
    this.leftover(section, 'recipients', 'recipients not mapped: name the recipients or categories of recipients in `recipients`, or write `recipients: none`', left);
  }

  private transferSection(section: Section, units: readonly Unit[]): void {
    this.transferUnits(section, units);
  }

  private transferUnits(section: Section, units: readonly Unit[]): void {
    const left = new Set<Unit>();
    const none = new Set<Unit>();
    let mapped = false;
    let contradiction = false;
    for (const u of units) {
      if (u.type === 'sub') {
        left.add(u);
        continue;
      }
      const texts = u.type === 'list' ? u.items : [u.block.text];
      for (const text of texts) {
        const mechanisms = mechanismsIn(text);
        let countries = countriesIn(text);
        if (!countries.length && mechanisms.some((m) => m === 'privacy_shield' || m === 'safe_harbor' || m === 'data_privacy_framework')) countries = ['US'];
        if (countries.length) {
          const named = SERVICE_NAME.exec(text)?.[1]?.trim();
          const recipients = [...new Set([...companyNames(text), ...(named ? [named] : [])])];
          const url = urlsIn(text)[0];
          for (const country of countries) {
            const index = this.transfers.length;
            this.transfers.push({
              country,
              ...(recipients.length === 1 ? { recipient: recipients[0]! } : {}),
              ...(mechanisms.length === 1 ? { mechanism: mechanisms[0]! } : {}),
              ...(url ? { safeguard_url: url } : {}),
              description: this.t(text.replace(/\s*\(?<?https?:\/\/[^\s<>()]+>?\)?/gu, '').trim()),
            });
            if (mechanisms.length > 1) this.todo(['transfers', index], `several transfer mechanisms named (${mechanisms.join(', ')}): set \`mechanism\``, []);
          }
          mapped = true;
          if (NOT_TRANSFERRED.test(text)) contradiction = true;
        } else if (NOT_TRANSFERRED.test(text) && !EXCEPTION.test(text)) none.add(u);
        else left.add(u);
      }
    }
    const rest = [...left].filter((u) => !none.has(u));
    if (!mapped && none.size && !rest.length && !this.transfers.length) {
      this.transfersNone = true;
      this.remark(['transfers'], 'The original says:', [...none].flatMap(unitLines));
    } else rest.unshift(...none);
    if (contradiction) this.todo(['transfers'], 'the original says both that data are not transferred outside the EU/EEA and that they are: check the transfers', []);
    if (rest.length) this.transfersOpen = true;
    this.leftover(section, 'transfers', 'transfers outside the EU/EEA not mapped: add each to `transfers` with its country and mechanism, or write `transfers: none`', rest);
  }

  private retentionSection(section: Section, units: readonly Unit[]): void {
    const left: Unit[] = [];
    for (const u of units) {
      if (u.type === 'sub') {
        left.push(u);
        continue;
      }
      if (u.type === 'list') {
        for (const item of u.items) this.addRetention(item);
        this.leadIn('retention', u.leadIn);
        continue;
      }
      if (isLeadIn(u.block.text)) left.push(u);
      else this.addRetention(u.block.text);
    }
    this.leftover(section, 'retention', 'not mapped', left);
  }

  private addRetention(text: string): void {
    const period = periodIn(text);
    this.retention.push({ ...(period ? { period } : {}), description: this.t(text) });
  }

  private securitySection(section: Section, units: readonly Unit[]): void {
    let context: 'manual' | 'electronic' | undefined = MANUAL.test(section.heading.text) ? 'manual' : ELECTRONIC.test(section.heading.text) ? 'electronic' : undefined;
    const fixed = context;
    for (const u of units) {
      if (u.type === 'sub') {
        context = MANUAL.test(u.block.text) ? 'manual' : ELECTRONIC.test(u.block.text) ? 'electronic' : fixed;
        continue;
      }
      const text = u.type === 'list' ? listText(u) : u.block.text;
      if (section.kinds.includes('retention') && /säilytysaika|säilytetään[^.]{0,60}(?:kauan|vuo|kuukau|viiko|päivä|kunnes)|säilytämme|retain|retention|kept (?:for|until)/iu.test(text)) {
        this.addRetention(text);
        continue;
      }
      const part = context ?? (MANUAL.test(text) ? 'manual' : 'electronic');
      this.security[part].push(text);
    }
  }

  private cookieSection(units: readonly Unit[]): void {
    for (const u of units) {
      const text = u.type === 'list' ? listText(u) : u.block.text;
      this.cookies.text.push(text);
      for (const tool of TOOLS) if (text.toLowerCase().includes(tool.toLowerCase()) && !this.cookies.tools.includes(tool)) this.cookies.tools.push(tool);
    }
  }

  private automatedSection(section: Section, units: readonly Unit[]): void {
    const text = units.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
    if (NO_AUTOMATED.test(text) && !EXCEPTION.test(text)) {
      this.automatedNone = true;
      this.remark(['automated_decisions'], 'The original says:', units.flatMap(unitLines));
    } else this.leftover(section, 'automated_decisions', 'automated decision-making not mapped: describe it in `automated_decisions`, or write `automated_decisions: none`', units);
  }

  second(second: NonNullable<Outline['second']>): void {
    this.todo(
      ['$end'],
      `the original holds a second register, "${second.title}" (from line ${second.line}): Seloste keeps one register a file, so copy this part to a file of its own and run \`seloste import\` on it`,
      second.blocks.flatMap((b, i) => (i && b.kind !== 'list' ? ['', ...b.lines] : b.lines)),
    );
  }

  toc(blocks: readonly Block[]): void {
    if (blocks.length) this.remark(['name'], 'Table of contents of the original (Seloste numbers and lists the sections itself):', blocks.flatMap((b) => b.lines));
  }

  // -------------------------------------------------------------- the register

  build(): { register: Record<string, unknown>; mapped: string[] } {
    const r: Record<string, unknown> = {};
    const mapped: string[] = [];
    if (this.name) {
      r['name'] = this.t(this.name.text);
      mapped.push('name');
    } else {
      r['name'] = this.t(this.lang === 'fi' ? 'TODO: rekisterin nimi' : 'TODO: name of the register');
      this.todo(['name'], 'the original gives no name for the register: write one in `name`', [], { inline: true });
    }
    if (this.description.length) r['description'] = this.t(this.description.join('\n\n'));
    if (this.created) r['created'] = this.created;
    const updated = [...this.updated].sort().pop();
    if (updated) {
      r['updated'] = updated;
      mapped.push('date');
    } else if (this.created) {
      r['updated'] = this.created;
      this.notes.push({ at: ['updated'], inline: true, comment: 'the original gives only the date it was drawn up', lines: [] });
      mapped.push('date');
    } else if (this.year) {
      r['updated'] = `${this.year}-01-01`;
      this.todo(['updated'], `the original gives only the year ${this.year}: set the date of the last update`, [], { inline: true });
    } else {
      r['updated'] = '1970-01-01';
      this.todo(['updated'], 'the original gives no date: set the date of the last update', [], { inline: true });
    }

    const controllerName = this.controller.name ?? this.frontCompany ?? this.titleCompany;
    if (controllerName) {
      const c: Record<string, unknown> = { name: controllerName };
      const parts = ['name'];
      const fields: [keyof typeof this.controller, string][] = [
        ['business_id', 'business ID'],
        ['address', 'address'],
        ['phone', 'phone'],
        ['email', 'email'],
        ['website', 'website'],
      ];
      for (const [field, label] of fields) {
        const value = this.controller[field];
        if (value === undefined) continue;
        c[field] = value;
        parts.push(label);
      }
      r['controller'] = c;
      mapped.push(`controller (${parts.join(', ')})`);
    }
    for (const role of ['dpo', 'contact_person'] as const) {
      const p = this.people[role];
      const c: Record<string, unknown> = {};
      if (p.name) c['name'] = p.name;
      if (p.title) c['title'] = p.title;
      if (p.email) c['email'] = p.email;
      if (p.phone) c['phone'] = p.phone;
      if (p.address) c['address'] = p.address;
      if (Object.keys(c).length) {
        r[role] = c;
        mapped.push(`${role === 'dpo' ? 'DPO' : 'contact person'} (${Object.keys(c).join(', ')})`);
      }
    }
    if (this.dataSubjects.length) {
      r['data_subjects'] = this.dataSubjects.map((s) => this.t(s));
      mapped.push(plural(this.dataSubjects.length, 'group of data subjects', 'groups of data subjects'));
    }

    // Legal bases: per purpose when the purpose says so; one basis for the whole register only when
    // the notice names exactly one, alone; several named for the whole register are left to the author.
    const union = [...new Set(this.statements.flatMap((s) => s.bases))];
    const single = this.statements.length > 0 && union.length === 1 && this.statements.every((s) => s.assignable) ? union[0] : undefined;
    if (this.purposes.length) {
      const purposes = this.purposes.map((p, i) => {
        const out: Record<string, unknown> = { description: this.t(p.text) };
        if (p.bases.length === 1) out['legal_basis'] = p.bases[0];
        else if (p.bases.length > 1) this.todo(['purposes', i], `the text names several legal bases (${p.bases.join(', ')}): set the one \`legal_basis\` this purpose rests on`, []);
        else if (single) out['legal_basis'] = single;
        if (DIRECT_MARKETING.test(p.text)) out['direct_marketing'] = true;
        return out;
      });
      r['purposes'] = purposes;
      const withBasis = purposes.filter((p) => p['legal_basis']).length;
      mapped.push(`${plural(purposes.length, 'purpose', 'purposes')} (${withBasis} with a legal basis)`);
    }
    if (single && this.purposes.some((p) => !p.bases.length)) {
      this.todo(['purposes'], `the original states one legal basis for the processing as a whole; it was set as \`${single}\` on each purpose that names none: check that it fits each`, this.statements.flatMap((s) => s.lines));
    } else if (this.statements.length) {
      this.todo(
        ['purposes'],
        'the original states legal bases for the register as a whole, not per purpose: set `legal_basis` on each purpose (Seloste does not guess which basis fits which purpose)',
        this.statements.flatMap((s, i) => (i ? ['', ...s.lines] : s.lines)),
      );
    }
    if (this.hetu) r['personal_identity_code'] = {};
    if (this.categories.length) {
      r['data_categories'] = this.categories.map((c) => ({ description: this.t(c) }));
      mapped.push(plural(this.categories.length, 'data category', 'data categories'));
    }
    if (this.provision.length) r['provision'] = this.t(this.provision.join('\n\n'));
    if (this.sources.length) {
      r['sources'] = this.sources;
      mapped.push(plural(this.sources.length, 'source', 'sources'));
    }
    if (this.recipients.length) {
      r['recipients'] = this.recipients;
      mapped.push(plural(this.recipients.length, 'recipient', 'recipients'));
    } else if (this.recipientsNone && !this.recipientsOpen) {
      r['recipients'] = 'none';
      mapped.push('recipients: none');
    }
    if (this.transfers.length) {
      r['transfers'] = this.transfers;
      mapped.push(plural(this.transfers.length, 'transfer', 'transfers'));
    } else if (this.transfersNone && !this.transfersOpen) {
      r['transfers'] = 'none';
      mapped.push('transfers: none');
    }
    if (this.retention.length) {
      r['retention'] = this.retention;
      mapped.push(plural(this.retention.length, 'retention rule', 'retention rules'));
    }
    if (this.automatedNone) {
      r['automated_decisions'] = 'none';
      mapped.push('automated decisions: none');
    }
    const security: Record<string, unknown> = {};
    if (this.security.manual.length) security['manual'] = this.t(this.security.manual.join('\n\n'));
    if (this.security.electronic.length) security['electronic'] = this.t(this.security.electronic.join('\n\n'));
    if (Object.keys(security).length) {
      r['security'] = security;
      mapped.push('security');
    }
    if (this.cookies.text.length) {
      r['cookies'] = {
        description: this.t(this.cookies.text.join('\n\n')),
        ...(this.cookies.tools.length ? { tools: this.cookies.tools.map((name) => ({ name })) } : {}),
      };
      mapped.push('cookies');
    }
    return { register: r, mapped };
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listText(u: Extract<Unit, { type: 'list' }>): string {
  const items = u.items.map((i) => `- ${i}`).join('\n');
  return u.leadIn ? `${u.leadIn.text}\n\n${items}` : items;
}

function recipientRole(text: string): Pick<Recipient, 'role'> {
  if (/viranomai|\bauthorit|poliisi|\bpolice\b|verohallin|tax administration/iu.test(text)) return { role: 'authority' };
  if (/henkilötietojen käsittelijä|alihankkij|puolestamme|lukuun|\bprocessors?\b|on our behalf/iu.test(text)) return { role: 'processor' };
  if (/konserniyhti|group compan|subsidiar|tytäryhti/iu.test(text)) return { role: 'group_company' };
  return {};
}

/** The register's name from a title: "Markkinointirekisterin tietosuojaseloste" → "Markkinointirekisteri". */
export function nameFromTitle(line: string): string | undefined {
  let s = line
    .replace(/(?<![\p{L}])\p{L}{0,40}seloste\p{L}*/giu, ' ')
    .replace(/privacy (?:notice|policy|statement)|data protection (?:notice|policy)/giu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[-–—:|,.\s]+|[-–—:|,\s]+$/gu, '')
    .replace(/^(?:for|of|on)\s+/iu, '')
    .trim();
  if (!/rekisteri|register/iu.test(s)) return undefined;
  s = s.replace(/rekisterin$/u, 'rekisteri');
  return capitalise(s);
}

/** The draft register of an outlined notice. */
export function extractDraft(outline: Outline, lang: Lang): Draft {
  const x = new Extractor(lang);
  x.toc(outline.toc);
  x.dates(outline.front, outline.sections);
  x.front(outline.front);
  for (const section of outline.sections) x.section(section);
  if (outline.second) x.second(outline.second);
  const { register, mapped } = x.build();
  return { lang, register, notes: x.notes, mapped };
}

/** Finnish or English, from the words the text uses most. */
export function detectLanguage(text: string): Lang {
  const fi = (text.match(/[äöÄÖ]/gu)?.length ?? 0) + 3 * (text.match(/(?<![\p{L}])(?:ja|tai|on|ei|tiedot|tietoja|henkilötiedot\p{L}*|rekisteri\p{L}*|käsittely\p{L}*)(?![\p{L}])/giu)?.length ?? 0);
  const en = 3 * (text.match(/\b(?:the|and|of|to|we|your|data|personal|is|are|you)\b/giu)?.length ?? 0);
  return fi >= en ? 'fi' : 'en';
}
