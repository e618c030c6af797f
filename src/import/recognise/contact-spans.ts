/**
 * The contact details of a block of text, each with where it stands, and the text left between
 * them: e-mail (also written "name(at)example.fi"), web address, business ID (without its hyphen
 * under its label), label, address, phone.
 */
import type { Address } from '../../types.js';
import { detailLabels, roleCue, roleLabels, type Detail } from './contact-labels.js';
import { addressLinesIn, addressesIn, type FoundAddress, labelledStreetsIn } from './contact-address.js';
import { BUSINESS_ID, EMAIL, hyphenated, LABELLED_BUSINESS_ID, phonesIn } from './contact-details.js';

export type Span =
  | { kind: 'email' | 'url' | 'business_id' | 'org_nr' | 'phone'; start: number; end: number; value: string }
  | { kind: 'address'; start: number; end: number; value: Address }
  | { kind: 'label'; start: number; end: number; detail: Detail | 'role' };

/** Masked characters: no detail, no separator either. */
export const MASK = '\u0001';

/** "(at)", "[at]", "{ät}", and the Finnish "miuku" or "miukumauku" in brackets or standing alone: "hallitus miuku akaa.hacklab.fi". */
const AT = String.raw`(?:\s?[\[({]\s?(?:at|ät|a|miuku|miukumauku)\s?[\])}]\s?|\s(?:miuku|miukumauku|ät)\s)`;
const DOT = String.raw`(?:\.|\s?[\[({]\s?(?:dot|piste|punkt)\s?[\])}]\s?)`;
const OBFUSCATED = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+${AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,}(?![A-Za-z0-9-])`, 'giu');
const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`, 'u');
/**
 * An address spelt out in capitals, as a page hides it from harvesters: "ssba PÅ ssba PUNKT org PUNKT se",
 * "info AT example DOT fi", "info ÄT esimerkki PISTE fi" (capitals only: "at" and "på" are words).
 */
const SPELT = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s(?:PÅ|AT|ÄT|MIUKU)\s[A-Za-z0-9-]+(?:\s(?:PUNKT|DOT|PISTE)\s[A-Za-z0-9-]+)+(?![A-Za-z0-9-])/gu;
const spelt = (s: string): string => s.replace(/\s(?:PÅ|AT|ÄT|MIUKU)\s/u, '@').replace(/\s(?:PUNKT|DOT|PISTE)\s/gu, '.');

/** An address with a bare "at", alone in brackets, as a page hides it from harvesters: "(kerrokantasi at hel.fi)". */
const BARE_AT = /(?<=\(\s*)[A-Za-z0-9._%+-]+ at [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?=\s*\))/gu;
/** An address spaced out against harvesters: "ulla @ ullaneule.net", "jasenet @ ullaneule . net", "thomas . vikberg @ helsinki.fi". */
const SPACED_AT = /(?<![\p{L}\d._%+@-])[A-Za-z0-9_%+-]+(?: \. [A-Za-z0-9_%+-]+|\.[A-Za-z0-9_%+-]+)* @ [A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)*? ?\. ?[A-Za-z]{2,}(?![A-Za-z0-9-])/gu;
const WEB = /(?<![\w@./-])(?:https?:\/\/|www\.)[^\s<>()"'\]]*[^\s<>()"'\].,;:!?]/giu;
/** A Swedish organisation number, its hyphen also a dash as typeset ("559075–0245"). */
export const ORG_NR = /(?<![\d-])\d{6}[-‐‑–—−]\d{4}(?![\d-])/gu;

/** "etunimi.sukunimi(at)example.fi" → "etunimi.sukunimi@example.fi"; undefined unless the result is an address. */
export function unobfuscate(s: string): string | undefined {
  const email = s.replace(new RegExp(AT, 'iu'), '@').replace(new RegExp(DOT, 'giu'), '.').replace(/\s+/gu, '');
  return WHOLE_EMAIL.test(email) ? email : undefined;
}

/** The text with the spans masked, line breaks kept. */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  const units = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (units[i] !== '\n') units[i] = MASK;
  return units.join('');
}

/** An e-mail address written twice with nothing between: "support@example.fisupport@example.fi". */
const DOUBLED_EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*?\.\p{L}{2,}?)\1(?![\p{L}\p{N}.-])/gu;

const PATTERN_EMAIL = /^(?:etunimi|firstname|first\.?name|förnamn|fornamn)[._-](?:sukunimi|lastname|last\.?name|surname|efternamn)@/iu;

