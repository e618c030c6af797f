/**
 * A tracking tool whose data the notice calls anonymous: "Clarity kerää anonymisoitua käyttödataa",
 * "keräämme anonyymiä analytiikkatietoa (Google Analytics)", a Facebook pixel after which "sinua ei seurata
 * tunnistettavasti"; or a notice that says it collects no personal data at all while it uses such a tool.
 * Such tools tell visitors apart by a cookie or device identifier and receive their connection data: the
 * data are pseudonymous personal data, not anonymous (Art. 4(1), recital 26), and saying otherwise misleads
 * the reader about whether personal data are processed at all (Art. 5(1)(a), 12(1)).
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

/**
 * The visitor's IP address shortened before it is stored ("IP-osoitteen anonymisointi", "IP address (captured and stored
 * only in anonymized form)"): a true statement of a setting, not of the data.
 */
const IP_SHORTENED = /(?<!\p{L})ip[- ]?(?:osoit\p{L}*|adress\p{L}*|address\p{L}*)?[- ]?(?:(?:\p{L}+ ){0,2}|\((?:\p{L}+ ){0,6})anonym|anonymi\p{L}* (?:\p{L}+ ){0,2}(?<!\p{L})ip(?!\p{L})/iu;

/** Words of following the visitor: the claim then speaks of the tool named a sentence or two before it. */
const TRACKING = /seura(?!av)\p{L}*|(?<!\p{L})track\p{L}*|spår\p{L}*|(?<!\p{L})följ\p{L}*/iu;

/**
 * The tool that tells visitors apart (`TOOLS` of the rule on anonymous claims) the claim at `i` speaks
 * of: in its own sentence, in the heading of its section ("Google Analytics"), in the sentence before
 * it ("Kuvari käyttää Firebase Analyticsia … Näiden avulla kerätään anonyymiä tietoa"), or, where it
 * speaks of tracking, up to three sentences before it in its section.
 */
function toolOf(passages: readonly Passage[], i: number): string | undefined {
  const p = passages[i]!;
  const own = toolUsed(p.text);
  if (own) return own;
  const heading = passages.find((q) => q.heading && q.line === p.sectionLine);
  const headed = heading ? toolUsed(heading.text) : undefined;
  if (headed) return headed;
  if (OTHER_MEANS.test(p.text)) return undefined;
  const reach = TRACKING.test(p.text) ? 3 : 1;
  const before = passages.slice(Math.max(0, i - reach), i).filter((q) => q.sectionLine === p.sectionLine && !q.heading);
  for (const q of before.reverse()) {
    const named = toolUsed(q.text);
    if (named) return named;
  }
  return undefined;
}

/** A claim of a means of its own ("oman järjestelmämme avulla", "evästeettömästi", "our own"): it speaks of no tool named before it. */
const OTHER_MEANS = /(?<!\p{L})(?:oma\p{L}*|own|egen|eget|egna)(?!\p{L})|evästeettöm\p{L}*|cookieless|cookie-free|utan kakor/iu;

/** A denial before a tool's name: "sivustolla ei ole evästebanneria eikä esimerkiksi Google Analyticsia", "we do not use". */
const DENIED = /(?<!\p{L})(?:ei|eikä|emme|eivät|ilman|not|no|never|without|inte|ingen|inga|utan)(?!\p{L})/iu;

/** The first tool a sentence names and does not deny. */
function toolUsed(text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(TOOLS.source, TOOLS.flags))) if (!DENIED.test(text.slice(0, m.index))) return m[0];
  return undefined;
}

/**
 * A sentence that denies collecting any personal data at all, the data its last words: "Kuvari-sovellus ei
 * kerää, tallenna tai jaa mitään henkilötietoja", "We do not collect any personal data", "Vi samlar inte in
 * några personuppgifter" (not "… personuppgifter som du aktivt lämnar", which leaves the others open).
 */
const NONE_AT_ALL = [
  /(?<!\p{L})(?:ei|emme)\s+(?:kerää|keräämme|käsittele|käsittelemme|tallenna|tallennamme)(?:,?\s+\p{L}+){0,4}\s+(?:mitään|lainkaan)\s+henkilötiet\p{L}*\s*(?:[.;!]|$)/iu,
  /\b(?:do|does|will) not (?:collect|process|store)(?:,? (?:or |nor )?\w+){0,3} any personal (?:data|information)\s*(?:[.;!]|$)/iu,
  /(?<!\p{L})(?:samla[rs]?\s+(?:vi\s+)?inte\s+in|behandla[rs]?\s+(?:vi\s+)?inte)\s+(?:några|alls\s+några)\s+personuppgifter\s*(?:[.;!]|$)/iu,
];

/** The first tool the notice uses (names and does not deny), outside its headings. */
function toolInNotice(passages: readonly Passage[]): string | undefined {
  for (const p of passages) {
    const tool = p.heading ? undefined : toolUsed(p.text);
    if (tool) return tool;
  }
  return undefined;
}

export function anonymousTrackingFindings(passages: readonly Passage[]): AuditFinding[] {
  const anonymous = passages.flatMap((p, i) => {
    if (p.heading || !claimsAnonymity(p.text) || IP_SHORTENED.test(p.text)) return [];
    const tool = toolOf(passages, i);
    return tool ? [{ ruleId: 'contradiction', messageId: 'anonymousTracking', params: { tool }, line: p.line, severity: 'warning' as const }] : [];
  });
  const none = passages.find((p) => !p.heading && NONE_AT_ALL.some((re) => re.test(p.text)));
  const tool = none ? toolInNotice(passages) : undefined;
  return none && tool ? [{ ruleId: 'contradiction', messageId: 'noneYetTracked', params: { tool }, line: none.line, severity: 'warning' as const }, ...anonymous] : anonymous;
}
