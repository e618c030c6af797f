/**
 * The project's registers and organisation files in one table: each with its kind, its state and
 * counts in words, the languages of its notice, and whether it has unsaved edits kept in this browser.
 */
import { fileHash, type AppContext } from './app-context.js';
import { el, uniqueId } from './dom.js';
import { loadDraft } from './drafts.js';
import { summaryText } from './summary-text.js';

export function showProjectList(app: AppContext): void {
  const { words, project } = app;
  const headingId = uniqueId('project');
  const table = el(
    'table',
    // The roles are written out: on a phone the table is laid out as blocks, which drops them otherwise.
    { class: 'files', role: 'table' },
    el('caption', { class: 'visually-hidden' }, words.projectHeading(project.root)),
    el(
      'thead',
      { role: 'rowgroup' },
      el('tr', { role: 'row' }, ...[words.columnFile, words.columnKind, words.columnState, words.columnLanguages].map((h) => el('th', { scope: 'col', role: 'columnheader' }, h))),
    ),
  );
  const body = el('tbody', { role: 'rowgroup' });
  const files = [...project.files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of files) {
    const draft = loadDraft(project.root, file.path);
    const names = file.languages.map((l) => words.languageNames[l] ?? l).join(', ');
    const kind = file.kind === 'register' ? words.register : `${words.organisation}${file.usedBy ? `, ${words.usedBy(file.usedBy.length)}` : ''}`;
    body.append(
      el(
        'tr',
        { 'data-path': file.path, role: 'row' },
        el('th', { scope: 'row', role: 'rowheader' }, el('a', { href: fileHash(file.path) }, file.title), el('span', { class: 'path' }, file.path), draft ? el('span', { class: 'draft-mark' }, words.unsavedEdits) : null),
        el('td', { role: 'cell', 'data-label': words.columnKind }, kind),
        el('td', { role: 'cell', class: 'state', 'data-state': file.summary.state, 'data-label': words.columnState }, summaryText(words, file.summary)),
        el('td', { role: 'cell', 'data-label': words.columnLanguages }, names),
      ),
    );
  }
  table.append(body);
  app.main.replaceChildren(
    el(
      'section',
      { class: 'project-list', 'aria-labelledby': headingId },
      el('h1', { id: headingId }, words.projectHeading(project.root)),
      el('p', {}, words.projectIntro),
      files.length ? el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': headingId }, table) : el('p', {}, words.noFiles),
      el('p', { class: 'actions' }, el('a', { href: '#/new', class: 'button' }, words.newRegister), ' ', el('a', { href: '#/import', class: 'button' }, words.importNotice)),
    ),
  );
}
