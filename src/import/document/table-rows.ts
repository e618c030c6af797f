/**
 * A table of several columns as recognisers read it: its header row as a paragraph that leads into
 * the other rows, which are a list, one item a row with its cells joined by " – ".
 */
import type { Block } from './block.js';

/** A row's text: its cells that hold text, on one line. */
export function rowText(cells: readonly string[]): string {
  return cells
    .map((c) => c.replace(/\s*\n\s*/gu, ' ').trim())
    .filter(Boolean)
    .join(' – ');
}

/** The header row first, as a paragraph marked as a table's header when rows follow; the other rows as a list. */
export function headedRows(head: string | undefined, body: readonly string[], lines: string[], line: number): Block[] {
  const items = body.filter(Boolean);
  const parts: Block[] = [];
  if (head) parts.push({ kind: 'paragraph', text: head, lines: [head], line, ...(items.length ? { tableHeader: true } : {}) });
  if (items.length) parts.push({ kind: 'list', text: items.join('\n'), items, lines, line });
  return parts;
}

/** A row of short labels, without figures or a sentence's end: a header even where it is not marked as one. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return cells.every((c) => c.length <= 40 && c.trim().split(/\s+/u).length <= 4 && !/[\d@]/u.test(c) && !/[.,;:!?]$/u.test(c.trim()));
}
