/**
 * An object of the schema (the controller, an address, a purpose) as a group of its fields. Parts
 * that are lists or groups and are not in the file yet are offered as "Add …" buttons, so that an
 * empty register is not a wall of empty fields; a part the organisation file already gives says so.
 */
import { el } from './dom.js';
import { groupFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';
import { emptyValue } from './list-editor.js';
import { DECIDING_KEYS, HIDDEN_KEYS, RELEVANT_WHEN } from './notice-order.js';
import { helpOf, labelOf } from './schema-labels.js';
import type { Resolved } from './schema-set.js';

export interface ObjectOptions {
  /** The keys in the order to show them (default: the schema's). */
  order?: readonly string[];
  /** Keys shown even when the file does not have them. */
  always?: readonly string[];
  /** Keys the organisation file can give, for a register that uses one. */
  fromOrganisation?: ReadonlySet<string>;
}

/** A part drawn as a group of its own (an object, a list, a choice), as opposed to one input or a text. */
export function isGroup(resolved: Resolved): boolean {
  const { schema } = resolved;
  if (resolved.def === 'text') return false;
  return schema.type === 'array' || schema.type === 'object' || !!schema.properties || !!schema.oneOf || !!schema.anyOf;
}

/** A value with nothing written in it: no text, number or yes/no anywhere inside. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value !== 'object') return false;
  return Object.values(value).every(isEmpty);
}

/** The spec of each property of an object. */
export function propertySpecs(ctx: FormContext, spec: FieldSpec, order?: readonly string[]): FieldSpec[] {
  const properties = spec.resolved.schema.properties ?? {};
  return (order ?? Object.keys(properties))
    .filter((key) => !HIDDEN_KEYS.has(key) && properties[key])
    .map((key) => {
      const resolved = ctx.schemas.child(spec.resolved, properties[key]!);
      const help = helpOf(resolved, ctx.lang);
      return { resolved, path: [...spec.path, key], key, label: labelOf(resolved, ctx.lang, key), ...(help ? { help } : {}) };
    });
}

/** The fields of an object and its "Add …" buttons, drawn again when a part is added; `opened`: parts added empty. */
export function objectContent(ctx: FormContext, spec: FieldSpec, options: ObjectOptions, container: HTMLElement, opened = new Set<string>()): void {
  const required = spec.resolved.schema.required ?? [];
  const specs = propertySpecs(ctx, spec, options.order);
  const value = ctx.data.get(spec.path);
  const object = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const has = (key: string): boolean => object[key] !== undefined;
  const relevance = RELEVANT_WHEN[spec.resolved.def ?? ''] ?? {};
  const relevant = (key: string): boolean | undefined => relevance[key]?.(object);
  // A part the organisation file gives is added here only to replace it: offered, not shown empty.
  const shared = (key: string): boolean => !!ctx.organisation && !!options.fromOrganisation?.has(key) && key !== 'organisation';
  const shown = (s: FieldSpec): boolean =>
    has(s.key) ||
    opened.has(s.key) ||
    relevant(s.key) === true ||
    (relevant(s.key) === undefined && !shared(s.key) && (!isGroup(s.resolved) || required.includes(s.key) || !!options.always?.includes(s.key)));
  const redraw = (focusKey: string): void => {
    container.replaceChildren();
    objectContent(ctx, spec, options, container, opened);
    ctx.redrawn();
    container.querySelector<HTMLElement>(`:scope > [data-key="${focusKey}"] :is(input, textarea, select, button), :scope > [data-key="${focusKey}"]:is(input, textarea, select, button)`)?.focus();
  };
  for (const s of specs.filter(shown)) {
    const field = ctx.render(ctx, s);
    field.dataset['key'] = s.key;
    container.append(field);
    // An optional part added by mistake can be taken away again while nothing is written in it.
    const optional = isGroup(s.resolved) && !required.includes(s.key) && !options.always?.includes(s.key);
    if (optional && has(s.key) && isEmpty(object[s.key])) {
      const remove = el('button', { type: 'button', class: 'remove-part' }, ctx.words.removePart(s.label));
      remove.addEventListener('click', () => {
        ctx.data.set(s.path, undefined);
        opened.delete(s.key);
        redraw(s.key);
        container.querySelector<HTMLElement>(`.add-part[data-key="${s.key}"]`)?.focus();
      });
      field.append(remove);
    }
  }
  if (Object.keys(relevance).length) {
    // A choice that decides which other parts belong (a legal basis) draws the object again.
    for (const key of DECIDING_KEYS) container.querySelector(`:scope > [data-key="${key}"] select`)?.addEventListener('change', () => redraw(key));
  }
  const addable = specs.filter((s) => !shown(s) && relevant(s.key) !== false && s.key !== '$schema');
  if (!addable.length) return;
  const buttons = el('ul', { class: 'add-parts' });
  for (const s of addable) {
    const note = options.fromOrganisation?.has(s.key) && ctx.organisation ? el('span', { class: 'note' }, ctx.words.fromOrganisation(ctx.organisation)) : null;
    const add = el('button', { type: 'button', class: 'add-part', 'data-key': s.key }, ctx.words.addPart(s.label));
    add.addEventListener('click', () => {
      // A choice (`none` or a list) starts unset: its select says which it is.
      if (!s.resolved.schema.oneOf && !s.resolved.schema.anyOf) ctx.data.set(s.path, emptyValue(s.resolved));
      opened.add(s.key);
      redraw(s.key);
    });
    buttons.append(el('li', {}, add, note));
  }
  container.append(buttons);
}

export function renderObjectField(ctx: FormContext, spec: FieldSpec, options: ObjectOptions = {}): HTMLElement {
  const body = el('div', { class: 'object-body' });
  objectContent(ctx, spec, options, body);
  return groupFrame(spec, 'object', body).root;
}
