/**
 * A free text written per language (`#/$defs/text`, `{fi: …, en: …, sv: …}`): one textarea for each
 * language the notice is published in (and any other the text already has), side by side.
 */
import { el } from './dom.js';
import { groupFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';

function languagesOf(ctx: FormContext, value: unknown): string[] {
  const present = value && typeof value === 'object' ? Object.keys(value) : [];
  return [...new Set([...ctx.languages, ...present])];
}

/** A text is removed when every language is emptied; an item of a list keeps its (empty) place. */
function update(ctx: FormContext, spec: FieldSpec, lang: string, text: string): void {
  const current = ctx.data.get(spec.path);
  const next: Record<string, unknown> = current && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {};
  if (text === '') delete next[lang];
  else next[lang] = text;
  const inList = typeof spec.path[spec.path.length - 1] === 'number';
  ctx.data.set(spec.path, Object.keys(next).length || inList ? next : undefined);
}

export function renderTextField(ctx: FormContext, spec: FieldSpec): HTMLElement {
  const value = ctx.data.get(spec.path);
  const columns = el('div', { class: 'languages' });
  const frame = groupFrame(spec, 'text', columns);
  if (typeof value === 'string') {
    // One text for every language, as a file may write it: kept as it is until it is edited.
    const area = el('textarea', { id: frame.inputId, rows: 2, 'aria-describedby': frame.describedBy });
    area.value = value;
    area.addEventListener('input', () => ctx.data.set(spec.path, area.value));
    columns.append(el('div', { class: 'language' }, el('label', { for: frame.inputId }, spec.label), area));
    return frame.root;
  }
  const texts = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  languagesOf(ctx, value).forEach((lang, i) => {
    const id = i === 0 ? frame.inputId : `${frame.root.id}-${lang}`;
    const area = el('textarea', { id, lang, rows: 2, 'aria-describedby': frame.describedBy, 'data-lang': lang });
    const text = texts[lang];
    area.value = typeof text === 'string' ? text : '';
    area.addEventListener('input', () => update(ctx, spec, lang, area.value));
    area.setAttribute('aria-labelledby', `${frame.legendId} ${id}-label`);
    columns.append(el('div', { class: 'language' }, el('label', { for: id, id: `${id}-label` }, ctx.words.textIn(lang)), area));
  });
  return frame.root;
}
