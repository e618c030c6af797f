/** Paragraphs, lists with their lead-in, and subheadings: what recognisers read. */
import type { Block } from '../document/block.js';
import { isLeadIn, sentences, stripEnd } from './text.js';

export type Unit =
  | { type: 'para'; block: Block }
  | { type: 'list'; items: string[]; blocks: Block[]; leadIn?: Block }
  | { type: 'sub'; block: Block };

/** Paragraphs, lists with their lead-in ("… seuraavia tietoja:", a table's header row), and subheadings. */
export function unitize(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') units.push({ type: 'sub', block: b });
    else if (b.kind === 'list') {
      const items = (b.items ?? []).map(stripEnd).filter(Boolean);
      const prev = units[units.length - 1];
      if (prev?.type === 'list') {
        prev.items.push(...items);
        prev.blocks.push(b);
      } else if (prev?.type === 'para' && (isLeadIn(prev.block.text) || prev.block.tableHeader)) {
        units.pop();
        units.push({ type: 'list', items, blocks: [b], leadIn: prev.block });
      } else units.push({ type: 'list', items, blocks: [b] });
    } else units.push({ type: 'para', block: b });
  }
  return units;
}

export function unitLines(unit: Unit): string[] {
  if (unit.type === 'list') return [...(unit.leadIn?.lines ?? []), ...unit.blocks.flatMap((b) => b.lines)];
  return unit.block.lines;
}

export function listText(u: Extract<Unit, { type: 'list' }>): string {
  const items = u.items.map((i) => `- ${i}`).join('\n');
  return u.leadIn ? `${u.leadIn.text}\n\n${items}` : items;
}

/** The sentences of paragraphs and the items of lists, each a statement of its own. */
export function statements(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? sentences(b.text) : []));
}
