import type { Root } from 'mdast';
import { replaceControls } from '../check/text-limits.js';
import { remarkGfm, remarkStringify, unified } from '../vendor/unified.js';

const processor = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
});

/** Serialise a notice tree as Markdown (GFM tables); control characters become U+FFFD. */
export function renderMarkdown(tree: Root): string {
  return replaceControls(processor.stringify(tree));
}
