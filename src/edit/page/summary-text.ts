/** A file's state in words, with its counts: never colour alone. */
import type { Summary } from './api-types.js';
import type { Words } from './words.js';

export function summaryText(words: Words, summary: Summary): string {
  return summary.state === 'invalid' ? `${words.states.invalid} (${words.counts(summary)})` : `${words.states[summary.state]}: ${words.counts(summary)}`;
}
