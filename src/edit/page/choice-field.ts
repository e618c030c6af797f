/**
 * A part that is one of a few shapes (`oneOf`/`anyOf`): `recipients: none` or a list,
 * `automated_decisions: none` or its details. A select says which, and the chosen shape is drawn
 * below it. A value that fits none of the shapes is left to the raw field.
 */
import { el } from './dom.js';
import { groupFrame } from './field-frame.js';
import type { FieldSpec, FormContext } from './form-context.js';
import { helpOf, labelOf } from './schema-labels.js';
import type { Resolved } from './schema-set.js';

interface Alternative {
  kind: 'const' | 'list' | 'details';
  resolved: Resolved;
  label: string;
}

function classify(ctx: FormContext, resolved: Resolved): Alternative | undefined {
  const { schema } = resolved;
  // `none`: its title (No recipients), else its description, else the value itself.
  if ('const' in schema) return { kind: 'const', resolved, label: labelOf(resolved, ctx.lang, '') || helpOf(resolved, ctx.lang) || String(schema.const) };
  if (schema.type === 'array') return { kind: 'list', resolved, label: ctx.words.alternativeList };
  if (schema.type === 'object' || schema.properties) return { kind: 'details', resolved, label: ctx.words.alternativeDetails };
  return undefined;
}

/** The shapes of a `oneOf`/`anyOf`, or undefined when one of them cannot be drawn. */
export function alternativesOf(ctx: FormContext, resolved: Resolved): Alternative[] | undefined {
  const options = resolved.schema.oneOf ?? resolved.schema.anyOf ?? [];
  const out = options.map((option) => classify(ctx, ctx.schemas.child(resolved, option)));
  return out.length && out.every((a): a is Alternative => a !== undefined) ? out : undefined;
}

/** Which shape a value has: its index, -1 for no value, undefined for none of them. */
export function chosenAlternative(alternatives: readonly Alternative[], value: unknown): number | undefined {
  if (value === undefined) return -1;
  const index = alternatives.findIndex((a) =>
    a.kind === 'const' ? a.resolved.schema.const === value : a.kind === 'list' ? Array.isArray(value) : typeof value === 'object' && value !== null && !Array.isArray(value),
  );
  return index === -1 ? undefined : index;
}

const START: Record<Alternative['kind'], (a: Alternative) => unknown> = {
  const: (a) => a.resolved.schema.const,
  list: () => [],
  details: () => ({}),
};

export function renderChoiceField(ctx: FormContext, spec: FieldSpec, alternatives: readonly Alternative[]): HTMLElement {
  const body = el('div', { class: 'choice-body' });
  const select = el('select', {}, el('option', { value: '' }, ctx.words.notSet));
  alternatives.forEach((a, i) => select.append(el('option', { value: String(i), 'data-value': a.kind === 'const' ? String(a.resolved.schema.const) : a.kind }, a.label)));
  const frame = groupFrame(spec, 'choice');
  const selectId = `${frame.root.id}-kind`;
  select.id = selectId;
  select.setAttribute('aria-labelledby', `${frame.legendId} ${selectId}-label`);
  select.setAttribute('aria-describedby', frame.describedBy);
  frame.root.append(el('div', { class: 'field' }, el('label', { for: selectId, id: `${selectId}-label` }, ctx.words.kindOfValue), select), body);

  const drawBody = (): void => {
    const index = chosenAlternative(alternatives, ctx.data.get(spec.path)) ?? -1;
    select.value = index === -1 ? '' : String(index);
    const chosen = alternatives[index];
    body.replaceChildren();
    if (chosen && chosen.kind !== 'const') body.append(ctx.render(ctx, { resolved: chosen.resolved, path: spec.path, key: spec.key, label: chosen.label, idSuffix: '-shape' }));
  };
  select.addEventListener('change', () => {
    const chosen = alternatives[Number(select.value)];
    ctx.data.set(spec.path, select.value === '' || !chosen ? undefined : START[chosen.kind](chosen));
    drawBody();
    ctx.redrawn();
  });
  drawBody();
  return frame.root;
}
