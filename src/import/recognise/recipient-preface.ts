/**
 * A sentence that says only when data go to "third parties" ("TIOM delar bara uppgifter med tredje part
 * när det är nödvändigt …", "Tietoja luovutetaan kolmansille osapuolille vain tarvittaessa") before the
 * section names those parties one by one: it prefaces them, it is no recipient of its own. So too a
 * sentence on service providers in general ("Palveluntarjoajat on valittu huolellisesti", "Alihankkijat
 * velvoitetaan sopimuksin …") where the notice names its providers: it speaks of them.
 */
import { providersIn } from '../../check/providers.js';
import { namesActivity } from '../../check/recipient-activities.js';
import type { DraftState } from '../draft/state.js';
import { ACCESS_GIVEN, ANY_PARTY, DISCLOSES, PARTY } from './recipient-words.js';

/** The word for parties in general, which names no kind of party. */
const ANYONE = new RegExp(`^(?:${ANY_PARTY})$`, 'iu');

const PARTIES = new RegExp(PARTY.source, 'giu');

/** A recipient made only of words for parties in general: no name, no kind of party. */
function general(category: string): boolean {
  const words = [...category.matchAll(PARTIES)].map((m) => m[0]);
  return words.length > 0 && words.every((w) => ANYONE.test(w));
}

/** Whether a path of a note points at a recipient from `from` on, which dropping one before it would shift. */
function pointsAtOrAfter(x: DraftState, from: number): boolean {
  return x.notes.some((n) => n.at[0] === 'recipients' && typeof n.at[1] === 'number' && n.at[1] >= from);
}

/** Words that say data go to them only when needed: "bara", "vain", "only", "när det är nödvändigt", "tarvittaessa". */
const ONLY_WHEN = /(?<![\p{L}])(?:bara|endast|enbart|vain|ainoastaan|only|när det (?:är|behövs)|vid behov|tarvittaessa|tarpeen mukaan|where necessary|when necessary|if necessary)(?![\p{L}])/iu;

/** The law or an authority as the only occasion: "vain lain niin vaatiessa", "only where the law requires" is a disclosure of its own. */
const LAW = /(?<!\p{L})(?:vain|ainoastaan|only|bara|endast|enbart)\s+(?:\p{L}+\s+){0,2}(?:lai?n|laki|lakia|lainsäädän\p{L}*|viranomai\p{L}*|lag(?:en|ar)?|lagstiftning\p{L}*|myndighet\p{L}*|laws?|legal\p{L}*|authorit\p{L}*|court\p{L}*|tuomioistuim\p{L}*|domstol\p{L}*)(?!\p{L})/iu;

/**
 * A recipient that speaks of parties in general and says when data go to them, right before named ones
 * (the subheading over their list may start a section of its own), is kept as what the original says of them.
 */
export function prefacesOfNamed(x: DraftState): void {
  for (let i = x.recipients.length - 2; i >= 0; i--) {
    const r = x.recipients[i]!;
    const text = r.category?.[x.lang];
    if (r.name || typeof text !== 'string' || !general(text) || !ONLY_WHEN.test(text) || LAW.test(text) || !x.recipients[i + 1]!.name || pointsAtOrAfter(x, i)) continue;
    x.recipients.splice(i, 1);
    x.remark(['recipients'], 'The original says of them:', [text]);
  }
}

/** Data given or processed: "luovutetaan", "siirretään", "käsittelevät", "share", "process", "lämnas ut", "behandlar". */
const GIVEN = new RegExp(`${DISCLOSES.source}|(?<![\\p{L}])(?:käsittelevät|käsittelee|behandlar|behandlas|process(?:es)?|share[sd]?|sharing)(?![\\p{L}])`, 'iu');

/** A company by its legal form ("Seclan Oy", "Example AB", "Mailer Inc."): a provider, not an association or an authority. */
const COMPANY = /(?<![\p{L}])(?:Oy|Oyj|Ab|AB|Ltd|Limited|Inc|LLC|GmbH|ApS|AS|BV|SA|plc)\.?(?![\p{L}])/u;

/** Subcontractors in Finnish, a word the words for parties leave out (a sentence on them alone is seldom a disclosure). */
const SUBCONTRACTORS = /(?<![\p{L}])alihankkij\p{L}*/giu;

/** Service providers or subcontractors in general, by the word for them alone. */
const PROVIDERS = /^(?:palveluntarjoaj\p{L}*|alihankkij\p{L}*|\p{L}*leverantör\p{L}*|providers?|suppliers?|vendors?|(?:sub-?)?contractors?|(?:sub-?)?processors)$/iu;

/** A recipient made only of words for service providers in general: no name, no other kind of party. */
function providersInGeneral(category: string): boolean {
  const words = [...category.matchAll(PARTIES), ...category.matchAll(SUBCONTRACTORS)].map((m) => m[0]);
  return words.some((w) => PROVIDERS.test(w)) && words.every((w) => PROVIDERS.test(w) || ANYONE.test(w));
}

/**
 * A recipient that speaks only of service providers in general, neither of what they do ("verkkosivuston
 * tekniset palveluntarjoajat" says what) nor of data given to them ("Tietoja luovutetaan
 * palveluntarjoajille"), in a register that names providers, is kept as what the original says of them.
 */
export function generalOfNamed(x: DraftState): void {
  if (!x.recipients.some((r) => r.name && (r.role === 'processor' || COMPANY.test(r.name) || providersIn(r.name).length > 0))) return;
  for (let i = x.recipients.length - 1; i >= 0; i--) {
    const r = x.recipients[i]!;
    const text = r.category?.[x.lang];
    if (r.name || typeof text !== 'string' || !providersInGeneral(text) || namesActivity(text) || GIVEN.test(text) || ACCESS_GIVEN.test(text) || pointsAtOrAfter(x, i)) continue;
    x.recipients.splice(i, 1);
    x.remark(['recipients'], 'The original says of them:', [text]);
  }
}
