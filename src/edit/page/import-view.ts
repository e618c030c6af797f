/**
 * Importing an existing notice: a file dropped on the zone (or chosen with the file button, from the
 * keyboard) is sent to /api/import, and the drafts it wrote are listed to open.
 */
import { fileHash, type AppContext } from './app-context.js';
import { ApiError } from './api-client.js';
import { el, uniqueId } from './dom.js';

async function send(app: AppContext, file: File, result: HTMLElement): Promise<void> {
  const { words } = app;
  result.replaceChildren(el('p', {}, words.importing(file.name)));
  try {
    const { paths, todos } = await app.api.importFile(file.name, await file.arrayBuffer());
    await app.reloadProject();
    result.replaceChildren(
      el('p', {}, words.imported(paths.length, todos)),
      el('ul', {}, ...paths.map((path) => el('li', {}, el('a', { href: fileHash(path) }, path)))),
    );
  } catch (error) {
    result.replaceChildren(el('p', { class: 'problem' }, error instanceof ApiError || error instanceof Error ? error.message : String(error)));
  }
}

export function showImport(app: AppContext): void {
  const { words } = app;
  const headingId = uniqueId('import');
  const inputId = uniqueId('import-file');
  const result = el('div', { class: 'import-result', role: 'status' });
  const input = el('input', { type: 'file', id: inputId, accept: '.txt,.md,.markdown,.html,.htm,.docx,.pdf' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void send(app, file, result);
  });
  const zone = el('div', { class: 'drop-zone' }, el('p', {}, words.dropHere), el('label', { for: inputId, class: 'button' }, words.chooseFile), input);
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void send(app, file, result);
  });
  app.main.replaceChildren(
    el('section', { class: 'import-view', 'aria-labelledby': headingId }, el('h1', { id: headingId }, words.importHeading), el('p', {}, words.importIntro), zone, result),
  );
}
