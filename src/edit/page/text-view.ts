/**
 * A file the form cannot show (not valid YAML, or keys the schema does not know) as its text, with
 * line numbers, a mark at each line with a finding, and the findings list: choosing a finding selects
 * its line. The text is checked as it is typed and saved as it is.
 */
import { fileHash, type AppContext } from './app-context.js';
import type { FileState, Finding } from './api-types.js';
import { el, uniqueId } from './dom.js';
import { EditSession } from './edit-session.js';
import { fileBar, onSaveKey } from './file-bar.js';
import { findingsPanel } from './findings-panel.js';
import { sessionHooks } from './session-hooks.js';

/** Select line `line` of the textarea and scroll it into view. */
function selectLine(area: HTMLTextAreaElement, finding: Finding): void {
  const lines = area.value.split('\n');
  const start = lines.slice(0, finding.line - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = start + (lines[finding.line - 1]?.length ?? 0);
  area.focus();
  area.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (finding.line - 3) * lineHeight);
}

function drawGutter(gutter: HTMLElement, text: string, findings: readonly Finding[], file: string): void {
  const marked = new Map<number, string>();
  for (const f of findings) if (f.file === file && (f.severity === 'error' || !marked.has(f.line))) marked.set(f.line, f.severity);
  const count = text.split('\n').length;
  gutter.textContent = Array.from({ length: count }, (_, i) => `${marked.has(i + 1) ? (marked.get(i + 1) === 'error' ? '✖' : '▲') : ' '} ${i + 1}`).join('\n');
}

export function showTextView(app: AppContext, file: FileState, text: string, offer?: HTMLElement): void {
  const { words } = app;
  const entry = app.project.files.find((f) => f.path === file.path);
  const areaId = uniqueId('text');
  const area = el('textarea', { id: areaId, class: 'yaml-text', spellcheck: 'false', wrap: 'off', 'aria-describedby': `${areaId}-intro` });
  area.value = text;
  const gutter = el('pre', { class: 'gutter', 'aria-hidden': 'true' });
  area.addEventListener('scroll', () => (gutter.scrollTop = area.scrollTop));
  let findings: readonly Finding[] = file.findings;
  const bar = fileBar(words, entry?.title ?? file.path, file.path, () => save());
  const save = (): void => {
    bar.status(words.saving);
    void app.sessions.get(file.path)?.save();
  };
  const panel = findingsPanel(words, file.path, (finding) => selectLine(area, finding), words.goToLine);
  const hooks = sessionHooks(app, file, bar, (result) => {
    findings = result.findings;
    panel.show(findings);
    drawGutter(gutter, area.value, findings, file.path);
  });
  const previous = app.sessions.get(file.path);
  const session = previous ?? new EditSession(app.api, app.project.root, file, () => ({ text: area.value }), hooks, false);
  session.hooks = hooks;
  app.sessions.set(file.path, session);
  area.addEventListener('input', () => {
    drawGutter(gutter, area.value, findings, file.path);
    session.changed();
  });
  const reopen = (): void => {
    app.sessions.delete(file.path);
    app.navigate(fileHash(file.path), true);
  };
  app.main.replaceChildren(
    el(
      'div',
      { class: 'file-view text-view' },
      bar.root,
      offer ?? null,
      el(
        'div',
        { class: 'columns' },
        el(
          'section',
          { class: 'form-column', 'aria-labelledby': `${areaId}-heading` },
          el('h2', { id: `${areaId}-heading` }, words.textHeading),
          el('p', { id: `${areaId}-intro` }, words.textIntro),
          el('label', { for: areaId }, words.textLabel),
          el('div', { class: 'text-editor' }, gutter, area),
          el('button', { type: 'button', onclick: reopen }, words.openAsForm),
        ),
        el('div', { class: 'side-column' }, panel.root),
      ),
    ),
  );
  app.onLeave(onSaveKey(save));
  hooks.checked({ text, findings: file.findings, summary: file.summary });
  if (text !== file.text) void session.refresh();
}
