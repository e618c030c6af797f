/**
 * A list of items (purposes, data categories, recipients, …): each item drawn by the form, with
 * buttons to move it up or down and to remove it, and a button to add one. Everything works from the
 * keyboard; after a change the focus stays on the item's button and the change is announced.
 */
import { el } from './dom.js';
import { groupFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';
import { labelOf, shortLabel } from './schema-labels.js';
import type { Resolved } from './schema-set.js';

/** A new, empty item of the list's kind. */
export function emptyValue(resolved: Resolved): unknown {
  const { schema } = resolved;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'array') return [];
  if (schema.type === 'string') return '';
  if (schema.type === 'integer' || schema.type === 'number') return 0;
  if (schema.type === 'boolean') return false;
  return {};
}

/** The selector of an item's button, in this list only (not in a list inside an item). */
function action(name: string, index: number): string {
  return `:scope > .items > li > .item-actions > .item-${name}[data-index="${index}"]`;
}

export function renderListEditor(ctx: FormContext, spec: FieldSpec): HTMLElement {
  const itemResolved = ctx.schemas.child(spec.resolved, spec.resolved.schema.items ?? {});
  // An item that is a bare text (a group of data subjects) is named after its list.
  const itemName = itemResolved.def === 'text' ? shortLabel(spec.label) : shortLabel(labelOf(itemResolved, ctx.lang, spec.key));
  let root = build();

  /** Draw the list again, and put the focus on `focus` (a selector) inside it. */
  function redraw(focus: string, message: string): void {
    const fresh = build();
    root.replaceWith(fresh);
    root = fresh;
    ctx.redrawn();
    (root.querySelector<HTMLElement>(focus) ?? root.querySelector<HTMLElement>(':scope > .add-item'))?.focus();
    ctx.announce(message);
  }

  function toolbar(index: number, name: string): HTMLElement {
    const button = (action: string, label: string, run: () => void): HTMLButtonElement =>
      el('button', { type: 'button', class: `item-${action}`, 'data-index': index, 'aria-label': `${label}: ${name}`, onclick: run }, label);
    return el(
      'div',
      { class: 'item-actions' },
      button('up', ctx.words.moveUp, () => {
        if (index === 0) return;
        ctx.data.moveItem(spec.path, index, index - 1);
        redraw(action('up', index - 1), ctx.words.itemMoved(name, index));
      }),
      button('down', ctx.words.moveDown, () => {
        if (index === ctx.data.list(spec.path).length - 1) return;
        ctx.data.moveItem(spec.path, index, index + 1);
        redraw(action('down', index + 1), ctx.words.itemMoved(name, index + 2));
      }),
      button('remove', ctx.words.remove, () => {
        ctx.data.removeItem(spec.path, index);
        const left = ctx.data.list(spec.path).length;
        redraw(left ? action('remove', Math.min(index, left - 1)) : ':scope > .add-item', ctx.words.itemRemoved(name));
      }),
    );
  }

  function build(): HTMLElement {
    const value = ctx.data.get(spec.path);
    const items = Array.isArray(value) ? value : [];
    const list = el('ol', { class: 'items' });
    items.forEach((_, index) => {
      const name = ctx.words.item(itemName, index + 1);
      const item = ctx.render(ctx, { resolved: itemResolved, path: [...spec.path, index], key: spec.key, label: name });
      list.append(el('li', { class: 'item' }, item, toolbar(index, name)));
    });
    const add = el('button', { type: 'button', class: 'add-item' }, ctx.words.add(itemName));
    add.addEventListener('click', () => {
      const index = ctx.data.addItem(spec.path, emptyValue(itemResolved));
      redraw(`:scope > .items > li:nth-child(${index + 1}) :is(input, textarea, select)`, ctx.words.itemAdded(itemName, index + 1));
    });
    return groupFrame(spec, 'list', items.length ? list : el('p', { class: 'empty' }, ctx.words.emptyList), add).root;
  }
  return root;
}
