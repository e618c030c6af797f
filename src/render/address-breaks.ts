/**
 * A web address shown in a table cell may be wider than its column on a narrow screen. A `<wbr>`
 * after each of its slashes lets it wrap there, between the parts of the address, rather than
 * widen the table or break inside a name.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i;

/** The pieces of an address with a `<wbr>` after every slash that ends a part (not inside `//`). */
function breakAddress(node: Text): ElementContent[] {
  const parts = node.value.split(/(?<=[^/]\/)(?=[^/])/);
  if (parts.length < 2) return [node];
  return parts.flatMap((value, i): ElementContent[] =>
    i === 0 ? [{ type: 'text', value }] : [{ type: 'element', tagName: 'wbr', properties: {}, children: [] }, { type: 'text', value }],
  );
}

/** Break the addresses that are the whole text of a link. */
function breakLink(link: Element): void {
  link.children = link.children.flatMap((child) => (child.type === 'text' && ADDRESS.test(child.value) ? breakAddress(child) : [child]));
}

/** Every link in a table cell, in document order (without recursion: no depth limit). */
function linksInCells(root: HastRoot): Element[] {
  const found: Element[] = [];
  const stack: { node: RootContent | ElementContent; inCell: boolean }[] = root.children.map((node) => ({ node, inCell: false })).reverse();
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node } = top;
    if (node.type !== 'element') continue;
    const inCell = top.inCell || node.tagName === 'td' || node.tagName === 'th';
    if (inCell && node.tagName === 'a') found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, inCell });
  }
  return found;
}

/** Let every web address shown as a link in a table cell wrap after its slashes. */
export function breakAddressesInCells(root: HastRoot): void {
  for (const link of linksInCells(root)) breakLink(link);
}
