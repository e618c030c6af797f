/**
 * The form of a file, drawn from its JSON Schema: each part by its kind (a text per language, a
 * choice, a country, a list, a group, a one-line value), in the order of the notice. A value whose
 * shape the form cannot show is given as a raw JSON field, never dropped.
 */
import type { FileKind } from './api-types.js';
import { chosenAlternative, alternativesOf, renderChoiceField } from './choice-field.js';
import { renderCountrySelect } from './country-select.js';
import { el } from './dom.js';
import { fieldId } from './edit-data.js';
import { renderEnumSelect } from './enum-select.js';
import type { FieldSpec, FormContext } from './form-context.js';
import { renderListEditor } from './list-editor.js';
import { coreKeys, orderedKeys } from './notice-order.js';
import { objectContent, propertySpecs, renderObjectField } from './object-field.js';
import { renderRawField } from './raw-field.js';
import { renderScalarField } from './scalar-field.js';
import { renderTextField } from './text-field.js';

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): boolean => value === undefined || ['string', 'number', 'boolean'].includes(typeof value);

/** Draw one part by its kind. */
export function renderField(ctx: FormContext, spec: FieldSpec): HTMLElement {
  const { schema, def } = spec.resolved;
  const value = ctx.data.get(spec.path);
  if (def === 'text') return typeof value === 'string' || value === undefined || isObject(value) ? renderTextField(ctx, spec) : renderRawField(ctx, spec);
  if (schema.oneOf || schema.anyOf) {
    const alternatives = alternativesOf(ctx, spec.resolved);
    if (alternatives && chosenAlternative(alternatives, value) !== undefined) return renderChoiceField(ctx, spec, alternatives);
    if (!schema.properties) return renderRawField(ctx, spec);
  }
  if (def === 'country' && isScalar(value)) return renderCountrySelect(ctx, spec);
  if ((schema.enum || schema.type === 'boolean') && isScalar(value)) return renderEnumSelect(ctx, spec);
  if (schema.type === 'array') return value === undefined || Array.isArray(value) ? renderListEditor(ctx, spec) : renderRawField(ctx, spec);
  if (schema.type === 'object' || schema.properties) return value === undefined || isObject(value) ? renderObjectField(ctx, spec) : renderRawField(ctx, spec);
  if (['string', 'integer', 'number'].includes(String(schema.type)) && isScalar(value)) return renderScalarField(ctx, spec);
  return renderRawField(ctx, spec);
}

/** The keys of the organisation schema: the parts a register can take from its organisation file. */
function organisationKeys(ctx: FormContext): Set<string> {
  return new Set(Object.keys(ctx.schemas.root('organisation').schema.properties ?? {}));
}

/** The whole form of a file, with a list of its parts to jump to. */
export function renderForm(ctx: FormContext, kind: FileKind): HTMLElement {
  const spec: FieldSpec = { resolved: ctx.schemas.root(kind), path: [], key: '', label: '' };
  const order = orderedKeys(kind, Object.keys(spec.resolved.schema.properties ?? {}));
  const body = el('div', { class: 'form-body' });
  const options = { order, always: coreKeys(kind), ...(kind === 'register' ? { fromOrganisation: organisationKeys(ctx) } : {}) };
  objectContent(ctx, spec, options, body);
  const labels = new Map(propertySpecs(ctx, spec, order).map((s) => [s.key, s.label]));
  const nav = el('ul', { class: 'parts' });
  const drawNav = (): void => {
    nav.replaceChildren();
    for (const part of body.querySelectorAll<HTMLElement>(':scope > fieldset[data-key]')) {
      const jump = (): void => {
        part.scrollIntoView({ block: 'start' });
        part.querySelector<HTMLElement>('input, textarea, select, button')?.focus({ preventScroll: true });
      };
      nav.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: jump }, labels.get(part.dataset['key'] ?? '') ?? '')));
    }
  };
  drawNav();
  new MutationObserver(drawNav).observe(body, { childList: true });
  return el(
    'div',
    { class: 'form' },
    el('nav', { 'aria-label': ctx.words.sections, class: 'parts-nav' }, nav),
    el('div', { class: 'field-findings root-findings', id: `${fieldId('')}-findings`, 'data-findings-for': '' }),
    body,
  );
}
