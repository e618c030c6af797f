/** A line of a PDF, counted over all its pages, said as the page and the line on it, which is how a reader finds it. */
import type { Diagnostic } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';

const WORDS: Readonly<Record<MessageLanguage, (page: number, line: number) => string>> = {
  en: (page, line) => `page ${page}, line ${line}`,
  fi: (page, line) => `sivu ${page}, rivi ${line}`,
  sv: (page, line) => `sida ${page}, rad ${line}`,
};

/** The finding with its page and line on the page added to its message. */
export function withPage(d: Diagnostic, pageStarts: readonly number[], lang: MessageLanguage): Diagnostic {
  let page = 0;
  while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= d.line) page++;
  return { ...d, message: `${d.message} (${WORDS[lang](page + 1, d.line - (pageStarts[page] ?? 1) + 1)})` };
}
