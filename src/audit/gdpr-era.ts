/**
 * A notice dated in the two months before the GDPR applied whose text names the GDPR or the rights it brought
 * (portability, restriction, the right to be forgotten) was written for it: its date is no sign that it predates it.
 */
import type { Diagnostic } from '../diagnostic.js';
import { findWords } from '../check/words.js';
import { GDPR_RIGHTS, GDPR_RUN_UP, THE_GDPR } from '../check/gdpr-words.js';
import type { Passage } from './passages.js';

export function writtenForGdpr(passages: readonly Passage[], d: Diagnostic): boolean {
  const date = /`(\d{4}-\d{2}-\d{2})`/u.exec(d.message)?.[1];
  if (!date || date < GDPR_RUN_UP) return false;
  return passages.some((p) => findWords(p.text, THE_GDPR).length > 0 || findWords(p.text, GDPR_RIGHTS).length > 0);
}
