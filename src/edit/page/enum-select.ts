/**
 * A choice among the schema's values (a legal basis, a transfer mechanism, a provision) or yes/no,
 * as a select; the schema's explanation of the choices is shown beside it. "Not given" leaves the
 * key out.
 */
import { el } from './dom.js';
import { fieldFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';
import { enumLabel } from './schema-labels.js';

interface Option {
  value: unknown;
  label: string;
}

function optionsOf(ctx: FormContext, spec: FieldSpec): Option[] {
  const { schema } = spec.resolved;
  if (schema.type === 'boolean') {
    return [
      { value: true, label: ctx.words.yes },
      { value: false, label: ctx.words.no },
    ];
  }
  return (schema.enum ?? []).map((value) => {
    return { value, label: enumLabel(spec.resolved, ctx.lang, value) };
  });
}

/** A select of `options` (with "not given" first) for the value at the spec's path. */
export function renderSelect(ctx: FormContext, spec: FieldSpec, options: readonly Option[], kind: string): HTMLElement {
  const value = ctx.data.get(spec.path);
  const select = el('select', {}, el('option', { value: '' }, ctx.words.notSet));
  const all = [...options];
  // A value the choices do not have (a misspelt one) is shown as it is, so that it is not lost unseen.
  if (value !== undefined && !all.some((o) => o.value === value)) all.push({ value, label: String(value) });
  all.forEach((option, i) => select.append(el('option', { value: String(i), 'data-value': String(option.value), selected: option.value === value }, option.label)));
  select.addEventListener('change', () => {
    const chosen = select.value === '' ? undefined : all[Number(select.value)]?.value;
    ctx.data.set(spec.path, chosen);
  });
  return fieldFrame(spec, select, kind).root;
}

export function renderEnumSelect(ctx: FormContext, spec: FieldSpec): HTMLElement {
  return renderSelect(ctx, spec, optionsOf(ctx, spec), 'enum');
}
