/**
 * A basis said of the cookies alone: a sentence that names one basis and opens on the cookies it is said of
 * ("För cookies och externa tjänster som inte är nödvändiga … används samtycke som rättslig grund", "Muiden kuin
 * välttämättömien evästeiden käytön oikeusperuste on suostumus", "For cookies that are not necessary, the legal basis
 * is your consent"). Not cookies named further on ("… when you subscribe or accept cookies"), nor denied before
 * them ("We do not use cookies"), nor a sentence that names no basis ("Evästeistä kerrotaan kohdassa 9").
 */
import { COOKIE_WORD } from '../../check/consent-words.js';
import { sentences } from '../draft/text.js';
import { statedBases } from './bases.js';

/** How many words may stand before the cookies in a sentence that opens on them. */
const OPENING = 4;

const NEGATION = /(?<!\p{L})(?:ei|emme|eikä|inte|inga|ingen|not|no|never)(?!\p{L})/iu;

function opensOnCookies(sentence: string): boolean {
  const [m] = sentence.matchAll(COOKIE_WORD);
  if (!m) return false;
  // A label before a colon ("Käsittelyn oikeusperuste: Muiden kuin …") is the heading's, not the sentence's.
  const before = sentence.slice(0, m.index).replace(/^[^:]{0,40}:\s*/u, '').trim();
  return before.split(/\s+/u).filter(Boolean).length <= OPENING && !NEGATION.test(before);
}

/** The basis a text says of the cookies alone, if one. */
export function cookieBasis(text: string): string | undefined {
  for (const s of sentences(text.replace(/\n/gu, ' '))) {
    const { bases } = statedBases(s);
    if (bases.length === 1 && opensOnCookies(s)) return bases[0];
  }
  return undefined;
}
