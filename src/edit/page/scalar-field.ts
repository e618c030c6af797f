/** A one-line value: a string (a name, an e-mail address, a date, a period) or a whole number. */
import { el } from './dom.js';
import { fieldFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';

/** A number field keeps what is typed as text until it is a whole number, so that nothing typed is lost. */
function parsed(text: string, integer: boolean): unknown {
  if (!integer) return text;
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

export function renderScalarField(ctx: FormContext, spec: FieldSpec): HTMLElement {
  const { schema } = spec.resolved;
  const integer = schema.type === 'integer' || schema.type === 'number';
  const value = ctx.data.get(spec.path);
  const input = el('input', {
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    ...(integer ? { inputmode: 'numeric' } : {}),
    ...(schema.format === 'date' ? { placeholder: ctx.words.datePlaceholder } : {}),
  });
  input.value = value === undefined || value === null ? '' : String(value);
  const frame = fieldFrame(spec, input, 'scalar');
  input.addEventListener('input', () => {
    const inList = typeof spec.path[spec.path.length - 1] === 'number';
    ctx.data.set(spec.path, input.value === '' && !inList ? undefined : parsed(input.value, integer));
  });
  return frame.root;
}
