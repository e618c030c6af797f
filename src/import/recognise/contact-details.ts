/** Contact details in running text: company names, e-mail, business ID, phone, web address, person (addresses: `contact-address.ts`). */
import { roleCue } from './contact-labels.js';

export const SUFFIX = String.raw`(?:Oyj|Oy|Abp|Ab|ry|r\.y\.|rf|r\.f\.|Ky|Tmi|Osk|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|AB|ASA|AS|A/S|ApS|plc|PLC|S\.A\.|B\.V\.|SAS|SARL|kuntayhtymä|kunta|kaupunki|säätiö|sr|u\.?[ ]?p\.?[ ]?a\.?(?=[\s,.;:)]|$))`;

/**
 * Capitalised words and a company form; or, as Finnish and Swedish write names, a genitive and words in
 * small letters before an association's or company's form ("Vanhustyön keskusliitto ry", "Suomen
 * kennelliitto ry", "Finlands svenska roddförbund rf").
 */
const SMALL_WORDS = String.raw`\p{Lu}[\p{L}-]*[ns]\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=(?:Oyj|Oy|Ab|ry|r\.y\.|rf|r\.f\.|säätiö|sr)(?![\p{L}\d]))`;
/** A capitalised word of a name, and after the first an ampersand between two ("Heikkilä & Co HCO Oy", "JTT Fastighet & Konsult AB"). */
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*\s+`;
export const COMPANY = new RegExp(String.raw`(?<![\p{L}\d&'’.-])(${NAME_WORD}(?:${NAME_WORD}|&\s+){0,4}|${SMALL_WORDS})(${SUFFIX})(?![\p{L}\d])`, 'gu');

export const COMPANY_SUFFIX = new RegExp(String.raw`(?:^|\s)${SUFFIX}$`, 'u');

/** A name's abbreviation in brackets before its legal form: "Kiinteistönvälitysalan Keskusliitto (KVKL) ry". */
const ABBREVIATION = /\s\(\p{Lu}[\p{Lu}\d&-]{1,9}\)(?=\s+(?:Oyj|Oy|Ab|ry|r\.y\.|rf|r\.f\.|AB)(?![\p{L}\d]))/gu;

/** Company-looking names: capitalised words ending in Oy, Oyj, ry, Ltd, kunta … (an abbreviation before the form left out). */
export function companyNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(ABBREVIATION, '').matchAll(COMPANY)) {
    const name = `${m[1]!.trim()} ${m[2]!}`.replace(/\s+/gu, ' ');
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

export const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** A Finnish business ID; its hyphen may have been set as a dash ("0215403–8"). */
export const BUSINESS_ID = /(?<![\d-])\d{7}[-‐‑–—]\d(?![\d-])/gu;

/** A business ID as the register writes it: with a hyphen, where the notice set a dash. */
export const hyphenated = (id: string): string => id.replace(/[‐‑–—−]/u, '-');

/**
 * A Finnish business ID right after its label, with or without its hyphen ("Y-tunnus 11420481"), with
 * a digit too many or too few ("y-tunnus 33425921-3"), its hyphen a digit out of place ("y-tunnus
 * 731136-80") or a space among its digits ("Y-tunnus: 329 1357-6", "2254322 - 5"): eight digits alone could be anything,
 * under the label they are the ID as the notice writes it, and `seloste check` reports a wrong one;
 * so is a VAT number given for it ("Business ID / VAT number: FI34418333").
 */
export const LABELLED_BUSINESS_ID =
  /(?<![\p{L}])(?:y-tunnus|yritystunnus|business id(?:entity code)?|fo-nummer|fo-nr)(?:\s*\/\s*(?:vat|alv|moms)[\p{L} -]{0,12})?\s*[:：]?\s*(\d{7}[-‐‑–—]?\d|\d{6,9}[-‐‑–—]\d|\d{6,7}[-‐‑–—]\d{2}|\d{3} \d{4}[-‐‑–—]\d|\d{7} [-‐‑–—] \d|FI\s?\d{8})(?![\d-])/giu;

export const DATE_NUMERIC = /(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?!\d)/gu;

export function digits(s: string): number {
  return s.replace(/\D/gu, '').length;
}

/** Phone numbers in Finnish and international formats: +358 40 123 4567, +358 (9) 47001, (+358) 45-103 2606, 044-7716834, 029 56 66700, (09) 1911. */
export function phonesIn(text: string): string[] {
  const masked = text.replace(BUSINESS_ID, (m) => ' '.repeat(m.length)).replace(DATE_NUMERIC, (m) => ' '.repeat(m.length)).replace(EMAIL, (m) => ' '.repeat(m.length));
  const out: { at: number; phone: string }[] = [];
  for (const m of masked.matchAll(/(?<![\w+])(?:\(\+\d{1,3}\)|\+\d{1,3})(?:[ -]?\(\d{1,3}\))?(?:[ -]?\d{1,4}){2,6}(?!\d)/gu)) {
    const n = digits(m[0]);
    if (n >= 8 && n <= 15) out.push({ at: m.index, phone: m[0].trim() });
  }
  // The area code may stand in brackets: "(09) 1911", "(09) 555 0101".
  for (const m of masked.matchAll(/(?<![\w.+-])(?:\(0\d{1,3}\)|0\d{1,3})(?:[ -]?\d{2,5}){1,4}(?![\w.-]?\d)/gu)) {
    const n = digits(m[0]);
    if (n >= (m[0].startsWith('(') ? 6 : 7) && n <= 12 && !out.some((o) => m.index >= o.at && m.index < o.at + o.phone.length)) out.push({ at: m.index, phone: m[0].trim() });
  }
  return [...new Set(out.sort((a, b) => a.at - b.at).map((o) => o.phone))];
}

export const URL = /https?:\/\/[^\s<>()"'\]]*[^\s<>()"'\].,;:!?]/gu;

export function urlsIn(text: string): string[] {
  return [...new Set([...text.matchAll(URL)].map((m) => m[0]))];
}

/** One name of a person: "Anna", "Aho-Virtanen", "O'Brien". */
const NAME_PART = String.raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?`;
/** Words between a first name and a surname: "Jan van der Berg", "Anna af Ekström". */
const PARTICLE = String.raw`(?:van|von|der|den|de|af|da|di|du|la|le|ter|ten)`;

/** A person's name: two or three names, with the particles of a surname, and a middle initial ("Jarle M. Alvheim"). */
export const NAME = String.raw`${NAME_PART}(?:\s\p{Lu}\.)?(?:\s(?:${PARTICLE}\s){0,2}${NAME_PART}){1,2}`;

/**
 * A paragraph that opens on the person who answers for data protection ("Nina Aho ansvarar för
 * dataskyddsfrågor", "Anna Virtanen vastaa tietosuoja-asioista", "Jane Roe is responsible for data
 * protection matters"): it is about the contact person, under the controller's heading too.
 */
export const RESPONSIBLE = new RegExp(
  String.raw`^\s*(${NAME})\s+(?:ansvarar för|sköter|handhar|vastaa|hoitaa|is responsible for|handles|looks after)\s+(?:\p{L}+\s+)?(?:dataskydd\p{L}*|personuppgift\p{L}*|integritet\p{L}*|tietosuoja\p{L}*|henkilötie\p{L}*|rekisteri\p{L}*|data protection|privacy|personal data)`,
  'u',
);

export const NAME_LABEL = /(?<![\p{L}])(?:yhteys ?henkilö|vastuu ?henkilö|contact person|contact(?=\s*:)|nimi|name|tietosuojavastaava|data protection officer|dpo)(?![\p{L}])\s*(?:on|is)?\s*[:–-]?\s*/giu;

export const NAME_AT_START = new RegExp(String.raw`^(${NAME})(?![\p{L}\d-])`, 'u');

export const NAME_BEFORE_EMAIL = new RegExp(String.raw`(${NAME})\s*[:,–-]?\s*[(<]?[A-Za-z0-9._%+-]+@`, 'gu');

export const NAME_LINE = new RegExp(String.raw`^(${NAME})(?=$|\s*[,(]|\s+[+\d]|\s+\S+@)`, 'u');

export const NOT_NAMES = /^(?:Rekisterin|Rekisterinpitäjä|Tietosuojavastaava|Sähköposti|Puhelin|Osoite|Email|Phone|Address|Data|Privacy|Customer|Contact)\b/u;

/** Not a company, a label, nor a role addressed ("Duunify Tietosuojavastaava"). */
export function validName(name: string): boolean {
  return !COMPANY_SUFFIX.test(name) && !NOT_NAMES.test(name) && roleCue(name) === undefined;
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
    const responsible = RESPONSIBLE.exec(s)?.[1];
    if (responsible && validName(responsible)) return responsible;
  }
  for (const s of segments) {
    if (s.length > 80) continue;
    const m = NAME_LINE.exec(s.trim());
    if (m && validName(m[1]!)) return m[1]!;
  }
  return undefined;
}

export const LABELS =
  /(?:y-tunnus|business id|sähköposti\p{L}*|s-posti|e-?mail|puh(?:elin)?\.?|p\.|tel\.?|phone|vaihde|switchboard|gsm|matkapuhelin|mobile|(?<![\p{L}])\p{L}{0,24}osoite|address|nimi|name|www|yhteystie\p{L}*|contact details|tietosuojavastaa\p{L}*|data protection officer|yhteys ?henkilö\p{L}*|vastuu ?henkilö\p{L}*|contact person|rekisterinpitäjä\p{L}*|controller)/giu;

/** Words that only lead to a contact detail ("can be reached at", "tavoittaa osoitteesta"). */
export const FILLER = new Set(
  (
    'our can be reached at the is are you by via may contact contacted write and for with from here ' +
    'voi voit tavoittaa osoitteesta osoitteessa sähköpostitse puhelimitse numerosta numerossa yhteyttä ottaa sekä'
  ).split(' '),
);

/** What is left of a line once its contact details are taken out: more than a label means more to read. */
export function leftoverWords(segment: string, taken: readonly string[]): number {
  let rest = segment;
  for (const t of taken) if (t) rest = rest.split(t).join(' ');
  rest = rest.replace(EMAIL, ' ').replace(URL, ' ').replace(BUSINESS_ID, ' ').replace(LABELS, ' ');
  for (const c of companyNames(rest)) rest = rest.split(c).join(' ');
  return rest.split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !FILLER.has(w.toLowerCase())).length;
}
