/**
 * Findings that say again what another finding on the same line of the notice says: hedged wording
 * in a retention sentence the retention rule already reports (it says what is vague about the time,
 * and how to say it), and so one finding, not two; and a finding that differs from one before it on
 * the same line only in the values it quotes (two purposes the draft made of one sentence of a page
 * that prints its table twice, two hedging words of one sentence), or only in quoting fewer of the
 * same values (an old name found twice on a line, once with its other inflection).
 */
import type { Diagnostic } from '../diagnostic.js';
import { messageIdOf } from './message-id.js';

/** Per rule, the rules whose finding on the same line covers its own. */
const COVERED_BY: Readonly<Record<string, readonly string[]>> = {
  'vague-language': ['retention'],
};

/**
 * Rules whose findings on one line differ only in which purpose or which word they quote: one such
 * finding says it for the line. Others (two outdated references, two unknown keys) each stand.
 */
const ONE_A_LINE = new Set(['legitimate-interest', 'legal-basis', 'vague-language', 'consent-withdrawal']);

/** What a finding says at its line, the values it quotes (one or a list of them) and the numbers it counts by left out ("Purpose 3", "Purpose `feedback`"). */
function gist(d: Diagnostic): string {
  return `${d.ruleId} ${d.line} ${shape(d)}`;
}

/** What a finding says wherever it stands: its message, the values it quotes and the numbers it counts by left out. */
function shape(d: Diagnostic): string {
  return d.message.replace(/`[^`]*`(?:,\s*`[^`]*`)*|(?<![\p{L}\d.(])\d+(?![\d.)(])/gu, '…');
}

/** The values a finding quotes: "Reference to `Väestörekisterikeskuksen`, `Väestörekisterikeskus`: …" quotes two. */
const quoted = (d: Diagnostic): string[] => [...d.message.matchAll(/`([^`]*)`/gu)].map((m) => m[1]!);

/**
 * Rules whose finding on a line says all another finding on it says: the same words, quoting no
 * value the other does not ("Reference to `Väestörekisterikeskus`" beside "Reference to
 * `Väestörekisterikeskuksen`, `Väestörekisterikeskus`"). Two that quote different values each stand.
 */
const SAID_BY_ANOTHER = new Set(['outdated-reference']);

function saidByAnother(d: Diagnostic, all: readonly Diagnostic[]): boolean {
  const own = quoted(d);
  return all.some((o, i) => {
    if (o === d || o.ruleId !== d.ruleId || o.line !== d.line || gist(o) !== gist(d)) return false;
    const theirs = quoted(o);
    const covers = own.every((v) => theirs.includes(v));
    return covers && (theirs.length > own.length || i < all.indexOf(d));
  });
}

/** Words as a web address writes them: "privacyshield" for "Privacy Shield". */
const squashed = (v: string): string => v.toLowerCase().replace(/[\s-]+/gu, '');

/**
 * A finding that quotes only words another finding of its rule quotes as written, here as a web address
 * writes them ("Reference to `privacyshield`" from a link's address, beside "Reference to `Privacy Shield`"):
 * the notice is told once where it says them in words.
 */
function addressOfAnother(d: Diagnostic, all: readonly Diagnostic[]): boolean {
  const own = quoted(d);
  if (!own.length || own.some((v) => /\s/u.test(v))) return false;
  const words = all.filter((o) => o !== d && o.ruleId === d.ruleId && shape(o) === shape(d)).flatMap(quoted);
  return own.every((v) => words.some((w) => w !== v && /\s/u.test(w) && squashed(w) === squashed(v)));
}

/**
 * Rules whose findings, differing only in the values they quote, are one finding naming them all, at
 * the first line of them: three providers each said to be outside the EEA with no transfer declared, as
 * the draft's recipients name them apart ("The register names `Google` …", "… `Microsoft` …"), at the
 * lines where the notice names them, are one gap of the notice, which says nothing of transfers for any;
 * and the words of one special category the notice gives no condition for ("Text mentions `potilas`, which
 * is `health` data", "… `terveystiedot` …"), one finding for each category.
 */
const MERGED: Readonly<Record<string, (d: Diagnostic) => string>> = {
  'provider-transfer': shape,
  'special-category-condition': categoryOf,
};

/** The words a finding quotes, a special category's: one finding for each category's words; any other finding stands alone. */
function categoryOf(d: Diagnostic): string {
  const id = messageIdOf(d);
  // "Text mentions `potilas`, which is `health` data" (in every language the category is the second value quoted).
  return id === 'undeclared' || id === 'criminal' ? `${id} ${quoted(d)[1] ?? ''}` : `${d.line} ${d.message}`;
}

const LIST = /`[^`]*`(?:,\s*`[^`]*`)*/gu;

/** The message of the first finding, each list of values it quotes joined with those the others quote in the same place. */
function mergedMessage(group: readonly Diagnostic[]): string {
  const lists = group.map((d) => [...d.message.matchAll(LIST)].map((m) => [...m[0].matchAll(/`([^`]*)`/gu)].map((v) => v[1]!)));
  let k = 0;
  return group[0]!.message.replace(LIST, () => {
    const values = [...new Set(lists.flatMap((l) => l[k] ?? []))];
    k++;
    return values.map((v) => `\`${v}\``).join(', ');
  });
}

