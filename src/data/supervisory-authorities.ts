/**
 * The supervisory authority of each EU/EEA country (GDPR Art. 51), kept as dated data in
 * `data/supervisory-authorities.json`, and how a notice names one in its language.
 */
import { readFileSync } from 'node:fs';

/** Text per language (`{fi: …, en: …}`), or one text written as the authority writes it. */
export type Localised = string | Record<string, string>;

export interface SupervisoryAuthority {
  /** ISO 3166-1 alpha-2 code of the authority's country. */
  country: string;
  /** The name per language: the authority's own language(s), English, and Finnish or Swedish where established. */
  name: Record<string, string>;
  /** The languages of the authority's own name. */
  native: string[];
  abbreviation?: string;
  postal_address?: Localised;
  visiting_address?: Localised;
  phone?: string;
  email?: string;
  website: Localised;
  /** Where the country has several authorities (Germany: one per Land), what a notice says before the one listed. */
  competence?: 'regional';
  intro?: Record<string, string>;
  /** Old addresses that no text should give any more. */
  outdated?: string[];
  checked: string;
  source: string[];
}

const FILE = new URL('../../data/supervisory-authorities.json', import.meta.url);

export const supervisoryAuthorities = JSON.parse(readFileSync(FILE, 'utf8')) as {
  as_of: string;
  source: string;
  authorities: SupervisoryAuthority[];
};

const byCountry = new Map(supervisoryAuthorities.authorities.map((a) => [a.country, a]));

/** The supervisory authority of an EU/EEA country, or undefined for any other code. */
export function authorityOf(country: string): SupervisoryAuthority | undefined {
  return byCountry.get(country);
}

/** A detail in a language: its own version, else the English one, else the authority's own text. */
export function localised(value: Localised, lang: string): string {
  if (typeof value === 'string') return value;
  return value[lang] ?? value['en'] ?? Object.values(value)[0] ?? '';
}

/** The authority's name in a language, without the rest: in that language, else in English, else its own. */
export function authorityShortName(a: SupervisoryAuthority, lang: string): string {
  return a.name[lang] ?? a.name['en'] ?? a.native.map((l) => a.name[l]).find(Boolean) ?? a.country;
}

/**
 * The authority's name in a language: its name in that language when it has one, else its English
 * name with its own name beside it, so a reader can find it either way:
 * `Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)`.
 */
export function authorityName(a: SupervisoryAuthority, lang: string): string {
  const own = a.name[lang];
  const english = a.name['en'];
  if (own || !english) {
    const name = own ?? a.native.map((l) => a.name[l]).find(Boolean) ?? a.country;
    return a.abbreviation ? `${name} (${a.abbreviation})` : name;
  }
  const natives = a.native.map((l) => a.name[l]).filter((n): n is string => !!n && n !== english);
  const beside = [...natives, ...(a.abbreviation ? [a.abbreviation] : [])];
  return beside.length ? `${english} (${beside.join(', ')})` : english;
}
