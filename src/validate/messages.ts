/** Wording of schema diagnostics: one sentence, values in backticks, what is wrong and what was expected. */

import type { MessageLanguage } from '../interface-language.js';

const VALUE_NAMES: Record<MessageLanguage, { empty: string; list: string; map: string; text: string; number: string }> = {
  en: { empty: 'an empty value', list: 'a list', map: 'a map', text: 'the text', number: 'the number' },
  fi: { empty: 'tyhjä arvo', list: 'luettelo', map: 'avain–arvo-rakenne', text: 'teksti', number: 'luku' },
  sv: { empty: 'ett tomt värde', list: 'en lista', map: 'en struktur av nycklar och värden', text: 'texten', number: 'talet' },
};

export function describeValue(value: unknown, lang: MessageLanguage = 'en'): string {
  const names = VALUE_NAMES[lang];
  if (value === null || value === undefined) return names.empty;
  if (Array.isArray(value)) return names.list;
  if (typeof value === 'object') return names.map;
  if (typeof value === 'string') return `${names.text} \`${truncate(value)}\``;
  if (typeof value === 'boolean') return `\`${value}\``;
  return `${names.number} \`${String(value)}\``;
}

/** `the text `x`` → `` `x` ``: a value named without the word for its kind. */
export function bareValue(value: unknown, lang: MessageLanguage = 'en'): string {
  const described = describeValue(value, lang);
  const { text, number } = VALUE_NAMES[lang];
  for (const word of [text, number]) if (described.startsWith(`${word} `)) return described.slice(word.length + 1);
  return described;
}

/** `a or b`, in each language. */
export const OR: Record<MessageLanguage, string> = { en: ' or ', fi: ' tai ', sv: ' eller ' };

export function truncate(value: string, max = 40): string {
  const one = value.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const TYPE_NAMES: Record<MessageLanguage, Record<string, string>> = {
  en: { object: 'a map of keys', array: 'a list', string: 'a text', integer: 'a whole number', number: 'a number', boolean: '`true` or `false`', null: 'nothing' },
  fi: { object: 'avain–arvo-rakenne', array: 'luettelo', string: 'teksti', integer: 'kokonaisluku', number: 'luku', boolean: '`true` tai `false`', null: 'ei mitään' },
  sv: { object: 'en struktur av nycklar och värden', array: 'en lista', string: 'en text', integer: 'ett heltal', number: 'ett tal', boolean: '`true` eller `false`', null: 'ingenting' },
};

const TEXT_PER_LANGUAGE: Record<MessageLanguage, string> = {
  en: 'text per language, e.g. `{fi: …, en: …}`',
  fi: 'teksti kielittäin, esim. `{fi: …, en: …}`',
  sv: 'text per språk, t.ex. `{fi: …, sv: …}`',
};

export function describeType(type: string | string[], isText: boolean, lang: MessageLanguage = 'en'): string {
  if (isText) return TEXT_PER_LANGUAGE[lang];
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => TYPE_NAMES[lang][t] ?? t).join(OR[lang]);
}

