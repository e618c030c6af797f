/** Wording of schema diagnostics: one sentence, values in backticks, what is wrong and what was expected. */

/** The languages Seloste writes its messages in (`message_language` in the config). */
export type MessageLanguage = 'en' | 'fi';

export function describeValue(value: unknown, lang: MessageLanguage = 'en'): string {
  const fi = lang === 'fi';
  if (value === null || value === undefined) return fi ? 'tyhjä arvo' : 'an empty value';
  if (Array.isArray(value)) return fi ? 'luettelo' : 'a list';
  if (typeof value === 'object') return fi ? 'avain–arvo-rakenne' : 'a map';
  if (typeof value === 'string') return fi ? `teksti \`${truncate(value)}\`` : `the text \`${truncate(value)}\``;
  if (typeof value === 'boolean') return `\`${value}\``;
  return fi ? `luku \`${String(value)}\`` : `the number \`${String(value)}\``;
}

export function truncate(value: string, max = 40): string {
  const one = value.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const TYPE_NAMES: Record<MessageLanguage, Record<string, string>> = {
  en: { object: 'a map of keys', array: 'a list', string: 'a text', integer: 'a whole number', number: 'a number', boolean: '`true` or `false`', null: 'nothing' },
  fi: { object: 'avain–arvo-rakenne', array: 'luettelo', string: 'teksti', integer: 'kokonaisluku', number: 'luku', boolean: '`true` tai `false`', null: 'ei mitään' },
};

export function describeType(type: string | string[], isText: boolean, lang: MessageLanguage = 'en'): string {
  if (isText) return lang === 'fi' ? 'teksti kielittäin, esim. `{fi: …, en: …}`' : 'text per language, e.g. `{fi: …, en: …}`';
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => TYPE_NAMES[lang][t] ?? t).join(lang === 'fi' ? ' tai ' : ' or ');
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
};

export function patternHint(field: string, pattern: string, lang: MessageLanguage = 'en'): string {
  const fi = lang === 'fi';
  const known = PATTERN_HINTS[lang][field];
  if (known) return known;
  if (pattern.startsWith('^https?://')) return fi ? 'odotettu: verkko-osoite, joka alkaa `https://` tai `http://`' : 'expected a web address starting with `https://` or `http://`';
  return fi ? `odotettu: teksti, joka vastaa lauseketta \`${pattern}\`` : `expected text matching \`${pattern}\``;
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
};

export function formatHint(format: string, lang: MessageLanguage = 'en'): string {
  return FORMAT_HINTS[lang][format] ?? (lang === 'fi' ? `ei ole kelvollinen (${format})` : `is not a valid ${format}`);
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
