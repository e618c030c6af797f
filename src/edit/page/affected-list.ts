/**
 * For an organisation file: the registers that use it, each with its state now and with the edit
 * (the `affected` of /api/check), so the effect of a shared change is seen before it is saved.
 */
import type { AppContext } from './app-context.js';
import { fileHash } from './app-context.js';
import type { Affected } from './api-types.js';
import { el, uniqueId } from './dom.js';
import { summaryText } from './summary-text.js';

export interface AffectedList {
  root: HTMLElement;
  show(affected: readonly Affected[] | undefined): void;
}

export function affectedList(app: AppContext, usedBy: readonly string[]): AffectedList {
  const { words } = app;
  const headingId = uniqueId('used-by');
  const list = el('ul', { class: 'affected' });
  const root = el('section', { class: 'used-by', 'aria-labelledby': headingId }, el('h2', { id: headingId }, words.usedByHeading), list);
  const entry = (path: string) => app.project.files.find((f) => f.path === path);
  return {
    root,
    show(affected) {
      list.replaceChildren();
      if (!usedBy.length) list.append(el('li', {}, words.usedByNone));
      for (const path of usedBy) {
        const file = entry(path);
        const now = file ? summaryText(words, file.summary) : '';
        const after = affected?.find((a) => a.path === path);
        const changed = after && file && summaryText(words, after.summary) !== now;
        const effect = changed ? words.effect(now, summaryText(words, after.summary)) : `${now}${now ? ' – ' : ''}${words.noEffect}`;
        list.append(el('li', { 'data-state': after?.summary.state ?? file?.summary.state ?? '' }, el('a', { href: fileHash(path) }, file?.title ?? path), ` (${path}): `, effect));
      }
    },
  };
}
