/**
 * A transfer said to rest on one mechanism or another: "perustuu Data Privacy Framework -järjestelyyn tai
 * mallisopimuslausekkeisiin (SCC)", "rely on the EU Standard Contractual Clauses (SCCs) or the EU-US Data
 * Privacy Framework", "standardavtalsklausuler eller Data Privacy Framework". Which transfer rests on which
 * is left open, so the reader cannot tell what protects their data, nor whether there are clauses to ask a
 * copy of (Art. 13(1)(f), 14(1)(f)). Asked only where the sentence, or the one before it, names the
 * transfer (a third country, a provider): grounds given in general for transfers the notice does not list
 * ("vakiosopimuslausekkeet tai komission riittävyyspäätös") are what it can say of them, and so are
 * grounds that sum up a list tying each transfer to its own.
 */
import { providersIn } from '../check/providers.js';
import { MECHANISMS, SUMS_UP } from '../check/transfer-words.js';
import { countriesIn } from '../import/recognise/countries.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** "Or" between two names: "tai", "or", "eller", "ja/tai", "and/or", "och/eller". */
const OR = /(?<!\p{L})(?:tai|or|eller)(?!\p{L})/iu;

/** Where each mechanism is first named in the text, in order. */
function named(text: string): { at: number; end: number }[] {
  return MECHANISMS.flatMap(([, re]) => {
    const m = re.exec(text);
    return m ? [{ at: m.index, end: m.index + m[0].length }] : [];
  }).sort((a, b) => a.at - b.at);
}

/** Two mechanisms named one after the other with "or" between them. */
function eitherOr(text: string): boolean {
  const found = named(text);
  return found.some((f, i) => i > 0 && OR.test(text.slice(found[i - 1]!.end, f.at)));
}

/** A transfer named: a country outside the EEA, or a provider, in the text. */
const namesTransfer = (text: string): boolean => countriesIn(text).length > 0 || providersIn(text).length > 0;

/**
 * Grounds said with "or" in words that sum up ("In each case the transfer is protected by … or …") after the
 * items of a list just before, at least two, each naming a transfer and the mechanism it rests on ("Resend
 * (Resend Inc., USA): covered by Standard Contractual Clauses"), naming no country or provider those do not.
 */
function sumsUpList(passages: readonly Passage[], i: number): boolean {
  const p = passages[i]!;
  if (!SUMS_UP.test(p.text)) return false;
  const tied: Passage[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const q = passages[j]!;
    if (!q.item || q.sectionLine !== p.sectionLine) break;
    if (namesTransfer(q.text) && named(q.text).length > 0) tied.push(q);
  }
  const parties = (text: string): string[] => [...countriesIn(text), ...providersIn(text).map((f) => f.provider.id)];
  const listed = parties(tied.map((q) => q.text).join(' '));
  return tied.length >= 2 && parties(p.text).every((n) => listed.includes(n));
}

export function eitherMechanismFindings(passages: readonly Passage[]): AuditFinding[] {
  return passages.flatMap((p, i) => {
    if (p.heading || p.kinds.includes('rights') || !eitherOr(p.text) || sumsUpList(passages, i)) return [];
    const before = passages[i - 1];
    const named = namesTransfer(p.text) || (before !== undefined && !before.heading && before.sectionLine === p.sectionLine && namesTransfer(before.text));
    return named ? [{ ruleId: 'transfer-mechanism', messageId: 'eitherMechanism', params: {}, line: p.line, severity: 'warning' as const }] : [];
  });
}
