/** The phrase tables by language tag. */
import type { Phrases } from './types.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export type { Phrases, SectionId } from './types.js';
export { en, fi, sv };

export const phrases: Record<string, Phrases> = { fi, en, sv };

/**
 * The table for a language tag: an exact match first, then the primary subtag case-insensitively
 * (`fi-FI`, `SV` → `fi`, `sv`); `undefined` when Seloste has no table for the language.
 */
export function phrasesFor(lang: string): Phrases | undefined {
  if (Object.hasOwn(phrases, lang)) return phrases[lang];
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(phrases, primary) ? phrases[primary] : undefined;
}
