/**
 * Opening a file: as a form when the server can give its data, else as text; a draft kept from an
 * earlier visit is offered back (or, when the file changed since it was made, shown against it).
 */
import type { AppContext } from './app-context.js';
import type { Data, FileState } from './api-types.js';
import { el } from './dom.js';
import { clearDraft, loadDraft, type Draft } from './drafts.js';
import { showFormView } from './form-view.js';
import { showTextView } from './text-view.js';

function show(app: AppContext, file: FileState, content: { data: Data } | { text: string }, offer?: HTMLElement): void {
  if ('data' in content && file.form) showFormView(app, file, content.data, offer);
  else showTextView(app, file, 'text' in content ? content.text : file.text, offer);
}

/** The banner that offers a kept draft back. */
function draftOffer(app: AppContext, file: FileState, draft: Draft): HTMLElement {
  const { words } = app;
  const time = new Date(draft.time).toLocaleString(app.lang);
  const restore = (): void => {
    app.sessions.delete(file.path);
    show(app, file, draft.content);
    app.sessions.get(file.path)?.changed();
    app.announce(words.restore);
  };
  const discard = (): void => {
    clearDraft(app.project.root, file.path);
    banner.remove();
    app.announce(words.discard);
  };
  const banner = el(
    'div',
    { class: 'draft-offer', role: 'region', 'aria-label': words.unsavedEdits },
    el('p', {}, words.draftOffer(time)),
    el('button', { type: 'button', class: 'primary', onclick: restore }, words.restore),
    el('button', { type: 'button', onclick: discard }, words.discard),
  );
  return banner;
}

export async function openFile(app: AppContext, path: string): Promise<void> {
  const file = await app.api.file(path);
  const live = app.sessions.get(path);
  if (live && live.version === file.version) return show(app, live.file, live.content());
  app.sessions.delete(path);
  const draft = loadDraft(app.project.root, path);
  if (draft && draft.version !== file.version) return app.showConflict(file, draft.content, { text: file.text, version: file.version });
  const offer = draft ? draftOffer(app, file, draft) : undefined;
  show(app, file, file.form && file.data ? { data: file.data } : { text: file.text }, offer);
}
