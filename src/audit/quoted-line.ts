/**
 * The line of the original that holds the words a finding quotes: a passage stands at the line it
 * starts on, but one that runs over several (a paragraph broken with `<br>`, a wrapped sentence) may
 * hold the quoted value (a business ID, an e-mail address) on a later one, before the next passage.
 */
import { comparable, type Passage } from './passages.js';
import { quotes } from './place.js';

export function lineOfQuote(message: string, at: Passage, passages: readonly Passage[], source: readonly string[] | undefined): number {
  if (!source) return at.line;
  // To the next passage; the last runs on a few lines at most (a paragraph's end, its closing tags).
  const end = passages.find((p) => p.line > at.line)?.line ?? at.line + 8;
  for (const needle of quotes(message)) {
    for (let line = at.line; line < end && line <= source.length; line++) {
      if (comparable(source[line - 1]!).includes(needle)) return line;
    }
  }
  return at.line;
}
