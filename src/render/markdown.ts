import type { Root } from 'mdast';
import { remarkGfm, remarkStringify, unified } from '../vendor/unified.js';

const processor = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
});

/** Serialise a notice tree as Markdown (GFM tables). */
export function renderMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
