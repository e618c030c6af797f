/**
 * The data-flow picture as text: the three columns one after the other, each a list of whole
 * labels. It stands in for the picture on a narrow screen, where the picture's text would be too
 * small to read, and is shown beside it wherever the picture had to cut a label.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { breakLongTokens } from '../render/break-tokens.js';
import { rehypeStringify, unified } from '../vendor/unified.js';
import type { FlowColumn } from './flow-model.js';

const toHtml = unified().use(rehypeStringify);

function element(tagName: string, className: string[], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: className.length ? { className } : {}, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

function step(column: FlowColumn): Element {
  const labels = column.labels.map((l) => element('li', l.outside ? ['outside'] : [], [text(l.text)]));
  return element('li', [], [element('p', ['flow-heading'], [text(column.heading)]), element('ul', [], labels)]);
}

/**
 * The textual form of the columns. `always`: shown on every screen and on paper, not only on a
 * narrow screen (the picture cut a label).
 */
export function flowText(columns: readonly FlowColumn[], always: boolean): string {
  const list = element('ol', always ? ['flow-text', 'always'] : ['flow-text'], columns.filter((c) => c.labels.length).map(step));
  const root: HastRoot = { type: 'root', children: [list] };
  breakLongTokens(root);
  return toHtml.stringify(root);
}
