/** The words table of each language of the interface. */
import { en } from './words-en.js';
import { fi } from './words-fi.js';
import { sv } from './words-sv.js';
import type { Lang, Words } from './words.js';

export const WORDS: Readonly<Record<Lang, Words>> = { fi, sv, en };
