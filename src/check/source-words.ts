/** How notices point at where data come from without naming it: "julkisista lähteistä", "from partners". */
import type { Source } from '../types.js';
import { findWords, onlyWords, wordSet, words } from './words.js';

/** Words that do not tell where data come from: "julkisista lähteistä", "public sources". */
const isGenericSource = wordSet([
  // fi
  'julki*', 'lähte*', 'lähtei*', 'tietolähte*', 'tietolähtei*', 'internet*', 'verkko*', 'verkosta', 'saatavil*', 'yleise*', 'olev*',
  'sekä', 'ja', 'tai', 'mahdollise*', 'mui*', 'muu', 'muut', 'myös', 'voida*', 'saada*', 'saadaan', 'saatu*', 'tieto*', 'tiedo*',
  'tiedot', 'eri', 'kerät*', 'kerätä*', 'yritykse*', 'yritys', 'organisaatio*', 'kolman*', 'osapuol*', 'tahoi*', 'tahoj*',
  // en
  'public', 'publicly', 'available', 'source', 'sources', 'other', 'and', 'or', 'from', 'the', 'data', 'information', 'online',
  'may', 'be', 'is', 'are', 'obtained', 'collected', 'also', 'various', 'third', 'parties', 'companies', 'organisations', 'organizations',
  // sv
  'offentlig*', 'källa', 'källor', 'källorna', 'tillgänglig*', 'andra', 'och', 'eller', 'från', 'uppgifter', 'uppgifterna', 'kan',
  'också', 'även', 'olika', 'inhämtas', 'samlas', 'in', 'tredje', 'part', 'parter', 'företag',
]);

/** Phrases that point at sources without naming them, also inside a longer sentence. */
const VAGUE_SOURCE = words([
  // fi
  'julkisi* lähte*', 'julkisi* lähtei*', 'julkisi* tietolähte*', 'julkisi* tietolähtei*', 'mui* lähte*', 'mui* lähtei*',
  'mui* tietolähte*', 'mui* tietolähtei*', 'eri lähtei*', 'internetlähte*', 'internetlähtei*',
  // en
  'public sources', 'publicly available sources', 'other sources', 'various sources', 'third-party sources',
  // sv
  'offentlig* källor*', 'andra källor*', 'olika källor*', 'externa källor*',
]);

/** Registers and services that name a source even in lower case. */
const KNOWN_SOURCE = words([
  'kaupparekister*', 'väestötietojärjestelm*', 'väestörekister*', 'ytj', 'yritys- ja yhteisötietojärjestelm*', 'osoitepalvelu*',
  'trade register', 'business register', 'population register', 'companies house', 'handelsregist*', 'befolkningsregist*',
  'folkbokföring*', 'bolagsverke*', 'https://*', 'www.*',
]);

/** True when a text names a source: a known register, or a capitalised word inside a sentence. */
export function namesSource(text: string): boolean {
  if (findWords(text, KNOWN_SOURCE).length) return true;
  return text.split(/[.!?:\n]+/u).some((sentence) => sentence.trim().split(/\s+/u).slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w)));
}

/** The vague phrase of a source that names nothing, or undefined. */
export function vagueSource(text: string): string | undefined {
  if (onlyWords(text, isGenericSource)) return text;
  const [phrase] = findWords(text, VAGUE_SOURCE);
  return phrase && !namesSource(text) ? phrase : undefined;
}

/**
 * A kind of source with no name: commercial providers, partners, public sources, public registers
 * (Art. 14(2)(f) asks for the source; WP260: the specific source, unless it cannot be named).
 */
const SOURCE_KIND = words([
  // fi
  'kaupalli*', 'yhteistyökumppan*', 'kumppane*', 'kumppaneilta', 'kolmansi* osapuol*', 'ulkopuoli* taho*', 'rekisterei* ylläpitäj*',
  'tietopalveluyrity*', 'julki* lähte*', 'julki* tietolähte*', 'mui* lähte*', 'eri lähtei*', 'julki* rekisteri*', 'julki* rekisterei*',
  'julki* yritystieto*',
  // en
  'partners', 'partner', 'third parties', 'third-party', 'third party', 'commercial*', 'data provider*', 'data broker*',
  'public sources', 'publicly available sources', 'other sources', 'various sources', 'public register*', 'public * directories',
  'public directories', 'company directories', 'business directories',
  // sv
  'samarbetspartner*', 'partner', 'partners', 'tredje part*', 'kommersiell*', 'offentliga källor', 'externa källor', 'andra källor',
  'olika källor', 'dataleverantör*', 'offentlig* register*', 'företagskatalog*',
]);

/** A text that says where data come from, by the source's name or by its kind ("julkisista rekistereistä", "from partners"). */
export function namesSourceOrKind(text: string): boolean {
  return namesSource(text) || findWords(text, SOURCE_KIND).length > 0;
}

/** The description of an organisation or public source that only says what kind of source it is, or undefined. */
export function unnamedKind(source: Source): string | undefined {
  if ((source.type !== 'organisation' && source.type !== 'public') || source.name || !source.description) return undefined;
  return Object.values(source.description).find((t): t is string => typeof t === 'string' && findWords(t, SOURCE_KIND).length > 0 && !namesSource(t));
}
