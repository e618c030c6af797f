/**
 * Every data cell of a table names its column in a `data-label` attribute. On a narrow screen the
 * stylesheet lays each row out as a block of its own and shows that name before the cell, so a
 * table reads as labelled rows without scrolling sideways, with no script and no inline style.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';

function isElement(node: RootContent | ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}

/** The elements of a tree with the tag name, in document order (without recursion: no depth limit). */
function elements(root: HastRoot | Element, tagName: string): Element[] {
  const found: Element[] = [];
  const stack: (RootContent | ElementContent)[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type !== 'element') continue;
    if (node.tagName === tagName) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** The text of an element, white space collapsed. */
function textOf(element: Element): string {
  const parts: string[] = [];
  const stack: ElementContent[] = [...element.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The cells of a row, in order. */
function cells(row: Element, tagName: string): Element[] {
  return row.children.filter((c): c is Element => isElement(c, tagName));
}

/** Label the data cells of one table with the headings of its first header row. */
function labelTable(table: Element): void {
  const headerRow = elements(table, 'thead').flatMap((head) => elements(head, 'tr'))[0];
  if (!headerRow) return;
  const names = cells(headerRow, 'th').map(textOf);
  for (const body of elements(table, 'tbody')) {
    for (const row of elements(body, 'tr')) {
      cells(row, 'td').forEach((cell, i) => {
        const name = names[i];
        if (name) cell.properties = { ...cell.properties, dataLabel: name };
      });
    }
  }
}

/** Give every data cell of every table in the tree the name of its column. */
export function labelTableCells(root: HastRoot): void {
  for (const table of elements(root, 'table')) labelTable(table);
}
