/**
 * The frame of every view: a skip link, the banner with the main navigation and the language of the
 * interface, the main region the views are drawn in, and the polite live region findings are
 * announced through.
 */
import { el, replaceChildren } from './dom.js';
import { INTERFACE_LANGUAGES, type Lang, type Words } from './words.js';
import { WORDS } from './words-by-language.js';

export interface Shell {
  main: HTMLElement;
  announce(message: string): void;
  /** Write the shell's words in another language. */
  relabel(words: Words, lang: Lang): void;
}

export function buildShell(body: HTMLElement, lang: Lang, chooseLanguage: (lang: Lang) => void): Shell {
  const main = el('main', { id: 'main', tabindex: -1 });
  const live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
  const header = el('header', { class: 'banner' });
  const skip = el('a', { class: 'skip-link', href: '#main' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  const relabel = (words: Words, current: Lang): void => {
    document.documentElement.lang = current;
    document.title = words.appName;
    skip.textContent = words.skipLink;
    const select = el('select', { id: 'interface-language' }, ...INTERFACE_LANGUAGES.map((l) => el('option', { value: l, 'data-value': l, lang: l, selected: l === current }, WORDS[l].ownName)));
    select.addEventListener('change', () => chooseLanguage(select.value as Lang));
    replaceChildren(
      header,
      el('p', { class: 'app-name' }, el('a', { href: '#/' }, words.appName)),
      el(
        'nav',
        { 'aria-label': words.mainNavigation },
        el('ul', {}, el('li', {}, el('a', { href: '#/' }, words.files)), el('li', {}, el('a', { href: '#/new' }, words.newRegister)), el('li', {}, el('a', { href: '#/import' }, words.importNotice))),
      ),
      el('div', { class: 'language-switch' }, el('label', { for: 'interface-language' }, words.interfaceLanguage), select),
    );
  };
  relabel(WORDS[lang], lang);
  body.replaceChildren(skip, header, main, live);
  return {
    main,
    relabel,
    announce(message) {
      // Emptied first, so that the same words said twice are announced twice.
      live.textContent = '';
      setTimeout(() => (live.textContent = message), 50);
    },
  };
}
