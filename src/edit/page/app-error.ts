/** A view that could not be drawn: its one-sentence reason, in place of the view. */
import { el } from './dom.js';

export function showAppError(main: HTMLElement, message: string): void {
  main.replaceChildren(el('div', { class: 'app-error', role: 'alert' }, el('p', {}, message)));
}
