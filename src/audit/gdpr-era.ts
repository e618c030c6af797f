/**
 * A notice dated in the two months before the GDPR applied whose text gives a right it brought (portability,
 * restriction, the right to be forgotten), or in the last month names it, was written for it: its date is no sign that
 * it predates it.
 */
import type { Diagnostic } from '../diagnostic.js';
import { writtenForIt } from '../check/gdpr-words.js';
import type { Passage } from './passages.js';

export function writtenForGdpr(passages: readonly Passage[], d: Diagnostic): boolean {
  const date = /`(\d{4}-\d{2}-\d{2})`/u.exec(d.message)?.[1];
  return date !== undefined && writtenForIt(date, passages.map((p) => p.text));
}
