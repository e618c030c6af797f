/** The words of `seloste init` in the language of the interface. */
import type { MessageLanguage } from '../interface-language.js';
import { en } from './words-en.js';
import { fi } from './words-fi.js';
import { sv } from './words-sv.js';
import type { InitWords } from './words.js';

export const INIT_WORDS: Record<MessageLanguage, InitWords> = { en, fi, sv };
