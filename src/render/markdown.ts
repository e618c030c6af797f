import type { Root } from 'mdast';
import { replaceControls } from '../check/text-limits.js';
import { remarkGfm, remarkStringify, unified } from '../vendor/unified.js';
import { linksToSlugs } from './fragments.js';

const processor = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  // `*`, unlike `_`, marks emphasis inside a word (`*Kuusi*koski`) without a character reference.
  emphasis: '*',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  // In a heading, a colon before anything but a space (`EU:n`) is escaped (`EU\:n`): readers that
  // know directives (markdownlint) take `:n` for one and leave it out of the heading's anchor.
  // GitHub and the site generators show `\:` as the colon it is, and slug the heading the same.
  unsafe: [{ character: ':', after: '\\S', inConstruct: 'headingAtx' }],
});

/**
 * Serialise a notice tree as Markdown (GFM tables); control characters become U+FFFD. In-page links
 * go to the headings' GitHub slugs.
 */
export function renderMarkdown(tree: Root): string {
  return replaceControls(processor.stringify(linksToSlugs(tree)));
}
