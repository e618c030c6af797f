/**
 * Whitespace where Markdown cannot write it: at the edges of a paragraph, heading or table cell, and
 * just inside strong or emphasised text. Author text missing in a language (a build with `--force`)
 * leaves such spaces beside it; Markdown could keep them only as character references (`&#x20;`),
 * and HTML shows nothing for them. They are moved out of strong and emphasised text, and dropped
 * at the edges of a block.
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';

const ATTENTION = new Set(['strong', 'emphasis', 'delete']);
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'link', ...ATTENTION]);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

const text = (value: string): Text => ({ type: 'text', value });

/** Takes the whitespace that `edge` finds off a text node, and gives it. */
function takeEdge(node: PhrasingContent | undefined, edge: RegExp): string {
  if (node?.type !== 'text') return '';
  const space = edge.exec(node.value)?.[0] ?? '';
  node.value = node.value.replace(edge, '');
  return space;
}

/** A strong or emphasised node with the whitespace at its edges beside it instead. */
function hoist(node: PhrasingContent): PhrasingContent[] {
  if (!ATTENTION.has(node.type) || !('children' in node)) return [node];
  const before = takeEdge(node.children[0], /^\s+/);
  const after = takeEdge(node.children[node.children.length - 1], /\s+$/);
  return [text(before), node, text(after)];
}

/** Adjacent plain texts as one; empty texts and empty strong or emphasised text left out. */
function merge(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (node.type === 'text' && !node.value) continue;
    if (ATTENTION.has(node.type) && 'children' in node && !node.children.some((c) => c.type !== 'text' || c.value)) continue;
    // A text that carries data (a `lang` span) stays a node of its own.
    if (node.type === 'text' && prev?.type === 'text' && !node.data && !prev.data) prev.value += node.value;
    else out.push(node);
  }
  return out;
}

function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return merge(nodes);
}

function tidy(node: Root | RootContent): void {
  if (!('children' in node)) return;
  for (const child of node.children) tidy(child);
  if (!PHRASING_PARENTS.has(node.type)) return;
  const parent = node as Parent & { children: PhrasingContent[] };
  const children = merge(parent.children.flatMap(hoist));
  parent.children = BLOCKS.has(node.type) ? trimEdges(children) : children;
}

/** The tree, its whitespace where Markdown and HTML can show it (changed in place). */
export function tidyWhitespace(tree: Root): Root {
  tidy(tree);
  return tree;
}
