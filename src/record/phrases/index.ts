/** The record's phrase tables by language tag. */
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import type { RecordPhrases } from './types.js';

export type { ControllerColumn, ProcessorColumn, RecordPhrases } from './types.js';

export const recordPhrases: Record<string, RecordPhrases> = { fi, en, sv };
