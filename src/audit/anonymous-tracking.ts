/**
 * A tracking tool whose data the notice calls anonymous: "Clarity kerää anonymisoitua käyttödataa",
 * "keräämme anonyymiä analytiikkatietoa (Google Analytics)", a Facebook pixel after which "sinua ei seurata
 * tunnistettavasti". Such tools tell visitors apart by a cookie or device identifier and receive their
 * connection data: the data are pseudonymous personal data, not anonymous (Art. 4(1), recital 26), and
 * saying otherwise misleads the reader about whether personal data are processed at all (Art. 5(1)(a), 12(1)).
 */
import { ANONYMOUS, TOOLS } from '../check/anonymous-claims.js';
import { findWords } from '../check/words.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** The person said not to be identified or tracked identifiably: "ettei sinua seurata tunnistettavasti", "without identifying you". */
const NOT_IDENTIFIED =
  /(?<!\p{L})(?:ei|ettei|eikä|ilman)\s+(?:[\p{L}]+,?\s+){0,4}tunnist\p{L}*|tunnistamatta|utan att (?:\p{L}+ ){0,2}identifiera|(?:not|without) (?:\p{L}+ ){0,3}identif\p{L}*/iu;

/** Data called anonymous (the words of the rule on anonymous claims), or the person not identified. */
function claimsAnonymity(text: string): boolean {
  return findWords(text, ANONYMOUS).length > 0 || NOT_IDENTIFIED.test(text);
}

/** The visitor's IP address shortened before it is stored ("IP-osoitteen anonymisointi"): a true statement of a setting, not of the data. */
const IP_SHORTENED = /ip[- ]?(?:osoit\p{L}*|adress\p{L}*|address\p{L}*)?[- ]?(?:\p{L}+ ){0,2}anonym|anonymi\p{L}* (?:\p{L}+ ){0,2}ip(?!\p{L})/iu;

/** Words of following the visitor: the claim then speaks of the tool named a sentence or two before it. */
const TRACKING = /seura\p{L}*|(?<!\p{L})track\p{L}*|spår\p{L}*|(?<!\p{L})följ\p{L}*/iu;

/** The tool that tells visitors apart (`TOOLS` of the rule on anonymous claims) the claim at `i` speaks of: in its own sentence, or, where it speaks of tracking, up to three sentences before it in its section. */
function toolOf(passages: readonly Passage[], i: number): string | undefined {
  const p = passages[i]!;
  const own = findWords(p.text, TOOLS)[0];
  if (own) return own;
  if (!TRACKING.test(p.text)) return undefined;
  const before = passages.slice(Math.max(0, i - 3), i).filter((q) => q.sectionLine === p.sectionLine);
  for (const q of before.reverse()) {
    const named = findWords(q.text, TOOLS)[0];
    if (named) return named;
  }
  return undefined;
}

export function anonymousTrackingFindings(passages: readonly Passage[]): AuditFinding[] {
  return passages.flatMap((p, i) => {
    if (p.heading || !claimsAnonymity(p.text) || IP_SHORTENED.test(p.text)) return [];
    const tool = toolOf(passages, i);
    return tool ? [{ ruleId: 'contradiction', messageId: 'anonymousTracking', params: { tool }, line: p.line, severity: 'warning' as const }] : [];
  });
}
