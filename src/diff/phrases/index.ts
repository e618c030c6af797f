/** The diff's phrase tables by language. */
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import type { DiffPhrases, SummaryLang } from './types.js';

export const DIFF_PHRASES: Record<SummaryLang, DiffPhrases> = { en, fi, sv };

export { SUMMARY_LANGS, type DiffPhrases, type DurationUnit, type FieldName, type SummaryLang } from './types.js';
