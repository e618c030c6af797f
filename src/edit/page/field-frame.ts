/**
 * The frame around every field: a label (or a legend for a group), the schema's help, and the place
 * where the findings about the field are shown, all tied to the input by id.
 */
import { el } from './dom.js';
import { fieldId, pointerOf } from './edit-data.js';
import type { FieldSpec } from './form-context.js';

export interface Frame {
  /** The outer element: a div for one input, a fieldset for a group. */
  root: HTMLElement;
  /** The id the input (or the first input of a group) takes. */
  inputId: string;
  /** Ids of the help and of the findings, for `aria-describedby`. */
  describedBy: string;
  /** The id of a group's legend, for naming its inputs together with their own labels. */
  legendId: string;
}

function parts(spec: FieldSpec): { pointer: string; id: string; help: HTMLElement | null; findings: HTMLElement } {
  const pointer = pointerOf(spec.path);
  const id = fieldId(pointer) + (spec.idSuffix ?? '');
  const help = spec.help ? el('p', { class: 'help', id: `${id}-help` }, spec.help) : null;
  const findings = el('div', { class: 'field-findings', id: `${id}-findings`, 'data-findings-for': pointer });
  return { pointer, id, help, findings };
}

/** A labelled single input: append the input after the label with `frame.root.insertBefore(input, …)` or `attach`. */
export function fieldFrame(spec: FieldSpec, input: HTMLElement, kind: string): Frame {
  const { pointer, id, help, findings } = parts(spec);
  const describedBy = [help ? `${id}-help` : '', `${id}-findings`].filter(Boolean).join(' ');
  input.id = id;
  input.setAttribute('aria-describedby', describedBy);
  const root = el('div', { class: `field field-${kind}`, 'data-pointer': pointer }, el('label', { for: id }, spec.label), help, input, findings);
  return { root, inputId: id, describedBy, legendId: '' };
}

/** A group of inputs under a legend (a text in several languages, an object, a list). */
export function groupFrame(spec: FieldSpec, kind: string, ...content: (Node | null)[]): Frame {
  const { pointer, id, help, findings } = parts(spec);
  const describedBy = [help ? `${id}-help` : '', `${id}-findings`].filter(Boolean).join(' ');
  const root = el(
    'fieldset',
    { class: `group group-${kind}`, 'data-pointer': pointer, id, 'aria-describedby': describedBy },
    el('legend', { id: `${id}-legend` }, spec.label),
    help,
    findings,
    ...content,
  );
  return { root, inputId: `${id}-input`, describedBy, legendId: `${id}-legend` };
}
