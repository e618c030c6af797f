/** Words on criminal convictions and offences (Art. 10), and on preventing crime, which is a purpose. */
import { findWords, mayMatch, wordSet, words } from './words.js';

/** Data about criminal convictions and offences (Art. 10): not a special category, but as restricted. */
const CRIMINAL = words([
  'rikostausta*', 'rikosrekister*', 'rikostuomi*', 'rikosepäil*', 'rikoks*', 'rikollis*', 'rangaistu*',
  'criminal*', 'conviction*', 'offence*', 'offense*', 'belastningsregist*', 'straffregist*', 'brottmål*', 'brottsregist*',
  'lagöverträdelse*', 'brottslig*',
]);

/** Preventing crime is a purpose (camera surveillance, security), not data on offences. */
const PREVENTION = words([
  'ehkäi*', 'ennaltaehkäi*', 'estämi*', 'estää', 'torju*', 'prevent*', 'deter*', 'förebygg*', 'förhindra*', 'motverka*',
]);

/** Words for crime in general, which prevention can take as its object; a conviction or a suspicion is always data. */
const isCrimeInGeneral = wordSet(['rikoks*', 'rikoste*', 'rikollis*', 'criminal*', 'offence*', 'offense*', 'brottslig*']);

/**
 * Kinds of proceedings, not data on offences: "civil or criminal legal proceedings", "siviili- tai
 * rikosasia", "civil- eller brottmål". Not records or judgments ("civil and criminal records",
 * "siviili- ja rikostuomiot", "tviste- och brottmålsdomar"), which are data on offences.
 */
const KINDS_OF_PROCEEDINGS =
  /(?<![\p{L}])(?:civil (?:or|and) criminal (?:legal |court )?(?:proceedings|cases|matters|actions|litigation|claims)|siviili- (?:tai|ja) rikos(?:asia\p{L}*|oikeudenkäyn\p{L}*|prosess\p{L}*|juttu\p{L}*)|(?:civil-|tvistemål|civilmål) (?:eller|och) brottmål(?:et|en|sprocess\p{L}*|sförfarand\p{L}*)?|civilrättslig\p{L}* (?:eller|och) straffrättslig\p{L}* (?:förfarand\p{L}*|process\p{L}*))(?![\p{L}])/giu;

/** The first word on criminal convictions or offences that is not the object of prevention ("rikosten ehkäisy") or a kind of proceedings. */
export function criminalWord(text: string): string | undefined {
  const value = text.replace(KINDS_OF_PROCEEDINGS, ' ');
  if (!mayMatch(value, CRIMINAL)) return undefined;
  for (const m of value.matchAll(CRIMINAL)) {
    const at = m.index ?? 0;
    // The prevention may stand a few words before ("förebygga eller utreda rån, stölder eller annan brottslighet").
    const near = value.slice(Math.max(0, at - 60), at + m[0].length + 25);
    if (!isCrimeInGeneral(m[0]) || !findWords(near, PREVENTION).length) return m[0];
  }
  return undefined;
}
