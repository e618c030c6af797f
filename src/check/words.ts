/**
 * Word matching for the rules that read free text. Finnish inflects its words and glues them into
 * compounds, so a word list here is written as patterns: words separated by spaces, `*` standing
 * for any letters (`henkilötunnu*` matches henkilötunnus, henkilötunnuksen, henkilötunnusta …).
 * Matches are whole words: a pattern never starts or ends inside another word.
 */
import type { PathSegment } from '../load/yaml-ast.js';
import type { Text } from '../types.js';

const LETTER = '[\\p{L}\\p{N}]';

function source(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split('*')
        .map((part) => part.replace(/[.?+^${}()|[\]\\/]/g, '\\$&'))
        .join('\\p{L}*'),
    )
    .join('\\s+');
}

/**
 * The literal start of each pattern, lower-cased: a text that contains none of them cannot match, and
 * a substring search is far cheaper than the Unicode-aware expression (checks of many registers run
 * thousands of these). Undefined when some pattern starts with a wildcard.
 */
const needles = new WeakMap<RegExp, string[]>();

/** A case-insensitive regular expression that finds any of the patterns as whole words. */
export function words(patterns: readonly string[]): RegExp {
  const alternatives = patterns.map(source).join('|');
  // A pattern ending in `.` (an abbreviation such as `esim.`) ends at the dot.
  const re = new RegExp(`(?<!${LETTER})(?:${alternatives})(?!(?<=${LETTER})${LETTER})`, 'giu');
  const starts = patterns.map((p) => p.trim().split(/[\s*]/)[0]!.toLowerCase());
  if (starts.every((s) => s.length > 0)) needles.set(re, starts);
  return re;
}

/** The distinct matches of a word list in a text, as written, in order of appearance. */
export function findWords(text: string, pattern: RegExp): string[] {
  const starts = needles.get(pattern);
  if (starts) {
    const lower = text.toLowerCase();
    if (!starts.some((s) => lower.includes(s))) return [];
  }
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

/** The words of a text, lower-cased, without punctuation. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A test for single words: does a word match one of the patterns from start to end? */
export function wordSet(patterns: readonly string[]): (word: string) => boolean {
  const re = new RegExp(`^(?:${patterns.map(source).join('|')})$`, 'iu');
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