/** Phone numbers where they stand, written as they are, blanks made single; an area code or a country code in brackets without them, as the register format writes it. */
function phoneSpans(text: string): Span[] {
  const out: Span[] = [];
  const starts = new Set<number>();
  for (const phone of phonesIn(text)) {
    for (let at = text.indexOf(phone); at >= 0; at = text.indexOf(phone, at + phone.length)) {
      if (starts.has(at)) continue;
      starts.add(at);
      out.push({ kind: 'phone', start: at, end: at + phone.length, value: phone.replace(/\s+/gu, ' ').replace(/^\((0\d{1,3})\)/u, '$1').replace(/^\((\+\d{1,3})\)/u, '$1') });
    }
  }
  return out;
}

/** Every detail of a text, in order, and the text with them masked. */
export function spansIn(text: string): { spans: Span[]; masked: string } {
  const spans: Span[] = [];
  let masked = text;
  // Each kind is looked for in the text with the kinds before it masked.
  const stage = (found: readonly Span[]) => {
    spans.push(...found);
    if (found.length) masked = blank(masked, found);
  };
  const each = (re: RegExp, make: (m: RegExpMatchArray) => Span | undefined) => {
    stage([...masked.matchAll(re)].map(make).filter((s): s is Span => s !== undefined));
  };
  const value = (kind: 'email' | 'url' | 'business_id' | 'org_nr', m: RegExpMatchArray, v: string): Span => ({ kind, start: m.index!, end: m.index! + m[0].length, value: v });
  each(OBFUSCATED, (m) => {
    const email = unobfuscate(m[0]);
    return email ? value('email', m, email) : undefined;
  });
  each(BARE_AT, (m) => value('email', m, m[0].replace(' at ', '@')));
  each(SPACED_AT, (m) => value('email', m, m[0].replace(/\s+/gu, '')));
  each(SPELT, (m) => (WHOLE_EMAIL.test(spelt(m[0])) ? value('email', m, spelt(m[0])) : undefined));
  // A page that prints a link's address twice, glued ("support@example.fisupport@example.fi"): one address.
  each(DOUBLED_EMAIL, (m) => value('email', m, m[1]!));
  // "etunimi.sukunimi@example.fi" says how addresses are made, it is no one's address: the line is kept.
  each(EMAIL, (m) => (PATTERN_EMAIL.test(m[0]) ? undefined : value('email', m, m[0].replace(/^[._-]+|[._-]+$/gu, ''))));
  each(WEB, (m) => value('url', m, /^www\./iu.test(m[0]) ? `https://${m[0]}` : m[0]));
  each(LABELLED_BUSINESS_ID, (m) => {
    const start = m.index! + m[0].length - m[1]!.length;
    return { kind: 'business_id', start, end: start + m[1]!.length, value: /^FI/iu.test(m[1]!) ? m[1]!.replace(/\s/gu, '') : hyphenated(m[1]!) };
  });
  each(BUSINESS_ID, (m) => value('business_id', m, hyphenated(m[0])));
  each(ORG_NR, (m) => value('org_nr', m, hyphenated(m[0])));
  stage(roleLabels(masked).map((l) => ({ kind: 'label', detail: 'role', ...l })));
  // A street and a city with no postal code count only under an address label, read before labels are masked.
  const address = (found: readonly FoundAddress[]): Span[] => found.map((a) => ({ kind: 'address', start: a.index, end: a.index + a.length, value: a.address }));
  stage(address(labelledStreetsIn(masked)));
  stage(detailLabels(masked).map((l) => ({ kind: 'label', ...l })));
  stage(address(addressesIn(masked)));
  stage(address(addressLinesIn(masked)));
  stage(phoneSpans(masked));
  return { spans: spans.sort((a, b) => a.start - b.start), masked };
}

/** Whether a text gives a contact detail (an e-mail, web address, ID, address or phone) or names a role. */
export function holdsContact(text: string): boolean {
  return roleCue(text) !== undefined || spansIn(text).spans.some((s) => s.kind !== 'label');
}

/** The one postal address a text gives, if it gives exactly one. */
export function onlyAddress(text: string): Address | undefined {
  const found = spansIn(text).spans.flatMap((s) => (s.kind === 'address' ? [s.value] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The one e-mail address or phone number a text gives, if it gives exactly one. */
export function onlyOne(text: string, kind: 'email' | 'phone'): string | undefined {
  const values = new Set(spansIn(text).spans.flatMap((s) => (s.kind === kind ? [s.value] : [])));
  return values.size === 1 ? [...values][0] : undefined;
}
