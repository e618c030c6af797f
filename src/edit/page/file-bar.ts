/**
 * The bar at the top of a file's view, always in view: the file's name, its state with counts (as
 * words, not colour only), whether the edits are saved, and the Save button (also Ctrl+S).
 */
import type { Summary } from './api-types.js';
import { el } from './dom.js';
import { summaryText } from './summary-text.js';
import type { Words } from './words.js';

export interface FileBar {
  root: HTMLElement;
  summary(summary: Summary): void;
  status(text: string): void;
}

export function fileBar(words: Words, title: string, path: string, save: () => void): FileBar {
  const summary = el('p', { class: 'summary' });
  const status = el('p', { class: 'save-status' });
  const button = el('button', { type: 'button', class: 'save primary', 'aria-keyshortcuts': 'Control+S', onclick: save }, words.save);
  const root = el(
    'div',
    { class: 'file-bar' },
    el('div', { class: 'file-name' }, el('h1', {}, title), el('p', { class: 'path' }, path)),
    summary,
    status,
    button,
  );
  return {
    root,
    summary(value) {
      summary.textContent = summaryText(words, value);
      summary.dataset['state'] = value.state;
    },
    status(text) {
      status.textContent = text;
    },
  };
}

/** Ctrl+S (⌘S) saves while the view is shown; returns the function that stops listening. */
export function onSaveKey(save: () => void): () => void {
  const listener = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}
