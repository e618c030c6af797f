/**
 * Author text is Markdown: it is parsed into the notice's tree, never pasted as a string.
 * Raw HTML, images and links with unsafe protocols come out as plain text.
 */
import type { BlockContent, Link, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export const SAFE_PROTOCOL = /^(https?:|mailto:|tel:)/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_PROTOCOL.test(url.trim()) || url.startsWith('#');
}

type Node = Root | RootContent;

/** Containers whose children are blocks: HTML found there becomes a paragraph of text, not bare text. */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Make a parsed tree inert: HTML becomes text, images their alt text, unsafe links their text. */
function sanitise(node: Node, parent?: Node): Node[] {
  switch (node.type) {
    case 'html': {
      // Shown as code: visibly what was written, and inert in every format (no tag, no autolink).
      const code: Node = { type: 'inlineCode', value: node.value.replace(/\s*\n\s*/g, ' ') };
      return parent && FLOW.has(parent.type) ? [{ type: 'paragraph', children: [code] } as Node] : [code];
    }
    case 'image':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'definition':
    case 'footnoteDefinition':
      return [];
    case 'link':
      if (!isSafeUrl(node.url)) return node.children.flatMap((c) => sanitise(c, node));
      break;
    case 'linkReference':
      return node.children.flatMap((c) => sanitise(c, node));
    default:
      break;
  }
  if ('children' in node) {
    (node as { children: Node[] }).children = (node.children as Node[]).flatMap((c) => sanitise(c, node));
  }
  delete (node as { position?: unknown }).position;
  return [node];
}

const cache = new Map<string, Root>();

function parse(text: string): Root {
  let tree = cache.get(text);
  if (!tree) {
    tree = parser.parse(text);
    sanitise(tree);
    if (cache.size > 5000) cache.clear();
    cache.set(text, tree);
  }
  return structuredClone(tree);
}

/** Author text as block content (paragraphs, lists …). */
export function blocks(text: string): BlockContent[] {
  return parse(text).children as BlockContent[];
}

/** Author text as inline content; paragraphs are joined with a space. */
export function inline(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of parse(text).children) {
    if (out.length) out.push({ type: 'text', value: ' ' });
    if (child.type === 'paragraph' || child.type === 'heading') out.push(...child.children);
    else out.push({ type: 'text', value: toPlain(child) });
  }
  return out;
}

/** The plain text of a tree, for alternatives and search. */
export function toPlain(node: Node | PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Node[]).map(toPlain).join(node.type === 'list' ? '\n' : '');
  return '';
}

export type { Link };
