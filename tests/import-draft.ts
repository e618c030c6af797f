/** A notice's text imported as `seloste import` does, for tests that read the draft register's values. */
import { importNotice } from '../src/import/import.js';

export type Draft = Record<string, any>;
export type Lang = 'fi' | 'sv' | 'en';

/** The draft register of a notice in the given language. */
export function register(text: string, lang: Lang): Draft {
  return importNotice(text, { lang }).register as Draft;
}

/** Each purpose's text in the notice's language, with its basis. */
export function purposes(text: string, lang: Lang): [string, string | undefined][] {
  return (register(text, lang)['purposes'] as Draft[]).map((p) => [p['description'][lang], p['legal_basis']]);
}
