/**
 * A register or an organisation file as a form: the bar with its state and Save, the form with the
 * findings at their fields, and beside it the findings list and the notice's preview (a register) or
 * the registers the edit affects (an organisation file).
 */
import type { AppContext } from './app-context.js';
import { affectedList, type AffectedList } from './affected-list.js';
import type { CheckResult, Data, FileState, Finding } from './api-types.js';
import { el, uniqueId } from './dom.js';
import { EditData, parentPointer } from './edit-data.js';
import { EditSession } from './edit-session.js';
import { placeFindings } from './field-findings.js';
import { fileBar, onSaveKey, type FileBar } from './file-bar.js';
import { findingsPanel } from './findings-panel.js';
import type { FormContext } from './form-context.js';
import { renderField, renderForm } from './form-renderer.js';
import { previewPane, type PreviewPane } from './preview-pane.js';
import { sessionHooks } from './session-hooks.js';

/** Move to the field of a finding (or the nearest one above it) and put the focus there. */
export function goToFinding(form: HTMLElement, finding: Finding): void {
  let pointer = finding.pointer;
  let place = form.querySelector<HTMLElement>(`[data-findings-for="${CSS.escape(pointer)}"]`);
  while (!place && pointer !== '') {
    pointer = parentPointer(pointer);
    place = form.querySelector<HTMLElement>(`[data-findings-for="${CSS.escape(pointer)}"]`);
  }
  const field = place?.closest<HTMLElement>('[data-pointer]') ?? place;
  field?.scrollIntoView({ block: 'center' });
  field?.querySelector<HTMLElement>('input, textarea, select, button')?.focus({ preventScroll: true });
}

interface Parts {
  bar: FileBar;
  form: HTMLElement;
  preview?: PreviewPane;
  affected?: AffectedList;
}

/** Beside the form: the notice's preview for a register, the registers it affects for an organisation file. */
function sidePart(app: AppContext, file: FileState, languages: readonly string[], previewLanguage: string): Pick<Parts, 'preview' | 'affected'> {
  if (file.kind !== 'register') return { affected: affectedList(app, file.usedBy ?? app.project.files.find((f) => f.path === file.path)?.usedBy ?? []) };
  const preview = previewPane(app.words, languages, previewLanguage, (lang) => {
    const session = app.sessions.get(file.path);
    if (!session) return;
    session.previewLanguage = lang;
    void session.refresh();
  });
  return { preview };
}

export function showFormView(app: AppContext, file: FileState, data: Data, offer?: HTMLElement): void {
  const { words } = app;
  const entry = app.project.files.find((f) => f.path === file.path);
  const previous = app.sessions.get(file.path);
  let findings: readonly Finding[] = file.findings;
  const place = (): void => placeFindings(form, findings, file.path, words);
  const editData = new EditData(data, () => app.sessions.get(file.path)?.changed());
  const ctx: FormContext = {
    data: editData,
    schemas: app.schemas,
    words,
    lang: app.lang,
    languages: entry?.languages.length ? entry.languages : app.project.languages,
    ...(typeof data['organisation'] === 'string' ? { organisation: data['organisation'] } : {}),
    announce: app.announce,
    redrawn: place,
    render: renderField,
  };
  const form = renderForm(ctx, file.kind);
  const bar: FileBar = fileBar(words, entry?.title ?? file.path, file.path, () => save());
  const save = (): void => {
    bar.status(words.saving);
    void app.sessions.get(file.path)?.save();
  };
  const panel = findingsPanel(words, file.path, (finding) => goToFinding(form, finding));
  // The notice is previewed in the reader's own language when it is published in it.
  const previewLanguage = previous?.previewLanguage || (ctx.languages.includes(app.lang) ? app.lang : ctx.languages[0]) || '';
  const parts: Parts = { bar, form, ...sidePart(app, file, ctx.languages, previewLanguage) };
  const show = (result: CheckResult): void => {
    findings = result.findings;
    place();
    panel.show(findings);
    parts.affected?.show(result.affected);
  };
  const hooks = sessionHooks(app, file, bar, show, (url) => parts.preview?.show(url));
  const session = previous ?? new EditSession(app.api, app.project.root, file, () => ({ data: editData.data }), hooks, file.kind === 'register');
  session.hooks = hooks;
  session.previewLanguage = previewLanguage;
  app.sessions.set(file.path, session);

  const formHeading = uniqueId('form-heading');
  app.main.replaceChildren(
    el(
      'div',
      { class: `file-view kind-${file.kind}` },
      bar.root,
      offer ?? null,
      el(
        'div',
        { class: 'columns' },
        el('section', { class: 'form-column', 'aria-labelledby': formHeading }, el('h2', { id: formHeading, class: 'visually-hidden' }, words.formHeading), form),
        el('div', { class: 'side-column' }, panel.root, parts.preview?.root ?? parts.affected?.root ?? null),
      ),
    ),
  );
  app.onLeave(onSaveKey(save));
  hooks.checked({ text: file.text, findings: file.findings, summary: file.summary });
  void session.refresh();
}
