/**
 * The answers `seloste init` takes, from its questions and from its flags alike: each parser returns
 * the value or says, in the words of the interface, what is expected instead.
 */
import { adequacyFor, isEea } from '../data/data.js';
import { isValidBusinessId } from '../rules/business-id.js';
import type { TransferMechanism } from '../types.js';
import type { Choice } from './choices.js';
import { Invalid } from './prompt.js';
import { en } from './words-en.js';
import type { AnswerWords } from './words.js';

export function parseBusinessId(answer: string, w: AnswerWords = en.answers): string {
  const id = answer.trim();
  if (!/^\d{7}-\d$/.test(id)) throw new Invalid(w.businessIdFormat);
  if (!isValidBusinessId(id)) throw new Invalid(w.businessIdCheckDigit(id));
  return id;
}

const RESERVED_DOMAIN = /@(?:[\w-]+\.)*example\.(?:com|org|net)$/i;

export function parseEmail(answer: string, w: AnswerWords = en.answers): string {
  const email = answer.trim();
  if (!/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email)) throw new Invalid(w.email);
  if (RESERVED_DOMAIN.test(email)) throw new Invalid(w.exampleEmail(email));
  return email;
}

export function parsePhone(answer: string, w: AnswerWords = en.answers): string {
  const phone = answer.trim().replace(/\s+/g, ' ');
  if (!/^\+?[0-9][0-9 ()-]{4,}$/.test(phone)) throw new Invalid(w.phone);
  return phone;
}

export function parsePostalCode(answer: string, w: AnswerWords = en.answers): string {
  const code = answer.trim();
  if (!/^\d{5}$/.test(code)) throw new Invalid(w.postalCode);
  return code;
}

export function parseUrl(answer: string, w: AnswerWords = en.answers): string {
  const url = answer.trim();
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) throw new Invalid(w.url);
  return url;
}

export function parseCountry(answer: string, w: AnswerWords = en.answers): string {
  const code = answer.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new Invalid(w.country);
  return code;
}

/** A country data are transferred to: outside the EEA, or it is no transfer. */
export function parseThirdCountry(answer: string, w: AnswerWords = en.answers): string {
  const code = parseCountry(answer, w);
  if (isEea(code)) throw new Invalid(w.inEea(code));
  return code;
}

/** Yes or no in any of the three languages: `y`, `kyllä`, `ja`; `n`, `ei`, `nej`. */
export function parseYesNo(answer: string, w: AnswerWords = en.answers): boolean {
  const a = answer.trim().toLowerCase();
  if (['y', 'yes', 'k', 'kyllä', 'kylla', 'j', 'ja'].includes(a)) return true;
  if (['n', 'no', 'e', 'ei', 'nej'].includes(a)) return false;
  throw new Invalid(w.yesNo);
}

export function required(what: string, w: AnswerWords = en.answers): (answer: string) => string {
  return (answer) => {
    const a = answer.trim();
    if (!a) throw new Invalid(w.empty(what));
    return a;
  };
}

/** A choice by its number or its name (`2`, `contract`, `sopimus`, `avtal`). */
export function parseChoice<T extends string>(choices: readonly Choice<T>[], w: AnswerWords = en.answers): (answer: string) => T {
  return (answer) => {
    const a = answer.trim().toLowerCase();
    const n = Number(a);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
    const found = choices.find((c) => c.value === a || c.value.replace(/_/g, ' ') === a || c.fi === a || c.sv === a);
    if (found) return found.value;
    throw new Invalid(w.choice(choices.length, choices.map((c) => c.value).join(', ')));
  };
}

const UNIT_WORDS: [RegExp, 'Y' | 'M' | 'W' | 'D'][] = [
  [/^(?:y|yr|yrs|years?|v|vuo(?:si|tta|den)|år)$/, 'Y'],
  [/^(?:m|mo|mos|months?|kk|kuukau(?:si|tta|den)|månad(?:er)?)$/, 'M'],
  [/^(?:w|wk|wks|weeks?|vk|viikk?o(?:a|n)?|veck(?:a|or))$/, 'W'],
  [/^(?:d|days?|pv|päivä(?:ä|n)?|paiva(?:a|n)?|dag(?:ar)?)$/, 'D'],
];

/** `3 years`, `26 months`, `1 year 6 months`, `3 vuotta`, `P3Y` → an ISO 8601 duration. */
export function parseRetention(answer: string, w: AnswerWords = en.answers): string {
  const a = answer.trim();
  const iso = a.toUpperCase();
  if (/^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T\d+H)?$/.test(iso)) return iso;
  const parts = [...a.toLowerCase().replace(/\b(?:and|ja|och)\b|,/g, ' ').matchAll(/(\d+)\s*([\p{L}]+)/gu)];
  const rest = a.toLowerCase().replace(/\b(?:and|ja|och)\b|,/g, ' ').replace(/(\d+)\s*([\p{L}]+)/gu, '').trim();
  const amounts: Partial<Record<'Y' | 'M' | 'W' | 'D', number>> = {};
  for (const [, n, word] of parts) {
    const unit = UNIT_WORDS.find(([re]) => re.test(word!))?.[1];
    if (!unit || amounts[unit] !== undefined) throw new Invalid(w.period(a));
    amounts[unit] = Number(n);
  }
  if (!parts.length || rest) throw new Invalid(w.period(a));
  if (Object.values(amounts).every((n) => n === 0)) throw new Invalid(w.zeroPeriod);
  return `P${(['Y', 'M', 'W', 'D'] as const).map((u) => (amounts[u] !== undefined ? `${amounts[u]}${u}` : '')).join('')}`;
}

const FOLD: Record<string, string> = { ä: 'a', å: 'a', ö: 'o', æ: 'ae', ø: 'o', ß: 'ss' };

/** `Verkkokaupan asiakasrekisteri` → `verkkokaupan-asiakasrekisteri`: a register or item id. */
export function slugify(text: string, maxLength = 60): string {
  const folded = text
    .toLowerCase()
    .replace(/[äåöæøß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) slug = slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
  return slug;
}

/** A slug not yet in `taken`, with `-2`, `-3`… when needed; undefined when the text has no letters or digits. */
export function uniqueSlug(text: string, taken: Set<string>, maxLength = 40): string | undefined {
  const base = slugify(text, maxLength);
  if (!base) return undefined;
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

/** Why a transfer cannot rest on a mechanism, or undefined when it can. */
export function mechanismProblem(country: string, mechanism: TransferMechanism, w: AnswerWords = en.answers): string | undefined {
  if (mechanism === 'adequacy' && country === 'US') return w.usNeedsDpf;
  if (mechanism === 'adequacy' && !adequacyFor(country)) return w.noAdequacy(country);
  if (mechanism === 'data_privacy_framework' && country !== 'US') return w.dpfOutsideUs(country);
  return undefined;
}