const PATTERN_HINTS: Record<MessageLanguage, Record<string, string>> = {
  en: {
    business_id: 'expected a business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. `1234567-1`',
    phone: 'expected a phone number of digits, spaces and hyphens, e.g. `+358 40 123 4567`',
    country: 'expected a two-letter ISO 3166 country code in capitals, e.g. `FI`, `SE`, `US`',
    period: 'expected an ISO 8601 duration, e.g. `P3Y` (3 years), `P6M` (6 months), `P2W`, `P30D`',
    id: 'expected lowercase letters, digits and hyphens, e.g. `customer-service`',
    applies_to: 'expected the id of a data category or purpose: lowercase letters, digits and hyphens',
  },
  fi: {
    business_id: 'odotettu: Y-tunnus, eli seitsemän numeroa, yhdysviiva ja tarkistusmerkki, esim. `1234567-1`',
    phone: 'odotettu: puhelinnumero numeroin, välilyönnein ja yhdysviivoin, esim. `+358 40 123 4567`',
    country: 'odotettu: kaksikirjaiminen ISO 3166 -maakoodi isoin kirjaimin, esim. `FI`, `SE`, `US`',
    period: 'odotettu: ISO 8601 -kesto, esim. `P3Y` (3 vuotta), `P6M` (6 kuukautta), `P2W`, `P30D`',
    id: 'odotettu: pieniä kirjaimia, numeroita ja yhdysviivoja, esim. `customer-service`',
    applies_to: 'odotettu: tietoryhmän tai käyttötarkoituksen tunniste (`id`), jossa on pieniä kirjaimia, numeroita ja yhdysviivoja',
  },
  sv: {
    business_id: 'väntade ett FO-nummer (Y-tunnus): sju siffror, ett bindestreck och en kontrollsiffra, t.ex. `1234567-1`',
    phone: 'väntade ett telefonnummer med siffror, mellanslag och bindestreck, t.ex. `+358 40 123 4567`',
    country: 'väntade en landskod enligt ISO 3166 med två versaler, t.ex. `FI`, `SE`, `US`',
    period: 'väntade en tidslängd enligt ISO 8601, t.ex. `P3Y` (3 år), `P6M` (6 månader), `P2W`, `P30D`',
    id: 'väntade små bokstäver, siffror och bindestreck, t.ex. `customer-service`',
    applies_to: 'väntade id:t för en kategori av personuppgifter eller ett ändamål: små bokstäver, siffror och bindestreck',
  },
};

const OTHER_PATTERNS: Record<MessageLanguage, { web: string; matching: (pattern: string) => string }> = {
  en: { web: 'expected a web address starting with `https://` or `http://`', matching: (pattern) => `expected text matching \`${pattern}\`` },
  fi: { web: 'odotettu: verkko-osoite, joka alkaa `https://` tai `http://`', matching: (pattern) => `odotettu: teksti, joka vastaa lauseketta \`${pattern}\`` },
  sv: { web: 'väntade en webbadress som börjar med `https://` eller `http://`', matching: (pattern) => `väntade en text som motsvarar \`${pattern}\`` },
};

export function patternHint(field: string, pattern: string, lang: MessageLanguage = 'en'): string {
  const known = PATTERN_HINTS[lang][field];
  if (known) return known;
  return pattern.startsWith('^https?://') ? OTHER_PATTERNS[lang].web : OTHER_PATTERNS[lang].matching(pattern);
}

const FORMAT_HINTS: Record<MessageLanguage, Record<string, string>> = {
  en: {
    email: 'is not a valid e-mail address',
    date: 'is not a valid date: expected YYYY-MM-DD, e.g. `2026-01-31`',
    uri: 'is not a valid web address: expected e.g. `https://example.fi/tietosuoja`',
  },
  fi: {
    email: 'ei ole kelvollinen sähköpostiosoite',
    date: 'ei ole kelvollinen päivämäärä: odotettu muoto VVVV-KK-PP, esim. `2026-01-31`',
    uri: 'ei ole kelvollinen verkko-osoite: odotettu esim. `https://example.fi/tietosuoja`',
  },
  sv: {
    email: 'är inte en giltig e-postadress',
    date: 'är inte ett giltigt datum: väntade ÅÅÅÅ-MM-DD, t.ex. `2026-01-31`',
    uri: 'är inte en giltig webbadress: väntade t.ex. `https://example.fi/dataskydd`',
  },
};

const NOT_VALID: Record<MessageLanguage, (format: string) => string> = {
  en: (format) => `is not a valid ${format}`,
  fi: (format) => `ei ole kelvollinen (${format})`,
  sv: (format) => `är inte giltig (${format})`,
};

export function formatHint(format: string, lang: MessageLanguage = 'en'): string {
  return FORMAT_HINTS[lang][format] ?? NOT_VALID[lang](format);
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  // Short words are close to many others: suggest only near misses.
  const limit = word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return bestScore <= limit ? best : undefined;
}

export function codeList(values: readonly unknown[]): string {
  return values.map((v) => `\`${String(v)}\``).join(', ');
}
