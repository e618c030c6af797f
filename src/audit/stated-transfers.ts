/**
 * Whether the notice places data in the country of a transfer its draft holds: a country named only
 * as the origin of a law ("UK data protection legislation", "US CLOUD Act", "Yhdysvaltain laki") is
 * where the law comes from, not where data go, and no transfer there is checked.
 */
import { COUNTRIES } from '../import/recognise/countries.js';

/** What follows a country named for its law: up to three words, then the law. */
const LAW_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:legislation|law|laws|act|regulations?|lag|lagen|lagstiftning\p{L}*|laki|lain|lakien|lainsäädän\p{L}*)(?!\p{L})/iu;

/** The notice's text of a transfer names its country as a place, not only as the origin of a law. */
export function placesInCountry(text: string, country: string): boolean {
  const entry = COUNTRIES.find(([, code]) => code === country);
  if (!entry) return true;
  const pattern = new RegExp(entry[0].source, `${entry[0].flags.replace('g', '')}g`);
  return [...text.matchAll(pattern)].some((m) => !LAW_AFTER.test(text.slice((m.index ?? 0) + m[0].length)));
}
