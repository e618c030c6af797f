/**
 * Visitor data called anonymous that a tool telling visitors apart collects: "Analytiikkaevästeet
 * keräävät nimettömiä tietoja" beside Google Analytics's `_ga`, "Microsoft Clarity kerää anonyymeja
 * tilastotietoja". An identifier kept in a cookie singles a visitor out, and data that do are personal
 * data however a notice names them (Art. 4(1), Recital 30).
 */
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';
import { allTexts, sentences } from './text.js';
import { withoutNotUsed } from './providers.js';
import { findWords, languageVersions, words } from './words.js';

/** Data called anonymous: "nimettömiä tietoja", "anonymisoitua kävijädataa", "anonymous statistics", "anonym besöksstatistik", "data anonymiseras". */
export const ANONYMOUS = words(['anonyym*', 'anonymisoi*', 'nimettöm*', 'anonymous', 'anonymised', 'anonymized', 'anonym', 'anonyma', 'anonymiser*', 'anonymer*']);

/** What the claim is about: visits and their statistics. */
const VISITS = words(['tilasto*', 'analytiik*', 'kävijä*', 'sivukäyn*', 'statisti*', 'analytics', 'visitor*', 'usage data', 'besök*', 'webbanalys*']);

/** The claim is of what is collected: "kerää", "keräämme", "collects", "samlar in". */
const COLLECTS = words(['kerä*', 'tallenta*', 'collect*', 'gather*', 'record*', 'samla*', 'registrera*']);

/** An IP address made anonymous is a measure on one datum, not a claim about the data as a whole. */
const IP = /(?<!\p{L})IP(?!\p{L})|ip-osoit|ip-adress/iu;

/** Counters that can work without an identifier: what a sentence says of them is not contradicted by another tool. */
const COUNTERS = words(['plausible', 'fathom', 'simple analytics', 'umami', 'goatcounter', 'cloudflare web analytics']);

/** Data made anonymous later, or reported only in aggregate: a statement of retention or of reports, not of what is collected. */
const LATER_OR_AGGREGATE = words(['jälkeen', 'after', 'efter', 'aggregat*', 'kootu*', 'koottu*', 'raport*', 'report*', 'sammanställ*']);

/** Tools that keep an identifier in a cookie, and their cookies. */
export const TOOLS = words([
  'google analytics*', 'universal analytics', 'ga4', 'firebase analytics*', 'crashlytics*', '_ga', '_gid', '_ga_*', 'microsoft clarity', 'clarity', '_clck', '_clsk', 'hotjar', '_hjid',
  'facebook pixel', 'meta pixel', 'facebook-pikseli*', 'meta-pikseli*', 'meta-pixeln', 'facebook-pixeln', 'pikseli*', 'pixel', 'pixeln',
  'yandex metri*', 'mixpanel', 'linkedin insight*', 'tiktok pixel',
]);

/** A cookie described as telling visitors apart: "Erottaa yksittäiset kävijät toisistaan", "distinguishes users". */
const TELLS_APART = words([
  'erottaa yksittäiset kävijät', 'erottaa kävijät', 'erottaa käyttäjät', 'yksilöivä tunniste', 'yksilöivän tunnisteen',
  'distinguish users', 'distinguishes users', 'distinguish visitors', 'distinguishes visitors', 'unique identifier',
  'särskilja användare', 'särskiljer användare', 'särskilja besökare', 'särskiljer besökare', 'unik identifierare',
]);

export interface AnonymousClaim {
  path: PathSegment[];
  /** The words that call the data anonymous. */
  found: string;
}

/** A sentence that says what is collected of visits, of no counter that keeps no identifier and of more than an IP address. */
function claimsOfVisits(sentence: string): boolean {
  return findWords(sentence, VISITS).length > 0 && findWords(sentence, COLLECTS).length > 0 && !IP.test(sentence) && !findWords(sentence, COUNTERS).length && !findWords(sentence, LATER_OR_AGGREGATE).length;
}

/** The sentences of the register that call the visitor data they collect anonymous. */
export function anonymousClaims(register: Register): AnonymousClaim[] {
  const claims: AnonymousClaim[] = [];
  for (const { path, text } of allTexts(register)) {
    // A recipient's own text speaks of that recipient only.
    if (path[0] === 'recipients') continue;
    for (const { path: at, value } of languageVersions(path, text)) {
      for (const sentence of sentences(value)) {
        const found = findWords(sentence, ANONYMOUS)[0];
        if (found && claimsOfVisits(sentence)) claims.push({ path: at, found });
      }
    }
  }
  return claims;
}

/**
 * What the register names that tells visitors apart: its tools and cookies (not one it says it does not
 * use), else the first words that say a cookie does.
 */
export function identifyingTrackers(register: Register): string[] {
  const tools = Array.isArray(register.cookies?.tools) ? register.cookies.tools : [];
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  const names = [...tools.map((t) => t?.name), ...recipients.map((r) => r?.name)].filter((n): n is string => typeof n === 'string');
  const texts = [...allTexts(register).flatMap(({ path, text }) => languageVersions(path, text).map((v) => withoutNotUsed(v.value))), ...names];
  const named = wordsIn(texts, TOOLS);
  return named.length ? named : wordsIn(texts, TELLS_APART).slice(0, 1);
}

/** The words of a list found in some texts, each once whatever its case. */
function wordsIn(texts: readonly string[], pattern: RegExp): string[] {
  const found = new Map<string, string>();
  for (const text of texts) for (const w of findWords(text, pattern)) if (!found.has(w.toLowerCase())) found.set(w.toLowerCase(), w);
  return [...found.values()];
}
