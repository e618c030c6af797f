/**
 * Word matching for the rules that read free text. Finnish inflects its words and glues them into
 * compounds, so a word list here is written as patterns: words separated by spaces, `*` standing
 * for any letters (`henkilötunnu*` matches henkilötunnus, henkilötunnuksen, henkilötunnusta …).
 * Matches are whole words: a pattern never starts or ends inside another word.
 */
import type { PathSegment } from '../load/yaml-ast.js';
import type { Text } from '../types.js';

const LETTER = '[\\p{L}\\p{N}]';

function escaped(ch: string): string {
  return ch.replace(/[.?+^${}()|[\]\\/]/g, '\\$&');
}

/** A letter in either case ("[sS]"), for an expression that is itself case-sensitive; any other character escaped. */
function eitherCase(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : escaped(ch);
}

/**
 * The expression of one pattern. In a case-sensitive list every letter is spelt in both cases, but for
 * the first letter of a name written capitalised ("Sentry*"): that name is matched only as a name, not
 * as the common word it also is ("a sentry").
 */
function source(pattern: string, sensitive = false): string {
  const trimmed = pattern.trim();
  const proper = sensitive && /^\p{Lu}/u.test(trimmed);
  const letter = (ch: string, i: number): string => (proper && i === 0 ? ch : sensitive ? eitherCase(ch) : escaped(ch));
  let at = 0;
  return trimmed
    .split(/\s+/)
    .map((word) =>
      word
        .split('*')
        .map((part) => [...part].map((ch) => letter(ch, at++)).join(''))
        .join('\\p{L}*'),
    )
    .join('\\s+');
}

/**
 * A literal piece of each pattern, lower-cased: a text that contains none of them cannot match, and
 * a substring search is far cheaper than the Unicode-aware expression (checks of many registers run
 * thousands of these). None when a pattern is only wildcards.
 */
const needles = new WeakMap<RegExp, RegExp>();

function longestPiece(pattern: string): string {
  return pattern
    .trim()
    .split(/[\s*]+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** A case-insensitive regular expression that finds any of the patterns as whole words. */
export function words(patterns: readonly string[]): RegExp {
  return compiled(patterns, false);
}

/**
 * The names of a service as words, in any case; a name written capitalised ("Sentry*") only where its
 * first letter is a capital, so that the common word it also is ("a sentry") is no name.
 */
export function names(patterns: readonly string[]): RegExp {
  return compiled(patterns, patterns.some((p) => /^\p{Lu}/u.test(p.trim())));
}

function compiled(patterns: readonly string[], sensitive: boolean): RegExp {
  const alternatives = patterns.map((p) => source(p, sensitive)).join('|');
  // A pattern ending in `.` (an abbreviation such as `esim.`) ends at the dot.
  const re = new RegExp(`(?<!${LETTER})(?:${alternatives})(?!(?<=${LETTER})${LETTER})`, sensitive ? 'gu' : 'giu');
  // Every match holds each literal piece of its pattern: the longest piece of each is the one to look for.
  const pieces = patterns.map((p) => longestPiece(p.toLowerCase()));
  // One plain expression of those pieces tests a text in one pass.
  if (pieces.every((s) => s.length > 0)) needles.set(re, new RegExp([...new Set(pieces)].map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')));
  return re;
}

/** The text a rule reads last, lower-cased: rules try many word lists on one text in turn. */
let lastText = '';
let lastLower = '';

function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** False when the text cannot match the pattern (it holds none of its literal starts): a cheap test. */
export function mayMatch(text: string, pattern: RegExp): boolean {
  const starts = needles.get(pattern);
  if (!starts) return true;
  return starts.test(lowerOf(text));
}

/** The distinct matches of a word list in a text, as written, in order of appearance. */
export function findWords(text: string, pattern: RegExp): string[] {
  if (!mayMatch(text, pattern)) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const found = match[0].replace(/\s+/g, ' ');
    const key = found.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(found);
    }
  }
  return out;
}

/** The last `n` words of a text before offset `at`: where a negation that governs the word at `at` stands ("ei sisällä …", "not read or …"). */
export function wordsBefore(text: string, at: number, n = 3): string {
  return text.slice(0, Math.max(0, at)).trim().split(/\s+/u).slice(-n).join(' ');
}

/** The words of a text, lower-cased, without punctuation. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A test for single words: does a word match one of the patterns from start to end? */
export function wordSet(patterns: readonly string[]): (word: string) => boolean {
  const re = new RegExp(`^(?:${patterns.map((p) => source(p)).join('|')})$`, 'iu');
  return (word) => re.test(word);
}

/**
 * True when a text says nothing beyond the given words: every word of it is one of them
 * (`yhteistyökumppanit jne` is only generic words; `IT-palveluntarjoajat` is not).
 */
export function onlyWords(text: string, isGeneric: (word: string) => boolean): boolean {
  const all = tokens(text);
  return all.length > 0 && all.every(isGeneric);
}

/** Backticked, comma-separated values for a message: `a`, `b`. */
export function listed(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

/** Each language version of a text with the path of its scalar, for reporting on the exact line. */
export function languageVersions(path: readonly PathSegment[], text: Text | undefined): { path: PathSegment[]; lang: string; value: string }[] {
  // A register that broke the schema may lack a text, or have something else in its place.
  if (!text || typeof text !== 'object') return [];
  return Object.entries(text)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([lang, value]) => ({ path: [...path, lang], lang, value }));
}
