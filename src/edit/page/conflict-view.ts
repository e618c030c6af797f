/**
 * A file that changed on disk while it was edited (a 409 from /api/save, or a kept draft made on an
 * older version): both versions side by side, and the choice of which to keep.
 */
import { fileHash, type AppContext } from './app-context.js';
import type { Content, FileState } from './api-types.js';
import { el, uniqueId } from './dom.js';
import { clearDraft } from './drafts.js';

/** One version, with its lines that the other version does not have marked. */
function version(heading: string, text: string, other: string, words: AppContext['words']): HTMLElement {
  const id = uniqueId('version');
  const theirs = new Set(other.split('\n'));
  const lines = text.split('\n');
  const differing = lines.filter((line) => !theirs.has(line)).length;
  const pre = el('pre', { tabindex: 0, 'aria-labelledby': id });
  lines.forEach((line, i) => {
    pre.append(theirs.has(line) ? line : el('mark', {}, line), i < lines.length - 1 ? '\n' : '');
  });
  return el('section', { class: 'version', 'aria-labelledby': id }, el('h2', { id }, heading), el('p', {}, words.differingLines(differing)), pre);
}

export async function showConflict(app: AppContext, file: FileState, mine: Content, disk: { text: string; version: string }): Promise<void> {
  const { words } = app;
  const myText = 'text' in mine ? mine.text : (await app.api.check(file.path, mine).catch(() => ({ text: JSON.stringify(mine.data, null, 2) }))).text;
  const status = el('p', { role: 'status' });
  const reopen = (): void => {
    clearDraft(app.project.root, file.path);
    app.sessions.delete(file.path);
    app.navigate(fileHash(file.path), true);
  };
  const keepMine = async (): Promise<void> => {
    try {
      await app.api.save(file.path, mine, disk.version);
      app.announce(words.saved);
      reopen();
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  const headingId = uniqueId('conflict');
  app.main.replaceChildren(
    el(
      'section',
      { class: 'conflict-view', 'aria-labelledby': headingId },
      el('h1', { id: headingId }, words.conflictHeading),
      el('p', { class: 'path' }, file.path),
      el('p', {}, words.conflictIntro),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', onclick: () => void keepMine() }, words.keepMine), el('button', { type: 'button', onclick: reopen }, words.takeDisk)),
      status,
      el('div', { class: 'versions' }, version(words.yourVersion, myText, disk.text, words), version(words.diskVersion, disk.text, myText, words)),
    ),
  );
  app.main.querySelector('h1')?.setAttribute('tabindex', '-1');
  app.main.querySelector<HTMLElement>('h1')?.focus();
}
