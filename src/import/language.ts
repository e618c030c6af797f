/** The language of an old notice. */
import type { Lang } from './draft/state.js';

/** Finnish or English, from the words the text uses most. */
export function detectLanguage(text: string): Lang {
  const fi = (text.match(/[äöÄÖ]/gu)?.length ?? 0) + 3 * (text.match(/(?<![\p{L}])(?:ja|tai|on|ei|tiedot|tietoja|henkilötiedot\p{L}*|rekisteri\p{L}*|käsittely\p{L}*)(?![\p{L}])/giu)?.length ?? 0);
  const en = 3 * (text.match(/\b(?:the|and|of|to|we|your|data|personal|is|are|you)\b/giu)?.length ?? 0);
  return fi >= en ? 'fi' : 'en';
}
