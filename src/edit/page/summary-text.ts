/** A file's state in words, with its counts: never colour alone. */
import type { Summary } from './api-types.js';
import type { Words } from './words.js';

export function summaryText(words: Words, summary: Summary): string {
  if (summary.state === 'clean' && !summary.infos) return words.states.clean;
  if (summary.state === 'invalid') return `${words.states.invalid}: ${words.counts(summary)}`;
  const counts = words.counts(summary);
  return counts.charAt(0).toUpperCase() + counts.slice(1);
}
