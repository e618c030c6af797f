/**
 * A paragraph that says each purpose with its own basis, a sentence each: "Account data are used to
 * provide the service you request. Security information is used for our legitimate interest in protecting
 * members. Email updates rely on your consent." Each sentence is a purpose with the one basis it names;
 * read as one purpose, the paragraph would get no basis, or one that holds for a single sentence.
 */
import type { DraftState, StatedIn } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type StatedBases, statedBases } from './bases.js';
import { isPurposeSentence } from './purpose-prose.js';
import { RESTS_ON } from './purposes.js';

/**
 * A service the data subject asked for or ordered: the contract basis in the words of Art. 6(1)(b)
 * ("necessary for the performance of a contract … or in order to take steps at the request of the data
 * subject"). Read so only beside sentences that state their bases: alone it is a purpose, not a basis.
 */
const REQUESTED_SERVICE =
  /(?<![\p{L}])(?:pyytämä|tilaama)\p{L}* palvelu|(?<![\p{L}])tjänst(?:en|er|erna)? (?:som )?(?:du|ni) (?:har )?(?:begär|begärt|beställer|beställt|bett om)(?![\p{L}])|\bservices? (?:that |which )?you (?:have )?(?:request|requested|ask for|asked for|order|ordered|sign up for|signed up for)\b/iu;

interface Pair {
  text: string;
  found: StatedBases;
}

/** A sentence about the processing as a whole or the one before it ("Käsittely perustuu …", "This relies on …"): no purpose of its own. */
const GENERIC_SUBJECT =
  /^(?:(?:the|this|that|tämä|tämän|denna|detta|den)\s+)?(?:käsittely\p{L}*|behandling\p{L}*|processing|oikeusperust\p{L}*|rättslig\p{L}* grund\p{L}*|legal basis|lawful basis|tämä|se|näin|detta|det|this|it)(?![\p{L}])/iu;

/** The sentence's basis: the one it names, said with its purpose or as what it rests on; undefined when it is no purpose. */
function sentenceBasis(s: string): Pair | undefined {
  const found = statedBases(s);
  if (found.bases.length > 1) return undefined;
  if (found.bases.length === 1) return isPurposeSentence(s) || (RESTS_ON.test(s) && !GENERIC_SUBJECT.test(s)) ? { text: s, found } : undefined;
  if (!isPurposeSentence(s)) return undefined;
  return { text: s, found: { ...found, bases: REQUESTED_SERVICE.test(s) ? ['contract'] : [] } };
}

/** The sentences of a paragraph as purposes with their bases, when at least two of them name different bases. */
function pairs(text: string): Pair[] | undefined {
  if (statedBases(text).bases.length + (REQUESTED_SERVICE.test(text) ? 1 : 0) < 2) return undefined;
  const all = sentences(text);
  if (all.length < 2) return undefined;
  const out = all.map(sentenceBasis);
  if (out.some((p) => !p)) return undefined;
  const named = new Set(out.flatMap((p) => p!.found.bases));
  return named.size >= 2 ? (out as Pair[]) : undefined;
}

/** Whether the paragraph was read as purposes that each state their basis. */
export function purposePairs(x: DraftState, text: string, where: StatedIn): boolean {
  const found = pairs(text);
  if (!found) return false;
  for (const { text: s, found: f } of found) {
    x.purposes.push({ text: s, bases: f.bases, statutes: f.statutes, ...(f.law ? { law: f.law } : {}), ...(where.section === undefined ? {} : { section: where.section }) });
  }
  return true;
}