function merged(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  const key = (d: Diagnostic): string => `${d.ruleId} ${MERGED[d.ruleId]!(d)}`;
  for (const d of diagnostics) if (MERGED[d.ruleId]) groups.set(key(d), [...(groups.get(key(d)) ?? []), d]);
  return diagnostics.flatMap((d) => {
    if (!MERGED[d.ruleId]) return [d];
    const group = [...groups.get(key(d))!].sort((a, b) => a.line - b.line || a.column - b.column);
    if (group.length === 1) return [d];
    return group[0] === d ? [{ ...d, message: mergedMessage(group) }] : [];
  });
}

/** Whether `text` holds `word` as a word of its own, not inside a longer one. */
function holdsWord(text: string, word: string): boolean {
  return new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!\\p{L})`, 'u').test(text);
}

/** A value quoted as a fault of its own, a few words long ("`voidaan siirtää`"), not a sentence quoted whole. */
const SHORT_QUOTE = 4;

/**
 * Hedged words another finding on the line quotes as its fault ("A transfer … is described as conditional
 * (`voidaan siirtää`)" beside "Vague wording `voidaan`"): the hedge is told once, by the finding that says what
 * it leaves open. The vague words are the first list a finding of `vague-language` quotes; its example after them
 * is not. A finding that quotes a whole sentence (a recipient category) says nothing of its hedge.
 */
function hedgeQuotedByAnother(d: Diagnostic, all: readonly Diagnostic[]): boolean {
  if (d.ruleId !== 'vague-language') return false;
  const hedges = [...(d.message.match(LIST)?.[0] ?? '').matchAll(/`([^`]*)`/gu)].map((m) => m[1]!.toLowerCase());
  const theirs = all
    .filter((o) => o.ruleId !== d.ruleId && o.line === d.line)
    .flatMap(quoted)
    .map((v) => v.toLowerCase())
    .filter((v) => v.split(/\s+/u).length <= SHORT_QUOTE);
  return hedges.length > 0 && hedges.every((h) => theirs.some((t) => holdsWord(t, h)));
}

export function withoutRepeats(all: readonly Diagnostic[]): Diagnostic[] {
  const diagnostics = merged(all);
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const covering = COVERED_BY[d.ruleId];
    if (covering && diagnostics.some((o) => o !== d && o.line === d.line && covering.includes(o.ruleId))) return false;
    if (hedgeQuotedByAnother(d, diagnostics)) return false;
    if (SAID_BY_ANOTHER.has(d.ruleId) && (saidByAnother(d, diagnostics) || addressOfAnother(d, diagnostics))) return false;
    if (!ONE_A_LINE.has(d.ruleId)) return true;
    if (seen.has(gist(d))) return false;
    seen.add(gist(d));
    return true;
  });
}
