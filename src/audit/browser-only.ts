/**
 * Cookies for analytics or marketing that the notice lets the reader refuse only in the browser, wherever
 * it says so: "Google Analytics uses cookies … Most web browsers allow you to turn off cookies" in a
 * section on the data collected, or a section on cookies the import read as purposes. Such cookies need
 * consent asked on the site before they are set (205 § of the Act on Electronic Communications Services,
 * Art. 4(11)); browser settings are no consent. `check` reads the register's cookie texts only; a finding
 * it makes there is not made again here.
 */
import { browserRefusal } from '../check/browser-refusal.js';
import { COOKIELESS, NON_ESSENTIAL, SAVE_FOR, siteConsentTool } from '../check/consent-words.js';
import { TOOLS } from '../check/anonymous-claims.js';
import { findWords, listed } from '../check/words.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** How many sentences before the browser's the cookies' use is looked for, in the same section. */
const REACH = 3;

/** A denial in the sentence: "Emme käytä analytiikkaevästeitä", "We don't use tracking cookies", "Inga analyskakor används". */
const NEGATION = /(?<!\p{L})(?:ei|emme|eikä|eivät|ilman|not|no|never|without|don['’]t|doesn['’]t|inte|inga|ingen|aldrig|utan)(?!\p{L})/iu;

/**
 * The cookies are for analytics or marketing: a tracking tool the sentence does not deny, or cookies
 * named with such a use in a sentence that denies nothing (the use may be the one denied), in the
 * sentence or in the few before it in its section.
 */
function nonEssentialNear(passages: readonly Passage[], i: number): boolean {
  const p = passages[i]!;
  const near = passages.slice(Math.max(0, i - REACH), i + 1).filter((q) => q.sectionLine === p.sectionLine && !q.heading);
  return near.some((q) => toolUsed(q.text) || (!NEGATION.test(q.text) && !(COOKIELESS.test(q.text) && !SAVE_FOR.test(q.text)) && findWords(q.text, NON_ESSENTIAL).length > 0 && COOKIES.test(q.text)));
}

/** A tracking tool the sentence names with no denial before it ("We do not use Google Analytics" names none). */
function toolUsed(text: string): boolean {
  const [tool] = findWords(text, TOOLS);
  return tool !== undefined && !NEGATION.test(text.slice(0, text.indexOf(tool)));
}

/** Cookies by any of their names, within a compound too ("analytiikkaevästeet", "analyskakor"). */
const COOKIES = /eväste|cookie|kakor|(?<!\p{L})kak(?:a|an|orna)(?!\p{L})/iu;

export function browserOnlyFindings(passages: readonly Passage[]): AuditFinding[] {
  if (passages.some((p) => !p.heading && siteConsentTool(p.text).length > 0)) return [];
  for (const [i, p] of passages.entries()) {
    if (p.heading) continue;
    const found = browserRefusal(p.text);
    if (found.length && nonEssentialNear(passages, i)) return [{ ruleId: 'invalid-consent', messageId: 'browser', params: { found: listed(found) }, line: p.line, severity: 'error' }];
  }
  return [];
}
