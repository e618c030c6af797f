/**
 * A part the form cannot draw (a shape the schema does not describe as fields), shown as JSON in a
 * text field rather than dropped: it is taken back only when it parses.
 */
import { el } from './dom.js';
import { fieldFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';

export function renderRawField(ctx: FormContext, spec: FieldSpec): HTMLElement {
  const value = ctx.data.get(spec.path);
  const area = el('textarea', { rows: 4, class: 'raw', spellcheck: 'false' });
  area.value = value === undefined ? '' : JSON.stringify(value, null, 2);
  const problem = el('p', { class: 'raw-problem', role: 'status' });
  const help = [spec.help, ctx.words.rawHelp].filter(Boolean).join(' ');
  const frame = fieldFrame({ ...spec, help }, area, 'raw');
  frame.root.append(problem);
  area.addEventListener('input', () => {
    if (area.value.trim() === '') {
      problem.textContent = '';
      ctx.data.set(spec.path, undefined);
      return;
    }
    try {
      ctx.data.set(spec.path, JSON.parse(area.value));
      problem.textContent = '';
    } catch (error) {
      problem.textContent = ctx.words.rawInvalid(error instanceof Error ? error.message : String(error));
    }
  });
  return frame.root;
}
