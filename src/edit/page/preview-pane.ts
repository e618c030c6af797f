/**
 * The notice as it will be published, beside the form: an iframe at the address /api/preview gives,
 * in the language chosen here (the preview pages keep the build's own CSP).
 */
import { el, uniqueId } from './dom.js';
import type { Words } from './words.js';

export interface PreviewPane {
  root: HTMLElement;
  show(url: string | undefined): void;
}

export function previewPane(words: Words, languages: readonly string[], language: string, choose: (lang: string) => void): PreviewPane {
  const headingId = uniqueId('preview-heading');
  const selectId = uniqueId('preview-language');
  const select = el('select', { id: selectId });
  for (const lang of languages) select.append(el('option', { value: lang, selected: lang === language, lang }, words.languageNames[lang] ?? lang));
  const frame = el('iframe', { title: words.previewFrame(language), class: 'preview-frame' });
  const problem = el('p', { class: 'preview-problem', hidden: true }, words.previewUnavailable);
  select.addEventListener('change', () => {
    frame.title = words.previewFrame(select.value);
    choose(select.value);
  });
  const root = el(
    'section',
    { class: 'preview', 'aria-labelledby': headingId },
    el('div', { class: 'preview-head' }, el('h2', { id: headingId }, words.preview), el('label', { for: selectId }, words.previewLanguage), select),
    problem,
    frame,
  );
  return {
    root,
    show(url) {
      problem.hidden = url !== undefined;
      if (url === undefined || frame.getAttribute('src') === url) return;
      // The reader stays where they were in the notice while it is rendered again.
      const scrolled = frame.contentWindow?.scrollY ?? 0;
      frame.addEventListener('load', () => frame.contentWindow?.scrollTo(0, scrolled), { once: true });
      frame.src = url;
    },
  };
}
