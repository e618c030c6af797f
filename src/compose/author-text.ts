/**
 * Author text is Markdown: it is parsed into the notice's tree, never pasted as a string.
 * Raw HTML, images and links with unsafe protocols come out as plain text. Author text is one
 * paragraph-level block inside a section of the notice: paragraphs, emphasis, links, lists and
 * inline code. Headings, rules, tables, block quotes and code blocks would break the notice's own
 * structure, so the parser does not know them: they stay the text they were written as.
 */
import type { BlockContent, Link, PhrasingContent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { pastLimit, replaceControls } from '../check/text-limits.js';
import { remarkGfm, remarkParse, unified } from '../vendor/unified.js';

/** The block constructs author text cannot use (micromark's names; GFM tables and footnotes included). */
const OFF = ['blockQuote', 'codeFenced', 'codeIndented', 'headingAtx', 'setextUnderline', 'thematicBreak', 'definition', 'table', 'gfmFootnoteDefinition', 'gfmFootnoteCall'];

function paragraphLevel(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: OFF } });
}

const parser = unified().use(remarkParse).use(remarkGfm).use(paragraphLevel);

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

/**
 * Text in which Markdown finds nothing to do: it starts with a letter (no list, heading, quote or
 * code block), has no line break, no character that marks emphasis, code, links, HTML, entities,
 * escapes or tables, and no `://`, `www.` or `@` that GFM would turn into a link. Such text is one
 * paragraph of itself, as the parser would give it; most author text is like this, and the parser
 * is skipped. (A test compares the two on random text.)
 */
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} ,.;:'’"“”?!()%§€/–—-]*$/u;

export function isPlainText(text: string): boolean {
  return PLAIN.test(text) && text.trimEnd() === text && !/:\/\/|www\./i.test(text);
}

/** The tree the parser gives a plain text (see `isPlainText`). */
export function plainTree(text: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

/**
 * A text past the limits Markdown may parse (`check` reports it), paragraph by paragraph: each
 * paragraph within the limits is Markdown, any other is shown as the text it is. The time this
 * takes grows only with the text's length.
 */
function boundedTree(text: string): Root {
  const children: RootContent[] = [];
  for (const part of text.split(/\n[ \t]*\n/)) {
    const value = part.trim();
    if (!value) continue;
    if (pastLimit(value)) children.push({ type: 'paragraph', children: [{ type: 'text', value }] });
    else children.push(...parser.parse(value).children);
  }
  return { type: 'root', children };
}

function parse(written: string): Root {
  let tree = cache.get(written);
  if (!tree) {
    const text = replaceControls(written);
    tree = isPlainText(text) ? plainTree(text) : pastLimit(text) ? boundedTree(text) : parser.parse(text);
    sanitise(tree);
    if (cache.size > 5000) cache.clear();
    cache.set(written, tree);
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
    else out.push({ type: 'text', value: flattened(child) });
  }
  return out;
}

/**
 * A block inside a sentence, as its words: a numbered list keeps its numbers ("1986. vuonna" reads
 * as a list item numbered 1986), any other block its text.
 */
function flattened(node: RootContent): string {
  if (node.type !== 'list' || !node.ordered) return toPlain(node);
  return node.children.map((item, i) => `${(node.start ?? 1) + i}. ${toPlain(item)}`).join('\n');
}

/** The plain text of a tree, for alternatives and search. */
export function toPlain(node: Node | PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Node[]).map(toPlain).join(node.type === 'list' ? '\n' : '');
  return '';
}

export type { Link };
